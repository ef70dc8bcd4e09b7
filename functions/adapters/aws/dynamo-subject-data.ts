import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SubjectDataStore, SubjectRecord } from '#ports/subject-data.ts';
import { keys, ttlAt } from './dynamo-keys.ts';

const BATCH = 25;

/** {@link SubjectDataStore}: the merchant's own customer records, one partition per subject. */
export class DynamoSubjectDataStore implements SubjectDataStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(merchantId: string, subjectRef: string): Promise<SubjectRecord[]> {
    const records: SubjectRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: {
            ':pk': keys.subject(merchantId, subjectRef),
          },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        records.push({
          category: item.category,
          id: item.recordId,
          data: item.data,
          ...(item.restricted ? { restricted: item.restricted } : {}),
          ...(typeof item.ttl === 'number'
            ? { deleteAfter: new Date(item.ttl * 1000).toISOString() }
            : {}),
        });
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return records;
  }

  async erase(
    merchantId: string,
    subjectRef: string,
    which: (record: SubjectRecord) => boolean = () => true,
  ): Promise<number> {
    const records = (await this.find(merchantId, subjectRef)).filter(which);
    const pk = keys.subject(merchantId, subjectRef);
    await this.batchWrite(
      records.map((r) => ({
        DeleteRequest: { Key: { pk, sk: `${r.category}#${r.id}` } },
      })),
    );
    return records.length;
  }

  async put(
    merchantId: string,
    subjectRef: string,
    records: SubjectRecord[],
  ): Promise<void> {
    const pk = keys.subject(merchantId, subjectRef);
    if (records.length === 0) return;
    await this.batchWrite([
      // The merchant's list of subjects, so its offboarding finds this partition.
      {
        PutRequest: {
          Item: {
            pk: keys.subjects(merchantId),
            sk: subjectRef,
            listOf: 'subjects',
          },
        },
      },
      ...records.map((r) => ({
        PutRequest: {
          Item: {
            pk,
            sk: `${r.category}#${r.id}`,
            category: r.category,
            recordId: r.id,
            data: r.data,
            ...(r.restricted ? { restricted: r.restricted } : {}),
            // The table's TTL attribute: DynamoDB deletes the record once the hold has ended.
            ...(r.deleteAfter ? { ttl: ttlAt(r.deleteAfter) } : {}),
          },
        },
      })),
    ]);
  }

  async update(
    merchantId: string,
    subjectRef: string,
    change: (record: SubjectRecord) => SubjectRecord | undefined,
  ): Promise<number> {
    const changed = (await this.find(merchantId, subjectRef))
      .map(change)
      .filter((r): r is SubjectRecord => r !== undefined);
    await this.put(merchantId, subjectRef, changed);
    return changed.length;
  }

  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(
        i,
        i + BATCH,
      );
      // Unprocessed items are retried a bounded number of times; the caller's retry covers the rest.
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt === 5)
          throw new Error('DynamoDB left items unprocessed after 5 attempts');
        const out = await this.doc.send(
          new BatchWriteCommand({
            RequestItems: { [this.tableName]: pending as never },
          }),
        );
        pending = out.UnprocessedItems?.[this.tableName] as
          | Record<string, unknown>[]
          | undefined;
      }
    }
  }
}
