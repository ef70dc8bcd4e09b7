/**
 * The same person's other requests to the same merchant, for the decision page: before refusing
 * a request as excessive "in particular because of [its] repetitive character" (Art. 12(5)) the
 * merchant sees what was asked before, when, and how it ended. They are found by the request's
 * `subjectHash` (domain/links.ts): set when the email is confirmed, per merchant, and kept when
 * a request is pseudonymised, so no other subject's and no other merchant's requests can match.
 * Only type, dates and outcome: nothing the shopper wrote.
 */
import type { RequestStatus, RequestType } from './request-kinds.ts';

/** What the subject index holds of a request (infra/wiring.ts `TABLE.bySubjectIndex`). */
export interface SubjectRequest {
  requestId: string;
  merchantId: string;
  type: RequestType;
  status: RequestStatus;
  receivedAt: string;
  completedAt?: string;
}

/** How an earlier request ended, or that it is still open, in the words the page uses. */
export type EarlierOutcome =
  | 'open'
  | 'answered'
  | 'refused'
  | 'cancelled'
  | 'failed'
  | 'expired';

export function earlierOutcome(status: RequestStatus): EarlierOutcome {
  switch (status) {
    case 'COMPLETED':
    case 'DEFERRED':
      return 'answered';
    case 'DENIED':
      return 'refused';
    case 'CANCELLED':
      return 'cancelled';
    case 'FAILED':
      return 'failed';
    case 'EXPIRED':
      return 'expired';
    default:
      return 'open';
  }
}

export interface EarlierRequest {
  requestId: string;
  type: RequestType;
  receivedAt: string;
  outcome: EarlierOutcome;
  /** When it was answered, refused or cancelled, where that was recorded. */
  closedAt?: string;
}

/** At most this many are listed (newest first); the count covers them all. */
export const EARLIER_REQUESTS_SHOWN = 20;

/**
 * The other requests of the subject of `current`, newest first; `withinYear` counts those
 * received in the twelve months before it (a request repeated after a longer interval is hardly
 * excessive for repeating, EDPB Guidelines 01/2022 §185).
 */
export function earlierRequests(
  found: readonly SubjectRequest[],
  current: { requestId: string; merchantId: string; receivedAt: string },
): { shown: EarlierRequest[]; total: number; withinYear: number } {
  const others = found
    .filter(
      (r) =>
        r.requestId !== current.requestId &&
        r.merchantId === current.merchantId,
    )
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const yearBefore = new Date(current.receivedAt);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  const since = yearBefore.toISOString();
  return {
    shown: others.slice(0, EARLIER_REQUESTS_SHOWN).map((r) => ({
      requestId: r.requestId,
      type: r.type,
      receivedAt: r.receivedAt,
      outcome: earlierOutcome(r.status),
      ...(r.completedAt && earlierOutcome(r.status) !== 'open'
        ? { closedAt: r.completedAt }
        : {}),
    })),
    total: others.length,
    withinYear: others.filter(
      (r) => r.receivedAt >= since && r.receivedAt <= current.receivedAt,
    ).length,
  };
}
