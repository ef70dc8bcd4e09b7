import type {
  Connector,
  ConnectorContext,
  ConnectorResult,
} from '#ports/connectors.ts';
import type { SubjectDataStore } from '#ports/subject-data.ts';

/**
 * The merchant's own customer records kept in our table (the spine's built-in processor), as a
 * connector like the others: access and portability read them, erasure deletes them (Art. 17).
 * It has no way to apply a free-text correction, an objection or a restriction: those are left
 * to the merchant, and the job says so (SKIPPED).
 */
export class InternalDataConnector implements Connector {
  readonly kind = 'internal-dynamodb' as const;
  readonly capabilities = {
    find: 'sync',
    access: 'sync',
    erase: 'sync',
  } as const;

  constructor(private readonly store: SubjectDataStore) {}

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    const { merchantId, subjectRef } = ctx.subject;
    const disclosures = [
      { call: 'DynamoDB (own table)', identifiers: ['subject-ref'] },
    ];
    if (ctx.capability === 'erase') {
      const erased = await this.store.erase(merchantId, subjectRef);
      return {
        outcome: erased > 0 ? 'COMPLETED' : 'NOT_FOUND',
        records: erased,
        disclosures,
      };
    }
    const data = await this.store.find(merchantId, subjectRef);
    return {
      outcome: data.length > 0 ? 'COMPLETED' : 'NOT_FOUND',
      records: data.length,
      data: ctx.capability === 'access' ? data : undefined,
      disclosures,
    };
  }
}

/** The registry of a deployment's connectors. */
export function connectorRegistry(connectors: Connector[]) {
  const byKind = new Map(connectors.map((c) => [c.kind, c]));
  return { get: (kind: Connector['kind']) => byKind.get(kind) };
}
