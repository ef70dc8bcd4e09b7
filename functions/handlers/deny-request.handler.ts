import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DecisionStepInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { denyRequest } from '#use-cases/deny-request.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
  ...powertoolsMetrics(),
};

export const handler = taskHandler(DecisionStepInput, (input) =>
  denyRequest(input, ports),
);
