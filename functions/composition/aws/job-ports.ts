import type { Config } from '#shared/config.ts';
import { runtimePorts } from '../runtime.ts';
import { dynamoPorts } from './dynamo.ts';
import { jobBase } from './job-base.ts';
import { s3Exports } from './s3.ts';
import { sesMailerOnFirstSend } from './ses-on-first-send.ts';
import { sfnWorkflowOnFirstUse } from './sfn-on-first-use.ts';

/** Run Processor Job: plus mail (an email processor's request) and the export store (access parts). */
export function runJobPorts(config: Config) {
  return {
    ...jobBase(config),
    ...sesMailerOnFirstSend(config),
    ...s3Exports(config),
  };
}

/**
 * Wait For Processors: the table and task tokens. It resumes its own task only when the round's
 * last job answered while it stored its token, so the SFN client loads then.
 */
export function awaitJobPorts(config: Config) {
  // Resuming a task needs only the token, not the state machine ARN.
  return {
    ...dynamoPorts(config),
    ...sfnWorkflowOnFirstUse(config, false),
    ...runtimePorts(config),
  };
}
