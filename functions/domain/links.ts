/**
 * Emailed links. A link carries a random secret; the store keeps only its SHA-256, the purpose,
 * the request it belongs to and when it expires. A raw Step Functions task token never appears in a link.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { DenialGround } from './denial-grounds.ts';
import { sha256Hex } from './hash.ts';
import type { LeftOut } from './package-parts.ts';

export const LINK_PURPOSES = [
  'verify',
  'decide',
  'download',
  'status',
  'processor',
  'deferral',
  'release',
  'information',
  'lift',
  'authority',
] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** Lifetime of each link kind, in seconds. */
export const LINK_TTL_SECONDS: Record<LinkPurpose, number> = {
  verify: 72 * 3600,
  // As long as the workflow waits for one decision email before sending a fresh one.
  decide: 7 * 86400,
  download: 14 * 86400,
  // Read-only: the shopper follows the request until well after its longest possible deadline.
  status: 180 * 86400,
  // A processor's confirmation: open until well past the request's longest possible deadline.
  processor: 100 * 86400,
  // The merchant may cancel a deferred erasure until it runs (deferrals end within 330 days).
  deferral: 335 * 86400,
  // As long as the workflow waits for one release review before asking again.
  release: 7 * 86400,
  // The shopper's answer to the merchant's question: a month to answer; the merchant may decide
  // without it meanwhile (domain/information-request.ts).
  information: 30 * 86400,
  // The merchant lifts a completed restriction when the question it waited on is settled.
  lift: 365 * 86400,
  // An agent's authorisation upload page: issued to end with the verification link (verifyBy),
  // this is the longest it could be.
  authority: 30 * 86400,
};

/** A download link stops after this many uses (a forwarded or leaked link is not open-ended). */
export const DOWNLOAD_MAX_USES = 5;

/**
 * Lifetime of the presigned S3 URL each use of a download link redirects to, in seconds. The
 * browser follows the redirect at once, and S3 checks the expiry when a request starts (a
 * download under way is not cut off), so a minute is plenty, and a URL copied out of the
 * browser (history, a proxy log, a shared screen) stops working soon after. A presigned URL
 * cannot be made single-use: S3 honours it for every GET until it expires; what limits downloads
 * is the link's counted uses, each of which signs a fresh URL.
 */
export const DOWNLOAD_URL_TTL_SECONDS = 60;

export interface LinkRecord {
  tokenHash: string;
  purpose: LinkPurpose;
  requestId: string;
  createdAt: string;
  expiresAt: string;
  /** Single-use links record their use; download links count uses instead. */
  usedAt?: string;
  /** Ended before its time (a newer download link replaced it): `expiresAt` was moved here. */
  revokedAt?: string;
  uses?: number;
  /** Held only for `decide` and `release` links: the Step Functions task token to resume. */
  taskToken?: string;
  /** Held only for `download` links: the export object and the name the browser saves it as. */
  objectKey?: string;
  filename?: string;
  /** Held only for `processor` links: the job the confirmation is about, and who was asked. */
  processorId?: string;
  round?: number;
  confirmBy?: 'processor' | 'merchant';
  /**
   * Set on a `decide` link when it is used: the decision it carried. The workflow is resumed with
   * this link's hash, and the step that acts reads the decision here, so only the link that
   * actually resumed the task can decide (an expired link's click changes nothing).
   */
  decision?: {
    outcome: 'approve' | 'deny';
    reason?: string;
    ground?: DenialGround;
    /** Approve: the merchant's note for the processors (recorded on the request when adopted). */
    noteForProcessors?: string;
    /** A `release` link's release without some parts (Art. 15(4)). */
    leftOut?: LeftOut;
    at: string;
    /** A console member decided through this link (`member:<key>`); absent: the emailed link. */
    by?: string;
  };
}

export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The secret of a link that belongs with another: derived from `secret` (HMAC keyed by it), so
 * only a holder of that link can compute it, and the store keeps neither. The status link issued
 * when a shopper confirms is the verification link's sibling: opening the used verification link
 * again finds it, without a secret being stored or a new link being made on a GET.
 */
export function siblingSecret(secret: string, purpose: LinkPurpose): string {
  return createHmac('sha256', secret)
    .update(`sibling\u0000${purpose}`)
    .digest('base64url');
}

export function hashLinkSecret(secret: string): string {
  return sha256Hex(secret);
}

/** Shape check before any lookup, so junk never reaches the store. */
export function isWellFormedSecret(secret: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(secret);
}

/** `${baseUrl}/${purpose}/${secret}`: each purpose is its own route prefix. */
export function linkUrl(
  baseUrl: string,
  purpose: LinkPurpose,
  secret: string,
): string {
  return `${baseUrl.replace(/\/+$/, '')}/${purpose}/${secret}`;
}

/** Irreversible per-merchant lookup key for a subject's email (not anonymisation: a lookup key). */
export function subjectRef(merchantId: string, email: string): string {
  return sha256Hex(`${merchantId}\u0000${email.trim().toLowerCase()}`);
}

/**
 * A per-merchant hash of the normalised email, separate from {@link subjectRef} so it cannot be
 * joined with the records and processor calls keyed by the lookup key. Set on a request when its
 * email is confirmed and all a pseudonymised request keeps of its subject (domain/retention.ts),
 * it answers one question only: did this request come from the same email as another (the
 * decision page's earlier requests) or as one the merchant is shown. Pseudonymous, not
 * anonymous (Recital 26).
 */
export function subjectHash(merchantId: string, email: string): string {
  return sha256Hex(
    `pseudonym\u0000${merchantId}\u0000${email.trim().toLowerCase()}`,
  );
}
