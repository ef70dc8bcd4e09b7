import type { RequestType } from '#domain/request.ts';
import type { ProcessorConfig } from '#domain/schemas.ts';
import type {
  Connector,
  ConnectorResult,
  JobSubject,
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
    access: 'sync',
    portability: 'sync',
    erasure: 'sync',
  } as const;

  constructor(private readonly store: SubjectDataStore) {}

  async run(
    type: RequestType,
    subject: JobSubject,
    _processor?: ProcessorConfig,
  ): Promise<ConnectorResult> {
    if (type === 'erasure') {
      const erased = await this.store.erase(
        subject.merchantId,
        subject.subjectRef,
      );
      return {
        outcome: erased > 0 ? 'COMPLETED' : 'NOT_FOUND',
        records: erased,
      };
    }
    const data = await this.store.find(subject.merchantId, subject.subjectRef);
    return {
      outcome: data.length > 0 ? 'COMPLETED' : 'NOT_FOUND',
      records: data.length,
      data,
    };
  }
}

/** The registry of a deployment's connectors. */
export function connectorRegistry(connectors: Connector[]) {
  const byKind = new Map(connectors.map((c) => [c.kind, c]));
  return { get: (kind: Connector['kind']) => byKind.get(kind) };
}
