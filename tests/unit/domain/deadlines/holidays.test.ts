import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addDays } from '#domain/deadlines/calendar.ts';
import {
  dayInfo,
  easterSunday,
  holidayDataVersion,
  isCanadianFederalHoliday,
  isFinnishEve,
  parseCountry,
} from '#domain/deadlines/holidays.ts';
import { finnishEves, finnishPublicHolidays } from './helpers.ts';

function allDates(year: number): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1))
    out.push(d);
  return out;
}

describe('holidayDataVersion', () => {
  it('names the installed date-holidays package', () => {
    // Prepare
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(
      readFileSync(require.resolve('date-holidays/package.json'), 'utf8'),
    ) as { version: string };
    // Assess
    expect(holidayDataVersion).toBe(`date-holidays@${pkg.version}`);
  });
});

describe('dayInfo for Finland', () => {
  it('matches the public holidays of legal-rules §4.2 for every day of 2020–2040', () => {
    for (let year = 2020; year <= 2040; year++) {
      // Prepare
      const expected = finnishPublicHolidays(year);
      // Act
      const found = allDates(year).filter(
        (d) => dayInfo('FI', d).publicHoliday,
      );
      // Assess
      expect(found, String(year)).toEqual(expected);
    }
  });

  it('marks exactly Midsummer Eve and Christmas Eve as eves, 2020–2040', () => {
    for (let year = 2020; year <= 2040; year++) {
      const found = allDates(year).filter((d) => dayInfo('FI', d).finnishEve);
      expect(found, String(year)).toEqual(finnishEves(year));
    }
  });

  it('reports New Year’s Eve as a bank day, never a holiday', () => {
    const nye = dayInfo('FI', '2026-12-31');
    expect(nye).toMatchObject({
      publicHoliday: false,
      finnishEve: false,
      bankDay: true,
    });
  });

  it('lists the weekday holidays of 2026–2028 as in the §4.2 table', () => {
    const weekdayHolidays = (year: number) =>
      finnishPublicHolidays(year).filter((d) => {
        const day = new Date(`${d}T00:00:00Z`).getUTCDay();
        return day !== 0 && day !== 6;
      });
    expect(weekdayHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-12-25',
    ]);
    expect(weekdayHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-01-06',
      '2027-03-26',
      '2027-03-29',
      '2027-05-06',
      '2027-12-06',
    ]);
    expect(weekdayHolidays(2028)).toEqual([
      '2028-01-06',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-25',
      '2028-12-06',
      '2028-12-25',
      '2028-12-26',
    ]);
    for (const d of weekdayHolidays(2027))
      expect(dayInfo('FI', d).publicHoliday, d).toBe(true);
  });

  it('computes Easter like the computus (2027: 28 Mar, 2028: 16 Apr)', () => {
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(isFinnishEve('2027-06-25')).toBe(true);
    expect(isFinnishEve('2027-06-18')).toBe(false);
  });
});

describe('dayInfo elsewhere', () => {
  it('includes English substitute bank holidays and Scottish ones for GB-SCT', () => {
    expect(dayInfo('GB-ENG', '2027-12-27').publicHoliday).toBe(true);
    expect(dayInfo('GB-ENG', '2027-12-28').publicHoliday).toBe(true);
    expect(dayInfo('GB-ENG', '2027-01-04').publicHoliday).toBe(false);
    expect(dayInfo('GB-SCT', '2027-01-04').publicHoliday).toBe(true);
    expect(dayInfo('GB-SCT', '2027-03-29').publicHoliday).toBe(false);
  });

  it('uses only public California holidays, substitutes included', () => {
    expect(dayInfo('US-CA', '2027-03-31').publicHoliday).toBe(true); // César Chávez Day
    expect(dayInfo('US-CA', '2027-11-26').publicHoliday).toBe(true); // day after Thanksgiving
    expect(dayInfo('US-CA', '2027-12-31').publicHoliday).toBe(true); // New Year 2028 substitute
    expect(dayInfo('US-CA', '2027-02-14').publicHoliday).toBe(false); // observance
  });

  it('covers two-day and part-day public holidays (RO 1–2 Jan, IS Christmas Eve from 13:00)', () => {
    expect(dayInfo('RO', '2026-01-02').publicHoliday).toBe(true);
    expect(dayInfo('IS', '2027-12-24')).toMatchObject({
      publicHoliday: false,
      partialHoliday: true,
    });
  });

  it('adds the Canadian Interpretation Act s.35 holidays', () => {
    expect(isCanadianFederalHoliday('2027-05-24')).toBe(true); // Victoria Day
    expect(isCanadianFederalHoliday('2027-10-11')).toBe(true); // Thanksgiving
    expect(isCanadianFederalHoliday('2027-03-29')).toBe(true); // Easter Monday
    expect(isCanadianFederalHoliday('2026-11-12')).toBe(false);
    expect(isCanadianFederalHoliday('2029-07-02')).toBe(true); // Canada Day 2029 is a Sunday
    expect(dayInfo('CA', '2027-11-11').publicHoliday).toBe(true);
  });

  it('parses countries with optional subdivisions and rejects unknown ones', () => {
    expect(parseCountry('DE-BY')).toEqual({ country: 'DE', state: 'BY' });
    expect(parseCountry('FI')).toEqual({ country: 'FI' });
    expect(parseCountry('XX')).toBeUndefined();
    expect(parseCountry('GB-XYZ')).toBeUndefined();
    expect(parseCountry('fi')).toBeUndefined();
  });
});
