import { SFNClient } from '@aws-sdk/client-sfn';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import { traced } from '#shared/tracing.ts';

/** A request's executions on Step Functions: loaded by sfn-on-first-use.ts on the first call. */
export function sfnExecutions(stateMachineArn: string): SfnExecutions {
  return new SfnExecutions(traced(new SFNClient({})), stateMachineArn);
}
