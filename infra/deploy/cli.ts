/**
 * The command lines of `npm run preflight`, `npm run smoke` and `npm run deploy`: arguments, the
 * target (AWS or the running local stack) and the settings, read the way `cdk` reads them
 * (cdk.json context, overridden by `-c key=value`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { MerchantConfig } from '#domain/schemas.ts';
import { cdkJsonContext, readSettings } from '../app.ts';
import { REPO_ROOT } from '../constructs/dsr-function.ts';
import { attach, TargetError } from '../ops/target.ts';
import { loadSeed } from '../seed/seed.ts';

export interface DeployArgs {
  target: 'aws' | 'local';
  /** `-c key=value` pairs, as `cdk` takes them. */
  context: Record<string, string>;
  /** `--merchant <id>` (repeatable): whose processors' secrets to check; default every seed. */
  merchants: string[];
  /** `--data-dir <dir>`: the data folder of the local stack to check (as `npm run ops`). */
  dataDir?: string;
  /** Everything that is not ours, for `cdk deploy`. */
  passthrough: string[];
}

export class ArgsError extends Error {}

export function parseDeployArgs(argv: readonly string[]): DeployArgs {
  const args: DeployArgs = {
    target: 'local',
    context: {},
    merchants: [],
    passthrough: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--aws') args.target = 'aws';
    else if (arg === '--local') args.target = 'local';
    else if (arg === '--data-dir') {
      const dir = argv[++i];
      if (!dir) throw new ArgsError('--data-dir needs a folder');
      args.dataDir = dir;
    } else if (arg === '--merchant') {
      const id = argv[++i];
      if (!id) throw new ArgsError('--merchant needs a merchant id');
      args.merchants.push(id);
    } else if (arg === '-c' || arg === '--context') {
      const pair = argv[++i] ?? '';
      const eq = pair.indexOf('=');
      if (eq < 1) throw new ArgsError(`${arg} needs key=value, got "${pair}"`);
      args.context[pair.slice(0, eq)] = pair.slice(eq + 1);
      args.passthrough.push(arg, pair);
    } else args.passthrough.push(arg);
  }
  return args;
}

/** The deploy settings of `cdk` with these arguments (validated as synth validates them). */
export function settingsOf(args: DeployArgs) {
  return readSettings(
    new App({ context: { ...cdkJsonContext(), ...args.context } }),
  );
}

/** Seed merchants named, or all of them (infra/seed/<id>.merchant.json). */
export function merchantsOf(args: DeployArgs): MerchantConfig[] {
  const ids = args.merchants.length
    ? args.merchants
    : readdirSync(join(REPO_ROOT, 'infra/seed'))
        .filter((f) => f.endsWith('.merchant.json'))
        .map((f) => f.replace('.merchant.json', ''));
  return ids.map((id) => loadSeed(id).merchant);
}

/** Loads the running local stack's environment (`npm start`), as the ops CLI finds it. */
export function attachLocal(
  args: Pick<DeployArgs, 'dataDir'>,
): Record<string, string | undefined> {
  attach({ aws: false, repoRoot: REPO_ROOT, dataDir: args.dataDir });
  return process.env;
}

/** Runs a command line: a wrong argument or a missing local stack is one line on stderr, exit 2 / 1. */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof ArgsError || error instanceof TargetError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error instanceof ArgsError ? 2 : 1;
    } else throw error;
  }
}

/** The name of the merchant whose form the smoke test opens. */
export const SMOKE_MERCHANT = 'lastu';
