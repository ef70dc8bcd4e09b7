import { readdirSync, readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { trimHolidayData } from '#domain/deadlines/holiday-data-trim.ts';
import { dayInfo } from '#domain/deadlines/holidays.ts';
import { SUPPORTED_COUNTRIES } from '#domain/deadlines/supported-countries.ts';

describe('bundled holiday data', () => {
  it('is a file per supported country, as trimmed from the installed date-holidays (regenerate after upgrades)', async () => {
    // Prepare
    const dir = new URL(
      '../../../../functions/domain/deadlines/holiday-data/',
      import.meta.url,
    );
    const committed = Object.fromEntries(
      readdirSync(dir).map((file) => [
        file.replace(/\.json$/, ''),
        JSON.parse(readFileSync(new URL(file, dir), 'utf8')),
      ]),
    );
    // Act
    const fresh = JSON.parse(JSON.stringify(await trimHolidayData()));
    // Assess
    expect(committed).toEqual(fresh);
    expect(Object.keys(committed).sort()).toEqual(
      [...SUPPORTED_COUNTRIES].sort(),
    );
    for (const [country, data] of Object.entries(committed))
      expect(Object.keys(data.holidays)).toEqual([country]);
  });

  it('gives the same public holidays as the full library for every supported country, 2024-2032', () => {
    for (const country of SUPPORTED_COUNTRIES) {
      const full = new Holidays(country, { types: ['public'] });
      for (let year = 2024; year <= 2032; year++) {
        const expected = full
          .getHolidays(year)
          .filter((h) => h.date.slice(11).startsWith('00:00'))
          .map((h) => h.date.slice(0, 10));
        for (const date of expected) {
          expect(
            dayInfo(country, date).publicHoliday,
            `${country} ${date}`,
          ).toBe(true);
        }
      }
    }
  });
});
