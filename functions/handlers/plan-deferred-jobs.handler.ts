import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { PlanDeferredJobsInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { planDeferredJobs } from '#use-cases/plan-deferred-jobs.ts';

const config = readConfig();
const ports = { ...dynamoPorts(config), ...runtimePorts(config) };

export const handler = taskHandler(PlanDeferredJobsInput, (input) =>
  planDeferredJobs(input, ports),
);
