/**
 * Abuse controls of the public intake (`POST /requests`): the idempotency key of a submission,
 * rate-limit windows and their defaults. Keys are hashes: an email or an IP address never
 * becomes part of a table key.
 */

import { DomainError } from './errors.ts';
import { sha256Hex } from './hash.ts';
import type { RequestType } from './request.ts';

/** A repeat of the same submission within this window returns the open request it created. */
export const DEDUPE_WINDOW_SECONDS = 24 * 3600;
/** A repeat re-sends the verification email at most this often (the first may be in spam). */
export const RESEND_AFTER_SECONDS = 5 * 60;

export interface RateLimit {
  /** Submissions counted per window; 0 turns the limit off. */
  max: number;
  windowSeconds: number;
}

export interface IntakeLimits {
  /** Per client (hashed source IP): a shop's customers may share a network, so it is generous. */
  perClient: RateLimit;
  /** Per merchant and email: new requests and verification emails, across request types. */
  perSubject: RateLimit;
}

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = {
  perClient: { max: 30, windowSeconds: 3600 },
  perSubject: { max: 10, windowSeconds: 24 * 3600 },
};

/** The idempotency key of a submission: merchant, normalised email and type, hashed. */
export function submissionKey(
  merchantId: string,
  email: string,
  type: RequestType,
): string {
  return sha256Hex(
    `submission\u0000${merchantId}\u0000${email.trim().toLowerCase()}\u0000${type}`,
  );
}

/** The rate-limit bucket of a merchant's email (all request types together). */
export function subjectBucket(merchantId: string, email: string): string {
  return `subject:${sha256Hex(`rate\u0000${merchantId}\u0000${email.trim().toLowerCase()}`)}`;
}

/** The fixed window of `windowSeconds` containing `at`: its start and end. */
export function rateWindow(at: string, windowSeconds: number) {
  const ms = windowSeconds * 1000;
  const start = Math.floor(Date.parse(at) / ms) * ms;
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + ms).toISOString(),
  };
}

/** The form's hidden trap field: people never see it, so a value means a bot filled the form. */
export const HONEYPOT_FIELD = 'website';

/** The form's hidden field that carries the signed form token (CSRF). */
export const FORM_TOKEN_FIELD = 'formToken';

/** True when the honeypot field of a posted body holds anything. */
export function honeypotFilled(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const value = (body as Record<string, unknown>)[HONEYPOT_FIELD];
  return value !== undefined && value !== null && String(value).trim() !== '';
}

/** A rate limit was reached: answer 429 with `Retry-After`. The message names no person. */
export class TooManyRequestsError extends DomainError {
  readonly statusCode = 429;
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(
    readonly retryAfterSeconds: number,
    scope: 'client' | 'subject',
  ) {
    super(
      scope === 'client'
        ? 'Too many requests were sent from your network. Please try again later.'
        : 'Too many requests were sent for this email address to this shop. Please use the link in the email we sent, or try again later.',
    );
    this.name = 'TooManyRequestsError';
  }
}

/** The form was not one we served recently (or was changed): send it again from a fresh page. */
export class FormTokenError extends DomainError {
  readonly statusCode = 403;
  readonly code = 'FORM_EXPIRED';
  constructor() {
    super(
      'The form has expired or was not served by us. Please reload the form and send it again.',
    );
    this.name = 'FormTokenError';
  }
}

/** A browser on a site the merchant did not list posted to us (CSRF). */
export class OriginNotAllowedError extends DomainError {
  readonly statusCode = 403;
  readonly code = 'ORIGIN_NOT_ALLOWED';
  constructor() {
    super('Requests from this web site are not accepted');
    this.name = 'OriginNotAllowedError';
  }
}
