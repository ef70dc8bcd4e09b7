import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { MerchantDataEraser } from '#ports/offboarding.ts';
import { keys } from './dynamo-keys.ts';
import { TABLE } from './table-layout.ts';

type Key = { pk: string; sk: string };

/** BatchWriteItem takes at most 25 requests (DynamoDB API Reference, BatchWriteItem). */
const BATCH = 25;
/** Requests of a merchant read per page of its index. */
const PAGE = 100;

/**
 * {@link MerchantDataEraser} on the single table: partitions read by key (never a scan) and
 * deleted 25 keys per BatchWriteItem, its unprocessed keys sent again.
 */
export class DynamoMerchantEraser implements MerchantDataEraser {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async requestPage(merchantId: string, cursor?: string) {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE.byMerchantIndex.name,
        KeyConditionExpression: 'merchantId = :m',
        ExpressionAttributeValues: { ':m': merchantId },
        ProjectionExpression: 'requestId',
        Limit: PAGE,
        ...(cursor
          ? { ExclusiveStartKey: JSON.parse(cursor) as Record<string, unknown> }
          : {}),
      }),
    );
    return {
      requests: (out.Items ?? []).map((i) => ({
        requestId: String(i.requestId),
      })),
      ...(out.LastEvaluatedKey
        ? { cursor: JSON.stringify(out.LastEvaluatedKey) }
        : {}),
    };
  }

  async eraseRequest(requestId: string, owed = false): Promise<number> {
    let erased = 0;
    // The links, found through the request's list of them (written beside each link).
    const linkList = await this.keysOf(keys.requestLinks(requestId));
    erased += await this.deleteKeys(
      linkList.map((k) => keys.link(k.sk) as Key),
    );
    erased += await this.deleteKeys(linkList);
    for (const pk of [
      keys.jobs(requestId),
      keys.sentMails(requestId),
      keys.events(requestId),
    ])
      erased += await this.deleteKeys(await this.keysOf(pk));
    erased += await this.deleteKeys([keys.request(requestId)]);
    // As a transition out of an owed status would (dynamo-request-store.ts).
    if (owed)
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.openCounter,
          UpdateExpression: 'ADD #open :delta',
          ExpressionAttributeNames: { '#open': 'open' },
          ExpressionAttributeValues: { ':delta': -1 },
        }),
      );
    return erased;
  }

  async eraseSubjects(merchantId: string): Promise<number> {
    const list = await this.keysOf(keys.subjects(merchantId));
    let erased = 0;
    for (const { sk: subjectRef } of list)
      erased += await this.deleteKeys(
        await this.keysOf(keys.subject(merchantId, subjectRef)),
      );
    return erased + (await this.deleteKeys(list));
  }

  async eraseWebhooks(merchantId: string): Promise<number> {
    return this.deleteKeys(await this.keysOf(keys.webhooks(merchantId)));
  }

  async eraseTrail(trailId: string): Promise<number> {
    return this.deleteKeys(await this.keysOf(keys.events(trailId)));
  }

  async eraseSentMail(trailId: string): Promise<number> {
    return this.deleteKeys(await this.keysOf(keys.sentMails(trailId)));
  }

  async eraseMemberships(
    merchantId: string,
    memberKeys: string[],
  ): Promise<number> {
    return this.deleteKeys(
      memberKeys.map((k) => keys.membership(k, merchantId)),
    );
  }

  async eraseMerchant(merchantId: string): Promise<number> {
    return (
      (await this.deleteKeys([keys.directory(merchantId)])) +
      (await this.deleteKeys([keys.merchant(merchantId)]))
    );
  }

  /** The keys of every item of a partition (keys only, strongly consistent). */
  private async keysOf(pk: string): Promise<Key[]> {
    const found: Key[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'pk, sk',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? [])
        found.push({ pk: String(item.pk), sk: String(item.sk) });
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  /**
   * Deletes `items` (absent ones too: a delete of nothing succeeds); returns how many keys were
   * sent. Unprocessed keys are sent again a bounded number of times; the run's retry covers
   * the rest.
   */
  private async deleteKeys(items: Key[]): Promise<number> {
    for (let i = 0; i < items.length; i += BATCH) {
      let pending: unknown[] | undefined = items
        .slice(i, i + BATCH)
        .map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt === 8)
          throw new Error('DynamoDB left deletes unprocessed after 8 attempts');
        if (attempt > 0)
          await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const out: BatchWriteCommandOutput = await this.doc.send(
          new BatchWriteCommand({
            RequestItems: { [this.tableName]: pending as never },
          }),
        );
        pending = out.UnprocessedItems?.[this.tableName];
      }
    }
    return items.length;
  }
}
