/**
 * Minified size of each Lambda bundle, from a fresh synthesis into a temporary folder (a reused
 * `cdk.out` can hold stale templates and assets). Prints a table; `--json` prints JSON.
 *   npm run bundle-sizes [-- --json]
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../infra/app.ts';

const json = process.argv.includes('--json');
const outdir = mkdtempSync(join(tmpdir(), 'dsr-bundles-'));
process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
// The CLI turns asset and path metadata on; a programmatic synth must ask for them.
const dir = buildApp(
  {
    'aws:cdk:enable-asset-metadata': true,
    'aws:cdk:enable-path-metadata': true,
  },
  { outdir },
).app.synth().directory;

type Template = {
  Resources: Record<
    string,
    { Type: string; Metadata?: Record<string, string> }
  >;
};
const rows: { fn: string; bytes: number; gzipHint?: string }[] = [];
for (const file of readdirSync(dir).filter((f) =>
  f.endsWith('.template.json'),
)) {
  const template = JSON.parse(
    readFileSync(join(dir, file), 'utf8'),
  ) as Template;
  for (const resource of Object.values(template.Resources)) {
    const assetPath = resource.Metadata?.['aws:asset:path'];
    const cdkPath = resource.Metadata?.['aws:cdk:path'];
    if (resource.Type !== 'AWS::Lambda::Function' || !assetPath || !cdkPath)
      continue;
    const bundle = join(dir, assetPath, 'index.mjs');
    if (!existsSync(bundle)) continue;
    rows.push({
      fn: cdkPath.split('/')[1] ?? cdkPath,
      bytes: statSync(bundle).size,
    });
  }
}
rows.sort((a, b) => a.fn.localeCompare(b.fn));

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
