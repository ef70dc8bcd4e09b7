/**
 * Loaded only when the tracer is on (tracing.ts): the Powertools Tracer and its middy middleware,
 * which import the X-Ray SDK and its async hooks.
 */
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import type { Tracing } from './tracing.ts';

export function createTracing(): Tracing {
  // Responses and errors are not captured as metadata: they can hold personal data.
  const tracer = new Tracer({
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'dsr',
    captureHTTPsRequests: false,
  });
  return {
    captureAWSv3Client: (client) => tracer.captureAWSv3Client(client),
    handlerMiddleware: () =>
      captureLambdaHandler(tracer, {
        captureResponse: false,
      }) as MiddlewareObj,
  };
}
