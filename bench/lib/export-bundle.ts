/**
 * Bundles bench/lib/export-worker.ts the way Lambda bundles are built (esbuild, ESM, node24; not
 * minified, so profiles stay readable) and runs it in a fresh `node` with no loader: the
 * process's memory is the pipeline's, not tsx's.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/lambda-bundle.ts';

export async function bundleExportWorker(outdir: string): Promise<string> {
  const outfile = join(outdir, 'export-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'export-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    logLevel: 'silent',
  });
  return outfile;
}

export interface WorkerRun {
  sink: 'sink' | 's3';
  megabytes: number;
  partLatencyMs: number;
  /** Extra node flags (e.g. --cpu-prof) for investigation. */
  nodeFlags?: string[];
  timeoutMs: number;
}

/** Runs the bundle; its last stdout line is the result (lines before it: e.g. --trace-gc). */
export function runExportWorker(
  bundle: string,
  run: WorkerRun,
): { result: Record<string, unknown>; stdout: string } {
  const stdout = execFileSync(
    process.execPath,
    [
      ...(run.nodeFlags ?? []),
      bundle,
      run.sink,
      String(run.megabytes),
      String(run.partLatencyMs),
    ],
    {
      encoding: 'utf8',
      timeout: run.timeoutMs,
      maxBuffer: 256 * 1024 * 1024,
      env: { PATH: process.env.PATH },
    },
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return { result: JSON.parse(last) as Record<string, unknown>, stdout };
}
