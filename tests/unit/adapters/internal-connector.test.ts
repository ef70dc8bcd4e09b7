import { describe, expect, it } from 'vitest';
import {
  connectorRegistry,
  InternalDataConnector,
} from '#adapters/connectors/internal-dynamodb.ts';
import { MemorySubjectDataStore } from '#adapters/memory/memory-ports.ts';
import { holdPolicyOf } from '#domain/retention-rules.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import { connectorContext } from '../../helpers/connector-context.ts';

/** The default context acts on 5 November 2026 for lastu (Finland, calendar financial year). */
const ctx = (
  capability: 'access' | 'erase',
  overrides: Parameters<typeof connectorContext>[2] = {},
) => connectorContext(capability, { kind: 'internal-dynamodb' }, overrides);

const profile: SubjectRecord = {
  category: 'customer',
  id: 'C1',
  data: { name: 'A', marketingConsent: { given: true } },
};
const order = (id: string, placedAt?: string): SubjectRecord => ({
  category: 'order',
  id,
  data: { total: '10.00', ...(placedAt ? { placedAt } : {}) },
});

async function seeded(records: SubjectRecord[]) {
  const store = new MemorySubjectDataStore();
  await store.put('lastu', 'ref-aino', records);
  return { store, connector: new InternalDataConnector(store) };
}

describe('InternalDataConnector', () => {
  it('reads everything for access and declares every right', async () => {
    // Prepare
    const { connector } = await seeded([
      profile,
      order('#1', '2025-03-02T10:15:00Z'),
    ]);

    // Act
    const access = await connector.run(ctx('access'));

    // Assess
    expect(access).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(
      access.outcome !== 'PENDING' && access.data?.map((r) => r.id),
    ).toEqual(['C1', '#1']);
    expect(Object.keys(connector.capabilities).sort()).toEqual([
      'access',
      'erase',
      'find',
      'object',
      'rectify',
      'restrict',
    ]);
  });

  it('erases the profile and keeps the orders bookkeeping law keeps, saying until when', async () => {
    // Prepare: two orders of 2025, kept to the end of 2031 (Kirjanpitolaki 2:10)
    const { store, connector } = await seeded([
      profile,
      order('#1', '2025-03-02T10:15:00Z'),
      order('#2', '2025-11-20T18:02:00Z'),
    ]);

    // Act
    const erasure = await connector.run(ctx('erase'));

    // Assess
    expect(erasure).toEqual({
      outcome: 'PARTIAL',
      records: 1,
      holds: [
        {
          what: 'order-records',
          reason: 'accounting',
          basis: 'Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §',
          until: '2031-12-31',
          records: 2,
          deferrable: false,
        },
      ],
      disclosures: [
        { call: 'DynamoDB (own table)', identifiers: ['subject-ref'] },
      ],
    });
    // The orders are unchanged, and each goes by itself after the last day of its period (the
    // end of 31 December 2031 in Helsinki), the day the hold names.
    const left = await store.find('lastu', 'ref-aino');
    expect(left).toEqual([
      {
        ...order('#1', '2025-03-02T10:15:00Z'),
        deleteAfter: '2031-12-31T22:00:00.000Z', // midnight in Helsinki,
      },
      {
        ...order('#2', '2025-11-20T18:02:00Z'),
        deleteAfter: '2031-12-31T22:00:00.000Z', // midnight in Helsinki,
      },
    ]);
    // A repeat keeps the same: nothing more erased, the same hold, the same end.
    expect(await connector.run(ctx('erase'))).toEqual({
      ...erasure,
      records: 0,
    });
    expect(await store.find('lastu', 'ref-aino')).toEqual(left);
  });

  it('keeps an order without a readable date with no end: a person decides', async () => {
    const { store, connector } = await seeded([profile, order('#9')]);
    const erasure = await connector.run(ctx('erase'));
    expect(erasure).toMatchObject({
      outcome: 'PARTIAL',
      holds: [{ reason: 'accounting', records: 1 }],
    });
    expect(erasure.outcome === 'PARTIAL' && erasure.holds[0]?.until).toBe(
      undefined,
    );
    expect(await store.find('lastu', 'ref-aino')).toEqual([order('#9')]);
  });

  it('erases the orders whose period has ended and keeps the others', async () => {
    // Prepare: an order of 2019 (kept to the end of 2025) and one of 2024 (to the end of 2030)
    const { store, connector } = await seeded([
      profile,
      order('#1', '2019-05-02T09:00:00Z'),
      order('#2', '2024-01-15T09:00:00Z'),
    ]);

    // Act
    const erasure = await connector.run(ctx('erase'));

    // Assess
    expect(erasure).toMatchObject({
      outcome: 'PARTIAL',
      records: 2,
      holds: [{ until: '2030-12-31', records: 1 }],
    });
    expect((await store.find('lastu', 'ref-aino')).map((r) => r.id)).toEqual([
      '#2',
    ]);
  });

  it('erases everything when no period runs any more, and then finds nothing', async () => {
    // Prepare
    const { store, connector } = await seeded([
      profile,
      order('#1', '2019-05-02T09:00:00Z'),
    ]);

    // Act
    const erasure = await connector.run(ctx('erase'));
    const again = await connector.run(ctx('erase'));

    // Assess
    expect(erasure).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(again).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(await store.find('lastu', 'ref-aino')).toEqual([]);
  });

  it('keeps an order whose date cannot be read, without an end date', async () => {
    // Prepare
    const { store, connector } = await seeded([profile, order('#1')]);

    // Act
    const erasure = await connector.run(ctx('erase'));

    // Assess
    expect(erasure).toMatchObject({
      outcome: 'PARTIAL',
      records: 1,
      holds: [{ reason: 'accounting', records: 1 }],
    });
    const holds = erasure.outcome === 'PARTIAL' ? erasure.holds : [];
    expect(holds[0]).not.toHaveProperty('until');
    expect(await store.find('lastu', 'ref-aino')).toHaveLength(1);
  });

  it("counts by the merchant's country: a German merchant keeps 2025's orders to the end of 2033", async () => {
    // Prepare
    const { connector } = await seeded([
      profile,
      order('#1', '2025-03-02T10:15:00Z'),
    ]);
    const holdPolicy = holdPolicyOf({
      country: 'DE',
      timezone: 'Europe/Berlin',
      holdPolicy: { orderHoldDays: 180 },
    });

    // Act
    const erasure = await connector.run(ctx('erase', { holdPolicy }));

    // Assess
    expect(erasure).toMatchObject({
      outcome: 'PARTIAL',
      holds: [
        {
          basis: 'Art. 17(3)(b); § 147 Abs. 3 AO, § 257 Abs. 4 HGB',
          until: '2033-12-31',
        },
      ],
    });
  });

  it('erases the orders too where the merchant has no obligation to keep them', async () => {
    // Prepare: a country without a rule on file, where the merchant set 0 years
    const { store, connector } = await seeded([
      profile,
      order('#1', '2025-03-02T10:15:00Z'),
    ]);
    const holdPolicy = holdPolicyOf({
      country: 'US-CA',
      timezone: 'America/Los_Angeles',
      holdPolicy: { orderHoldDays: 180, accountingRetentionYears: 0 },
    });

    // Act
    const erasure = await connector.run(ctx('erase', { holdPolicy }));

    // Assess
    expect(erasure).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(await store.find('lastu', 'ref-aino')).toEqual([]);
  });

  it('is found in the registry by processor kind', () => {
    const connector = new InternalDataConnector(new MemorySubjectDataStore());
    expect(connectorRegistry([connector]).get('internal-dynamodb')).toBe(
      connector,
    );
  });
});
