import { continuePorts } from '#composition/aws/continue.ts';
import { ContinueExecutionInput } from '#domain/schemas.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { continueExecution } from '#use-cases/continue-execution.ts';

const ports = continuePorts(readConfig());

export const handler = taskHandler(
  ContinueExecutionInput,
  ({ stateMachineArn, ...input }) =>
    continueExecution(input, {
      ...ports,
      executions: ports.executionsOf(stateMachineArn),
    }),
);
