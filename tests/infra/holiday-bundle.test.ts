import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import { afterAll, describe, expect, it } from 'vitest';
import { SUPPORTED_COUNTRIES } from '#domain/deadlines/supported-countries.ts';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';
import { probeBundle } from '../helpers/bundle-probe.ts';

// A function that computes deadlines, and one that never does, built as every function is.
const out = mkdtempSync(join(tmpdir(), 'dsr-holiday-bundle-'));
const other = mkdtempSync(join(tmpdir(), 'dsr-holiday-none-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
});

/** Imports the bundle in a fresh Node, computes a deadline per country and receipt, lists the files loaded. */
function compute(requests: [string, string][]): {
  dates: string[];
  loaded: string[];
} {
  const { answers, loaded } = probeBundle<string>(out, requests, {
    segments: 2,
  });
  return { dates: answers, loaded };
}

describe("a function's holiday rules", () => {
  bundleFunction(REPO_ROOT, 'tests/fixtures/holiday-bundle-entry.ts', out);
  bundleFunction(REPO_ROOT, 'tests/fixtures/i18n-bundle-entry.ts', other);

  it('are a file per supported country beside the chunks of a function that computes deadlines, and only there', () => {
    expect(readdirSync(join(out, 'holiday-data')).sort()).toEqual(
      SUPPORTED_COUNTRIES.map((c) => `${c}.json`).sort(),
    );
    expect(readdirSync(join(out, 'vendor', 'calendars')).sort()).toEqual([
      'hebrew.json',
      'hijri.json',
      'julian.mjs',
    ]);
    expect(readdirSync(other)).not.toContain('holiday-data');
    expect(readdirSync(other)).not.toContain('vendor');
  });

  it("load none at cold start, and only the merchant's country, once", () => {
    // Received 1 October: 1 November is All Saints' Day in Bavaria, not in Germany as a whole.
    const at = '2027-10-01T12:00:00+02:00';
    const { dates, loaded } = compute([
      ['DE-BY', at],
      ['DE', at],
      ['DE-BY', at],
    ]);
    expect(dates).toEqual(['2027-11-02', '2027-11-01', '2027-11-02']);
    const init = loaded.slice(0, loaded.indexOf('-- init'));
    expect(init.filter((f) => f.startsWith('holiday-data/'))).toEqual([]);
    expect(loaded.filter((f) => f.startsWith('holiday-data/'))).toEqual([
      'holiday-data/DE.json',
    ]);
  });

  it('reads a calendar month table only for a merchant whose rules use it (Melilla: Eid al-Adha)', () => {
    // Received 27 April 2026: 27 May is Eid al-Adha (10 Dhu al-Hijjah) in Melilla, not in Madrid.
    const at = '2026-04-27T12:00:00+02:00';
    const { dates, loaded } = compute([
      ['ES-MD', at],
      ['ES-ML', at],
    ]);
    expect(dates).toEqual(['2026-05-27', '2026-05-28']);
    expect(
      loaded.filter(
        (f) => f.startsWith('calendars/') || f.startsWith('holiday-data/'),
      ),
    ).toEqual(['holiday-data/ES.json', 'calendars/hijri.json']);
  });

  it('reads no calendar for a deadline in Croatia, whose Julian, Hebrew and Hijri days are optional', () => {
    const { dates, loaded } = compute([['HR', '2026-12-07T12:00:00+01:00']]);
    // 7 January 2027, Orthodox Christmas, is an optional day: a working day.
    expect(dates).toEqual(['2027-01-07']);
    expect(loaded.filter((f) => f.startsWith('calendars/'))).toEqual([]);
  });

  it("converts Julian, Hebrew and Hijri dates from the files beside the chunks when the library's optional days are asked for", () => {
    const {
      answers: [days = []],
      loaded,
    } = probeBundle<string[]>(out, [['HR', 2027]], {
      segments: 2,
      name: 'allHolidays',
    });
    // As the full library has them: Orthodox Christmas (Julian 25 December) among them.
    expect(days).toEqual(
      new Holidays('HR')
        .getHolidays(2027)
        .map((h) => `${h.date.slice(0, 10)} ${h.type}`),
    );
    expect(days).toContain('2027-01-07 optional');
    expect(loaded.filter((f) => f.startsWith('calendars/')).sort()).toEqual([
      'calendars/hebrew.json',
      'calendars/hijri.json',
      'calendars/julian.mjs',
    ]);
  });

  it('gives Finland its own holidays (Independence Day, 6 December)', () => {
    // Received 5 November: 5 December 2027 is a Sunday, the Monday after it Independence Day.
    const { dates, loaded } = compute([['FI', '2027-11-05T12:00:00+02:00']]);
    expect(dates).toEqual(['2027-12-07']);
    expect(loaded.filter((f) => f.startsWith('holiday-data/'))).toEqual([
      'holiday-data/FI.json',
    ]);
  });
});
