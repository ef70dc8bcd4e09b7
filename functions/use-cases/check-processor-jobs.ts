import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig, ProcessorJobResult } from '#domain/schemas.ts';
import { ProcessorRejectedError } from '#ports/connectors.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { isTransient } from '#shared/task-errors.ts';
import { stillOpen } from './await-processor-jobs.ts';
import { auditConfirmation } from './confirm-processor-job.ts';
import { loadRequestAndMerchant } from './load.ts';
import {
  auditJobFinished,
  type CheckJobPorts,
  connectorFor,
  contextFor,
  finishJob,
  GRACE_AFTER_DUE_MS,
  processorOf,
  REMIND_BEFORE_MS,
} from './processor-job-support.ts';

/**
 * The emails to a person who confirms a job, loaded when one is owed: most checks poll or find
 * nobody to chase yet (one reminder before a job's due date, one escalation after it), so a
 * check's cold start does not load the emails' texts.
 */
const confirmationMail = () => import('./ask-for-confirmation.ts');

/** The first poll of a job comes this long after the round started, unless its connector says. */
export const FIRST_POLL_SECONDS = { poll: 900, callback: 3600 } as const;
/** Polls back off, each interval twice the one before, to at most one a day. */
export const MAX_POLL_INTERVAL_SECONDS = 86_400;
/** No two checks closer than this. */
export const MIN_CHECK_SECONDS = 60;
/** A reminder or escalation whose email failed is tried again this soon. */
export const RETRY_CHECK_SECONDS = 3600;
/** Longest single wait between two checks (the local engine's timers overflow past 24.8 days). */
export const MAX_CHECK_WAIT_SECONDS = 24 * 86_400;
/**
 * A check never plans a wait that ends later than this after its execution started: it goes on
 * in a new execution instead, so what may follow the checks (the release review, at most 13
 * weeks) still ends inside Step Functions' year (statemachines/README.md, "Limits").
 */
export const CHECKS_END_WITHIN_DAYS = 250;
/** Jobs looked at at once (polls call the processors' APIs). */
const CONCURRENCY = 10;
const DAY_MS = 86_400_000;

export type CheckResult =
  | { next: 'done' | 'continue'; attempt: number }
  | { next: 'wait'; seconds: number; attempt: number };

/**
 * Check Processor Jobs: the workflow's one check of every open job of a round, right after
 * the dispatch and then whenever the next one is due (never one check per job). It records a job
 * whose dispatch failed, polls the asynchronous jobs, reminds a person three days before their
 * job is due and escalates to the merchant after it (each once), and fails every job still
 * open a fortnight after the request's due instant (`ProcessorGaveNoAnswer`). It answers
 * `done` once no job is left, `wait` with the seconds until the next check is due, or `continue`
 * when that wait would end past the execution's age limit. One processor's trouble never fails
 * the others': a transient failure is tried again at a later check, any other ends that job.
 */
export async function checkProcessorJobs(
  input: {
    requestId: string;
    round: number;
    attempt: number;
    jobs: readonly ProcessorJobResult[];
    executionStartedAt: string;
  },
  ports: CheckJobPorts,
): Promise<CheckResult> {
  const { round, attempt } = input;
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  await recordDispatchFailures(request, round, input.jobs, ports);

  let jobs = roundJobs(await ports.requests.listJobs(request.requestId), round);
  let open = stillOpen(jobs, round);
  if (open.length === 0) return done(jobs, attempt, ports);
  const now = ports.clock.now();
  const roundStartedAt = Math.min(...jobs.map((j) => Date.parse(j.startedAt)));
  const giveUpAt =
    Math.max(Date.parse(request.dueAt), roundStartedAt) + GRACE_AFTER_DUE_MS;
  if (now.getTime() >= giveUpAt) {
    for (const job of open)
      await finishJob(
        job,
        { outcome: 'FAILED', records: 0, error: 'ProcessorGaveNoAnswer' },
        ports,
        job.state,
      );
    return done(
      roundJobs(await ports.requests.listJobs(request.requestId), round),
      attempt,
      ports,
    );
  }

  let retrySoon = false;
  for (let i = 0; i < open.length; i += CONCURRENCY)
    await Promise.all(
      open.slice(i, i + CONCURRENCY).map(async (job) => {
        try {
          await checkJob(job, request, merchant, round, now, ports);
        } catch (error) {
          if (isTransient(error)) retrySoon = true;
          else
            await finishJob(
              job,
              { outcome: 'FAILED', records: 0, error: (error as Error).name },
              ports,
              job.state,
            );
        }
      }),
    );

  jobs = roundJobs(await ports.requests.listJobs(request.requestId), round);
  open = stillOpen(jobs, round);
  if (open.length === 0) return done(jobs, attempt, ports);
  const next = nextCheckAt(now.getTime(), {
    roundStartedAt,
    giveUpAt,
    dueAt: Date.parse(request.dueAt),
    jobs: open,
    retrySoon,
  });
  const seconds = Math.ceil((next - now.getTime()) / 1000);
  const limit =
    Date.parse(input.executionStartedAt) + CHECKS_END_WITHIN_DAYS * DAY_MS;
  if (next > limit) return { next: 'continue', attempt };
  return { next: 'wait', seconds, attempt };
}

/**
 * When the next check is due, as an instant (ms): the next poll (one schedule for the round,
 * from its start: the shortest first interval among its polled jobs, doubling to daily), the next
 * reminder or escalation, the end of the grace period, and within an hour when an email failed.
 * At least {@link MIN_CHECK_SECONDS} and at most {@link MAX_CHECK_WAIT_SECONDS} ahead. However
 * many processors, a round has at most about 12 + its days of polls, two checks per distinct
 * due date (at most 21: lead times of 0–20 days) and one at the end.
 */
export function nextCheckAt(
  now: number,
  round: {
    roundStartedAt: number;
    giveUpAt: number;
    /** The request's due instant: the due date of a job that has none. */
    dueAt: number;
    /** The round's open jobs (PENDING, RUNNING). */
    jobs: readonly JobRecord[];
    retrySoon: boolean;
  },
): number {
  const at = [round.giveUpAt];
  const polled = round.jobs.filter(
    (j) => j.pending?.via === 'poll' || j.pending?.via === 'callback',
  );
  if (polled.length > 0)
    at.push(
      nextPoll(round.roundStartedAt, Math.min(...polled.map(firstPoll)), now),
    );
  for (const job of round.jobs) {
    if (job.pending && job.pending.via !== 'confirmation') continue;
    const chased = job.chased ?? [];
    if (chased.includes('escalation')) continue;
    const due = job.dueAt ? Date.parse(job.dueAt) : round.dueAt;
    if (!chased.includes('reminder')) at.push(due - REMIND_BEFORE_MS);
    at.push(due + 1000);
  }
  if (round.retrySoon) at.push(now + RETRY_CHECK_SECONDS * 1000);
  const next = Math.min(...at.filter((t) => t > now));
  return Math.min(
    Math.max(next, now + MIN_CHECK_SECONDS * 1000),
    now + MAX_CHECK_WAIT_SECONDS * 1000,
  );
}

/** Seconds after the round's start of a job's first poll (and the base of its back-off). */
function firstPoll(job: JobRecord): number {
  const via = job.pending?.via === 'callback' ? 'callback' : 'poll';
  return Math.max(
    MIN_CHECK_SECONDS,
    job.pending?.checkAfterSeconds ?? FIRST_POLL_SECONDS[via],
  );
}

/** The first instant after `now` of the poll schedule: start + b, then + 2b, + 4b, … + 1 day. */
export function nextPoll(start: number, firstSeconds: number, now: number) {
  let at = start;
  let interval = firstSeconds * 1000;
  for (;;) {
    at += interval;
    if (at > now) return at;
    interval = Math.min(interval * 2, MAX_POLL_INTERVAL_SECONDS * 1000);
  }
}

/** One open job: the poll or the email that is due now, if any. */
async function checkJob(
  job: JobRecord,
  request: DsrRequest,
  merchant: MerchantConfig,
  round: number,
  now: Date,
  ports: CheckJobPorts,
): Promise<void> {
  const processor = processorOf(merchant, job.processorId);
  const connector = processor && connectorFor(request, processor, ports);
  if (!processor || !connector) {
    await finishJob(
      job,
      {
        outcome: 'FAILED',
        records: 0,
        error: `Processor ${job.processorId} is no longer registered`,
      },
      ports,
      job.state,
    );
    return;
  }
  const via = job.pending?.via;
  if (via === 'poll' || via === 'callback') {
    // A callback usually answers first; polls are the fallback, from the first interval on.
    const due =
      via === 'poll' ||
      now.getTime() - Date.parse(job.startedAt) >= firstPoll(job) * 1000;
    if (!connector.poll || !due) return;
    try {
      const ctx = await contextFor(
        request,
        merchant,
        processor,
        round,
        now,
        ports,
      );
      const polled = await connector.poll(ctx, job.pending?.ref ?? '');
      if (polled.outcome !== 'PENDING')
        await finishJob(
          job,
          {
            outcome: polled.outcome,
            records: polled.records,
            evidence: polled.evidence,
            holds: polled.outcome === 'PARTIAL' ? polled.holds : undefined,
          },
          ports,
          'PENDING',
        );
    } catch (error) {
      if (!(error instanceof ProcessorRejectedError)) throw error;
      await finishJob(
        job,
        { outcome: 'FAILED', records: 0, error: error.message },
        ports,
        'PENDING',
      );
    }
    return;
  }
  if (job.state !== 'PENDING') return;
  // A person confirms: the request email if the dispatch could not send it, then one reminder
  // before the job's due date and one escalation to the merchant after it.
  if (job.pending?.notified === false) {
    await (await confirmationMail()).askForConfirmation(
      'request',
      request,
      merchant,
      processor,
      job,
      ports,
    );
    await ports.requests.saveJob(
      { ...job, pending: { ...job.pending, notified: true } },
      'PENDING',
    );
    return;
  }
  const due = Date.parse(job.dueAt ?? request.dueAt);
  const chased = new Set(job.chased ?? []);
  let kind: 'reminder' | 'escalation' | undefined;
  if (now.getTime() > due && !chased.has('escalation')) kind = 'escalation';
  else if (
    now.getTime() >= due - REMIND_BEFORE_MS &&
    !chased.has('reminder') &&
    !chased.has('escalation')
  )
    kind = 'reminder';
  if (!kind) return;
  // Sent first (once per kind: see sendOnce), recorded after: a failed send is tried again.
  await (await confirmationMail()).askForConfirmation(
    kind,
    request,
    merchant,
    processor,
    job,
    ports,
  );
  await ports.requests.saveJob(
    { ...job, chased: [...chased, kind] },
    'PENDING',
  );
}

/**
 * A job the dispatch gave up on (its step failed after every retry) is recorded FAILED, unless
 * the store shows it got further: an outcome of this round stands, and a PENDING job was
 * contacted and is waited for like the others.
 */
async function recordDispatchFailures(
  request: DsrRequest,
  round: number,
  dispatched: readonly ProcessorJobResult[],
  ports: CheckJobPorts,
): Promise<void> {
  for (const failed of dispatched.filter((j) => j.outcome === 'FAILED')) {
    const stored = await ports.requests.getJob(
      request.requestId,
      failed.processorId,
    );
    const thisRound = stored && (stored.round ?? 1) === round;
    if (thisRound && stored.state !== 'RUNNING') continue;
    const job: JobRecord = {
      ...stored,
      requestId: request.requestId,
      processorId: failed.processorId,
      state: 'RUNNING',
      startedAt: thisRound ? stored.startedAt : ports.clock.now().toISOString(),
      round,
      progress: undefined,
    };
    await finishJob(
      job,
      { outcome: 'FAILED', records: 0, error: failed.error ?? 'Unknown' },
      ports,
      stored?.state,
    );
  }
}

const roundJobs = (jobs: JobRecord[], round: number) =>
  jobs.filter((j) => (j.round ?? 1) === round);

/**
 * Every job of the round answered: their audit events, keyed, fill any gap a finishing function
 * left when it stopped between recording and auditing.
 */
async function done(
  jobs: readonly JobRecord[],
  attempt: number,
  ports: CheckJobPorts,
): Promise<CheckResult> {
  for (const job of jobs) {
    await auditJobFinished(job, ports);
    await auditConfirmation(job, ports);
  }
  return { next: 'done', attempt };
}
