/**
 * The local table: created with every index the data stack deploys, and a table kept from an
 * earlier `npm start` that lacks one (dynalite cannot add an index) rebuilt with its items.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '#infra/local/table.ts';
import { TABLE } from '#infra/wiring.ts';

const REGION = 'eu-north-1';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
let server: Server;
let endpoint: string;
let client: DynamoDBClient;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = new DynamoDBClient({ endpoint, region: REGION, credentials });
});
afterAll(async () => {
  client.destroy();
  await new Promise<void>((done) => server.close(() => done()));
});

const indexes = async (name: string) =>
  (
    (await client.send(new DescribeTableCommand({ TableName: name }))).Table
      ?.GlobalSecondaryIndexes ?? []
  )
    .map((i) => i.IndexName)
    .sort();

describe('ensureTable', () => {
  it('creates a missing table with all three indexes, once', async () => {
    expect(await ensureTable(endpoint, 'fresh', REGION, credentials)).toBe(
      true,
    );
    expect(await indexes('fresh')).toEqual(
      [
        TABLE.byMerchantIndex.name,
        TABLE.bySubjectIndex.name,
        TABLE.openByDueIndex.name,
      ].sort(),
    );
    expect(await ensureTable(endpoint, 'fresh', REGION, credentials)).toBe(
      false,
    );
  });

  it('rebuilds a table that lacks the subject index, keeping every item', async () => {
    // Prepare: the table as an earlier version created it, with items in it.
    const idx = TABLE.openByDueIndex;
    await client.send(
      new CreateTableCommand({
        TableName: 'older',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: idx.partitionKey, AttributeType: 'S' },
          { AttributeName: idx.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: idx.name,
            KeySchema: [
              { AttributeName: idx.partitionKey, KeyType: 'HASH' },
              { AttributeName: idx.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    for (let i = 0; i < 30; i++)
      await client.send(
        new PutItemCommand({
          TableName: 'older',
          Item: {
            pk: { S: `REQ#${i}` },
            sk: { S: '#META' },
            subjectHash: { S: `h${i % 3}` },
            receivedAt: {
              S: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
            },
          },
        }),
      );
    // Act
    expect(await ensureTable(endpoint, 'older', REGION, credentials)).toBe(
      false,
    );
    // Assess
    expect(await indexes('older')).toEqual(
      [
        TABLE.byMerchantIndex.name,
        TABLE.bySubjectIndex.name,
        TABLE.openByDueIndex.name,
      ].sort(),
    );
    const items = await client.send(new ScanCommand({ TableName: 'older' }));
    expect(items.Count).toBe(30);
  });
});
