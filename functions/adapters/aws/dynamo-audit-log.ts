import { randomUUID } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEvent } from '#domain/audit.ts';
import type { AuditLog } from '#ports/audit-log.ts';
import { keys, strip } from './dynamo-keys.ts';

/** {@link AuditLog} as items under the request's partition; puts are conditional, so nothing is overwritten. */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(event: AuditEvent): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.event(event.requestId, event.at, randomUUID()),
          ...event,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async list(requestId: string): Promise<AuditEvent[]> {
    const events: AuditEvent[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.request(requestId).pk,
            ':prefix': keys.eventPrefix,
          },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? [])
        events.push(strip(item) as unknown as AuditEvent);
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return events;
  }
}
