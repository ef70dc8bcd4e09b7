import {
  executionName,
  nextExecutionNumber,
  resumePlanFor,
} from '#domain/ops.ts';
import { type DsrRequest, isTerminal } from '#domain/request.ts';
import type { ExecutionSummary, Executions } from '#ports/executions.ts';
import type { Ports } from '#ports/index.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { GRACE_AFTER_DUE_MS } from './processor-job-support.ts';
import { sendOnce } from './send-once.ts';

const DAY_MS = 86_400_000;
/** Upper end of the index range: every request in a partition. */
const ALL = '9999-12-31T23:59:59.999Z';
/** The workflow asks the merchant again after a week without a decision (statemachines/README.md). */
const DECISION_WAIT_MS = 7 * DAY_MS;

/** Some requests could not be checked; the others were. The scheduler runs it again. */
export class ReconcileIncompleteError extends Error {
  constructor(readonly failed: number) {
    super(`${failed} request(s) could not be reconciled`);
    this.name = 'ReconcileIncompleteError';
  }
}

export interface ReconcileSettings {
  /** A request with no progress for this long is flagged to ops and the merchant. */
  stallAfterMs: number;
  /**
   * A request changed more recently than this is left alone when it has no running execution:
   * its start may be in flight (verification starts the execution right after the status write).
   */
  graceMs: number;
  /** Restarts per request the reconciler makes; after them it only flags. */
  maxRestarts: number;
}

export const RECONCILE_DEFAULTS: ReconcileSettings = {
  stallAfterMs: 7 * DAY_MS,
  graceMs: 120_000,
  maxRestarts: 3,
};

export interface ReconcileSummary {
  /** Index items read (open and deferred requests, closed ones owing their aftermath), never the whole table. */
  read: number;
  /** Closed requests whose event and emails this run recorded (their process died first). */
  repaired: number;
  /** Open requests with a running execution. */
  running: number;
  resumed: number;
  /** Flagged by this run (each stall is flagged once). */
  flagged: number;
  /** Stalled now, whether flagged by this run or an earlier one. */
  stalled: number;
}

type ReconcilePorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'merchants'
  | 'mailer'
  | 'sentMail'
  | 'metrics'
  | 'links'
  | 'settings'
> & { executions: Pick<Executions, 'forRequest' | 'start'> };

type Stall = {
  reason: 'no-progress' | 'cannot-resume' | 'restarts-exhausted';
  since: string;
};

/**
 * Nothing lost, nothing silently stuck (Art. 12(3): the answer is owed within the deadline).
 * Run on a schedule and when the local stack starts, with the schedule's time as `now`:
 * 1. read the open and deferred requests from the scheduled-work index (no scan);
 * 2. a request with no running execution (its start failed, the local engine lost it, an
 *    execution ended without closing it) is restarted at the phase it is in, under the next
 *    execution name, and `ExecutionResumed` is audited first (keyed by that name, so two runs
 *    cannot record or start it twice: the engine answers a same-name start idempotently);
 * 3. a request with no progress for `stallAfterMs` (jobs waiting on a processor within their
 *    window, a pending decision within its week and a deferral before its end are progress), or
 *    one that cannot be restarted, is flagged once: `RequestStalled` with its failed jobs, a
 *    metric, and one email to the merchant in the merchant's language;
 * 4. a request closed more than `graceMs` ago whose closing write still owes its aftermath (the
 *    AFTERMATH partition: the process died between the status and its event or emails) gets
 *    it recorded, once (use-cases/aftermath.ts).
 */
export async function reconcileRequests(
  input: { now: string } & Partial<ReconcileSettings>,
  ports: ReconcilePorts,
): Promise<ReconcileSummary> {
  const { now: _now, ...overrides } = input;
  const settings = { ...RECONCILE_DEFAULTS, ...stripUndefined(overrides) };
  const now = new Date(input.now);
  const candidates = [
    ...(await ports.requests.findScheduled('OPEN', ALL)),
    ...(await ports.requests.findScheduled('DEFERRED', ALL)),
  ];
  // Closed within the grace: the closing step may be recording it now.
  const owing = await ports.requests.findScheduled(
    'AFTERMATH',
    new Date(now.getTime() - settings.graceMs).toISOString(),
  );
  const summary: ReconcileSummary = {
    read: candidates.length + owing.length,
    repaired: 0,
    running: 0,
    resumed: 0,
    flagged: 0,
    stalled: 0,
  };
  let failed = 0;
  for (const scheduled of owing) {
    try {
      // A closing step that died before its aftermath is rare (the process stopped between two
      // writes): the aftermath of every kind of closing, and its emails, load when one is owed.
      const { repairAftermath } = await import('./aftermath.ts');
      const request = await ports.requests.get(scheduled.requestId);
      if (
        request &&
        (await repairAftermath(request, {
          ...ports,
          clock: { now: () => now },
        }))
      )
        summary.repaired += 1;
    } catch {
      failed += 1;
    }
  }
  for (const candidate of candidates) {
    // FAILED stays in the open partition (still owed), but the workflow recorded it and
    // alerted the merchant; an operator resumes it (`ops retry`).
    if (candidate.status === 'FAILED') continue;
    try {
      const request = await ports.requests.get(candidate.requestId);
      if (!request || isTerminal(request.status)) continue;
      await reconcileOne(request, now, settings, ports, summary);
    } catch {
      failed += 1;
    }
  }
  ports.metrics.record('ExecutionsResumed', summary.resumed);
  ports.metrics.record('AftermathsRepaired', summary.repaired);
  ports.metrics.record('RequestsStalled', summary.flagged);
  ports.metrics.record('StalledRequests', summary.stalled);
  ports.metrics.flush();
  if (failed > 0) throw new ReconcileIncompleteError(failed);
  return summary;
}

async function reconcileOne(
  request: DsrRequest,
  now: Date,
  settings: ReconcileSettings,
  ports: ReconcilePorts,
  summary: ReconcileSummary,
): Promise<void> {
  const executions = await ports.executions.forRequest(
    request.requestId,
    request.executionNumber,
  );
  if (executions.some((e) => e.status === 'RUNNING')) {
    summary.running += 1;
    const jobs = await ports.requests.listJobs(request.requestId);
    const since = lastProgress(request, jobs, now);
    if (now.getTime() - Date.parse(since) > settings.stallAfterMs)
      await flag(
        request,
        jobs,
        { reason: 'no-progress', since },
        now,
        ports,
        summary,
      );
    return;
  }
  if (now.getTime() - Date.parse(request.updatedAt) < settings.graceMs) return;
  const stall = await restart(request, executions, now, settings, ports);
  if (stall) {
    const jobs = await ports.requests.listJobs(request.requestId);
    await flag(request, jobs, stall, now, ports, summary);
  } else summary.resumed += 1;
}

/**
 * Starts the request's next execution at the phase its status needs; returns why it could not.
 * The first execution of a verified request gets exactly the input verification gives it, so a
 * start racing verification's own is the same start.
 */
async function restart(
  request: DsrRequest,
  executions: ExecutionSummary[],
  now: Date,
  settings: ReconcileSettings,
  ports: ReconcilePorts,
): Promise<Stall | undefined> {
  const since = request.updatedAt;
  // A deferral recorded without its round (before rounds were kept) has no resume point.
  const plan = resumePlanFor(request);
  if (!plan) return { reason: 'cannot-resume', since };
  const events = await ports.audit.list(request.requestId);
  const previous = events.filter((e) => e.type === 'ExecutionResumed');
  const number = nextExecutionNumber(request, executions);
  const name = executionName(request.requestId, number);
  const key = `resumed:${name}:${request.updatedAt}`;
  if (
    previous.length >= settings.maxRestarts &&
    !previous.some((e) => e.key === key)
  )
    return { reason: 'restarts-exhausted', since };
  // A restart is rare (an execution lost or ended without closing its request): the steps whose
  // events it may fill in load when one is made, not at every scheduled run.
  const [{ auditVerified }, { auditDecision }, { auditJobsPlanned }] =
    await Promise.all([
      import('./verify-identity.ts'),
      import('./adopt-decision.ts'),
      import('./plan-jobs.ts'),
    ]);
  // A decision recorded just before the execution was lost may have missed its event (the
  // step resumed without a link only reads it): keyed like the step's own, so never twice.
  // Verification moved the request before it recorded that it did (keyed like its own event).
  if (request.verifiedAt) await auditVerified(request, ports);
  if (request.decision && plan.resumeAt !== 'decision')
    await auditDecision(request, request.decision, ports);
  // Planning moved the request before it recorded that it did; the resumed run skips planning.
  if (
    request.status === 'IN_PROGRESS' &&
    !events.some(
      (e) => e.type === 'JobsPlanned' || e.type === 'DeferredJobsResumed',
    )
  )
    await auditJobsPlanned(request.requestId, now.toISOString(), ports, {
      recoveredBy: 'reconciler',
    });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ExecutionResumed',
    at: now.toISOString(),
    actor: 'system',
    key,
    details: {
      execution: name,
      resumeAt: plan.resumeAt,
      status: request.status,
      previous: executions.at(-1)?.status ?? 'none',
    },
  });
  // Another run (or verification) may have started it first: the same execution runs.
  await ports.executions.start(name, {
    requestId: request.requestId,
    merchantId: request.merchantId,
    type: request.type,
    ...(plan.resumeAt === 'decision' ? {} : { resumeAt: plan.resumeAt }),
    ...(plan.round ? { round: plan.round } : {}),
  });
  if (number > 0)
    await ports.requests.update(request.requestId, { executionNumber: number });
  return undefined;
}

/**
 * When the request last moved: its own last change, its jobs' last activity, and "now" while
 * it legitimately waits on someone within their window (a processor before its grace runs out,
 * the merchant within the week before the workflow asks again, a legal hold before it ends).
 */
export function lastProgress(
  request: DsrRequest,
  jobs: JobRecord[],
  now: Date,
): string {
  const nowIso = now.toISOString();
  const waitingOnProcessor = jobs.some(
    (j) =>
      j.state === 'PENDING' &&
      now.getTime() <=
        Date.parse(j.dueAt ?? request.dueAt) + GRACE_AFTER_DUE_MS,
  );
  const waitingOnMerchant =
    request.status === 'AWAITING_DECISION' &&
    !request.decision &&
    now.getTime() <= Date.parse(request.updatedAt) + DECISION_WAIT_MS;
  const waitingOnHold =
    request.status === 'DEFERRED' &&
    !!request.deferral &&
    !request.deferral.cancelledAt &&
    request.deferral.until >= nowIso.slice(0, 10);
  if (waitingOnProcessor || waitingOnMerchant || waitingOnHold) return nowIso;
  return [
    request.updatedAt,
    ...jobs.flatMap((j) => [j.startedAt, j.finishedAt ?? '']),
  ]
    .filter(Boolean)
    .sort()
    .at(-1) as string;
}

/** Flags a stall once (per stall: keyed by when progress stopped): email, audit, metric. */
async function flag(
  request: DsrRequest,
  jobs: JobRecord[],
  stall: Stall,
  now: Date,
  ports: ReconcilePorts,
  summary: ReconcileSummary,
): Promise<void> {
  summary.stalled += 1;
  const key = `stalled:${stall.since}`;
  const events = await ports.audit.list(request.requestId);
  if (events.some((e) => e.type === 'RequestStalled' && e.key === key)) return;
  const failedJobs = jobs
    .filter((j) => j.state === 'FAILED')
    .map((j) => j.processorId)
    .sort();
  const merchant = await ports.merchants.get(request.merchantId);
  // The email first: a run that fails after it finds it sent and only writes the event.
  if (merchant)
    await sendOnce(
      { ...ports, clock: { now: () => now } },
      { requestId: request.requestId, purpose: key },
      // A stall is rare and flagged once: the emails' texts load only to write its email.
      async () => ({
        email: (await import('#presentation/emails.ts')).stalledRequestEmail(
          merchant,
          request,
          { since: stall.since, reason: stall.reason, failedJobs },
        ),
      }),
    );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestStalled',
    at: now.toISOString(),
    actor: 'system',
    key,
    details: {
      reason: stall.reason,
      status: request.status,
      since: stall.since,
      failedJobs: failedJobs.join(','),
      pendingJobs: jobs.filter((j) => j.state === 'PENDING').length,
      merchantNotified: Boolean(merchant),
    },
  });
  summary.flagged += 1;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
