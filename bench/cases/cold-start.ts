/**
 * Case 2 — cold start.
 *
 * Method: a fresh CDK synthesis into a temporary folder (scripts/lambda-bundles.ts) gives every
 * function's asset as deployed: `index.mjs` and the chunks it imports. Two references are bundled
 * by esbuild from a handler that imports only `@aws-sdk/client-dynamodb` and instantiates a
 * client (so nothing is tree-shaken): **the reference**, one minified ESM file with a source map
 * (what the functions were before they were split), and **the split reference**, the same
 * handler split into chunks (the stretch: the SDK's lazily loaded parts stay on disk).
 *
 * Module init = the time of `await import(entry)` in a fresh Node process (this project's `node`),
 * with the function's own `NODE_OPTIONS` flags (`--enable-source-maps` and CompleteRequest's
 * heap flags; `--enable-source-maps` for the references) and its literal environment variables
 * plus dummies for the deploy-time ones. Every round imports every bundle once, in an order
 * rotated each round (one discarded warm-up round for the file cache); figures are medians over
 * RUNS rounds, and ratios divide by the reference's median of the same run, so a busy machine
 * slows both sides. Init-loaded bytes = the bundle's files loaded before the import resolves
 * (entry plus statically imported chunks), recorded by a module hook in a separate, untimed
 * import; built-ins = Node modules compiled during that import.
 * Limitations: module evaluation on this machine only; Lambda's INIT also includes runtime start
 * and code download, and Graviton cores run at a different speed. The machine is shared: the
 * load average is recorded before and after.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { bundleOptions } from '../../infra/constructs/lambda-bundle.ts';
import {
  DEPLOY_TIME_ENV,
  type InitLoad,
  initLoad,
  synthBundles,
} from '../../scripts/lambda-bundles.ts';
import { atMost, type CaseResult, fmt, info, type Row } from '../lib/result.ts';
import { median } from '../lib/stats.ts';

/**
 * Rounds per run. On this machine one import of the reference takes 65–94 ms (10th to 90th
 * percentile) within a minute on idle cores, so a function's median over 9 rounds moved by
 * ±0.1× between runs, and the worst of 32 such medians is the noisiest figure of all (it picks
 * the largest error as well as the slowest function); 25 rounds narrow it for ~2 minutes more.
 */
const RUNS = 25;
/** Targets of issue 18, as ratios to the reference measured in the same run. */
const MAX_MEDIAN_RATIO = 1.0;
const MAX_WORST_RATIO = 1.25;
const MAX_BYTES_RATIO = 1.3;
const REFERENCE = 'reference: bare client-dynamodb';
const SPLIT_REFERENCE = 'split reference (stretch)';

interface Subject {
  fn: string;
  file: string;
  nodeOptions: string[];
  env: Record<string, string>;
}

async function references(dir: string): Promise<Subject[]> {
  const entry = join(dir, 'bare.ts');
  writeFileSync(
    entry,
    "import { DynamoDBClient, DescribeEndpointsCommand } from '@aws-sdk/client-dynamodb';\n" +
      'const client = new DynamoDBClient({});\n' +
      'export const handler = async () => client.send(new DescribeEndpointsCommand({}));\n',
  );
  // The functions' own options (split into chunks), and the same as a single file.
  const options = (outdir: string): BuildOptions => ({
    ...bundleOptions(entry, outdir),
    nodePaths: [join(process.cwd(), 'node_modules')],
  });
  await build({ ...options(join(dir, 'bare')), splitting: false });
  await build(options(join(dir, 'bare-split')));
  const env = { ...DEPLOY_TIME_ENV };
  return [
    {
      fn: REFERENCE,
      file: join(dir, 'bare', 'index.mjs'),
      nodeOptions: ['--enable-source-maps'],
      env,
    },
    {
      fn: SPLIT_REFERENCE,
      file: join(dir, 'bare-split', 'index.mjs'),
      nodeOptions: ['--enable-source-maps'],
      env,
    },
  ];
}

/** Wall-clock and CPU (user + system, all threads) milliseconds of the import. */
function initMs(s: Subject): { wall: number; cpu: number } {
  const script = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(pathToFileURL(s.file).href)}); const wall = performance.now() - t; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall, cpu: (u.user + u.system) / 1000 }));`;
  const out = execFileSync(
    process.execPath,
    [...s.nodeOptions, '--input-type=module', '-e', script],
    {
      env: { PATH: process.env.PATH, ...s.env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return JSON.parse(out) as { wall: number; cpu: number };
}

const ratio = (n: number) => `${n.toFixed(2)}×`;

export async function run(): Promise<CaseResult> {
  const outdir = mkdtempSync(join(tmpdir(), 'dsr-bench-bundles-'));
  const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
  try {
    const functions: Subject[] = synthBundles(outdir).map((b) => ({
      fn: b.fn,
      file: b.file,
      nodeOptions: (b.environment.NODE_OPTIONS ?? '')
        .split(/\s+/)
        .filter(Boolean),
      env: { ...DEPLOY_TIME_ENV, ...b.environment, NODE_OPTIONS: '' },
    }));
    const subjects = [...(await references(outdir)), ...functions];

    const loads = new Map<string, InitLoad>(
      subjects.map((s) => [
        s.fn,
        initLoad(s.file, { env: s.env, nodeOptions: s.nodeOptions }),
      ]),
    );
    const runs = new Map<string, number[]>(subjects.map((s) => [s.fn, []]));
    const cpuRuns = new Map<string, number[]>(subjects.map((s) => [s.fn, []]));
    for (let round = -1; round < RUNS; round++) {
      const shift =
        ((round % subjects.length) + subjects.length) % subjects.length;
      const order = [...subjects.slice(shift), ...subjects.slice(0, shift)];
      for (const s of order) {
        const ms = initMs(s);
        if (round < 0) continue;
        runs.get(s.fn)?.push(ms.wall);
        cpuRuns.get(s.fn)?.push(ms.cpu);
      }
    }

    const med = (fn: string) => median(runs.get(fn) ?? []);
    const cpu = (fn: string) => median(cpuRuns.get(fn) ?? []);
    const bytes = (fn: string) => loads.get(fn)?.bytes ?? Number.NaN;
    const refMs = med(REFERENCE);
    const refBytes = bytes(REFERENCE);
    const splitMs = med(SPLIT_REFERENCE);
    const perFn = functions
      .map((s) => ({
        fn: s.fn,
        bytes: bytes(s.fn),
        ms: med(s.fn),
        ratio: med(s.fn) / refMs,
        cpuRatio: cpu(s.fn) / cpu(REFERENCE),
        bytesRatio: bytes(s.fn) / refBytes,
        builtins: loads.get(s.fn)?.builtins ?? Number.NaN,
        chunks: (loads.get(s.fn)?.files.length ?? 1) - 1,
      }))
      .sort((a, b) => a.ratio - b.ratio);
    const middle = median(perFn.map((f) => f.ratio));
    const worst = perFn[perFn.length - 1];
    const heaviest = [...perFn].sort((a, b) => b.bytes - a.bytes)[0];
    if (!worst || !heaviest) throw new Error('no function bundles found');

    const rows: Row[] = [
      atMost(
        `median handler init ÷ reference (${perFn.length} handlers)`,
        middle,
        MAX_MEDIAN_RATIO,
        ratio,
      ),
      atMost(
        `worst handler init ÷ reference (${worst.fn})`,
        worst.ratio,
        MAX_WORST_RATIO,
        ratio,
      ),
      // Issue 18's bytes target is the median's, the figure it gave for its own measured variant
      // (1.27×, beside a worst init of 1.39×): its table puts one function's SDK clients alone
      // at 557 KB, so no ceiling on every function at 1.3× (420 KB) was meant. The largest is
      // reported beside it.
      atMost(
        'median init-loaded bytes ÷ reference',
        median(perFn.map((f) => f.bytesRatio)),
        MAX_BYTES_RATIO,
        ratio,
      ),
      info(
        'median / worst handler init CPU time ÷ reference (less sensitive to load)',
        median(perFn.map((f) => f.cpuRatio)),
        (n) =>
          `${ratio(n)} / ${ratio(Math.max(...perFn.map((f) => f.cpuRatio)))}`,
      ),
      info(
        `largest init-loaded bytes ÷ reference (${heaviest.fn})`,
        heaviest.bytesRatio,
        ratio,
      ),
      info(
        `${REFERENCE}: init-loaded / init / built-ins`,
        refMs,
        () =>
          `${fmt.kb(refBytes)} / ${fmt.ms(refMs)} / ${loads.get(REFERENCE)?.builtins}`,
      ),
      info(
        `${SPLIT_REFERENCE}: init-loaded / init / built-ins`,
        splitMs,
        () =>
          `${fmt.kb(bytes(SPLIT_REFERENCE))} / ${fmt.ms(splitMs)} (${ratio(splitMs / refMs)}) / ${loads.get(SPLIT_REFERENCE)?.builtins}`,
      ),
      info(
        'median / worst handler init ÷ split reference (stretch)',
        middle / (splitMs / refMs),
        () =>
          `${ratio(middle / (splitMs / refMs))} / ${ratio(worst.ms / splitMs)}`,
      ),
      ...perFn.map((f) =>
        info(
          `  ${f.fn}: init-loaded / init / × reference`,
          f.ratio,
          () =>
            `${fmt.kb(f.bytes)}${f.chunks ? ` (${f.chunks + 1} files)` : ''} / ${fmt.ms(f.ms)} / ${ratio(f.ratio)}`,
        ),
      ),
    ];
    return {
      id: '2 cold start',
      title:
        'Cold start: module init and init-loaded bytes per handler, as ratios to a bare DynamoDB client',
      rows,
      notes: [
        'Bundles from a fresh CDK synth (infra/constructs/lambda-bundle.ts); references bundled by esbuild with the same options (single file; split).',
        `Init = await import(entry) in a fresh Node ${process.version} process with the function's NODE_OPTIONS; ${RUNS} interleaved rounds after 1 discarded round, medians; ratios to the reference's median of the same run.`,
        `Load average (1/5/15 min) before ${loadBefore.join(' / ')}, after ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' / ')}; a busy machine slows handlers and reference alike.`,
      ],
      details: {
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))),
        runs: RUNS,
        reference: { bytes: refBytes, initMsMedian: refMs },
        splitReference: {
          bytes: bytes(SPLIT_REFERENCE),
          initMsMedian: splitMs,
        },
        functions: Object.fromEntries(
          perFn.map((f) => [
            f.fn,
            {
              initLoadedBytes: f.bytes,
              files: loads.get(f.fn)?.files,
              builtins: f.builtins,
              initMsMedian: f.ms,
              initMsRuns: runs.get(f.fn),
              initCpuMsMedian: cpu(f.fn),
              cpuRatio: Number(f.cpuRatio.toFixed(3)),
              ratio: Number(f.ratio.toFixed(3)),
              bytesRatio: Number(f.bytesRatio.toFixed(3)),
            },
          ]),
        ),
      },
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
