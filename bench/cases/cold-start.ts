/**
 * Case 2 — cold start.
 *
 * Method: a fresh CDK synthesis into a temporary folder (as scripts/bundle-sizes.ts does) bundles
 * every handler with the options of infra/constructs/dsr-function.ts (esbuild, ESM, node24, minify);
 * the size is that of each `index.mjs`. A reference handler that imports only
 * `@aws-sdk/client-dynamodb` (and instantiates a client, so nothing is tree-shaken) is bundled by
 * esbuild directly with the same options. Module init = the time of `await import(bundle)` in a
 * fresh Node process (`node` of this project, with the handlers' environment variables set to
 * dummies), median of RUNS runs after one discarded run (file cache).
 * Limitations: this measures module evaluation on this machine only; Lambda's INIT also includes
 * runtime start and code download, and Graviton cores run at a different speed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/dsr-function.ts';
import { synthBundles } from '../../scripts/lambda-bundles.ts';
import { atMost, type CaseResult, fmt, type Row } from '../lib/result.ts';
import { median } from '../lib/stats.ts';

const RUNS = 7;
const MAX_BYTES = 250 * 1024;
const MAX_INIT_MS = 150;
const ENV = {
  AWS_REGION: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'x',
  TABLE_NAME: 't',
  EXPORT_BUCKET: 'b',
  STATE_MACHINE_ARN: 'arn:aws:states:eu-north-1:123456789012:stateMachine:x',
  PUBLIC_BASE_URL: 'https://example.test',
  MAIL_FROM: 'x@example.test',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_TRACE_ENABLED: 'false',
  POWERTOOLS_METRICS_NAMESPACE: 'bench',
};

async function bareReference(dir: string): Promise<string> {
  const entry = join(dir, 'bare.ts');
  writeFileSync(
    entry,
    "import { DynamoDBClient, DescribeEndpointsCommand } from '@aws-sdk/client-dynamodb';\n" +
      'const client = new DynamoDBClient({});\n' +
      'export const handler = async () => client.send(new DescribeEndpointsCommand({}));\n',
  );
  const outfile = join(dir, 'bare', 'index.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
  return outfile;
}

function initMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script],
    {
      env: { PATH: process.env.PATH, ...ENV },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return Number(out);
}

export async function run(): Promise<CaseResult> {
  const outdir = mkdtempSync(join(tmpdir(), 'dsr-bench-bundles-'));
  try {
    const bundles = [
      ...synthBundles(outdir),
      {
        fn: 'reference: bare client-dynamodb',
        file: await bareReference(outdir),
      },
    ];
    const rows: Row[] = [];
    const details: Record<
      string,
      { bytes: number; initMsRuns: number[]; initMsMedian: number }
    > = {};
    for (const { fn, file } of bundles) {
      const bytes = statSync(file).size;
      initMs(file); // discarded: file cache
      const runs = Array.from({ length: RUNS }, () => initMs(file));
      const med = median(runs);
      details[fn] = { bytes, initMsRuns: runs, initMsMedian: med };
      rows.push(atMost(`${fn}: bundle`, bytes, MAX_BYTES, fmt.kb));
      rows.push(
        atMost(
          `${fn}: module init (median of ${RUNS})`,
          med,
          MAX_INIT_MS,
          fmt.ms,
        ),
      );
    }
    return {
      id: '2 cold start',
      title: 'Cold start: minified bundle and module init per handler',
      rows,
      notes: [
        'Bundles from a fresh CDK synth (options of infra/constructs/dsr-function.ts); reference bundled by esbuild with the same options.',
        `Init = await import(bundle) in a fresh Node ${process.version} process, median of ${RUNS} after 1 discarded run; excludes Lambda runtime start and code download.`,
      ],
      details,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
