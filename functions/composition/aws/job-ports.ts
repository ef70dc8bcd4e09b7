import { credentialStore } from '#adapters/connectors/credentials.ts';
import type { Config } from '#shared/config.ts';
import { runtimePorts } from '../runtime.ts';
import { connectors } from './connectors.ts';
import { dynamoPorts } from './dynamo.ts';
import { powertoolsMetrics } from './metrics.ts';
import { s3Exports } from './s3.ts';
import { sesMailer } from './ses.ts';
import { sfnWorkflow } from './sfn.ts';

/** What both job steps use: the table, connectors and their credentials, mail. */
function jobBase(config: Config) {
  const table = dynamoPorts(config);
  return {
    ...table,
    ...connectors(table),
    ...sesMailer(config),
    ...runtimePorts(config),
    ...powertoolsMetrics(),
  };
}

/** Run Processor Job: plus the export store (access parts). */
export function runJobPorts(config: Config) {
  return { ...jobBase(config), ...s3Exports(config) };
}

/** Check Processor Jobs: polls, reminders, escalations; no export store, no task tokens. */
export function checkJobPorts(config: Config) {
  return jobBase(config);
}

/** Wait For Processors: the table and task tokens (it may resume its own task). */
export function awaitJobPorts(config: Config) {
  // Resuming a task needs only the token, not the state machine ARN.
  return {
    ...dynamoPorts(config),
    ...sfnWorkflow(config, false),
    ...runtimePorts(config),
  };
}
