import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { CompleteRequestInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { completeRequest } from '#use-cases/complete-request.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...s3Exports(config),
  ...sesMailer(config),
  ...runtimePorts(config),
  ...powertoolsMetrics(),
};

export const handler = taskHandler(CompleteRequestInput, (input) =>
  completeRequest(input, ports),
);
