import {
  type AttributeValue,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  ScanCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../wiring.ts';

const INDEXES = [
  TABLE.openByDueIndex,
  TABLE.bySubjectIndex,
  TABLE.byMerchantIndex,
] as const;

/**
 * Creates the single table with the key schema and indexes the data stack deploys, if it is
 * missing. A table kept from an earlier `npm start` that lacks an index the code now reads is
 * rebuilt with its items (dynalite cannot add an index to a table; on AWS, CloudFormation adds
 * it and DynamoDB backfills it).
 * @returns whether it was created empty (a new table: seed the demo customers).
 */
export async function ensureTable(
  endpoint: string,
  tableName: string,
  region: string,
  credentials?: { accessKeyId: string; secretAccessKey: string },
): Promise<boolean> {
  const client = new DynamoDBClient({ endpoint, region, credentials });
  try {
    const existing = await describe(client, tableName);
    if (!existing) {
      await create(client, tableName);
      return true;
    }
    const have = new Set(
      (existing.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName),
    );
    if (INDEXES.every((i) => have.has(i.name))) return false;
    await rebuild(client, tableName);
    return false;
  } finally {
    client.destroy();
  }
}

async function describe(
  client: DynamoDBClient,
  tableName: string,
): Promise<TableDescription | undefined> {
  try {
    return (
      await client.send(new DescribeTableCommand({ TableName: tableName }))
    ).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function create(client: DynamoDBClient, tableName: string) {
  const keyAttributes = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  for (const idx of INDEXES) {
    keyAttributes.add(idx.partitionKey);
    keyAttributes.add(idx.sortKey);
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...keyAttributes].map((name) => ({
        AttributeName: name,
        AttributeType: 'S',
      })),
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: INDEXES.map((idx) => ({
        IndexName: idx.name,
        KeySchema: [
          { AttributeName: idx.partitionKey, KeyType: 'HASH' },
          { AttributeName: idx.sortKey, KeyType: 'RANGE' },
        ],
        Projection: {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: [...idx.projected],
        },
      })),
    }),
  );
  await untilActive(client, tableName);
}

/** Every item out, the table made again with its indexes, every item back (local data only). */
async function rebuild(client: DynamoDBClient, tableName: string) {
  const all: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const out = await client.send(
      new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }),
    );
    all.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  for (let i = 0; i < 100 && (await describe(client, tableName)); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await create(client, tableName);
  for (let i = 0; i < all.length; i += 25) {
    let pending: typeof all = all.slice(i, i + 25);
    for (let attempt = 0; pending.length > 0 && attempt < 10; attempt++) {
      const out = await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [tableName]: pending.map((Item) => ({ PutRequest: { Item } })),
          },
        }),
      );
      pending = (out.UnprocessedItems?.[tableName] ?? []).flatMap((w) =>
        w.PutRequest?.Item ? [w.PutRequest.Item] : [],
      );
    }
    if (pending.length > 0)
      throw new Error(
        `Rebuilding ${tableName}: items could not be written back`,
      );
  }
}

async function untilActive(client: DynamoDBClient, tableName: string) {
  for (let i = 0; i < 200; i++) {
    const table = await describe(client, tableName);
    if (
      table?.TableStatus === 'ACTIVE' &&
      (table.GlobalSecondaryIndexes ?? []).every(
        (g) => g.IndexStatus === 'ACTIVE',
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${tableName} did not become active`);
}
