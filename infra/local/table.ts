import {
  type AttributeValue,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../wiring.ts';

/**
 * Creates the single table with the key schema and indexes the data stack deploys, if it is
 * missing; a table made before an index existed (a kept `.local-data`) gets the index added.
 * @returns whether it was created.
 */
export async function ensureTable(
  endpoint: string,
  tableName: string,
  region: string,
  credentials?: { accessKeyId: string; secretAccessKey: string },
): Promise<boolean> {
  const client = new DynamoDBClient({ endpoint, region, credentials });
  try {
    const { Table } = await client.send(
      new DescribeTableCommand({ TableName: tableName }),
    );
    const has = new Set(
      (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName),
    );
    if (!has.has(TABLE.byMerchantIndex.name))
      await rebuildWithIndexes(client, tableName);
    client.destroy();
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await createTable(client, tableName);
  client.destroy();
  return true;
}

/**
 * Adds the indexes a table made by an earlier version lacks, keeping its items. dynalite cannot
 * create an index on an existing table (its UpdateTable only changes throughput), so the local
 * table is read out, made again with every index, and written back: a local data folder
 * (`.local-data`) survives an upgrade without `--reset`.
 */
async function rebuildWithIndexes(
  client: DynamoDBClient,
  tableName: string,
): Promise<void> {
  const items: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const out = await client.send(
      new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitUntil(client, tableName, (status) => status === undefined);
  await createTable(client, tableName);
  await waitUntil(client, tableName, (status) => status === 'ACTIVE');
  for (let i = 0; i < items.length; i += 25) {
    let pending: BatchWriteItemCommandOutput['UnprocessedItems'] = {
      [tableName]: items.slice(i, i + 25).map((Item) => ({
        PutRequest: { Item },
      })),
    };
    while (pending?.[tableName]?.length) {
      const out: BatchWriteItemCommandOutput = await client.send(
        new BatchWriteItemCommand({ RequestItems: pending }),
      );
      pending = out.UnprocessedItems;
    }
  }
}

/** Polls the table's status until `done` says so (the emulators finish within milliseconds). */
async function waitUntil(
  client: DynamoDBClient,
  tableName: string,
  done: (status: string | undefined) => boolean,
): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    let status: string | undefined;
    try {
      const out = await client.send(
        new DescribeTableCommand({ TableName: tableName }),
      );
      status = out.Table?.TableStatus;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    if (done(status)) return;
    await new Promise((wake) => setTimeout(wake, 25));
  }
  throw new Error(`The local table ${tableName} did not settle`);
}

/** The table as the data stack deploys it: key schema and both indexes. */
async function createTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<void> {
  const idx = TABLE.openByDueIndex;
  const inbox = TABLE.byMerchantIndex;
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
        { AttributeName: TABLE.sortKey, AttributeType: 'S' },
        { AttributeName: idx.partitionKey, AttributeType: 'S' },
        { AttributeName: idx.sortKey, AttributeType: 'S' },
        { AttributeName: inbox.partitionKey, AttributeType: 'S' },
        { AttributeName: inbox.sortKey, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: idx.name,
          KeySchema: [
            { AttributeName: idx.partitionKey, KeyType: 'HASH' },
            { AttributeName: idx.sortKey, KeyType: 'RANGE' },
          ],
          Projection: {
            ProjectionType: 'INCLUDE',
            NonKeyAttributes: [...idx.projected],
          },
        },
        {
          IndexName: inbox.name,
          KeySchema: [
            { AttributeName: inbox.partitionKey, KeyType: 'HASH' },
            { AttributeName: inbox.sortKey, KeyType: 'RANGE' },
          ],
          Projection: {
            ProjectionType: 'INCLUDE',
            NonKeyAttributes: [...inbox.projected],
          },
        },
      ],
    }),
  );
}
