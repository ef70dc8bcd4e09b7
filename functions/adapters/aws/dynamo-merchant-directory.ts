import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { MemberRole } from '#domain/member-roles.ts';
import { membershipsOf } from '#domain/members.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import type {
  MerchantDirectory,
  MerchantListing,
} from '#ports/merchant-directory.ts';
import { keys, strip } from './dynamo-keys.ts';

type Item = Record<string, unknown>;

/**
 * {@link MerchantDirectory}: merchant configuration items, validated on the way in and out,
 * beside two kinds of item kept from them: `MEMBER#<memberKey>` / `MERCHANT#<id>` (who is a
 * console member where) and `DIRECTORY#MERCHANTS` / `<id>` (the list of merchants). No
 * transaction: the configuration is written first and is what the console checks on every
 * request, so an index entry left behind by a failed write grants nothing.
 */
export class DynamoMerchantDirectory implements MerchantDirectory {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(merchantId: string): Promise<MerchantConfig | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.merchant(merchantId),
        ConsistentRead: true,
      }),
    );
    const item = strip(out.Item);
    return item ? MerchantConfig.parse(item) : undefined;
  }

  async put(config: MerchantConfig): Promise<void> {
    const valid = MerchantConfig.parse(config);
    const before = await this.get(valid.merchantId);
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.merchant(valid.merchantId), ...valid },
      }),
    );
    const now = new Set(membershipsOf(valid).map((m) => m.memberKey));
    const gone = (before ? membershipsOf(before) : []).filter(
      (m) => !now.has(m.memberKey),
    );
    await this.batchWrite([
      ...gone.map((m) => ({
        DeleteRequest: { Key: keys.membership(m.memberKey, valid.merchantId) },
      })),
      ...membershipsOf(valid).map((m) => ({
        PutRequest: {
          Item: {
            ...keys.membership(m.memberKey, valid.merchantId),
            merchantId: valid.merchantId,
            role: m.role,
          },
        },
      })),
      {
        PutRequest: {
          Item: {
            ...keys.directory(valid.merchantId),
            merchantId: valid.merchantId,
            name: valid.name,
          },
        },
      },
    ]);
  }

  async memberships(
    memberKey: string,
  ): Promise<{ merchantId: string; role: MemberRole }[]> {
    return (await this.partition(keys.memberships(memberKey))).map((i) => ({
      merchantId: String(i.merchantId),
      role: i.role as MemberRole,
    }));
  }

  async list(): Promise<MerchantListing[]> {
    return (await this.partition(keys.directoryPartition)).map((i) => ({
      merchantId: String(i.merchantId),
      name: String(i.name),
    }));
  }

  private async partition(pk: string): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** BatchWriteItem in chunks of 25, writing again what DynamoDB left unprocessed. */
  private async batchWrite(
    requests: NonNullable<
      ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']
    >[string],
  ): Promise<void> {
    for (let i = 0; i < requests.length; i += 25) {
      let pending: typeof requests | undefined = requests.slice(i, i + 25);
      for (let attempt = 0; pending?.length; attempt++) {
        if (attempt >= 5)
          throw new Error('The membership index could not be written');
        // DynamoDB's advice for unprocessed items: back off before writing them again.
        if (attempt > 0)
          await new Promise((done) => setTimeout(done, 50 * 2 ** attempt));
        const out: BatchWriteCommandOutput = await this.doc.send(
          new BatchWriteCommand({
            RequestItems: { [this.tableName]: pending },
          }),
        );
        pending = out.UnprocessedItems?.[this.tableName];
      }
    }
  }
}
