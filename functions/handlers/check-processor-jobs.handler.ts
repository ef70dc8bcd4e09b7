import { checkJobPorts } from '#composition/aws/check-job-ports.ts';
import { CheckProcessorJobsInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { checkProcessorJobs } from '#use-cases/check-processor-jobs.ts';

const ports = checkJobPorts(readConfig());

export const handler = taskHandler(CheckProcessorJobsInput, (input) =>
  checkProcessorJobs(input, ports),
);
