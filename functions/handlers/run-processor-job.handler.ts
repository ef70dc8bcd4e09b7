import { runJobPorts } from '#composition/aws/job-ports.ts';
import { ProcessorJobInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';

const ports = runJobPorts(readConfig());

export const handler = taskHandler(ProcessorJobInput, (input) =>
  runProcessorJob(input, ports),
);
