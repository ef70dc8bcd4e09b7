import { SFNClient } from '@aws-sdk/client-sfn';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { type Config, ENV } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';
import type { ReconcileSettings } from '#use-cases/reconcile-requests.ts';
import { dynamoPorts } from './dynamo.ts';
import { powertoolsMetrics } from './metrics.ts';
import { sesMailerOnFirstSend } from './ses-on-first-send.ts';

/**
 * What the reconciler uses: the table, mail, metrics, the request's executions, and the links
 * and settings of a failure notice it may owe (use-cases/aftermath.ts).
 */
export function reconcilePorts(config: Config) {
  if (!config.stateMachineArn)
    throw new Error(`Missing environment variable ${ENV.stateMachineArn}`);
  return {
    ...dynamoPorts(config),
    ...runtimePorts(config),
    ...sesMailerOnFirstSend(config),
    ...powertoolsMetrics(),
    executions: new SfnExecutions(
      traced(new SFNClient({})),
      config.stateMachineArn,
    ),
  };
}

function positive(name: string, env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number of 0 or more`);
  return value;
}

/** The reconciler's settings from the environment; unset ones keep their defaults. */
export function reconcileSettings(
  env: NodeJS.ProcessEnv = process.env,
): Partial<ReconcileSettings> {
  const days = positive(ENV.stallAfterDays, env);
  const grace = positive(ENV.reconcileGraceSeconds, env);
  const restarts = positive(ENV.reconcileMaxRestarts, env);
  return {
    stallAfterMs: days === undefined ? undefined : days * 86_400_000,
    graceMs: grace === undefined ? undefined : grace * 1000,
    maxRestarts: restarts,
  };
}
