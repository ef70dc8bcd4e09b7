import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { readConfig } from '#shared/config.ts';
import { redirect } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { downloadExport } from '#use-cases/download-export.ts';
import { goneLink } from './gone-link.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...s3Exports(config),
  ...runtimePorts(config),
};

export const handler = httpHandler(
  async (event) =>
    redirect(
      (await downloadExport(event.pathParameters?.token ?? '', ports)).location,
    ),
  {
    html: () => true,
    gone: goneLink('download', ports),
  },
);
