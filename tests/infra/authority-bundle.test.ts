import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTHORITY_CODES } from '#domain/supervisory-authority-choice.ts';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';
import { probeBundle } from '../helpers/bundle-probe.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Builds a function as the functions are: its folder and the source modules with code in it. */
function build(entry: string): { out: string; modules: string[] } {
  const out = mkdtempSync(join(tmpdir(), 'dsr-authority-bundle-'));
  dirs.push(out);
  const { outputs } = bundleFunction(REPO_ROOT, entry, out);
  const modules = Object.values(outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return { out, modules };
}

const LOADER = 'functions/domain/supervisory-authority-table.ts';
const FILES = AUTHORITY_CODES.map((code) => `${code}.json`).sort();

describe('the supervisory authority table in the bundles', () => {
  it('is left out of a function that never names an authority (its configuration check knows the keys only)', () => {
    const { out, modules } = build('functions/handlers/plan-jobs.handler.ts');
    expect(modules).toContain(
      'functions/domain/supervisory-authority-choice.ts',
    );
    expect(modules).not.toContain(LOADER);
    expect(readdirSync(out)).not.toContain('authority-data');
  });

  it('is a file per authority beside the chunks of the function whose decision page names one', () => {
    const { out, modules } = build(
      'functions/handlers/decide-request.handler.ts',
    );
    expect(modules).toContain(LOADER);
    expect(readdirSync(join(out, 'authority-data')).sort()).toEqual(FILES);
  });

  it("is read after the cold start, only the merchant's entry, once", () => {
    const { out } = build('tests/fixtures/authority-bundle-entry.ts');
    const { answers, loaded } = probeBundle<string>(
      out,
      [['FI-18'], ['FI'], ['FI', 'DE-BY']],
      { segments: 2 },
    );
    expect(answers).toEqual([
      'Dataombudsmannens byrå',
      'Dataombudsmannens byrå',
      'Dataskyddsmyndigheten i delstaten Bayern (BayLDA)',
    ]);
    const init = loaded.slice(0, loaded.indexOf('-- init'));
    expect(init.filter((f) => f.startsWith('authority-data/'))).toEqual([]);
    expect(loaded.filter((f) => f.startsWith('authority-data/'))).toEqual([
      'authority-data/FI.json',
      'authority-data/DE-BY.json',
    ]);
  });
});
