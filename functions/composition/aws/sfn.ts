import { SFNClient } from '@aws-sdk/client-sfn';
import { SfnWorkflow } from '#adapters/aws/sfn-workflow.ts';
import type { Config } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

/** Only handlers that resume tasks call this with `requireArn: false` (task tokens carry the execution). */
export function sfnWorkflow(config: Config, requireArn = true) {
  if (requireArn && !config.stateMachineArn)
    throw new Error('Missing environment variable STATE_MACHINE_ARN');
  return {
    workflow: new SfnWorkflow(
      traced(new SFNClient({})),
      config.stateMachineArn,
    ),
  };
}
