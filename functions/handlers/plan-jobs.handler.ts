import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DecisionStepInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';

const config = readConfig();
const ports = { ...dynamoPorts(config), ...runtimePorts(config) };

export const handler = taskHandler(DecisionStepInput, (input) =>
  planJobs(input, ports),
);
