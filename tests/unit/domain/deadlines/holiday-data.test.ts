import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { trimHolidayData } from '#domain/deadlines/holiday-data-trim.ts';
import { dayInfo } from '#domain/deadlines/holidays.ts';
import { SUPPORTED_COUNTRIES } from '#domain/deadlines/supported-countries.ts';

describe('bundled holiday data', () => {
  it('is exactly the supported countries of the installed date-holidays (regenerate after upgrades)', async () => {
    // Prepare
    const committed = JSON.parse(
      readFileSync(
        new URL(
          '../../../../functions/domain/deadlines/holiday-data.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    // Act
    const fresh = JSON.parse(JSON.stringify(await trimHolidayData()));
    // Assess
    expect(committed).toEqual(fresh);
    expect(Object.keys(committed.holidays).sort()).toEqual(
      [...SUPPORTED_COUNTRIES].sort(),
    );
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
