/**
 * The merchant's own records: rectification (Art. 16), objection (Art. 21(3)) and restriction
 * (Art. 18) through the internal connector and the subject-data port.
 */
import { describe, expect, it } from 'vitest';
import { InternalDataConnector } from '#adapters/connectors/internal-dynamodb.ts';
import { MemorySubjectDataStore } from '#adapters/memory/memory-ports.ts';
import { subjectRef } from '#domain/links.ts';
import type { Capability } from '#ports/connectors.ts';
import { connectorContext } from '../../helpers/connector-context.ts';

const AINO = 'aino.virtanen@example.com';
const REF = subjectRef('lastu', AINO);

async function seeded() {
  const store = new MemorySubjectDataStore();
  await store.put('lastu', REF, [
    {
      category: 'customer',
      id: 'C-1001',
      data: {
        name: 'Aino Virtanen',
        email: AINO,
        phone: '+358 40 123 4567',
        marketingConsent: { given: true, at: '2025-03-02T10:15:00Z' },
      },
    },
    { category: 'order', id: '#1042', data: { total: '44.90' } },
  ]);
  return { store, connector: new InternalDataConnector(store) };
}

const ctx = (
  capability: Capability,
  overrides: Parameters<typeof connectorContext>[2] = {},
) =>
  connectorContext(
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
      ...overrides,
    },
  );

describe('InternalDataConnector: rectification', () => {
  it('writes the stated name and phone into the profile and reports field names only', async () => {
    // Prepare
    const { store, connector } = await seeded();
    // Act
    const result = await connector.run(
      ctx('rectify', {
        corrections: [
          { field: 'name', value: 'Aino Korhonen' },
          { field: 'phone', value: '+358 40 765 4321' },
          { field: 'other', value: 'My birthday is 1 May' },
        ],
      }),
    );
    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(result.changes).toEqual([
      { field: 'name', outcome: 'corrected' },
      { field: 'phone', outcome: 'corrected' },
      { field: 'other', outcome: 'unsupported' },
    ]);
    expect(JSON.stringify(result)).not.toContain('Korhonen');
    const profile = (await store.find('lastu', REF)).find(
      (r) => r.category === 'customer',
    );
    expect(profile?.data).toMatchObject({
      name: 'Aino Korhonen',
      phone: '+358 40 765 4321',
      email: AINO,
    });
  });

  it('moves the records to the new address’s subject reference when the email changes, and a retry still finds them', async () => {
    // Prepare
    const { store, connector } = await seeded();
    const corrections = [
      { field: 'email' as const, value: 'Aino@Uusi.Example' },
    ];
    // Act
    const first = await connector.run(ctx('rectify', { corrections }));
    const retry = await connector.run(ctx('rectify', { corrections }));
    // Assess
    const moved = subjectRef('lastu', 'aino@uusi.example');
    expect(first).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(retry).toMatchObject({ outcome: 'COMPLETED' });
    expect(await store.find('lastu', REF)).toEqual([]);
    const records = await store.find('lastu', moved);
    expect(records).toHaveLength(2);
    expect(records.find((r) => r.category === 'customer')?.data.email).toBe(
      'aino@uusi.example',
    );
  });

  it('answers NOT_FOUND for a subject without a profile', async () => {
    const connector = new InternalDataConnector(new MemorySubjectDataStore());
    const result = await connector.run(
      ctx('rectify', { corrections: [{ field: 'name', value: 'X Y' }] }),
    );
    expect(result).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
  });
});

describe('InternalDataConnector: objection and restriction', () => {
  it('withdraws the marketing consent on an objection, once', async () => {
    // Prepare
    const { store, connector } = await seeded();
    // Act
    const result = await connector.run(ctx('object'));
    const again = await connector.run(ctx('object'));
    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(again).toMatchObject({ outcome: 'COMPLETED', records: 0 });
    const profile = (await store.find('lastu', REF)).find(
      (r) => r.category === 'customer',
    );
    expect(profile?.data.marketingConsent).toMatchObject({
      given: false,
      withdrawnAt: '2026-11-05T12:00:00.000Z',
      at: '2025-03-02T10:15:00Z',
    });
  });

  it('marks every record restricted with when and by which request, keeping the data', async () => {
    // Prepare
    const { store, connector } = await seeded();
    // Act
    const result = await connector.run(ctx('restrict'));
    const again = await connector.run(ctx('restrict'));
    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(again).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    const records = await store.find('lastu', REF);
    expect(records.map((r) => r.restricted)).toEqual([
      {
        since: '2026-11-05T12:00:00.000Z',
        requestId: '8f14e45f-ceea-4e6a-9b1f-2d7c0e1b6a01',
      },
      {
        since: '2026-11-05T12:00:00.000Z',
        requestId: '8f14e45f-ceea-4e6a-9b1f-2d7c0e1b6a01',
      },
    ]);
    expect(records.find((r) => r.category === 'order')?.data).toEqual({
      total: '44.90',
    });
  });

  it('answers NOT_FOUND when the shop holds nothing about the subject', async () => {
    const connector = new InternalDataConnector(new MemorySubjectDataStore());
    expect(await connector.run(ctx('restrict'))).toMatchObject({
      outcome: 'NOT_FOUND',
    });
    expect(await connector.run(ctx('object'))).toMatchObject({
      outcome: 'NOT_FOUND',
    });
  });
});
