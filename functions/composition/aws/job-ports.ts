import type { Config } from '#shared/config.ts';
import { runtimePorts } from '../runtime.ts';
import { connectors } from './connectors.ts';
import { dynamoPorts } from './dynamo.ts';
import { powertoolsMetrics } from './metrics.ts';
import { s3Exports } from './s3.ts';
import { sesMailer } from './ses.ts';
import { sfnWorkflow } from './sfn.ts';

/** What the processor-job steps use: the table, connectors and their credentials, mail, exports, task tokens. */
export function jobPorts(config: Config) {
  const table = dynamoPorts(config);
  return {
    ...table,
    ...connectors(table),
    ...s3Exports(config),
    ...sesMailer(config),
    // Resuming a task needs only the token, not the state machine ARN.
    ...sfnWorkflow(config, false),
    ...runtimePorts(config),
    ...powertoolsMetrics(),
  };
}
