import { awaitJobPorts } from '#composition/aws/job-ports.ts';
import { AwaitProcessorJobInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { awaitProcessorJob } from '#use-cases/await-processor-job.ts';

const ports = awaitJobPorts(readConfig());

export const handler = taskHandler(AwaitProcessorJobInput, (input) =>
  awaitProcessorJob(input, ports),
);
