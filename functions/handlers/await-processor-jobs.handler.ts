import { awaitJobPorts } from '#composition/aws/job-ports.ts';
import { AwaitProcessorJobsInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { awaitProcessorJobs } from '#use-cases/await-processor-jobs.ts';

const ports = awaitJobPorts(readConfig());

export const handler = taskHandler(AwaitProcessorJobsInput, (input) =>
  awaitProcessorJobs(input, ports),
);
