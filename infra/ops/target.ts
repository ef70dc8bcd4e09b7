/**
 * Where the ops CLI points: the stack started by `npm start` (its `.local-data/stack.json`
 * holds the emulators' endpoints and names) or AWS with `--aws` (names from the environment:
 * TABLE_NAME and STATE_MACHINE_ARN, i.e. the deployed stack's outputs; credentials and region as
 * the SDK finds them). Either way the same adapters are built; only endpoints differ.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { opsPorts } from '#composition/aws/ops.ts';
import type { Config } from '#shared/config.ts';
import { LOCAL_REGION, STACK_FILE } from '../local/constants.ts';
import { ENV } from '../wiring.ts';

export class TargetError extends Error {}

/** Loads the running local stack's environment into `process.env` (no-op with `--aws`). */
export function attach(options: { aws: boolean; repoRoot: string }): void {
  if (options.aws) return;
  const file = join(
    resolve(options.repoRoot, process.env.DATA_DIR ?? '.local-data'),
    STACK_FILE,
  );
  if (!existsSync(file))
    throw new TargetError(
      'No local stack is running (start it with `npm start`), or pass --aws.',
    );
  Object.assign(
    process.env,
    JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>,
  );
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
