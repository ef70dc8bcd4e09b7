import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { RequestReleaseInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { requestRelease } from '#use-cases/release-review.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
};

/** Task: park the release-review task token with a link and email the merchant's approvers. */
export const handler = taskHandler(RequestReleaseInput, (input) =>
  requestRelease(input, ports),
);
