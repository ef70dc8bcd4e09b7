import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Context } from 'aws-lambda';
import { connectors } from '#composition/aws/connectors.ts';
import { consoleExtras } from '#composition/aws/console.ts';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { sfnWorkflowOnFirstUse } from '#composition/aws/sfn-on-first-use.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { readConfig } from '#shared/config.ts';
import { consoleSecret, signInLimits } from '#shared/console-guard.ts';
import type { HttpEvent, HttpResult } from '#shared/http.ts';
import { traceable } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { consoleRouter } from './console/context.ts';
import { consoleErrors } from './console/errors.ts';
import { CONSOLE_ROUTES } from './console/routes.ts';

const config = readConfig();
const table = dynamoPorts(config);
const ports = {
  ...table,
  // A cancelled deferral withdraws a pending erasure at Shopify (use-cases/withdraw-erasure.ts).
  ...connectors(table),
  ...sesMailerOnFirstSend(config),
  ...sfnWorkflowOnFirstUse(config),
  ...s3Exports(config),
  ...powertoolsMetrics(),
  ...runtimePorts(config),
  ...consoleExtras(config),
};

/** The merchant console: one function, its routes dispatched by its router (console/router.ts). */
export const handler = traceable(middy<HttpEvent, HttpResult, Error, Context>())
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(httpHeaderNormalizer())
  .use(consoleErrors(config.publicBaseUrl))
  .handler(
    consoleRouter(CONSOLE_ROUTES, {
      ports,
      baseUrl: config.publicBaseUrl,
      secret: consoleSecret(),
      limits: signInLimits(),
    }),
  );
