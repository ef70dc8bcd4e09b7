/** The console's sign-in links and sessions in memory, with the DynamoDB adapter's conditions. */
import type { SessionRecord, SignInRecord } from '#domain/console-session.ts';
import type { ConsoleStore } from '#ports/console-store.ts';

const clone = <T>(value: T): T => structuredClone(value);

export class MemoryConsoleStore implements ConsoleStore {
  readonly signIns = new Map<string, SignInRecord>();
  readonly sessions = new Map<string, SessionRecord>();

  async putSignIn(record: SignInRecord) {
    if (this.signIns.has(record.tokenHash))
      throw new Error('ConditionalCheckFailed');
    this.signIns.set(record.tokenHash, clone(record));
  }
  async getSignIn(tokenHash: string) {
    const r = this.signIns.get(tokenHash);
    return r ? clone(r) : undefined;
  }
  async useSignIn(tokenHash: string, now: string) {
    const r = this.signIns.get(tokenHash);
    if (!r || r.usedAt || r.expiresAt <= now) return undefined;
    const before = clone(r);
    r.usedAt = now;
    return before;
  }
  async createSession(record: SessionRecord) {
    if (this.sessions.has(record.tokenHash))
      throw new Error('ConditionalCheckFailed');
    this.sessions.set(record.tokenHash, clone(record));
  }
  async getSession(tokenHash: string) {
    const r = this.sessions.get(tokenHash);
    return r ? clone(r) : undefined;
  }
  async updateSession(
    tokenHash: string,
    patch: Partial<
      Pick<
        SessionRecord,
        'lastSeenAt' | 'idleExpiresAt' | 'merchantId' | 'locale'
      >
    >,
    now: string,
  ) {
    const r = this.sessions.get(tokenHash);
    if (!r || r.idleExpiresAt <= now || r.expiresAt <= now) return false;
    for (const [k, v] of Object.entries(patch))
      if (v !== undefined) (r as unknown as Record<string, unknown>)[k] = v;
    return true;
  }
  async endSession(tokenHash: string) {
    this.sessions.delete(tokenHash);
  }
}
