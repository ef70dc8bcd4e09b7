import { describe, expect, it } from 'vitest';
import {
  connectorRegistry,
  InternalDataConnector,
} from '#adapters/connectors/internal-dynamodb.ts';
import { MemorySubjectDataStore } from '#adapters/memory/memory-ports.ts';
import { ProcessorConfig } from '#domain/schemas.ts';

const processor = ProcessorConfig.parse({
  processorId: 'shop',
  kind: 'internal-dynamodb',
  name: 'Shop records',
});
const subject = {
  requestId: 'r-1',
  merchantId: 'lastu',
  email: 'a@example.com',
  subjectRef: 'ref-a',
};

describe('InternalDataConnector', () => {
  it('reads for access, deletes for erasure, and declares nothing else', async () => {
    // Prepare
    const store = new MemorySubjectDataStore();
    await store.put('lastu', 'ref-a', [
      { category: 'customer', id: 'C1', data: { name: 'A' } },
      { category: 'order', id: '#1', data: { total: '10.00' } },
    ]);
    const connector = new InternalDataConnector(store);
    // Act
    const access = await connector.run('access', subject, processor);
    const erasure = await connector.run('erasure', subject, processor);
    const again = await connector.run('erasure', subject, processor);
    // Assess
    expect(access).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(access.data?.map((r) => r.id)).toEqual(['C1', '#1']);
    expect(erasure).toEqual({ outcome: 'COMPLETED', records: 2 });
    expect(again).toEqual({ outcome: 'NOT_FOUND', records: 0 });
    expect(Object.keys(connector.capabilities).sort()).toEqual([
      'access',
      'erasure',
      'portability',
    ]);
  });

  it('is found in the registry by processor kind', () => {
    const connector = new InternalDataConnector(new MemorySubjectDataStore());
    expect(connectorRegistry([connector]).get('internal-dynamodb')).toBe(
      connector,
    );
  });
});
