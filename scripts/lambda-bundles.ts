/**
 * The bundle of every Lambda, from a fresh CDK synthesis into `outdir` (a reused `cdk.out` can
 * hold stale templates and assets): its asset folder, its entry (`index.mjs`, beside the chunks
 * it imports) and its `NODE_OPTIONS`. Used by `npm run bundle-sizes` and the cold-start benchmark.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildApp } from '../infra/app.ts';

type Template = {
  Resources: Record<
    string,
    {
      Type: string;
      Metadata?: Record<string, string>;
      Properties?: {
        Environment?: { Variables?: Record<string, unknown> };
      };
    }
  >;
};

export interface LambdaBundle {
  /** The function's name in wiring.ts. */
  fn: string;
  /** The asset folder (what Lambda unzips into /var/task). */
  dir: string;
  /** `<dir>/index.mjs`. */
  file: string;
  /** The function's literal environment variables (deploy-time references left out). */
  environment: Record<string, string>;
}

/** Dummies for the variables CloudFormation fills in at deploy time. */
export const DEPLOY_TIME_ENV = {
  AWS_REGION: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'x',
  TABLE_NAME: 't',
  EXPORT_BUCKET: 'b',
  STATE_MACHINE_ARN: 'arn:aws:states:eu-north-1:123456789012:stateMachine:x',
  PUBLIC_BASE_URL: 'https://example.test',
  MAIL_FROM: 'x@example.test',
  CREDENTIALS_ROLE_ARN: 'arn:aws:iam::123456789012:role/x',
  INTAKE_SECRET: 'bench-intake-secret-of-at-least-32-characters',
  // The privacy inbox's functions (the inbound bucket) and the Shopify webhook's front (its
  // worker).
  INBOUND_BUCKET: 'inbound',
  WEBHOOK_WORKER_FUNCTION: 'webhook-worker',
};

export function synthBundles(outdir: string): LambdaBundle[] {
  // The CLI turns asset and path metadata on; a programmatic synth must ask for them.
  const dir = buildApp(
    {
      'aws:cdk:enable-asset-metadata': true,
      'aws:cdk:enable-path-metadata': true,
    },
    { outdir },
  ).app.synth().directory;
  const found: LambdaBundle[] = [];
  for (const name of readdirSync(dir).filter((f) =>
    f.endsWith('.template.json'),
  )) {
    const template = JSON.parse(
      readFileSync(join(dir, name), 'utf8'),
    ) as Template;
    for (const r of Object.values(template.Resources)) {
      const asset = r.Metadata?.['aws:asset:path'];
      const path = r.Metadata?.['aws:cdk:path'];
      if (r.Type !== 'AWS::Lambda::Function' || !asset || !path) continue;
      const file = join(dir, asset, 'index.mjs');
      if (!existsSync(file)) continue;
      const environment = Object.fromEntries(
        Object.entries(r.Properties?.Environment?.Variables ?? {}).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      );
      found.push({
        fn: path.split('/')[1] ?? path,
        dir: join(dir, asset),
        file,
        environment,
      });
    }
  }
  return found.sort((a, b) => a.fn.localeCompare(b.fn));
}

/** What importing a bundle loads before its module init resolves. */
export interface InitLoad {
  /** Files of the bundle's folder (entry and chunks), relative to it, with their sizes. */
  files: { file: string; bytes: number }[];
  /** Their total size. */
  bytes: number;
  /**
   * Node's own modules compiled during the import (`process.moduleLoadList`, internal ones
   * included): a single-file bundle loads every built-in any bundled module imports.
   */
  builtins: number;
}

/**
 * Imports `file` in a fresh Node process with a module hook that records every module loaded
 * until the import resolves: the entry, the chunks it imports statically (and any it imported
 * dynamically during init) and the built-ins. Not timed: the hook itself costs time.
 */
export function initLoad(
  file: string,
  options: { env?: Record<string, string>; nodeOptions?: string[] } = {},
): InitLoad {
  const script = [
    "import { registerHooks } from 'node:module';",
    'const seen = new Set();',
    'const before = new Set(process.moduleLoadList);',
    'registerHooks({ load(url, context, next) { seen.add(url); return next(url, context); } });',
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    "const builtins = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).length;",
    'process.stdout.write(JSON.stringify({ urls: [...seen], builtins }));',
  ].join('\n');
  const out = execFileSync(
    process.execPath,
    [...(options.nodeOptions ?? []), '--input-type=module', '-e', script],
    {
      env: { PATH: process.env.PATH, ...options.env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const { urls, builtins } = JSON.parse(out) as {
    urls: string[];
    builtins: number;
  };
  const dir = dirname(file);
  const files = urls
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((p) => !relative(dir, p).startsWith('..'))
    .map((p) => ({ file: relative(dir, p), bytes: statSync(p).size }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    builtins,
  };
}
