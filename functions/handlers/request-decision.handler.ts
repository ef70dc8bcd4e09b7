import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { RequestDecisionInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { requestDecision } from '#use-cases/request-decision.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
};

export const handler = taskHandler(RequestDecisionInput, (input) =>
  requestDecision(input, ports),
);
