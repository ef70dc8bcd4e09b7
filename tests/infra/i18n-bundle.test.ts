import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';
import { probeBundle } from '../helpers/bundle-probe.ts';

// A function that renders the shared catalogue, the emails', the pages' and the notices, built as
// every function is.
const out = mkdtempSync(join(tmpdir(), 'dsr-i18n-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Imports the bundle in a fresh Node, renders in each language asked, lists the files loaded. */
function render(locales: string[]): { texts: string[]; loaded: string[] } {
  const { answers, loaded } = probeBundle<string>(
    out,
    locales.map((l) => [l]),
  );
  return { texts: answers, loaded };
}

describe("a function's languages", () => {
  bundleFunction(REPO_ROOT, 'tests/fixtures/i18n-bundle-entry.ts', out);

  it('are files of their own beside the entry, one per language and catalogue it uses', () => {
    expect(
      readdirSync(out)
        .filter((f) => f.startsWith('i18n-') && f.endsWith('.mjs'))
        .sort(),
    ).toEqual(
      ['de', 'fi', 'fr', 'sv']
        .flatMap((l) =>
          ['messages', 'emails', 'pages', 'notices'].map(
            (family) => `i18n-${family}-${l}.mjs`,
          ),
        )
        .sort(),
    );
  });

  it('load none at cold start, and only the language a text is asked in', () => {
    const { texts, loaded } = render(['en', 'fi', 'fi']);
    expect(texts).toEqual([
      'English: The shop must answer by 1.1.2027 at the latest. Confirm your request, Send request.',
      'Suomi: Kaupan on vastattava viimeistään 1.1.2027. Vahvista pyyntösi, Lähetä pyyntö.',
      'Suomi: Kaupan on vastattava viimeistään 1.1.2027. Vahvista pyyntösi, Lähetä pyyntö.',
    ]);
    const init = loaded.slice(0, loaded.indexOf('-- init'));
    expect(init.filter((f) => f.startsWith('i18n-'))).toEqual([]);
    expect(loaded.filter((f) => f.startsWith('i18n-')).sort()).toEqual([
      'i18n-emails-fi.mjs',
      'i18n-messages-fi.mjs',
      'i18n-notices-fi.mjs',
      'i18n-pages-fi.mjs',
    ]);
  });

  it('reads each of the others in its own language', () => {
    expect(
      render(['sv', 'de', 'fr']).texts.map((t) => t.split(':')[0]),
    ).toEqual(['Svenska', 'Deutsch', 'Français']);
  });
});
