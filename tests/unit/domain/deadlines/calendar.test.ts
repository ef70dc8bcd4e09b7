import { describe, expect, it } from 'vitest';
import {
  addMonthsClamp,
  addWorkingDays,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  isLocalDate,
  localDate,
  rollForward,
} from '#domain/deadlines/calendar.ts';

describe('addMonthsClamp', () => {
  it.each([
    ['2027-03-05', 1, '2027-04-05'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-29'],
    ['2100-01-31', 1, '2100-02-28'], // not a leap year
    ['2000-01-31', 1, '2000-02-29'], // a leap year
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-02-28', 2, '2027-04-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-03-31', -1, '2027-02-28'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonthsClamp(from, n)).toBe(expected);
  });
});

describe('local dates', () => {
  it('validates real calendar dates only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
    expect(isLocalDate('2027-1-01')).toBe(false);
  });

  it('knows weekdays and day differences', () => {
    expect(dayOfWeek('2027-02-28')).toBe(0);
    expect(dayOfWeek('2027-06-25')).toBe(5);
    expect(daysBetween('2027-03-05', '2027-03-15')).toBe(10);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('rolls forward and counts working days', () => {
    const weekend = (d: string) => [0, 6].includes(dayOfWeek(d));
    expect(rollForward('2027-02-27', weekend)).toBe('2027-03-01');
    expect(rollForward('2027-03-01', weekend)).toBe('2027-03-01');
    expect(addWorkingDays('2027-01-04', 10, weekend)).toBe('2027-01-18');
    expect(addWorkingDays('2027-01-02', 1, weekend)).toBe('2027-01-04');
  });
});

describe('zones and DST', () => {
  it('ends local days at 23:59:59.999 across DST switches', () => {
    // Helsinki switches on 28 Mar and 31 Oct 2027; Los Angeles on 14 Mar and 7 Nov 2027
    expect(endOfLocalDay('2027-03-28', 'Europe/Helsinki').toISOString()).toBe(
      '2027-03-28T20:59:59.999Z',
    );
    expect(endOfLocalDay('2027-10-31', 'Europe/Helsinki').toISOString()).toBe(
      '2027-10-31T21:59:59.999Z',
    );
    expect(
      endOfLocalDay('2027-03-14', 'America/Los_Angeles').toISOString(),
    ).toBe('2027-03-15T06:59:59.999Z');
    expect(
      endOfLocalDay('2027-11-07', 'America/Los_Angeles').toISOString(),
    ).toBe('2027-11-08T07:59:59.999Z');
    expect(endOfLocalDay('2027-03-28', 'Europe/London').toISOString()).toBe(
      '2027-03-28T22:59:59.999Z',
    );
  });

  it('takes the local date of an instant in the zone', () => {
    const instant = new Date('2026-02-28T23:30:00Z');
    expect(localDate(instant, 'Europe/Helsinki')).toBe('2026-03-01');
    expect(localDate(instant, 'UTC')).toBe('2026-02-28');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-02-28');
  });
});
