import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { sfnWorkflowOnFirstUse } from '#composition/aws/sfn-on-first-use.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { RequestDecisionInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { requestDecision } from '#use-cases/request-decision.ts';

const config = readConfig();
// Resumes its own task when the merchant's policy approves (autoApprove): the token is enough.
// Most requests wait for a person, so the SFN client loads only then.
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflowOnFirstUse(config, false),
  ...sesMailer(config),
  ...runtimePorts(config),
};

export const handler = taskHandler(RequestDecisionInput, (input) =>
  requestDecision(input, ports),
);
