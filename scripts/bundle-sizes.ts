/**
 * Minified size of each Lambda bundle, from a fresh synthesis into a temporary folder.
 * Prints a table; `--json` prints JSON.
 *   npm run bundle-sizes [-- --json]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthBundles } from './lambda-bundles.ts';

const json = process.argv.includes('--json');
const outdir = mkdtempSync(join(tmpdir(), 'dsr-bundles-'));
process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
const rows = synthBundles(outdir).map(({ fn, file }) => ({
  fn,
  bytes: statSync(file).size,
}));

if (json) {
  console.log(
    JSON.stringify(
      Object.fromEntries(rows.map((r) => [r.fn, r.bytes])),
      null,
      2,
    ),
  );
} else {
  const width = Math.max(8, ...rows.map((r) => r.fn.length));
  console.log(`${'function'.padEnd(width)}  ${'bytes'.padStart(9)}  KiB`);
  for (const r of rows)
    console.log(
      `${r.fn.padEnd(width)}  ${String(r.bytes).padStart(9)}  ${(r.bytes / 1024).toFixed(1)}`,
    );
}
