import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { RequestRef } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { denyRequest } from '#use-cases/deny-request.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
};

export const handler = taskHandler(RequestRef, (input) =>
  denyRequest(input, ports),
);
