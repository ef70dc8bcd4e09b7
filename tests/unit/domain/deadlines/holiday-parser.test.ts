import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { holidayData } from '#domain/deadlines/holidays.ts';
import { SUPPORTED_COUNTRIES } from '#domain/deadlines/supported-countries.ts';
import HolidaysParser from '#domain/deadlines/vendor/date-holidays-parser.js';
import {
  bundleHolidayParser,
  bundleJulian,
  CALENDAR_TABLES,
  calendarTables,
  VENDORED_PARSER,
} from '../../../../scripts/holiday-parser-bundle.ts';

/** Every supported country and each of its states, as `[country, state?]`. */
function divisions(): [string, string?][] {
  const directory = new Holidays();
  return SUPPORTED_COUNTRIES.flatMap((country) => [
    [country] as [string],
    ...Object.keys(directory.getStates(country) ?? {}).map(
      (state) => [country, state] as [string, string],
    ),
  ]);
}

describe('the vendored holiday parser', () => {
  it('is the installed date-holidays-parser as scripts/vendor-holiday-parser.ts builds it (regenerate after upgrades)', async () => {
    // Prepare
    const committed = readFileSync(
      new URL(
        `../../../../${VENDORED_PARSER}/date-holidays-parser.js`,
        import.meta.url,
      ),
      'utf8',
    );
    // Act
    const fresh = await bundleHolidayParser();
    // Assess
    expect(committed).toBe(fresh);
    expect(committed).not.toMatch(/from\s*["']moment/);
  });

  it('reads the Hebrew and Hijri month tables the installed package has (regenerate after upgrades)', async () => {
    // Prepare
    const fresh = await calendarTables();
    // Act
    const committed = Object.fromEntries(
      CALENDAR_TABLES.map((name) => [
        name,
        readFileSync(
          new URL(
            `../../../../${VENDORED_PARSER}/calendars/${name}.json`,
            import.meta.url,
          ),
          'utf8',
        ),
      ]),
    );
    // Assess
    expect(committed).toEqual(fresh);
    expect(JSON.parse(committed.hijri ?? '{}').year).toBe(1389);
  });

  it('loads the Julian calendar from astronomia as installed (regenerate after upgrades)', async () => {
    // Prepare
    const committed = readFileSync(
      new URL(
        `../../../../${VENDORED_PARSER}/calendars/julian.mjs`,
        import.meta.url,
      ),
      'utf8',
    );
    // Act
    const fresh = await bundleJulian();
    // Assess
    expect(committed).toBe(fresh);
  });

  it('finds the same holidays as the full library (with moment-timezone): every supported country 2015–2040, every state 2025–2027', () => {
    // Local dates, names and types; the instants can differ where Node's tz database is newer
    // than moment-timezone's (Canada's provinces after 2026).
    const mismatches: string[] = [];
    const unbuildable: string[] = [];
    for (const [country, state] of divisions()) {
      const full = state ? new Holidays(country, state) : new Holidays(country);
      let ours: HolidaysParser;
      try {
        ours = state
          ? new HolidaysParser(holidayData(country), country, state)
          : new HolidaysParser(holidayData(country), country);
      } catch {
        unbuildable.push(`${country}-${state}`);
        continue;
      }
      for (
        let year = state ? 2024 : 2015;
        year <= (state ? 2030 : 2040);
        year++
      ) {
        const read = (list: { date: string; name: string; type: string }[]) =>
          list.map((h) => `${h.date} ${h.type} ${h.name}`).join('\n');
        const expected = read(full.getHolidays(year));
        const found = read(ours.getHolidays(year));
        if (found !== expected)
          mismatches.push(`${country}${state ? `-${state}` : ''} ${year}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Their rules point at a country outside the trimmed data (the Canaries at IC, the French
    // overseas departments at their own codes): the engine refuses them, as it did with the
    // full parser (scripts/trim-holiday-data.ts keeps only SUPPORTED_COUNTRIES).
    expect(unbuildable.sort()).toEqual([
      'ES-CN',
      'FR-BL',
      'FR-GF',
      'FR-GP',
      'FR-MF',
      'FR-MQ',
      'FR-RE',
      'FR-YT',
    ]);
  }, 60_000);
});
