import { connectors } from '#composition/aws/connectors.ts';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { ProcessorJobInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';

const config = readConfig();
const table = dynamoPorts(config);
const ports = {
  ...table,
  ...connectors(table),
  ...s3Exports(config),
  ...runtimePorts(config),
  ...powertoolsMetrics(),
};

export const handler = taskHandler(ProcessorJobInput, (input) =>
  runProcessorJob(input, ports),
);
