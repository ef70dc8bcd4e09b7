/**
 * A function's cold start loads two files, its entry and the one chunk of what the entry imports
 * statically (infra/constructs/rechunk.mjs puts esbuild's 10–15 chunks of it into one), and
 * every file of its bundle still links and runs its top-level code: the chunks behind `import()`
 * import from the init chunk what they share with it, and the languages' files keep the names
 * presentation/i18n/lazy.ts requires. Stack traces still name the TypeScript sources: rolldown's
 * maps are chained through esbuild's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';
import { FUNCTIONS, type FunctionName } from '#infra/wiring.ts';
import { DEPLOY_TIME_ENV } from '../../scripts/lambda-bundles.ts';
import { initOutputs } from '../helpers/init-outputs.ts';

const out = mkdtempSync(join(tmpdir(), 'dsr-rechunk-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(fn: FunctionName) {
  const dir = join(out, fn);
  const meta = bundleFunction(REPO_ROOT, FUNCTIONS[fn].entry, dir);
  return { dir, init: [...initOutputs(meta.outputs)].map((o) => basename(o)) };
}

/** Imports the entry, then every other file of the bundle, in a fresh Node process. */
function importEvery(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mjs') && f !== 'index.mjs')
    .sort();
  const script = [
    `const dir = ${JSON.stringify(dir)};`,
    "const m = await import(dir + '/index.mjs');",
    "if (typeof m.handler !== 'function') throw new Error('no handler');",
    `for (const f of ${JSON.stringify(files)}) await import(dir + '/' + f);`,
    `process.stdout.write('linked ' + ${files.length + 1});`,
  ].join('\n');
  return execFileSync(
    process.execPath,
    ['--enable-source-maps', '--input-type=module', '-e', script],
    {
      env: { PATH: process.env.PATH, ...DEPLOY_TIME_ENV },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
}

// The three heaviest cold starts, the function with the most lazy paths, and a scheduled one.
const FUNCTIONS_CHECKED: FunctionName[] = [
  'ReceiveInboundMail',
  'ShopifyWebhook',
  'ProcessShopifyWebhook',
  'Console',
  'ReconcileRequests',
];

describe('re-chunked bundles', () => {
  for (const fn of FUNCTIONS_CHECKED)
    it(`${fn}'s cold start loads its entry and one chunk, and every file of its bundle links`, () => {
      const { dir, init } = build(fn);
      expect(init).toHaveLength(2);
      expect(init).toContain('index.mjs');
      const count = readdirSync(dir).filter((f) => f.endsWith('.mjs')).length;
      expect(count).toBeGreaterThan(10);
      expect(importEvery(dir)).toBe(`linked ${count}`);
    });

  it('maps the cold start back to the TypeScript sources', () => {
    const { dir, init } = build('ReceiveInboundMail');
    // config.ts's message for a missing variable, in every function's cold start.
    const text = 'Missing environment variable';
    const chunk =
      init.find((f) => readFileSync(join(dir, f), 'utf8').includes(text)) ?? '';
    const code = readFileSync(join(dir, chunk), 'utf8');
    const at = code.indexOf(text);
    expect(at).toBeGreaterThan(0);
    const before = code.slice(0, at).split('\n');
    const map = new SourceMap(
      JSON.parse(readFileSync(join(dir, `${chunk}.map`), 'utf8')),
    );
    const origin = map.findEntry(
      before.length - 1,
      (before.at(-1) ?? '').length,
    );
    expect('originalSource' in origin && origin.originalSource).toMatch(
      /functions\/shared\/config\.ts$/,
    );
  });
});
