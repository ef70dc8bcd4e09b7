import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  NO_COUNTS,
  type OffboardingCounts,
  type OffboardingRecord,
} from '#domain/offboarding.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';
import { keys, strip } from './dynamo-keys.ts';
import { TABLE } from './table-layout.ts';

/** The schedule index's partition of offboardings due (by `eraseAt`). */
const SCHEDULE = 'OFFBOARD';

const COUNT = 'erased_';

/** The record of an item: its counts gathered from their attributes. */
function toRecord(
  item: Record<string, unknown> | undefined,
): OffboardingRecord | undefined {
  const rest = strip(item);
  if (!rest) return undefined;
  const counts = { ...NO_COUNTS };
  let counted = false;
  for (const name of Object.keys(NO_COUNTS) as (keyof OffboardingCounts)[]) {
    const value = rest[`${COUNT}${name}`];
    delete rest[`${COUNT}${name}`];
    if (typeof value === 'number') {
      counts[name] = value;
      counted = true;
    }
  }
  return {
    ...(rest as unknown as OffboardingRecord),
    ...(counted ? { counts } : {}),
  };
}

/** {@link OffboardingStore}: one item per merchant; every change is a conditional write. */
export class DynamoOffboardingStore implements OffboardingStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(merchantId: string): Promise<OffboardingRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.offboarding(merchantId),
        ConsistentRead: true,
      }),
    );
    return toRecord(out.Item);
  }

  async schedule(record: OffboardingRecord) {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.offboarding(record.merchantId),
            ...keys.schedule(SCHEDULE, record.eraseAt),
            ...record,
          },
          // A new record, or one that was cancelled or finished long ago.
          ConditionExpression:
            'attribute_not_exists(pk) OR #s IN (:cancelled, :erased)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':cancelled': 'cancelled',
            ':erased': 'erased',
          },
        }),
      );
      return { record, created: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(record.merchantId);
      if (!existing) throw error;
      return { record: existing, created: false };
    }
  }

  async cancel(merchantId: string, by: string, at: string) {
    return this.change(
      merchantId,
      'SET #s = :to, cancelledAt = :at, cancelledBy = :by REMOVE gsi1pk, gsi1sk',
      'scheduled',
      { ':to': 'cancelled', ':at': at, ':by': by },
    );
  }

  async begin(merchantId: string, at: string): Promise<boolean> {
    return Boolean(
      await this.change(
        merchantId,
        'SET #s = :to, startedAt = :at',
        'scheduled',
        { ':to': 'erasing', ':at': at },
      ),
    );
  }

  async finish(merchantId: string, at: string) {
    return this.change(
      merchantId,
      'SET #s = :to, erasedAt = :at REMOVE gsi1pk, gsi1sk',
      'erasing',
      { ':to': 'erased', ':at': at },
    );
  }

  async tally(
    merchantId: string,
    counts: Partial<OffboardingCounts>,
  ): Promise<void> {
    const entries = Object.entries(counts).filter(([, n]) => n);
    if (entries.length === 0) return;
    // One number attribute per count (`erased_<name>`), added to atomically.
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.offboarding(merchantId),
        UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :n${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: Object.fromEntries(
          entries.map(([k], i) => [`#c${i}`, `${COUNT}${k}`]),
        ),
        ExpressionAttributeValues: Object.fromEntries(
          entries.map(([, n], i) => [`:n${i}`, n]),
        ),
      }),
    );
  }

  async due(now: string): Promise<string[]> {
    const found: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE.openByDueIndex.name,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :now',
          ExpressionAttributeValues: { ':pk': SCHEDULE, ':now': now },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? [])
        if (typeof item.merchantId === 'string') found.push(item.merchantId);
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  private async change(
    merchantId: string,
    update: string,
    from: OffboardingRecord['status'],
    values: Record<string, unknown>,
  ): Promise<OffboardingRecord | undefined> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.offboarding(merchantId),
          UpdateExpression: update,
          ConditionExpression: '#s = :from',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':from': from, ...values },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toRecord(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }
}
