/** Request records at each point of their life, for the tests of where a request stands. */
import type { ProgressRecord } from '#domain/progress.ts';

export const RECEIVED = '2026-03-15T10:00:00.000Z';
export const VERIFIED = '2026-03-15T10:05:00.000Z';
export const DECIDED = '2026-03-18T09:00:00.000Z';
export const CLOSED = '2026-03-25T12:00:00.000Z';

export const unverified: ProgressRecord = {
  status: 'PENDING_VERIFICATION',
  receivedAt: RECEIVED,
};
export const verified: ProgressRecord = {
  ...unverified,
  status: 'VERIFIED',
  verifiedAt: VERIFIED,
};
export const approved: ProgressRecord = {
  ...verified,
  decidedAt: DECIDED,
  decision: { outcome: 'approve', by: 'merchant-link', at: DECIDED },
};
export const denied: ProgressRecord = {
  ...verified,
  decidedAt: DECIDED,
  decision: { outcome: 'deny', by: 'merchant-link', at: DECIDED },
};
