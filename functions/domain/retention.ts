/**
 * Storage limitation (Art. 5(1)(e)) of closed requests. A request that closed answered (COMPLETED),
 * refused (DENIED) or stopped (CANCELLED) keeps the shopper's personal data only as long as the
 * merchant may have to show how it was handled (Art. 5(2)) or defend a claim about it; then the
 * deadline sweep pseudonymises it. EXPIRED requests lose their personal data when they expire;
 * FAILED ones are still owed an answer and keep it. What the pseudonymisation writes is in
 * pseudonymisation.ts; this module knows statuses and dates only, so the request model can use it.
 */
import type { RequestStatus } from './request-kinds.ts';

/**
 * Days after closing that a request keeps its personal data (merchant setting
 * `requestRetentionDays`). Default 3 years: the Finnish general limitation period (Act on the
 * Limitation of Debts 728/2003, s. 4), within which the shopper may claim damages (Art. 82) or
 * complain and the merchant must be able to show the request and its answer. At least 30 days: a
 * follow-up to the answer (a complaint, a repeat, a question about the package) comes within weeks,
 * and the download and decision links die within that time. At most 10 years: the longest
 * limitation period in the Limitation Act (s. 7), and a bound, so "forever" is not a setting.
 */
export const REQUEST_RETENTION_DAYS = {
  default: 1095,
  min: 30,
  max: 3650,
} as const;

const DAY_MS = 86_400_000;

/**
 * Days a pseudonymised request record is kept before it is deleted: how the request was handled
 * and its `subjectHash`. The hash is an unkeyed SHA-256 of the merchant and the email, so anyone
 * holding a candidate address can match it: it is pseudonymised personal data (Recital 26), not
 * anonymous, and is kept only as long as its purpose lasts: recognising a repeated request
 * (Art. 12(5); the EDPB counts a request a year after the last as no repetition, Guidelines
 * 01/2022) and showing how the request was handled (Art. 5(2)). One year, then the record goes
 * (DynamoDB deletes an item whose TTL has passed, typically within two days).
 */
export const PSEUDONYMISED_RECORD_DAYS = 365;

/** When a record pseudonymised at `at` is deleted. */
export function pseudonymisedRecordEnd(at: string): string {
  return new Date(
    Date.parse(at) + PSEUDONYMISED_RECORD_DAYS * DAY_MS,
  ).toISOString();
}

/** Closed statuses whose personal data is kept until `retainUntil`, then pseudonymised. */
export const RETAINED_STATUSES = [
  'COMPLETED',
  'DENIED',
  'CANCELLED',
] as const satisfies readonly RequestStatus[];

export function isRetained(status: RequestStatus): boolean {
  return (RETAINED_STATUSES as readonly RequestStatus[]).includes(status);
}

/**
 * What every transition into a {@link RETAINED_STATUSES} status writes: when the request closed
 * and until when its personal data is kept (the merchant's `requestRetentionDays`; the default
 * when the merchant is gone).
 * @example await requests.transition(id, ['IN_PROGRESS'], 'COMPLETED', { ...closing(now, merchant), updatedAt: now });
 */
export function closing(
  at: string,
  merchant: { requestRetentionDays?: number } | undefined,
): { completedAt: string; retainUntil: string } {
  const days = merchant?.requestRetentionDays ?? REQUEST_RETENTION_DAYS.default;
  return {
    completedAt: at,
    retainUntil: new Date(Date.parse(at) + days * DAY_MS).toISOString(),
  };
}

/**
 * Whether a request's personal data is due for pseudonymisation at `at`: closed with a retention
 * end that has passed, and not pseudonymised yet. The sweep's check and the stores' condition.
 */
export function pseudonymisationDue<
  R extends {
    status: RequestStatus;
    retainUntil?: string;
    pseudonymisedAt?: string;
  },
>(request: R, at: string): request is R & { retainUntil: string } {
  return (
    isRetained(request.status) &&
    !request.pseudonymisedAt &&
    request.retainUntil !== undefined &&
    request.retainUntil <= at
  );
}

/** A transition into a retained status without `retainUntil`: it would never be pseudonymised. */
export class RetentionMissingError extends Error {
  constructor(to: RequestStatus) {
    super(`A request closing ${to} needs retainUntil (see closing())`);
    this.name = 'RetentionMissingError';
  }
}

/** The stores' guard on every transition: closing without a retention end is a bug, not a choice. */
export function requireRetention(
  to: RequestStatus,
  patch: { retainUntil?: string; [field: string]: unknown },
): void {
  if (isRetained(to) && !patch.retainUntil) throw new RetentionMissingError(to);
}
