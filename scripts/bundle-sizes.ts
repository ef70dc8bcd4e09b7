/**
 * Size of each Lambda's bundle, from a fresh synthesis into a temporary folder: the asset's code
 * (entry and every chunk, what is deployed) and what its cold start loads (the entry and the
 * chunks it imports statically, recorded by importing it as the cold-start benchmark does).
 * Prints a table; `--json` prints JSON.
 *   npm run bundle-sizes [-- --json]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_TIME_ENV, initLoad, synthBundles } from './lambda-bundles.ts';

const json = process.argv.includes('--json');
const outdir = mkdtempSync(join(tmpdir(), 'dsr-bundles-'));
process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
const rows = synthBundles(outdir).map(({ fn, dir, file, environment }) => {
  const code = readdirSync(dir).filter((f) => f.endsWith('.mjs'));
  const load = initLoad(file, {
    env: { ...DEPLOY_TIME_ENV, ...environment, NODE_OPTIONS: '' },
  });
  return {
    fn,
    files: code.length,
    bytes: code.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    initBytes: load.bytes,
    initFiles: load.files.length,
  };
});

if (json) {
  console.log(
    JSON.stringify(
      Object.fromEntries(rows.map(({ fn, ...r }) => [fn, r])),
      null,
      2,
    ),
  );
} else {
  const width = Math.max(8, ...rows.map((r) => r.fn.length));
  console.log(
    `${'function'.padEnd(width)}  ${'code KiB'.padStart(9)}  ${'files'.padStart(5)}  ${'init KiB'.padStart(9)}  ${'files'.padStart(5)}`,
  );
  for (const r of rows)
    console.log(
      `${r.fn.padEnd(width)}  ${(r.bytes / 1024).toFixed(1).padStart(9)}  ${String(r.files).padStart(5)}  ${(r.initBytes / 1024).toFixed(1).padStart(9)}  ${String(r.initFiles).padStart(5)}`,
    );
}
