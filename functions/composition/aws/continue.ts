import { SFNClient } from '@aws-sdk/client-sfn';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import type { Config } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';
import { runtimePorts } from '../runtime.ts';
import { dynamoPorts } from './dynamo.ts';

/**
 * Continue In New Execution: the table, and the executions of the state machine the task names
 * (`$$.StateMachine.Id`). The function serves that machine, so its ARN cannot be in its
 * environment without a cycle in the stack (infra/stacks/app-stack.ts).
 */
export function continuePorts(config: Config) {
  const sfn = traced(new SFNClient({}));
  return {
    ...dynamoPorts(config),
    ...runtimePorts(config),
    executionsOf: (stateMachineArn: string) =>
      new SfnExecutions(sfn, stateMachineArn),
  };
}
