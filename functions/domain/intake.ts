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
  /**
   * Per merchant and agent's address: requests made on others' behalf, each of which emails the
   * agent. Higher than `perSubject`: a removal service sends one per person it acts for.
   */
  perAgent?: RateLimit;
}

export const DEFAULT_INTAKE_LIMITS = {
  perClient: { max: 30, windowSeconds: 3600 },
  perSubject: { max: 10, windowSeconds: 24 * 3600 },
  perAgent: { max: 50, windowSeconds: 24 * 3600 },
} as const satisfies Required<IntakeLimits>;

/**
 * The idempotency key of a submission: merchant, email (as typed, lower case) and type, hashed.
 * Not the {@link mailboxKey}: the claim decides which request, and so which address's records,
 * a repeat is answered with. `anna+shop@` and `anna@` are separate customers at a shop (Shopify
 * and the other processors look the address up as it is), and where `+` is part of the name
 * they are separate mailboxes too; folding them would answer one with the other's request.
 */
export function submissionKey(
  merchantId: string,
  email: string,
  type: RequestType,
): string {
  return sha256Hex(
    `submission\u0000${merchantId}\u0000${email.trim().toLowerCase()}\u0000${type}`,
  );
}

/**
 * Mail domains that ignore dots in the local part (`a.n.na@gmail.com` reaches `anna@gmail.com`),
 * each with the domain its mail lands in. Kept to the providers that document it: Gmail, and
 * googlemail.com, Gmail's other name. Others (Outlook, iCloud, Yahoo, Proton, Fastmail…) deliver
 * dots as written, so their addresses keep them.
 */
export const DOT_BLIND_DOMAINS: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
};

/**
 * The mailbox an address reaches, as far as the rate limits need to know: lower case, the
 * `+tag` of subaddressing dropped (RFC 5233; Gmail, Outlook, iCloud, Proton, Fastmail and most
 * mail servers deliver `anna+x@` to `anna@`), and for {@link DOT_BLIND_DOMAINS} the dots dropped
 * and the domain made one. So `Bomb+1@`, `b.omb@`, `bomb+2@googlemail.com` share one budget
 * instead of each starting a fresh one. Over-grouping costs little: two people whose addresses
 * differ only by a tag share a budget of ten emails a day. Used for limit keys only: the request
 * keeps the address as typed, and the email goes there.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 1) return address;
  const domain = address.slice(at + 1);
  let local = address.slice(0, at);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  const dotBlind = DOT_BLIND_DOMAINS[domain];
  if (dotBlind) return `${local.replaceAll('.', '')}@${dotBlind}`;
  return `${local}@${domain}`;
}

/** The rate-limit bucket of a merchant's mailbox ({@link mailboxKey}; all request types together). */
export function subjectBucket(merchantId: string, email: string): string {
  return `subject:${sha256Hex(`rate\u0000${merchantId}\u0000${mailboxKey(email)}`)}`;
}

/**
 * The rate-limit bucket of an agent's mailbox at a merchant: the requests they make on others'
 * behalf, each of which emails them (so the form cannot be used to flood an address with
 * acknowledgements by varying the person's address).
 */
export function agentBucket(merchantId: string, email: string): string {
  return `agent:${sha256Hex(`agent-rate\u0000${merchantId}\u0000${mailboxKey(email)}`)}`;
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
  constructor(
    readonly retryAfterSeconds: number,
    scope: 'client' | 'subject' | 'agent',
  ) {
    super(
      scope === 'client'
        ? 'Too many requests were sent from your network. Please try again later.'
        : scope === 'agent'
          ? 'Too many requests were sent from your email address to this shop on others’ behalf today. Please try again tomorrow.'
          : 'Too many requests were sent for this email address to this shop. Please use the link in the email we sent, or try again later.',
      {
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        name: 'TooManyRequestsError',
      },
    );
  }
}

/** The form was not one we served recently (or was changed): send it again from a fresh page. */
export class FormTokenError extends DomainError {
  constructor() {
    super(
      'The form has expired or was not served by us. Please reload the form and send it again.',
      {
        statusCode: 403,
        code: 'FORM_EXPIRED',
        name: 'FormTokenError',
      },
    );
  }
}

/**
 * A browser on a site the merchant did not list posted to us (CSRF), or one that would not say
 * where it posted from (`Origin: null`).
 */
export class OriginNotAllowedError extends DomainError {
  constructor(opaque = false) {
    super(
      opaque
        ? 'Requests from a page that does not say which web site it is on are not accepted. Open the request form from the shop’s site and send it from there.'
        : 'Requests from this web site are not accepted',
      {
        statusCode: 403,
        code: 'ORIGIN_NOT_ALLOWED',
        name: 'OriginNotAllowedError',
      },
    );
  }
}
