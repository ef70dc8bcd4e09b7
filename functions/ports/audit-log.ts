import type { AuditEvent } from '#domain/audit.ts';

/** Append-only audit trail per request. */
export interface AuditLog {
  /** Appends an event; never overwrites an existing one. */
  append(event: AuditEvent): Promise<void>;
  /** All events of a request, oldest first. */
  list(requestId: string): Promise<AuditEvent[]>;
}
