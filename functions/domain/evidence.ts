/**
 * Tamper evidence for an audit trail: each event's hash covers the event and the hash before it
 * (SHA-256 over a canonical JSON form), so altering, removing or reordering any event changes
 * every hash after it. Stored in the evidence bundle; `verifyChain` recomputes it.
 */
import { createHash } from 'node:crypto';
import type { AuditEvent } from './audit.ts';

export const GENESIS = '0'.repeat(64);
export const CHAIN_ALGORITHM =
  'sha256(previousHash + "\\n" + canonicalJson(event))';

/** JSON with object keys sorted at every level: the same event always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export interface ChainedEvent {
  seq: number;
  event: AuditEvent;
  previousHash: string;
  hash: string;
}

export function hashLink(previousHash: string, event: unknown): string {
  return createHash('sha256')
    .update(`${previousHash}\n${canonicalJson(event)}`)
    .digest('hex');
}

export function chainEvents(events: readonly AuditEvent[]): ChainedEvent[] {
  let previousHash = GENESIS;
  return events.map((event, seq) => {
    const hash = hashLink(previousHash, event);
    const link = { seq, event, previousHash, hash };
    previousHash = hash;
    return link;
  });
}

/** Recomputes the chain; the first broken link names where the trail was altered. */
export function verifyChain(
  chain: readonly ChainedEvent[],
  expectedHead?: string,
):
  | { valid: true; head: string }
  | { valid: false; brokenAt: number; reason: string } {
  let previousHash = GENESIS;
  for (const [i, link] of chain.entries()) {
    if (link.seq !== i)
      return { valid: false, brokenAt: i, reason: 'sequence out of order' };
    if (link.previousHash !== previousHash)
      return {
        valid: false,
        brokenAt: i,
        reason: 'previous hash does not match',
      };
    if (hashLink(previousHash, link.event) !== link.hash)
      return {
        valid: false,
        brokenAt: i,
        reason: 'event does not match its hash',
      };
    previousHash = link.hash;
  }
  if (expectedHead !== undefined && expectedHead !== previousHash)
    return {
      valid: false,
      brokenAt: chain.length,
      reason: 'head hash does not match (events removed or added)',
    };
  return { valid: true, head: previousHash };
}
