import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reminderDue } from '#domain/reminders.ts';

const DUE = '2026-04-15T20:59:59.999Z';
const at = (iso: string) => new Date(iso);

describe('reminderDue', () => {
  it('sends nothing more than ten days ahead', () => {
    expect(reminderDue(at('2026-04-01T12:00:00Z'), DUE)).toBeUndefined();
  });

  it('sends T-10, T-5 and T-2 as the due date approaches', () => {
    expect(reminderDue(at('2026-04-06T12:00:00Z'), DUE)?.stage).toBe('T-10');
    expect(reminderDue(at('2026-04-11T12:00:00Z'), DUE, ['T-10'])?.stage).toBe(
      'T-5',
    );
    expect(
      reminderDue(at('2026-04-14T12:00:00Z'), DUE, ['T-10', 'T-5']),
    ).toMatchObject({ stage: 'T-2', daysLeft: 2 });
  });

  it('sends each stage once', () => {
    expect(
      reminderDue(at('2026-04-06T12:00:00Z'), DUE, ['T-10']),
    ).toBeUndefined();
    expect(
      reminderDue(at('2026-04-16T12:00:00Z'), DUE, ['OVERDUE']),
    ).toBeUndefined();
  });

  it('after a late sweep sends only the most urgent stage and covers the earlier ones', () => {
    expect(reminderDue(at('2026-04-14T12:00:00Z'), DUE)).toEqual({
      stage: 'T-2',
      daysLeft: 2,
      covers: ['T-10', 'T-5', 'T-2'],
    });
  });

  it('escalates once the due instant has passed', () => {
    expect(
      reminderDue(at('2026-04-16T12:00:00Z'), DUE, ['T-10', 'T-5', 'T-2']),
    ).toMatchObject({ stage: 'OVERDUE', daysLeft: -1 });
  });

  it('never sends a stage already sent, whatever the time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30 * 86_400_000, max: 30 * 86_400_000 }),
        (offset) => {
          const now = new Date(Date.parse(DUE) - offset);
          const first = reminderDue(now, DUE);
          if (!first) return true;
          return reminderDue(now, DUE, first.covers) === undefined;
        },
      ),
    );
  });
});
