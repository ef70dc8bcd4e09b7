/**
 * The reports' figures (domain/console-reports.ts): months in the shop's time zone, outcomes, the
 * on-time rate against the (extended) due instant, the median days to answer, the overdue list.
 */
import { describe, expect, it } from 'vitest';
import {
  daysToClose,
  median,
  monthsBack,
  outcomeOf,
  type ReportedRequest,
  reportOf,
} from '#domain/console-reports.ts';

const NOW = new Date('2026-12-05T10:00:00Z');
const TZ = 'Europe/Helsinki';

let n = 0;
function req(over: Partial<ReportedRequest>): ReportedRequest {
  n += 1;
  return {
    requestId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'access',
    status: 'COMPLETED',
    receivedAt: '2026-11-02T08:00:00Z',
    dueDate: '2026-12-02',
    dueAt: '2026-12-02T21:59:59.999Z',
    completedAt: '2026-11-12T08:00:00Z',
    ...over,
  };
}

describe('the reports', () => {
  it('counts months in the shop’s time zone, newest first, empty months included', () => {
    expect(monthsBack(NOW, TZ, 3)).toEqual(['2026-12', '2026-11', '2026-10']);
    expect(monthsBack(new Date('2027-01-31T22:30:00Z'), TZ, 2)).toEqual([
      '2027-02',
      '2027-01',
    ]);
    const report = reportOf(
      [
        // 23:30 UTC on 31 October is 1:30 on 1 November in Helsinki.
        req({ receivedAt: '2026-10-31T23:30:00Z' }),
        req({ receivedAt: '2026-10-15T12:00:00Z', channel: 'post' }),
        // Before the window: not counted.
        req({ receivedAt: '2025-10-15T12:00:00Z' }),
      ],
      TZ,
      NOW,
      3,
    );
    expect(report.months.map((m) => [m.month, m.total])).toEqual([
      ['2026-12', 0],
      ['2026-11', 1],
      ['2026-10', 1],
    ]);
    expect(report.total.total).toBe(2);
    expect(report.total.byChannel).toMatchObject({ web: 1, post: 1 });
  });

  it('rates on time against the due instant after an extension, counting answers and refusals only', () => {
    const report = reportOf(
      [
        req({}), // answered in 10 days, on time
        req({
          status: 'DENIED',
          completedAt: '2026-11-04T08:00:00Z',
        }), // refused in 2 days
        req({
          // late: answered after its due instant
          completedAt: '2026-12-03T08:00:00Z',
        }),
        req({
          // extended: due in February, answered in December, on time
          dueAt: '2027-02-02T21:59:59.999Z',
          dueDate: '2027-02-02',
          completedAt: '2026-12-03T08:00:00Z',
        }),
        req({ status: 'CANCELLED', completedAt: '2026-11-03T08:00:00Z' }),
        req({ status: 'IN_PROGRESS', completedAt: undefined }),
      ],
      TZ,
      NOW,
    );
    expect(report.answered).toBe(4);
    expect(report.onTime).toBe(3);
    expect(report.onTimeRate).toBe(0.75);
    // 2, 10, 31, 31 days: the median is the mean of the middle two.
    expect(report.medianDaysToClose).toBe(20.5);
    expect(report.total.byOutcome).toMatchObject({
      answered: 3,
      denied: 1,
      cancelled: 1,
      open: 1,
    });
  });

  it('lists what is past its deadline and still counted, the most overdue first, whenever received', () => {
    const late = req({
      status: 'IN_PROGRESS',
      completedAt: undefined,
      receivedAt: '2024-01-01T10:00:00Z',
      dueAt: '2024-02-01T21:59:59.999Z',
    });
    const failed = req({
      status: 'FAILED',
      completedAt: undefined,
      dueAt: '2026-12-01T21:59:59.999Z',
    });
    const notYet = req({
      status: 'AWAITING_DECISION',
      completedAt: undefined,
      dueAt: '2026-12-30T21:59:59.999Z',
    });
    const closed = req({ dueAt: '2026-01-01T00:00:00Z' });
    // The clock runs from receipt: an unconfirmed request counts down too (as in the inbox).
    const unconfirmed = req({
      status: 'PENDING_VERIFICATION',
      completedAt: undefined,
      dueAt: '2026-11-30T21:59:59.999Z',
    });
    const expired = req({
      status: 'EXPIRED',
      completedAt: undefined,
      dueAt: '2026-11-30T21:59:59.999Z',
    });
    expect(
      reportOf(
        [notYet, failed, closed, late, unconfirmed, expired],
        TZ,
        NOW,
      ).overdue.map((r) => r.requestId),
    ).toEqual([late.requestId, unconfirmed.requestId, failed.requestId]);
  });

  it('has no rate and no median before anything is answered', () => {
    const report = reportOf([], TZ, NOW);
    expect(report.onTimeRate).toBeUndefined();
    expect(report.medianDaysToClose).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(
      daysToClose({
        receivedAt: '2026-11-01T00:00:00Z',
        completedAt: '2026-11-01T12:00:00Z',
      }),
    ).toBe(0.5);
    expect(outcomeOf('EXPIRED')).toBe('expired');
  });
});
