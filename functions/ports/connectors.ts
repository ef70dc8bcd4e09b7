import type { RequestType } from '#domain/request.ts';
import type { ProcessorConfig } from '#domain/schemas.ts';
import type { SubjectRecord } from './subject-data.ts';

/** How a connector completes a request type: in the call, later (poll/callback), or by a person. */
export type CompletionStyle = 'sync' | 'async' | 'manual';

/** Who the job is about. The email is needed to find the subject at the processor; never logged. */
export interface JobSubject {
  requestId: string;
  merchantId: string;
  email: string;
  subjectRef: string;
  name?: string;
}

/** What a connector reports back. Records are returned only for access/portability. */
export interface ConnectorResult {
  outcome: 'COMPLETED' | 'NOT_FOUND';
  /** How many records were found (access) or erased/changed (erasure, objection…). */
  records: number;
  data?: SubjectRecord[];
}

/**
 * One way of reaching a processor. A connector declares the request types it can carry out and
 * how each completes; the job runner marks the others SKIPPED (the merchant handles them by hand).
 */
export interface Connector {
  readonly kind: ProcessorConfig['kind'];
  readonly capabilities: Partial<Record<RequestType, CompletionStyle>>;
  run(
    type: RequestType,
    subject: JobSubject,
    processor: ProcessorConfig,
  ): Promise<ConnectorResult>;
}

/** The connectors available to a deployment, by processor kind. */
export interface ConnectorRegistry {
  get(kind: ProcessorConfig['kind']): Connector | undefined;
}
