import type { Hold } from '#domain/holds.ts';
import type { RequestType } from '#domain/request.ts';
import type { HoldPolicy } from '#domain/retention-rules.ts';
import type {
  ChangeOutcome,
  Correction,
  CorrectionField,
  ProcessorConfig,
} from '#domain/schemas.ts';
import type { SubjectRecord } from './subject-data.ts';

/**
 * What a connector can do at a processor. A request type needs one capability
 * ({@link CAPABILITY_OF}); `find` is the lookup every other capability starts with.
 */
export type Capability =
  | 'find'
  | 'access'
  | 'erase'
  | 'rectify'
  | 'object'
  | 'restrict';

export const CAPABILITY_OF: Record<RequestType, Capability> = {
  access: 'access',
  portability: 'access',
  erasure: 'erase',
  rectification: 'rectify',
  objection: 'object',
  restriction: 'restrict',
};

/**
 * How a capability completes: in the call (`sync`), later by polling or a callback (`async`),
 * or when a person confirms through a signed link (`manual`).
 */
export type CompletionStyle = 'sync' | 'async' | 'manual';

/**
 * Who the job is about. The email is needed to find the subject at the processor; the name and
 * order number are here only where the registry says the processor holds them
 * (domain/processor-scope.ts `identifiersFor`). Never logged.
 */
export interface JobSubject {
  requestId: string;
  merchantId: string;
  email: string;
  subjectRef: string;
  name?: string;
  orderNumber?: string;
  /** When the subject made the request (OpenDSR `submitted_time`). */
  receivedAt: string;
}

/** Merchant policy a connector applies when it looks for legal holds (defined in the domain). */
export type { HoldPolicy } from '#domain/retention-rules.ts';

/** Everything a connector needs for one call. */
export interface ConnectorContext {
  capability: Capability;
  /** The request type behind the capability (portability and access share `access`). */
  requestType: RequestType;
  subject: JobSubject;
  processor: ProcessorConfig;
  /** Resolved from `processor.credentialsRef` (Secrets Manager on AWS, env locally). Never logged. */
  credentials: Readonly<Record<string, string>>;
  /**
   * The instant the job acts at. Normally the clock; after a Wait for a hold to end it is at
   * least the Wait's end, so hold checks agree with the state machine.
   */
  now: Date;
  /** Stable across retries of the same job: `${requestId}:${processorId}:${round}`. */
  idempotencyKey: string;
  /** Our HTTPS endpoint for processor callbacks about this job (OpenDSR), when the deployment has one. */
  callbackUrl?: string;
  holdPolicy: HoldPolicy;
  /**
   * `rectify` only: what the shopper says the data should be, of the data this processor holds
   * (domain/processor-scope.ts `correctionsFor`). Personal data: sent to the processor and nowhere
   * else (never in results, disclosures, evidence, logs or error messages).
   */
  corrections?: readonly Correction[];
  /**
   * The merchant's note for processors (set on approval), for a person at the processor: the
   * `email` connector records that it went; API connectors have nowhere to send it.
   */
  note?: string;
  /** Aborts slow calls; connectors pass it to fetch. */
  signal?: AbortSignal;
  /**
   * What an earlier attempt of this same job and round recorded with {@link checkpoint} (it
   * failed after some calls took effect): a connector whose API has no idempotency key skips
   * the calls already made. References only, never personal data.
   */
  progress?: Readonly<Record<string, string>>;
  /**
   * Records references on the job as soon as a call with an effect was accepted, so a retried
   * attempt finds them in {@link progress}. Absent where no job is running (polls).
   */
  checkpoint?(evidence: Record<string, string>): Promise<void>;
}

/** Something kept back from an erasure (defined in the domain: every report states it). */
export type { Hold } from '#domain/holds.ts';

/** What the job sent to the processor: the record of disclosures (no values, only which identifiers). */
export interface Disclosure {
  /** e.g. `POST /admin/api/2026-07/graphql.json customerRequestDataErasure` */
  call: string;
  /** Identifier kinds sent, e.g. `email`, `shopify-customer-id`. */
  identifiers: string[];
}

/** What became of one stated correction at the processor. Field names only, never values. */
export interface FieldChange {
  field: CorrectionField;
  outcome: ChangeOutcome;
}

interface ResultBase {
  /** Records found (access) or erased/changed (others). */
  records: number;
  disclosures: Disclosure[];
  /** `rectify`: one entry per stated correction. */
  changes?: FieldChange[];
  /** Processor-side references worth keeping as evidence (job ids, request ids). No personal data. */
  evidence?: Record<string, string>;
}

export type ConnectorResult =
  | (ResultBase & {
      outcome: 'COMPLETED' | 'NOT_FOUND';
      /** Only for `access`. */
      data?: SubjectRecord[];
    })
  | (ResultBase & {
      /** Part done, part kept under a hold (erasure) or not reachable through this processor. */
      outcome: 'PARTIAL';
      holds: Hold[];
      data?: SubjectRecord[];
    })
  | (ResultBase & {
      /** Accepted by the processor; the outcome comes later (poll, callback or a person's confirmation). */
      outcome: 'PENDING';
      pending: {
        /** Processor-side reference passed back to `poll` (job id, subject_request_id). No personal data. */
        ref: string;
        /** `poll`/`callback`: the connector finds out; `confirmation`: a person clicks a signed link. */
        via: 'poll' | 'callback' | 'confirmation';
        /** Who confirms a `confirmation` job: the processor's contact or the merchant (Nosto emails the merchant). */
        confirmBy?: 'processor' | 'merchant';
        /** How long to wait before the next poll or reminder check. */
        checkAfterSeconds: number;
      };
    });

/**
 * One way of reaching a processor. `capabilities` says what it can do and how each completes;
 * capabilities it lacks end the job SKIPPED (or, for email processors, by email).
 *
 * Errors: throw `TransientError` (5xx, 429, timeouts, malformed answers; Step Functions retries) or
 * `ProcessorRejectedError` (bad credentials, a refused request; the job ends FAILED with its
 * message, which must tell an operator what to fix and must not contain personal data).
 */
export interface Connector {
  readonly kind: ProcessorConfig['kind'];
  readonly capabilities: Partial<Record<Capability, CompletionStyle>>;
  /**
   * With `rectify`: the correction fields this connector can apply through the processor's API.
   * A rectification asking for others goes to a person by email when the processor has a privacy
   * contact (see use-cases/processor-job-support.ts `connectorFor`).
   */
  readonly corrects?: readonly CorrectionField[];
  run(ctx: ConnectorContext): Promise<ConnectorResult>;
  /** For `async` capabilities: the job's state now. May answer PENDING again. */
  poll?(ctx: ConnectorContext, ref: string): Promise<ConnectorResult>;
  /** Withdraws a pending job, where the processor allows it (OpenDSR `DELETE`). */
  cancel?(ctx: ConnectorContext, ref: string): Promise<void>;
  /**
   * Withdraws an erasure this connector asked the processor for and the processor carries out
   * later (Shopify's `customerCancelDataErasure`); `ref` is the job's evidence of the subject at
   * the processor (`shopifyCustomerId`). What the processor answered, never assumed.
   */
  cancelErasure?(
    ctx: ConnectorContext,
    ref: string,
  ): Promise<{ outcome: ErasureCancellation; disclosures: Disclosure[] }>;
}

/**
 * What became of an erasure's cancellation at the processor: `cancelled` (it was still pending
 * and will not happen), `not-pending` (the processor had no erasure of the subject scheduled:
 * done already, or withdrawn there), `already-erased` (the subject no longer exists there).
 */
export type ErasureCancellation =
  | 'cancelled'
  | 'not-pending'
  | 'already-erased';

/** The connectors available to a deployment, by processor kind. */
export interface ConnectorRegistry {
  get(kind: ProcessorConfig['kind']): Connector | undefined;
}

/** What an authenticated processor callback said about a job. */
export interface CallbackVerdict {
  /** What to answer the processor: 202 accepted, 400 not ours or malformed, 401 not authentic. */
  status: 202 | 400 | 401;
  /** With 202: the job's state per the callback (PENDING while still in progress). */
  result?: ConnectorResult;
  /** With 202: the processor gave up (cancelled); the job fails with this operator message. */
  rejected?: string;
  /** Why it was refused, for logs (no personal data). */
  reason?: string;
}

/** Authenticates a processor's status callback (OpenDSR: signature over the raw body). */
export interface CallbackVerifier {
  verify(input: {
    processor: ProcessorConfig;
    credentials: Readonly<Record<string, string>>;
    rawBody: Buffer;
    headers: Readonly<Record<string, string | undefined>>;
    /** The processor-side reference our job waits on (OpenDSR subject_request_id). */
    expectedRef: string;
    expectedCallbackUrl: string;
    now: Date;
  }): Promise<CallbackVerdict>;
}

/** Connector credentials by reference. */
export interface CredentialStore {
  /**
   * The secret named `ref`, one of merchant `merchantId`'s (`dsr/<merchantId>/…`, checked by the
   * caller), as key/value pairs. The merchant scopes the read: on AWS only that merchant's secrets
   * are readable by it. Throws `ProcessorRejectedError` if it does not exist.
   */
  get(ref: string, merchantId: string): Promise<Record<string, string>>;
}

/** The processor refused the job for a reason retrying will not fix. Message: operator-actionable, no personal data. */
export class ProcessorRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProcessorRejectedError';
  }
}
