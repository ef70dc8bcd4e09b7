import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  daysLeft,
  endOfLocalDay,
  localDate,
} from '#domain/deadline.ts';

describe('computeDeadline', () => {
  it('ends on the same day number of the next month, at the end of the local day', () => {
    // Prepare / Act
    const d = computeDeadline(
      new Date('2026-03-15T10:00:00Z'),
      'Europe/Helsinki',
    );
    // Assess: 15 April 23:59:59.999 in Helsinki (UTC+3 in summer time)
    expect(d.dueDate).toBe('2026-04-15');
    expect(d.dueAt).toBe('2026-04-15T20:59:59.999Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(
      computeDeadline(new Date('2026-01-31T12:00:00Z'), 'Europe/Helsinki')
        .dueDate,
    ).toBe('2026-02-28');
    expect(
      computeDeadline(new Date('2028-01-31T12:00:00Z'), 'Europe/Helsinki')
        .dueDate,
    ).toBe('2028-02-29');
    expect(
      computeDeadline(new Date('2026-05-31T12:00:00Z'), 'Europe/Helsinki')
        .dueDate,
    ).toBe('2026-06-30');
  });

  it('uses the controller-local date of receipt, not the UTC date', () => {
    // 22:30 UTC on 31 Jan is 00:30 on 1 Feb in Helsinki
    expect(
      computeDeadline(new Date('2026-01-31T22:30:00Z'), 'Europe/Helsinki')
        .dueDate,
    ).toBe('2026-03-01');
    expect(
      computeDeadline(new Date('2026-01-31T22:30:00Z'), 'UTC').dueDate,
    ).toBe('2026-02-28');
  });

  it('ends an hour short of 28 days when summer time begins on the due day (found by the property)', () => {
    // 23:00 on 27 February 2078 in Helsinki; summer time begins on Sunday 27 March 2078.
    const { dueDate, dueAt } = computeDeadline(
      new Date('2078-02-27T21:00:00.000Z'),
      'Europe/Helsinki',
    );
    expect(dueDate).toBe('2078-03-27');
    expect(dueAt).toBe('2078-03-27T20:59:59.999Z');
  });

  it('rolls December into January of the next year', () => {
    expect(
      computeDeadline(new Date('2026-12-10T09:00:00Z'), 'Europe/Helsinki')
        .dueDate,
    ).toBe('2027-01-10');
  });

  it('is never earlier than 28 days after receipt and never later than 32 days and an hour (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01'),
          max: new Date('2100-01-01'),
          noInvalidDate: true,
        }),
        (received) => {
          const { dueAt } = computeDeadline(received, 'Europe/Helsinki');
          const days = (Date.parse(dueAt) - received.getTime()) / 86_400_000;
          // 32 days: received at local midnight, due at the end of the same day number of a
          // 31-day month; plus one hour when summer time ends in between. 28 days: received
          // just before local midnight, due at the end of the same day number of February's
          // next month; less one hour when summer time begins in between.
          return days >= 28 - 1 / 24 && days <= 32 + 1 / 24;
        },
      ),
    );
  });

  it('is monotone in the receipt instant (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01'),
          max: new Date('2100-01-01'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 90 * 86_400_000 }),
        (a, gap) => {
          const b = new Date(a.getTime() + gap);
          return (
            computeDeadline(a, 'Europe/Helsinki').dueAt <=
            computeDeadline(b, 'Europe/Helsinki').dueAt
          );
        },
      ),
    );
  });
});

describe('endOfLocalDay', () => {
  it('handles the days of daylight-saving switches', () => {
    // Helsinki: UTC+2 on 29 March before 04:00, UTC+3 afterwards; the day ends in summer time
    expect(endOfLocalDay('2026-03-29', 'Europe/Helsinki').toISOString()).toBe(
      '2026-03-29T20:59:59.999Z',
    );
    expect(endOfLocalDay('2026-10-25', 'Europe/Helsinki').toISOString()).toBe(
      '2026-10-25T21:59:59.999Z',
    );
    expect(
      localDate(
        endOfLocalDay('2026-10-25', 'Europe/Helsinki'),
        'Europe/Helsinki',
      ),
    ).toBe('2026-10-25');
  });
});

describe('daysLeft', () => {
  it('counts whole days up to the due instant and never goes negative', () => {
    expect(
      daysLeft(new Date('2026-04-01T00:00:00Z'), '2026-04-15T20:59:59.999Z'),
    ).toBe(15);
    expect(
      daysLeft(new Date('2026-05-01T00:00:00Z'), '2026-04-15T20:59:59.999Z'),
    ).toBe(0);
  });
});
