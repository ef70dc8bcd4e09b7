import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * The one logger. Log keys are identifiers we own (request id, phase, processor id), never the
 * subject's data: no events, bodies, emails, names, task tokens or link secrets.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'dsr',
});

/**
 * X-Ray subsegments per handler and per AWS SDK call. Responses and errors are not captured as
 * metadata: they can hold personal data.
 */
export const tracer = new Tracer({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'dsr',
  captureHTTPsRequests: false,
});
