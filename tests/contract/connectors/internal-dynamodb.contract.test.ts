/**
 * The merchant's own records (`internal-dynamodb`) when a job runs twice with the same context:
 * a Step Functions retry after a timeout, an operator retry, a restarted execution. Run against
 * the in-memory store and the DynamoDB store on dynalite; the second run changes nothing.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoSubjectDataStore } from '#adapters/aws/dynamo-subject-data.ts';
import { InternalDataConnector } from '#adapters/connectors/internal-dynamodb.ts';
import { MemorySubjectDataStore } from '#adapters/memory/memory-ports.ts';
import { subjectRef } from '#domain/links.ts';
import { ensureTable } from '#infra/local/table.ts';
import type { Capability, ConnectorContext } from '#ports/connectors.ts';
import type { SubjectDataStore } from '#ports/subject-data.ts';
import { connectorContext } from '../../helpers/connector-context.ts';

const AINO = 'aino.virtanen@example.com';
const REF = subjectRef('lastu', AINO);
const FIRST = new Date('2026-11-05T12:00:00.000Z');
/** When the repeat runs: a later instant, so a rewritten timestamp would show. */
const LATER = new Date('2026-11-05T12:05:00.000Z');
const TABLE = 'connector-contract';
const REGION = 'eu-north-1';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

function ctx(
  capability: Capability,
  overrides: Partial<Omit<ConnectorContext, 'processor'>> = {},
): ConnectorContext {
  return connectorContext(
    capability,
    { kind: 'internal-dynamodb' },
    {
      subject: {
        requestId: '8f14e45f-ceea-4e6a-9b1f-2d7c0e1b6a01',
        merchantId: 'lastu',
        email: AINO,
        subjectRef: REF,
        receivedAt: '2026-11-02T09:00:00.000Z',
      },
      now: FIRST,
      ...overrides,
    },
  );
}

function repeats(
  name: string,
  setup: () => Promise<{
    store: () => SubjectDataStore;
    teardown: () => Promise<void>;
  }>,
) {
  describe(`InternalDataConnector repeated jobs (${name})`, () => {
    let backend: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      backend = await setup();
    });
    afterAll(async () => backend?.teardown());

    /** A fresh subject (own reference) in the store, so the tests share no records. */
    async function seeded(email: string) {
      const store = backend.store();
      const ref = subjectRef('lastu', email);
      await store.put('lastu', ref, [
        {
          category: 'customer',
          id: 'C-1001',
          data: {
            name: 'Aino Virtanen',
            email,
            marketingConsent: { given: true, at: '2025-03-02T10:15:00Z' },
          },
        },
        {
          category: 'order',
          id: '#1042',
          data: { placedAt: '2025-03-02T10:15:00Z', total: '44.90' },
        },
      ]);
      const subject = { ...ctx('find').subject, email, subjectRef: ref };
      return {
        store,
        ref,
        connector: new InternalDataConnector(store),
        job: (capability: Capability, extra: Partial<ConnectorContext> = {}) =>
          ctx(capability, { subject, ...extra }),
      };
    }

    it('erases the profile once and reports the same accounting hold when the erasure runs again', async () => {
      // Prepare
      const { store, ref, connector, job } = await seeded('erase@example.com');
      const first = await connector.run(job('erase'));

      // Act
      const again = await connector.run(job('erase', { now: LATER }));

      // Assess
      const hold = {
        reason: 'accounting',
        until: '2031-12-31',
        records: 1,
        deferrable: false,
      };
      expect(first).toMatchObject({
        outcome: 'PARTIAL',
        records: 1,
        holds: [hold],
      });
      expect(again).toMatchObject({
        outcome: 'PARTIAL',
        records: 0,
        holds: [hold],
      });
      expect((await store.find('lastu', ref)).map((r) => r.id)).toEqual([
        '#1042',
      ]);
    });

    it('erases the kept orders once their period has ended', async () => {
      // Prepare
      const { store, ref, connector, job } = await seeded(
        'erase-later@example.com',
      );
      await connector.run(job('erase'));

      // Act: on 1 January 2032 in Helsinki the 2025 order is no longer kept
      const later = await connector.run(
        job('erase', { now: new Date('2031-12-31T22:00:00.000Z') }),
      );

      // Assess
      expect(later).toMatchObject({ outcome: 'COMPLETED', records: 1 });
      expect(await store.find('lastu', ref)).toEqual([]);
    });

    it('keeps the first withdrawal when the objection runs again', async () => {
      // Prepare
      const { store, ref, connector, job } = await seeded('object@example.com');
      await connector.run(job('object'));

      // Act
      const again = await connector.run(job('object', { now: LATER }));

      // Assess
      expect(again).toMatchObject({ outcome: 'COMPLETED', records: 0 });
      const profile = (await store.find('lastu', ref)).find(
        (r) => r.category === 'customer',
      );
      expect(profile?.data.marketingConsent).toMatchObject({
        given: false,
        withdrawnAt: FIRST.toISOString(),
      });
    });

    it('keeps the first restriction when the restriction runs again', async () => {
      // Prepare
      const { store, ref, connector, job } = await seeded(
        'restrict@example.com',
      );
      await connector.run(job('restrict'));

      // Act
      const again = await connector.run(job('restrict', { now: LATER }));

      // Assess
      expect(again).toMatchObject({ outcome: 'COMPLETED', records: 2 });
      const records = await store.find('lastu', ref);
      expect(records.map((r) => r.restricted?.since)).toEqual([
        FIRST.toISOString(),
        FIRST.toISOString(),
      ]);
    });

    it('finds the moved records when a rectification of the email runs again', async () => {
      // Prepare
      const { store, ref, connector, job } = await seeded(
        'rectify@example.com',
      );
      const corrections = [
        { field: 'name' as const, value: 'Aino Korhonen' },
        { field: 'email' as const, value: 'Rectified@Uusi.Example' },
      ];
      await connector.run(job('rectify', { corrections }));

      // Act
      const again = await connector.run(
        job('rectify', { corrections, now: LATER }),
      );

      // Assess
      expect(again).toMatchObject({
        outcome: 'COMPLETED',
        changes: [
          { field: 'name', outcome: 'corrected' },
          { field: 'email', outcome: 'corrected' },
        ],
      });
      expect(await store.find('lastu', ref)).toEqual([]);
      const moved = await store.find(
        'lastu',
        subjectRef('lastu', 'rectified@uusi.example'),
      );
      expect(moved).toHaveLength(2);
      expect(moved.find((r) => r.category === 'customer')?.data).toMatchObject({
        name: 'Aino Korhonen',
        email: 'rectified@uusi.example',
      });
    });
  });
}

repeats('memory', async () => {
  const store = new MemorySubjectDataStore();
  return { store: () => store, teardown: async () => undefined };
});

repeats('DynamoDB on dynalite', async () => {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((done) =>
    server.listen(0, '127.0.0.1', () => done()),
  );
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureTable(endpoint, TABLE, REGION, credentials);
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint, region: REGION, credentials }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const store = new DynamoSubjectDataStore(doc, TABLE);
  return {
    store: () => store,
    teardown: () => new Promise<void>((done) => server.close(() => done())),
  };
});
