/**
 * What the processor-job steps share: choosing the connector, building its context, finishing a
 * job (record, audit, metrics). Asking a person to confirm a manual job by a signed link is
 * ask-for-confirmation.ts: its emails' texts are loaded only by the steps that send them.
 */
import { isMerchantSecret, merchantSecretPrefix } from '#domain/credentials.ts';
import { isOtherObjection } from '#domain/objections.ts';
import {
  correctionsFor,
  type IdentifierKind,
  identifiersFor,
  noteForProcessors,
} from '#domain/processor-scope.ts';
import type { DsrRequest } from '#domain/request.ts';
import { holdPolicyOf } from '#domain/retention-rules.ts';
import type {
  MerchantConfig,
  ProcessorConfig,
  ProcessorJobResult,
} from '#domain/schemas.ts';
import {
  CAPABILITY_OF,
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Hold,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { Ports } from '#ports/index.ts';
import type { JobRecord } from '#ports/request-store.ts';

/** The merchant's processor of an id: in the domain, so the pages that need only it do not load this module. */
export { processorOf } from '#domain/processor-scope.ts';

/** A deferrable hold without an end date (an open order) is looked at again after this long. */
export const RECHECK_OPEN_HOLD_DAYS = 14;
/**
 * Longest deferral, from the held job's end. A deferral waits in an execution of its own, started
 * after the job ended; 330 days keep that execution inside Step Functions' year.
 */
export const MAX_DEFERRAL_DAYS = 330;
/** Reminder to a processor this long before its due instant. */
export const REMIND_BEFORE_MS = 3 * 86_400_000;
/**
 * How long a silent processor is waited for after the request's due instant (or after the round
 * started, when that is later: a re-run after a hold, a late approval) before the job fails.
 */
export const GRACE_AFTER_DUE_MS = 14 * 86_400_000;

export type JobPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'merchants'
  | 'connectors'
  | 'credentials'
  | 'exports'
  | 'links'
  | 'mailer'
  | 'sentMail'
  | 'clock'
  | 'metrics'
  | 'settings'
  | 'workflow'
>;

/** Run Processor Job: writes access parts; resumes nothing (the workflow waits on its result). */
export type RunJobPorts = Omit<JobPorts, 'workflow'>;
/** Check Processor Jobs: polls, reminds and gives up; writes no export and resumes nothing. */
export type CheckJobPorts = Omit<JobPorts, 'exports' | 'workflow'>;

/**
 * The connector that carries out this request type at this processor: its own when it has the
 * capability; else, when the registry names a privacy contact, a person by email; else none
 * (the job ends SKIPPED and the report says the shop handles it). An objection to other
 * processing than direct marketing always goes to a person (domain/objections.ts).
 */
export function connectorFor(
  request: DsrRequest,
  processor: ProcessorConfig,
  ports: Pick<Ports, 'connectors'>,
): Connector | undefined {
  const capability = CAPABILITY_OF[request.type];
  // An objection to other processing than direct marketing (Art. 21(1)): an API's objection is
  // a marketing opt-out, which is not what was objected to. A person reads the merchant's note.
  if (isOtherObjection(request))
    return processor.contactEmail ? ports.connectors.get('email') : undefined;
  const own = ports.connectors.get(processor.kind);
  const able = Boolean(own?.capabilities[capability]);
  // A rectification goes through the API only when the API can apply every correction this
  // processor is sent (of data it holds); otherwise a person reads them in the email.
  const corrections = correctionsFor(processor, request);
  const appliesAll =
    capability !== 'rectify' ||
    (corrections.length > 0 &&
      corrections.every((c) => own?.corrects?.includes(c.field)));
  if (own && able && appliesAll) return own;
  if (processor.contactEmail) return ports.connectors.get('email');
  // No one to email: the API applies what it can and reports the rest as left to the shop.
  if (own && able && corrections.length > 0) return own;
  return undefined;
}

export async function contextFor(
  request: DsrRequest,
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  round: number,
  now: Date,
  ports: Pick<Ports, 'credentials' | 'settings'>,
  /** False when a person is emailed (the `email` connector): no API key is read for it. */
  needsCredentials = true,
): Promise<ConnectorContext> {
  const identifiers = identifiersFor(processor, request);
  const sent = (kind: IdentifierKind) =>
    identifiers.find((i) => i.kind === kind)?.value;
  const corrections = correctionsFor(processor, request);
  const note = noteForProcessors(request);
  return {
    capability: CAPABILITY_OF[request.type],
    requestType: request.type,
    subject: {
      requestId: request.requestId,
      merchantId: merchant.merchantId,
      email: request.email,
      subjectRef: request.subjectRef,
      // The name and order number only where the registry says the processor holds them.
      name: sent('name'),
      orderNumber: sent('order-number'),
      receivedAt: request.receivedAt,
    },
    processor,
    credentials:
      processor.credentialsRef && needsCredentials
        ? await credentialsOf(
            merchant.merchantId,
            processor.credentialsRef,
            ports,
          )
        : {},
    now,
    idempotencyKey: `${request.requestId}:${processor.processorId}:${round}`,
    callbackUrl: `${ports.settings.publicBaseUrl.replace(/\/+$/, '')}/callbacks/opendsr/${request.requestId}/${processor.processorId}`,
    holdPolicy: holdPolicyOf(merchant),
    ...(corrections.length > 0 ? { corrections } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * The credentials a processor's `credentialsRef` names, only from the merchant's own secrets
 * (`dsr/<merchantId>/…`): a configuration naming another merchant's secret is refused here, with
 * a message that says how to fix it, before any store (or IAM, on AWS) is asked.
 */
async function credentialsOf(
  merchantId: string,
  ref: string,
  ports: Pick<Ports, 'credentials'>,
) {
  if (!isMerchantSecret(ref, merchantId))
    throw new ProcessorRejectedError(
      `Credentials '${ref}' are not ${merchantId}'s: name the secret ${merchantSecretPrefix(merchantId)}<processor>`,
    );
  return ports.credentials.get(ref, merchantId);
}

/** The execution-state result of a stored job. */
export function resultOf(job: JobRecord): ProcessorJobResult {
  return {
    processorId: job.processorId,
    outcome: job.state === 'RUNNING' ? 'FAILED' : job.state,
    records: job.records ?? 0,
    partKey: job.partKey,
    error: job.error,
    holdUntil: deferUntil(job.holds ?? [], job.finishedAt ?? job.startedAt),
    // What the shopper's answer needs (field names and how the job went, no values).
    ...(job.pending?.via === 'confirmation' &&
    job.pending.confirmBy !== 'merchant'
      ? { byEmail: true }
      : {}),
    ...(job.changes?.length ? { changes: job.changes } : {}),
  };
}

/**
 * The day a job with deferrable holds re-runs: when the last of them ends, or, for a hold that
 * ends on an event (an order closes), a fortnight on. Holds that outlast the execution's year
 * are reported but not deferred in the workflow.
 */
export function deferUntil(holds: Hold[], from: string): string | undefined {
  const deferrable = holds.filter((h) => h.deferrable);
  if (deferrable.length === 0) return undefined;
  const recheck = new Date(
    Date.parse(from) + RECHECK_OPEN_HOLD_DAYS * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  const until = deferrable
    .map((h) => h.until ?? recheck)
    .sort()
    .at(-1) as string;
  const limit = new Date(Date.parse(from) + MAX_DEFERRAL_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return until <= limit ? until : undefined;
}

/**
 * Stores a terminal outcome, audits and counts it, and returns the execution-state result. With
 * `ifState`, the write is conditional on the state the caller read: a click, a callback, a poll
 * and the check that gives up may race, and only the first answer stands (`stored: false`:
 * someone else finished it). Whoever stored it then wakes the round's wait
 * ({@link ./await-processor-jobs.ts} `wakeRound`) when it was the last job to answer.
 */
export async function finishJob(
  job: JobRecord,
  result: Pick<ConnectorResult, 'records' | 'evidence' | 'changes'> & {
    outcome: Exclude<ProcessorJobResult['outcome'], 'PENDING'>;
    holds?: Hold[];
    error?: string;
    partKey?: string;
    confirmation?: JobRecord['confirmation'];
    /** Files handed over on the confirmation page (recorded in the same conditional write). */
    files?: JobRecord['files'];
  },
  ports: Pick<JobPorts, 'requests' | 'audit' | 'clock' | 'metrics'>,
  ifState?: JobRecord['state'],
): Promise<{ result: ProcessorJobResult; stored: boolean; job: JobRecord }> {
  const done: JobRecord = {
    ...job,
    state: result.outcome,
    finishedAt: ports.clock.now().toISOString(),
    records: result.records,
    partKey: result.partKey ?? job.partKey,
    error: result.error,
    holds: result.holds,
    evidence: { ...job.evidence, ...result.evidence },
    confirmation: result.confirmation ?? job.confirmation,
    changes: result.changes ?? job.changes,
    files: result.files ?? job.files,
    progress: undefined,
  };
  const stored = await ports.requests.saveJob(done, ifState);
  if (stored) {
    await auditJobFinished(done, ports);
    ports.metrics.record('JobsFinished', 1, {
      dimensions: { processor: job.processorId, outcome: result.outcome },
    });
  }
  return { result: resultOf(done), stored, job: done };
}

/**
 * A finished job's audit event, built from the stored job and keyed per job and round: appended
 * when the job finishes and again, harmlessly, by a step that finds it finished (a retried run,
 * the next check of a wait), which fills the gap if the finishing function stopped in between.
 */
export async function auditJobFinished(
  job: JobRecord,
  ports: Pick<JobPorts, 'audit'>,
): Promise<void> {
  if (job.state === 'RUNNING' || job.state === 'PENDING') return;
  await ports.audit.append({
    requestId: job.requestId,
    type:
      job.state === 'FAILED' ? 'ProcessorJobFailed' : 'ProcessorJobCompleted',
    at: job.finishedAt ?? job.startedAt,
    actor: `processor:${job.processorId}`,
    key: `job:${job.processorId}:${job.round ?? 1}`,
    details: {
      processorId: job.processorId,
      outcome: job.state,
      records: job.records ?? 0,
      round: job.round ?? 1,
      ...(job.holds?.length ? { holds: job.holds.length } : {}),
      // Which fields changed (names only: the values are personal data).
      ...(job.changes?.length
        ? {
            changes: job.changes
              .map((c) => `${c.field}:${c.outcome}`)
              .join(' '),
          }
        : {}),
      ...(job.error ? { error: job.error } : {}),
    },
  });
}
