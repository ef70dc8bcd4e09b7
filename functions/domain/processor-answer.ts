/**
 * What one processor answered, as every output states it: the shopper's result email,
 * `report.html`, the erasure certificate, the merchant's copies, the status page, `ops show` and
 * the evidence bundle all call {@link statementOf} on the recorded job, so no two of them can
 * disagree. Nothing here is inferred: a count appears only where an API counted, "no data held"
 * only where the API or the person said so, and a job nobody answered is said to be unanswered.
 */
import type { Hold } from './holds.ts';
import type { NotConcerned } from './processor-scope.ts';
import type { ObjectionScope, RequestType } from './request.ts';

/** A job as recorded (the structural part of the stored job record that statements read). */
export interface RecordedJob {
  processorId: string;
  state:
    | 'RUNNING'
    | 'PENDING'
    | 'COMPLETED'
    | 'NOT_FOUND'
    | 'PARTIAL'
    | 'SKIPPED'
    | 'FAILED'
    | 'DECLINED'
    | 'UNANSWERED'
    | 'NOT_CONCERNED';
  startedAt: string;
  finishedAt?: string;
  dueAt?: string;
  records?: number;
  error?: string;
  holds?: readonly Hold[];
  changes?: readonly { field: string; outcome: string }[];
  files?: readonly { name: string; bytes: number; mediaType: string }[];
  pending?: { via: 'poll' | 'callback' | 'confirmation' };
  confirmation?: { by: 'processor' | 'merchant'; at: string; note?: string };
  /**
   * Processor-side references; `erasureCancel` (an {@link ErasureWithdrawal}) and
   * `erasureCancelAt` when a cancelled deferral withdrew the erasure we had asked for.
   */
  evidence?: Readonly<Record<string, string>>;
}

/**
 * What became of withdrawing an erasure we had asked a processor for (Shopify's
 * `customerCancelDataErasure`, when the merchant cancelled a deferral to keep the data):
 * `cancelled` (it will not happen), `not-pending` (the processor had none pending any more),
 * `already-erased` (the processor had carried it out), `refused` (the processor refused: it goes
 * ahead).
 */
export type ErasureWithdrawal =
  | 'cancelled'
  | 'not-pending'
  | 'already-erased'
  | 'refused';

const WITHDRAWALS: ReadonlySet<string> = new Set<ErasureWithdrawal>([
  'cancelled',
  'not-pending',
  'already-erased',
  'refused',
]);

/** The recorded withdrawal of the job's erasure, if one was attempted. */
export function withdrawalOf(job: RecordedJob): ErasureWithdrawal | undefined {
  const recorded = job.evidence?.erasureCancel;
  return recorded && WITHDRAWALS.has(recorded)
    ? (recorded as ErasureWithdrawal)
    : undefined;
}

/**
 * - `provided`: handed over the data (access, portability): records through its API, files
 *   uploaded on the signed page
 * - `none-held`: the API found nothing, or the person said the processor holds nothing
 * - `erased`: erased in full; `kept`: erased except what `holds` keep (what, why, until when)
 * - `carried-out`: a rectification, objection or restriction was done (`action` says how)
 * - `could-not`: the person answered that it could not be done (`reason` in their words)
 * - `failed`: it did not work (an API refused, retries ran out, no answer in time): the
 *   operator's `reason`; the request cannot complete while a job is failed
 * - `not-answered`: no answer yet (`dueAt`: by when the processor was asked to answer)
 * - `closed-without`: the merchant closed the request without this processor's answer
 * - `not-contacted`: no way to ask it (no API for this right and no privacy contact on file)
 * - `not-concerned`: not asked, because the registry says the request does not concern it
 *   (domain/processor-scope.ts): an objection to a processor that does no direct marketing or
 *   profiling, a rectification of data it does not hold (`concern` says which)
 * - `withdrawn`: the erasure we had asked for was withdrawn before the processor carried it out
 *   (the merchant keeps the data on an Art. 17(3) ground: a cancelled deferral)
 */
export type StatementKind =
  | 'provided'
  | 'none-held'
  | 'erased'
  | 'kept'
  | 'carried-out'
  | 'could-not'
  | 'failed'
  | 'not-answered'
  | 'closed-without'
  | 'not-contacted'
  | 'not-concerned'
  | 'withdrawn';

/** How a rectification, objection or restriction was carried out. */
export type CarriedOutAction =
  | 'corrected'
  | 'restricted'
  | 'marketing-stopped'
  /**
   * An objection to other processing than direct marketing (Art. 21(1)): the processing objected
   * to, as the merchant's note described it, was stopped (a person confirmed it).
   */
  | 'processing-stopped'
  /** A person at the processor (or the shop) confirmed it was done. */
  | 'confirmed';

export interface ProcessorStatement {
  processorId: string;
  kind: StatementKind;
  /**
   * Who gave the answer: `system` (the processor's API, or the shop's own records, through our
   * connector), `processor` (its privacy contact on the signed page) or `merchant` (the shop,
   * for a processor that reports only to it, or on its behalf). Absent while unanswered.
   */
  by?: 'system' | 'processor' | 'merchant';
  /** When the answer was recorded. */
  at?: string;
  /** Records the API counted (never a number nobody counted: absent rather than 0). */
  records?: number;
  /** Files the processor uploaded (access, portability). */
  files?: number;
  /** `kept`: what is kept, why and until when. */
  holds: readonly Hold[];
  /** `carried-out`: how. */
  action?: CarriedOutAction;
  /** `carried-out` by rectification through an API: what became of each stated correction. */
  changes?: readonly { field: string; outcome: string }[];
  /** `could-not`: the person's reason; `failed`: the operator's (never shown to the shopper). */
  reason?: string;
  /** The words of the person who answered, for the controller (merchant, evidence). */
  note?: string;
  /** `not-answered`: when the processor was asked to answer by. */
  dueAt?: string;
  /** `not-concerned`: what it does not do or hold (domain/processor-scope.ts `NotConcerned`). */
  concern?: NotConcerned;
  /**
   * An erasure whose withdrawal was attempted (a cancelled deferral) and the processor did not
   * withdraw it: `already-erased`, `not-pending`, `refused`. `withdrawn` states `cancelled`.
   */
  withdrawal?: Exclude<ErasureWithdrawal, 'cancelled'>;
}

/** The one function from a recorded job to what every output says about it. */
export function statementOf(
  job: RecordedJob,
  type: RequestType,
  objectionScope?: ObjectionScope,
): ProcessorStatement {
  const confirmed = job.confirmation;
  const by = confirmed?.by ?? 'system';
  const answered = {
    processorId: job.processorId,
    by,
    at: confirmed?.at ?? job.finishedAt,
    holds: [] as readonly Hold[],
    ...(confirmed?.note ? { note: confirmed.note } : {}),
  } satisfies Partial<ProcessorStatement>;
  const counted =
    by === 'system' && (job.records ?? 0) > 0 ? { records: job.records } : {};
  switch (job.state) {
    case 'RUNNING':
    case 'PENDING':
      return {
        processorId: job.processorId,
        kind: 'not-answered',
        holds: [],
        ...(job.dueAt ? { dueAt: job.dueAt } : {}),
      };
    case 'SKIPPED':
      return { ...answered, kind: 'not-contacted', by: 'system' };
    case 'FAILED':
      return { ...answered, kind: 'failed', reason: job.error ?? 'Unknown' };
    case 'DECLINED':
      return { ...answered, kind: 'could-not', reason: confirmed?.note ?? '' };
    case 'UNANSWERED':
      return { ...answered, kind: 'closed-without' };
    case 'NOT_FOUND':
      return { ...answered, kind: 'none-held' };
    case 'NOT_CONCERNED':
      return {
        ...answered,
        kind: 'not-concerned',
        by: 'system',
        concern: type === 'objection' ? 'marketing' : 'corrections',
      };
    case 'COMPLETED':
    case 'PARTIAL':
      break;
  }
  if (type === 'access' || type === 'portability')
    return {
      ...answered,
      kind: 'provided',
      ...counted,
      ...(job.files?.length ? { files: job.files.length } : {}),
    };
  if (type === 'erasure') {
    const withdrawal = withdrawalOf(job);
    const at = job.evidence?.erasureCancelAt;
    if (withdrawal === 'cancelled')
      return { ...answered, kind: 'withdrawn', by: 'system', at };
    if (withdrawal)
      return job.holds?.length
        ? {
            ...answered,
            kind: 'kept',
            ...counted,
            holds: job.holds,
            withdrawal,
          }
        : { ...answered, kind: 'erased', ...counted, withdrawal };
  }
  if (type === 'erasure')
    return job.holds?.length
      ? { ...answered, kind: 'kept', ...counted, holds: job.holds }
      : { ...answered, kind: 'erased', ...counted };
  // What was objected to decides what was stopped: a non-marketing objection is never said to
  // have stopped marketing (and no API carries it out: only a person's confirmation ends it).
  const action: CarriedOutAction =
    type === 'objection' && objectionScope === 'other'
      ? 'processing-stopped'
      : by !== 'system'
        ? 'confirmed'
        : type === 'objection'
          ? 'marketing-stopped'
          : type === 'restriction'
            ? 'restricted'
            : 'corrected';
  return {
    ...answered,
    kind: 'carried-out',
    action,
    ...counted,
    ...(action === 'corrected' && job.changes?.length
      ? { changes: job.changes }
      : {}),
  };
}

/**
 * Statements that mean the processor has done its part of the request, holds nothing, or had
 * no part in it.
 */
const ANSWERED: ReadonlySet<StatementKind> = new Set([
  'provided',
  'none-held',
  'erased',
  'kept',
  'carried-out',
  'not-concerned',
  // The merchant keeps the data on an Art. 17(3) ground, and the shopper is told so.
  'withdrawn',
]);

/**
 * The processors whose part is missing from a result: they could not, failed, were never
 * contacted, have not answered, or the merchant closed without their answer. A result that
 * lists any of them must say so (the shopper is never told the request is complete without).
 */
export function missingParts(
  statements: readonly ProcessorStatement[],
): ProcessorStatement[] {
  return statements.filter((s) => !ANSWERED.has(s.kind));
}

/** True while some processor has not answered (a result must not be sent as complete). */
export function awaitingAnswers(
  statements: readonly ProcessorStatement[],
): boolean {
  return statements.some((s) => s.kind === 'not-answered');
}
