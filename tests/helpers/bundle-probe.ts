/**
 * Runs a built function's bundle in a fresh Node as Lambda would load it: imports `index.mjs`
 * from `dir`, then calls its export `name` (`handler`) once per argument list, and reports the answers and the
 * files loaded in order, `-- init` marking where the import resolved (for tests of what a cold
 * start loads and what a later call adds).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

export function probeBundle<T>(
  dir: string,
  calls: unknown[][],
  {
    segments = 1,
    name = 'handler',
  }: {
    /** How many trailing path segments name a loaded file (2 keeps `holiday-data/FI.json`). */
    segments?: number;
    name?: string;
  } = {},
): { answers: T[]; loaded: string[] } {
  const script = [
    "import { registerHooks } from 'node:module';",
    'const loaded = [];',
    `registerHooks({ load(url, context, next) { loaded.push(url.split('/').slice(-${segments}).join('/')); return next(url, context); } });`,
    `const { ${name}: call } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});`,
    "loaded.push('-- init');",
    'const answers = [];',
    `for (const args of ${JSON.stringify(calls)}) answers.push(await call(...args));`,
    'process.stdout.write(JSON.stringify({ answers, loaded }));',
  ].join('\n');
  const run = spawnSync(
    process.execPath,
    ['--enable-source-maps', '--input-type=module', '-e', script],
    { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 30_000 },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { answers: T[]; loaded: string[] };
}
