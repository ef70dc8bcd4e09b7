/**
 * Signing in to the merchant's console without a password: an emailed single-use link, then a
 * server-side session. Both are stored by the SHA-256 of their random secret only (the secret
 * travels in the link or the cookie), and both expire in the record itself: a lookup never
 * relies on the table's TTL deletion, which runs late.
 */
import type { MemberRole } from './member-roles.ts';

/** An emailed sign-in link works this long, once. */
export const SIGN_IN_LINK_SECONDS = 15 * 60;
/** A session unused this long ends (at most 12 hours). */
export const SESSION_IDLE_SECONDS = 12 * 3600;
/** A session ends this long after sign-in, however busy (at most 7 days). */
export const SESSION_MAX_SECONDS = 7 * 86400;
/**
 * A session's last use is written at most this often: its idle expiry then lags by up to this
 * much, and a busy page does not write the table on every request.
 */
export const SESSION_TOUCH_SECONDS = 5 * 60;

/** A sign-in link as stored: by the hash of its secret, for one person, until it expires. */
export interface SignInRecord {
  tokenHash: string;
  /** The person it signs in (domain/member-roles.ts `memberKey`). */
  memberKey: string;
  /** Their address as they typed it, in lower case: the session shows who is signed in. */
  email: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
  /** The language the sign-in page was in: the console starts in it. */
  locale?: string;
}

/** A console session as stored: by the hash of the cookie's secret. */
export interface SessionRecord {
  tokenHash: string;
  memberKey: string;
  email: string;
  createdAt: string;
  lastSeenAt: string;
  /** Ends when unused until then (moved forward as the person works). */
  idleExpiresAt: string;
  /** Ends then whatever happens (sign-in plus {@link SESSION_MAX_SECONDS}). */
  expiresAt: string;
  /** The merchant the person works on now (their switcher's choice). */
  merchantId?: string;
  /** The console's language, once the person chose one. */
  locale?: string;
}

/** The merchant a person works on, and what they may do there. */
export interface Membership {
  merchantId: string;
  role: MemberRole;
}

const plus = (from: Date, seconds: number) =>
  new Date(from.getTime() + seconds * 1000).toISOString();

/** A new session's record for the person a used sign-in link names. */
export function newSession(
  tokenHash: string,
  signIn: Pick<SignInRecord, 'memberKey' | 'email' | 'locale'>,
  now: Date,
): SessionRecord {
  const at = now.toISOString();
  return {
    tokenHash,
    memberKey: signIn.memberKey,
    email: signIn.email,
    createdAt: at,
    lastSeenAt: at,
    idleExpiresAt: plus(now, SESSION_IDLE_SECONDS),
    expiresAt: plus(now, SESSION_MAX_SECONDS),
    ...(signIn.locale ? { locale: signIn.locale } : {}),
  };
}

/** True while neither the idle nor the absolute expiry has passed. */
export function isLive(
  session: Pick<SessionRecord, 'idleExpiresAt' | 'expiresAt'>,
  now: Date,
): boolean {
  const at = now.toISOString();
  return session.idleExpiresAt > at && session.expiresAt > at;
}

/**
 * The idle expiry after a use at `now`, if it is time to write it (the last write is older than
 * {@link SESSION_TOUCH_SECONDS}); never past the absolute expiry.
 */
export function touched(
  session: Pick<SessionRecord, 'lastSeenAt' | 'expiresAt'>,
  now: Date,
): Pick<SessionRecord, 'lastSeenAt' | 'idleExpiresAt'> | undefined {
  if (
    now.getTime() - Date.parse(session.lastSeenAt) <
    SESSION_TOUCH_SECONDS * 1000
  )
    return undefined;
  const idle = plus(now, SESSION_IDLE_SECONDS);
  return {
    lastSeenAt: now.toISOString(),
    idleExpiresAt: idle < session.expiresAt ? idle : session.expiresAt,
  };
}
