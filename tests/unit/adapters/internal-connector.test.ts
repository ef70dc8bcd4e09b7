import { describe, expect, it } from 'vitest';
import {
  connectorRegistry,
  InternalDataConnector,
} from '#adapters/connectors/internal-dynamodb.ts';
import { MemorySubjectDataStore } from '#adapters/memory/memory-ports.ts';
import { connectorContext } from '../../helpers/connector-context.ts';

const ctx = (capability: 'access' | 'erase') =>
  connectorContext(capability, { kind: 'internal-dynamodb' });

describe('InternalDataConnector', () => {
  it('reads for access, deletes for erasure, and declares the other rights too', async () => {
    // Prepare
    const store = new MemorySubjectDataStore();
    await store.put('lastu', 'ref-aino', [
      { category: 'customer', id: 'C1', data: { name: 'A' } },
      { category: 'order', id: '#1', data: { total: '10.00' } },
    ]);
    const connector = new InternalDataConnector(store);
    // Act
    const access = await connector.run(ctx('access'));
    const erasure = await connector.run(ctx('erase'));
    const again = await connector.run(ctx('erase'));
    // Assess
    expect(access).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(
      access.outcome !== 'PENDING' && access.data?.map((r) => r.id),
    ).toEqual(['C1', '#1']);
    expect(erasure).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(erasure.disclosures).toEqual([
      { call: 'DynamoDB (own table)', identifiers: ['subject-ref'] },
    ]);
    expect(again).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(Object.keys(connector.capabilities).sort()).toEqual([
      'access',
      'erase',
      'find',
      'object',
      'rectify',
      'restrict',
    ]);
  });

  it('is found in the registry by processor kind', () => {
    const connector = new InternalDataConnector(new MemorySubjectDataStore());
    expect(connectorRegistry([connector]).get('internal-dynamodb')).toBe(
      connector,
    );
  });
});
