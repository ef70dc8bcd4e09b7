/**
 * The minified bundle of every Lambda, from a fresh CDK synthesis into `outdir` (a reused
 * `cdk.out` can hold stale templates and assets). Used by `npm run bundle-sizes` and the
 * cold-start benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../infra/app.ts';

type Template = {
  Resources: Record<
    string,
    { Type: string; Metadata?: Record<string, string> }
  >;
};

export function synthBundles(outdir: string): { fn: string; file: string }[] {
  // The CLI turns asset and path metadata on; a programmatic synth must ask for them.
  const dir = buildApp(
    {
      'aws:cdk:enable-asset-metadata': true,
      'aws:cdk:enable-path-metadata': true,
    },
    { outdir },
  ).app.synth().directory;
  const found: { fn: string; file: string }[] = [];
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
      if (existsSync(file))
        found.push({ fn: path.split('/')[1] ?? path, file });
    }
  }
  return found.sort((a, b) => a.fn.localeCompare(b.fn));
}
