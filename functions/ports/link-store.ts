import type { LinkRecord } from '#domain/links.ts';

/** Hashed emailed-link tokens. */
export interface LinkStore {
  put(record: LinkRecord): Promise<void>;
  get(tokenHash: string): Promise<LinkRecord | undefined>;
  /**
   * Marks a single-use link used, only if it is unused and not expired at `now`.
   * @returns the record as it was before, or `undefined` if the condition failed.
   */
  consume(
    tokenHash: string,
    now: string,
    record?: Pick<LinkRecord, 'decision'>,
  ): Promise<LinkRecord | undefined>;
  /** Undoes {@link consume} when the action behind it could not be carried out. */
  release(tokenHash: string): Promise<void>;
  /**
   * Parks a new task token on an unused, unexpired link that resumes a task (`decide`,
   * `release`), so the link already emailed resumes a retried task. @returns false when the
   * link is used, expired or carries no task token.
   */
  rebind(tokenHash: string, taskToken: string, now: string): Promise<boolean>;
  /**
   * Counts a use of a multi-use link (downloads) in one conditional write: only while it has
   * fewer than `maxUses` uses and is unexpired at `now`, so parallel calls can never count past
   * the cap. @returns the use it counted (1 for the first), or `undefined` if the condition failed.
   */
  countUse(
    tokenHash: string,
    maxUses: number,
    now: string,
  ): Promise<number | undefined>;
  /**
   * Ends a link before its time (a download link replaced by a new one): from `at` on it is
   * expired, and `revokedAt` says why. Revoking one already expired or unknown changes nothing.
   */
  revoke(tokenHash: string, at: string): Promise<void>;
}
