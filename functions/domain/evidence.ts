/**
 * Tamper evidence for an audit trail: each event's hash covers the event and the hash before it
 * (SHA-256 over a canonical JSON form), so altering, removing or reordering any event changes
 * every hash after it. Stored in the evidence bundle; `verifyChain` recomputes it.
 */

import canonicalize from 'canonicalize';
import type { AuditEvent } from './audit.ts';
import { sha256Hex } from './hash.ts';

export const GENESIS = '0'.repeat(64);
export const CHAIN_ALGORITHM =
  'sha256(previousHash + "\\n" + canonicalJson(event))';

/**
 * RFC 8785 canonical JSON (`canonicalize`): object keys sorted at every level, numbers and strings
 * in one form, so the same value always serialises to the same bytes.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Not a JSON value');
  return text;
}

export interface ChainedEvent {
  seq: number;
  event: AuditEvent;
  previousHash: string;
  hash: string;
}

export function hashLink(previousHash: string, event: unknown): string {
  return sha256Hex(`${previousHash}\n${canonicalJson(event)}`);
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
