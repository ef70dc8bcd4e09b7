import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateDeadline } from '#domain/deadlines/calculate.ts';
import {
  addDays,
  dayOfWeek,
  localDate,
  minDate,
} from '#domain/deadlines/calendar.ts';
import { dayInfo } from '#domain/deadlines/holidays.ts';
import { finnishEves, finnishPublicHolidays } from './helpers.ts';

const instants = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2080-12-31T00:00:00Z'),
  noInvalidDate: true,
});

const zones: Record<string, string[]> = {
  'GDPR-EU': ['Europe/Helsinki', 'Europe/Lisbon', 'Europe/Berlin'],
  'UK-ICO': ['Europe/London'],
  CCPA: ['America/Los_Angeles'],
  'US-VA': ['America/New_York'],
  PIPEDA: ['America/Toronto'],
  nFADP: ['Europe/Zurich'],
};

const requests = fc.record({
  regime: fc.constantFrom(...Object.keys(zones)),
  instant: instants,
  zone: fc.nat(2),
});

function compute(
  regime: string,
  instant: Date,
  zone: number,
  extra: { mode?: 'response' | 'notice'; extension?: boolean } = {},
) {
  const tzs = zones[regime] ?? ['UTC'];
  const controllerTz = tzs[zone % tzs.length] ?? 'UTC';
  return calculateDeadline({
    regime,
    controllerTz,
    receivedAt: instant.toISOString(),
    mode: extra.mode ?? 'response',
    // nFADP extensions are open-ended: there is no date to compute
    extension: regime !== 'nFADP' && (extra.extension ?? false),
  });
}

const weekend = (d: string) => [0, 6].includes(dayOfWeek(d));
const fiCache = new Map<number, Set<string>>();
function fiReference(d: string, withEves: boolean): boolean {
  const year = Number(d.slice(0, 4));
  let set = fiCache.get(year);
  if (!set) {
    set = new Set(finnishPublicHolidays(year));
    fiCache.set(year, set);
  }
  return (
    weekend(d) || set.has(d) || (withEves && finnishEves(year).includes(d))
  );
}

describe('deadline properties', () => {
  it('GDPR-EU: never before the (earliest) receipt date + 28 days, nor less than 27 days after the instant', () => {
    fc.assert(
      fc.property(instants, fc.boolean(), (instant, extension) => {
        const c = compute('GDPR-EU', instant, 0, { extension });
        const receipt = minDate(
          localDate(instant, 'Europe/Helsinki'),
          localDate(instant, 'UTC'),
        );
        expect(c.dueDate >= addDays(receipt, 28)).toBe(true);
        expect(Date.parse(c.dueAt) - instant.getTime()).toBeGreaterThan(
          27 * 86_400_000,
        );
      }),
    );
  });

  it('is monotone in the receipt instant (dueDate and latestDueDate)', () => {
    fc.assert(
      fc.property(
        requests,
        fc.integer({ min: 0, max: 40 * 86_400_000 }),
        fc.boolean(),
        ({ regime, instant, zone }, gap, extension) => {
          const a = compute(regime, instant, zone, { extension });
          const b = compute(regime, new Date(instant.getTime() + gap), zone, {
            extension,
          });
          expect(a.dueDate <= b.dueDate).toBe(true);
          expect(a.latestDueDate <= b.latestDueDate).toBe(true);
        },
      ),
    );
  });

  it('never shortens a deadline by extending it, and the notice is due no later', () => {
    fc.assert(
      fc.property(requests, ({ regime, instant, zone }) => {
        const plain = compute(regime, instant, zone);
        const notice = compute(regime, instant, zone, { mode: 'notice' });
        expect(notice.dueDate <= plain.dueDate).toBe(true);
        if (regime === 'nFADP') return;
        const extended = compute(regime, instant, zone, { extension: true });
        expect(extended.dueDate >= plain.dueDate).toBe(true);
        expect(extended.latestDueDate >= plain.latestDueDate).toBe(true);
      }),
    );
  });

  it('never puts latestDueDate before dueDate, and flags every difference', () => {
    fc.assert(
      fc.property(requests, fc.boolean(), (r, extension) => {
        const c = compute(r.regime, r.instant, r.zone, { extension });
        expect(c.latestDueDate >= c.dueDate).toBe(true);
        if (c.latestDueDate !== c.dueDate) expect(c.flags).not.toEqual([]);
      }),
    );
  });

  it('GDPR-EU (FI): rolled dates are never a weekend or public holiday; the latest never an eve', () => {
    fc.assert(
      fc.property(instants, fc.boolean(), (instant, extension) => {
        const c = compute('GDPR-EU', instant, 0, { extension });
        expect(fiReference(c.dueDate, false)).toBe(false);
        expect(fiReference(c.latestDueDate, true)).toBe(false);
        expect(fiReference(c.extensionNoticeDue ?? '', false)).toBe(false);
      }),
    );
  });

  it('UK and CCPA: the outer bound is never a weekend or holiday of the calendar it rolls on', () => {
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom('UK-ICO', 'CCPA'),
        (instant, regime) => {
          const c = compute(regime, instant, 0);
          expect(weekend(c.latestDueDate)).toBe(false);
          expect(dayInfo(c.country, c.latestDueDate).publicHoliday).toBe(false);
        },
      ),
    );
  });

  it('dueAt is the last millisecond of dueDate in the controller zone', () => {
    fc.assert(
      fc.property(requests, ({ regime, instant, zone }) => {
        const c = compute(regime, instant, zone);
        const dueAt = new Date(c.dueAt);
        expect(c.dueAt.endsWith('59:59.999Z')).toBe(true);
        expect(localDate(dueAt, c.controllerTz)).toBe(c.dueDate);
        expect(localDate(new Date(dueAt.getTime() + 1), c.controllerTz)).toBe(
          addDays(c.dueDate, 1),
        );
      }),
    );
  });
});
