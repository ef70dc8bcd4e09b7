import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The source modules with code in a function's bundle, built as the functions are. */
function modulesOf(entry: string): string[] {
  const out = mkdtempSync(join(tmpdir(), 'dsr-authority-bundle-'));
  dirs.push(out);
  const { outputs } = bundleFunction(REPO_ROOT, entry, out);
  return Object.values(outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

const TABLES = [
  'functions/domain/supervisory-authority-table.ts',
  'functions/domain/supervisory-authorities-de.ts',
];

describe('the supervisory authority table in the bundles', () => {
  it('is left out of a function that never names an authority (its configuration check knows the keys only)', () => {
    const modules = modulesOf('functions/handlers/plan-jobs.handler.ts');
    expect(modules).toContain(
      'functions/domain/supervisory-authority-choice.ts',
    );
    for (const table of TABLES) expect(modules).not.toContain(table);
  });

  it('is in the function whose decision page names the authority', () => {
    const modules = modulesOf('functions/handlers/decide-request.handler.ts');
    for (const table of TABLES) expect(modules).toContain(table);
  });
});
