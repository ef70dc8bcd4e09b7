import type { SessionRecord, SignInRecord } from '#domain/console-session.ts';

/**
 * The merchant console's sign-in links and sessions, each stored by the hash of its secret and
 * checked for expiry by the caller (the table's TTL only tidies up, later).
 */
export interface ConsoleStore {
  /** Stores a new sign-in link; fails if its hash exists. */
  putSignIn(record: SignInRecord): Promise<void>;
  getSignIn(tokenHash: string): Promise<SignInRecord | undefined>;
  /**
   * Uses up a sign-in link in one conditional write: only if it is unused and unexpired at `now`.
   * @returns the record as it was before, or undefined when the condition failed.
   */
  useSignIn(tokenHash: string, now: string): Promise<SignInRecord | undefined>;
  /** Stores a new session; fails if its hash exists. */
  createSession(record: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  /**
   * Changes a session that exists and has not expired at `now` (its last use, the merchant
   * chosen, its language). @returns false when it ended meanwhile (signed out, expired).
   */
  updateSession(
    tokenHash: string,
    patch: Partial<
      Pick<
        SessionRecord,
        'lastSeenAt' | 'idleExpiresAt' | 'merchantId' | 'locale'
      >
    >,
    now: string,
  ): Promise<boolean>;
  /** Ends a session (sign-out, or replaced at sign-in); ending one that is gone is not an error. */
  endSession(tokenHash: string): Promise<void>;
}
