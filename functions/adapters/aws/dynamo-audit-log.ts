import { randomUUID } from 'node:crypto';

// Events of the same instant must list in the order they were appended. Their `at` can be equal
// across processes: a closing's event carries the instant of its status write, which a retry or
// the reconciler may record in another process after one that died (DenialSent in the first,
// RequestClosed in the next, both at the decision's instant). So the suffix starts with the
// moment of the append, then a process-wide counter (one process, one millisecond: DenialSent,
// then RequestClosed), then the process's random part.
let sequence = 0;
const instance = randomUUID().slice(0, 8);
function nextSuffix(): string {
  sequence = (sequence + 1) % 1_000_000_000;
  const appended = String(Date.now()).padStart(15, '0');
  return `${appended}-${String(sequence).padStart(9, '0')}-${instance}`;
}

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEvent } from '#domain/audit.ts';
import type { AuditLog } from '#ports/audit-log.ts';
import { keys, partitionItems } from './dynamo-keys.ts';

/**
 * {@link AuditLog} as items of the request's event partition (`EVT#<requestId>`); puts are
 * conditional, so nothing is overwritten, and no role may update or delete these items (IAM).
 */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Keyed events (`event.key`) first claim `K#<key>`, which remembers the event's sort key;
   * a repeat reuses that sort key, and the conditional put then stores nothing new. Crash-safe
   * without transactions: a claim whose event was never written gets it on the next attempt.
   */
  async append(event: AuditEvent): Promise<void> {
    let sk = keys.event(event.requestId, event.at, nextSuffix()).sk;
    if (event.key) sk = await this.claim(event, sk);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: keys.events(event.requestId), sk, ...event },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (event.key && error instanceof ConditionalCheckFailedException) return;
      throw error;
    }
  }

  private async claim(event: AuditEvent, sk: string): Promise<string> {
    const claimKey = keys.eventClaim(event.requestId, event.key as string);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...claimKey, eventSk: sk },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return sk;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const out = await this.doc.send(
        new GetCommand({
          TableName: this.tableName,
          Key: claimKey,
          ConsistentRead: true,
        }),
      );
      return String(out.Item?.eventSk ?? sk);
    }
  }

  async list(requestId: string): Promise<AuditEvent[]> {
    return partitionItems<AuditEvent>(
      this.doc,
      this.tableName,
      keys.events(requestId),
      keys.eventPrefix,
    );
  }
}
