/**
 * Minified size of each Lambda bundle. Reads an existing cloud assembly (`cdk.out` or the first
 * argument) or, when none exists, synthesizes one with buildApp(). Prints a table; `--json` prints JSON.
 *   npx tsx scripts/bundle-sizes.ts [cdk.out] [--json]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
let dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'cdk.out');

if (!existsSync(join(dir, 'manifest.json'))) {
  const { buildApp } = await import('../infra/app.ts');
  dir = buildApp().app.synth().directory;
}

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
