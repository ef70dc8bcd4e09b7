/**
 * Where the ops CLI points: the stack started by `npm start` (its data folder's `stack.json` holds
 * the emulators' endpoints and names; infra/local/stack-file.ts finds it) or AWS with `--aws`
 * (names from the environment: TABLE_NAME and STATE_MACHINE_ARN, i.e. the deployed stack's
 * outputs; credentials and region as the SDK finds them). Either way the same adapters are built; only endpoints differ.
 */
import { opsPorts } from '#composition/aws/ops.ts';
import type { Config } from '#shared/config.ts';
import { LOCAL_REGION } from '../local/constants.ts';
import { findStack, StackNotFoundError } from '../local/stack-file.ts';
import { ENV } from '../wiring.ts';

export class TargetError extends Error {}

/**
 * Loads the running local stack's environment into `process.env` (no-op with `--aws`): the one in
 * `dataDir` (`--data-dir`, else `DATA_DIR`) when given, else the one `npm start` announced, else
 * the default folder's (infra/local/stack-file.ts).
 */
export function attach(options: {
  aws: boolean;
  repoRoot: string;
  dataDir?: string;
}): void {
  if (options.aws) return;
  try {
    const { environment } = findStack(
      options.repoRoot,
      options.dataDir ?? process.env.DATA_DIR,
    );
    Object.assign(process.env, environment);
  } catch (error) {
    if (error instanceof StackNotFoundError)
      throw new TargetError(error.message);
    throw error;
  }
}

/** The operator ports for the attached target. */
export function targetPorts(options: { aws: boolean }) {
  const need = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new TargetError(
        `Missing ${name}${options.aws ? ' (set it from the deployed stack outputs)' : ''}`,
      );
    return value;
  };
  const config: Config = {
    tableName: need(ENV.tableName),
    stateMachineArn: need(ENV.stateMachineArn),
    exportBucket: process.env[ENV.exportBucket] ?? '',
    publicBaseUrl: process.env[ENV.publicBaseUrl] ?? '',
    mailFrom: process.env[ENV.mailFrom] ?? '',
  };
  const region = process.env.AWS_REGION ?? LOCAL_REGION;
  return opsPorts(config, options.aws ? { region } : undefined);
}
