import { pseudonymisation, SUBJECT_FIELDS } from '#domain/pseudonymisation.ts';
import { reminderDue, SWEEP_HORIZON_DAYS } from '#domain/reminders.ts';
import type { DsrRequest } from '#domain/request.ts';
import { pseudonymisationDue } from '#domain/retention.ts';
import type { Ports } from '#ports/index.ts';
import type { JobRecord, ScheduledRequest } from '#ports/request-store.ts';
import { sendOnce } from './send-once.ts';

const DAY_MS = 86_400_000;

/** Some items could not be handled; the others were. The scheduler retries the whole sweep. */
export class SweepIncompleteError extends Error {
  constructor(readonly failed: number) {
    super(`${failed} item(s) of the deadline sweep failed`);
    this.name = 'SweepIncompleteError';
  }
}

export interface SweepSummary {
  /** Index items read: only those with work due, never the whole table. */
  read: number;
  expired: number;
  /** Closed requests whose retention ended and whose personal data was pseudonymised. */
  pseudonymised: number;
  reminders: number;
  escalations: number;
  open: number;
  dueWithin7Days: number;
  overdue: number;
}

type SweepPorts = Pick<
  Ports,
  'requests' | 'audit' | 'merchants' | 'mailer' | 'sentMail' | 'metrics'
>;

/**
 * The deadline sweep, run on a schedule with the schedule's time as `now`:
 * 1. expire requests whose identity was not verified in time, deleting their personal data
 *    (Art. 5(1)(c), (e)); 2. pseudonymise closed requests whose retention period ended
 *    (Art. 5(1)(e), domain/retention.ts); 3. remind the merchant at T-10, T-5 and T-2 days and
 *    escalate once the Art. 12(3) deadline has passed, each at most once; 4. publish open /
 *    due-soon / overdue metrics.
 * Reads only the scheduled-work index within the horizon. Idempotent: re-running changes nothing.
 */
export async function sweepDeadlines(
  input: { now: string },
  ports: SweepPorts,
): Promise<SweepSummary> {
  const now = new Date(input.now);
  let failed = 0;
  // One read per merchant per sweep, however many of its requests are due.
  const merchants = new Map<
    string,
    ReturnType<SweepPorts['merchants']['get']>
  >();
  const merchantOf = (merchantId: string) => {
    let found = merchants.get(merchantId);
    if (!found) {
      found = ports.merchants.get(merchantId);
      merchants.set(merchantId, found);
    }
    return found;
  };
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch {
      failed += 1;
    }
  };

  const unverified = await ports.requests.findScheduled(
    'UNVERIFIED',
    now.toISOString(),
  );
  let expired = 0;
  for (const request of unverified) {
    await attempt(async () => {
      if (await expireRequest(request, now, ports)) expired += 1;
    });
  }

  const retained = await ports.requests.findScheduled(
    'RETAINED',
    now.toISOString(),
  );
  let pseudonymised = 0;
  for (const request of retained) {
    await attempt(async () => {
      if (await pseudonymiseRequest(request, now, ports)) pseudonymised += 1;
    });
  }

  const horizon = new Date(
    now.getTime() + SWEEP_HORIZON_DAYS * DAY_MS,
  ).toISOString();
  const open = await ports.requests.findScheduled('OPEN', horizon);
  let reminders = 0;
  let escalations = 0;
  for (const request of open) {
    await attempt(async () => {
      const sent = await remind(request, now, ports, merchantOf);
      if (sent === 'OVERDUE') escalations += 1;
      else if (sent) reminders += 1;
    });
  }

  const week = now.getTime() + 7 * DAY_MS;
  const overdue = open.filter(
    (r) => Date.parse(r.dueAt) < now.getTime(),
  ).length;
  const dueWithin7Days = open.filter((r) => {
    const due = Date.parse(r.dueAt);
    return due >= now.getTime() && due <= week;
  }).length;
  const openCount = await ports.requests.countOpen();
  ports.metrics.record('OpenRequests', openCount);
  ports.metrics.record('DueWithin7Days', dueWithin7Days);
  ports.metrics.record('OverdueRequests', overdue);
  ports.metrics.record('RemindersSent', reminders);
  ports.metrics.record('EscalationsSent', escalations);
  ports.metrics.record('RequestsExpired', expired);
  ports.metrics.record('RequestsPseudonymised', pseudonymised);
  ports.metrics.flush();

  if (failed > 0) throw new SweepIncompleteError(failed);
  return {
    read: unverified.length + retained.length + open.length,
    expired,
    pseudonymised,
    reminders,
    escalations,
    open: openCount,
    dueWithin7Days,
    overdue,
  };
}

/**
 * Ends an unverified request and deletes its personal data; the anonymous row and trail remain.
 * The status is written with its aftermath owed (`pendingAftermath`), then {@link expiryAftermath}
 * records `RequestExpired`: an expired request leaves the sweep's partition, so a sweep that died
 * in between would never come back to it; the reconciler finds it in AFTERMATH instead.
 */
async function expireRequest(
  request: ScheduledRequest,
  now: Date,
  ports: SweepPorts,
): Promise<boolean> {
  const at = now.toISOString();
  const expired = await ports.requests.transition(
    request.requestId,
    ['PENDING_VERIFICATION'],
    'EXPIRED',
    {
      email: '',
      updatedAt: at,
      completedAt: at,
      pendingAftermath: 'RequestExpired',
    },
    // An agent's details too: nothing was done on the request they made.
    { remove: [...SUBJECT_FIELDS, 'agent'] },
  );
  if (!expired) return false;
  await expiryAftermath(expired, ports);
  return true;
}

/**
 * What an expiry owes once its status is stored: `RequestExpired` (keyed, at the instant it
 * expired), then the marker cleared. Run by the sweep and the reconciler (use-cases/aftermath.ts);
 * nothing is sent: an unconfirmed address may not be the requester's.
 */
export async function expiryAftermath(
  request: DsrRequest,
  ports: Pick<Ports, 'requests' | 'audit'>,
): Promise<void> {
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestExpired',
    at: request.completedAt ?? request.updatedAt,
    actor: 'system',
    fromStatus: 'PENDING_VERIFICATION',
    toStatus: 'EXPIRED',
    key: 'expired',
    details: {
      reason: 'identity not verified in time',
      personalDataDeleted: true,
    },
  });
  await ports.requests.settleAftermath(request.requestId, 'RequestExpired');
}

/**
 * Pseudonymises a closed request whose retention ended: free text in its jobs first, then the
 * request in one conditional write that also takes it out of the index. `RequestPseudonymised`
 * is recorded before that write and keyed: after it the request is no longer in the index, so a
 * sweep that died in between would otherwise never record it. Every step is idempotent.
 */
async function pseudonymiseRequest(
  scheduled: ScheduledRequest,
  now: Date,
  ports: SweepPorts,
): Promise<boolean> {
  const at = now.toISOString();
  // The index projects no personal data; the hash needs the email.
  const request = await ports.requests.get(scheduled.requestId);
  if (!request || !pseudonymisationDue(request, at)) return false;
  let jobs = 0;
  for (const job of await ports.requests.listJobs(request.requestId)) {
    const scrubbed = scrubJob(job);
    if (!scrubbed) continue;
    // Conditional on its state: a job that moved meanwhile fails this item, the next sweep retries.
    if (!(await ports.requests.saveJob(scrubbed, job.state)))
      throw new Error(`Job ${job.processorId} changed while pseudonymising`);
    jobs += 1;
  }
  const change = pseudonymisation(request, at);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestPseudonymised',
    at,
    actor: 'system',
    key: 'pseudonymised',
    details: {
      retainUntil: request.retainUntil,
      fieldsRemoved: change.remove.filter((f) => request[f] !== undefined)
        .length,
      jobsScrubbed: jobs,
      subjectHashKept: change.set.subjectHash !== undefined,
    },
  });
  return ports.requests.pseudonymise(request.requestId, change);
}

/**
 * A job without what a person wrote or what identifies the subject at the processor: the
 * confirmation's note (free text), the names and keys of uploaded files (a name may be the
 * person's), and the connector's evidence and checkpointed progress (e.g. a Shopify customer
 * id, a processor's job id).
 * `undefined` when there is nothing to remove. Kept: states, counts (so every output still
 * states the same answer), holds, field names of changes, the record of disclosures
 * (identifier kinds, never values).
 */
function scrubJob(job: JobRecord): JobRecord | undefined {
  const files = job.files?.filter((f) => f.key !== '');
  if (
    job.confirmation?.note === undefined &&
    job.evidence === undefined &&
    job.progress === undefined &&
    !files?.length
  )
    return undefined;
  const { evidence: _e, progress: _p, confirmation, ...rest } = job;
  const scrubbed = {
    ...rest,
    ...(job.files
      ? {
          files: job.files.map((f, i) => ({
            name: `file-${i + 1}`,
            key: '',
            bytes: f.bytes,
            mediaType: f.mediaType,
          })),
        }
      : {}),
  };
  if (!confirmation) return scrubbed;
  const { note: _n, ...kept } = confirmation;
  return { ...scrubbed, confirmation: kept };
}

async function remind(
  request: ScheduledRequest,
  now: Date,
  ports: SweepPorts,
  merchantOf: (
    merchantId: string,
  ) => ReturnType<SweepPorts['merchants']['get']>,
) {
  const due = reminderDue(now, request.dueAt, request.remindersSent);
  if (!due) return undefined;
  const merchant = await merchantOf(request.merchantId);
  if (!merchant) return undefined;
  // Recorded first, so two sweeps cannot both send it; forgotten again if the email fails.
  if (
    !(await ports.requests.recordReminder(
      request.requestId,
      due.stage,
      due.covers,
      request.dueAt,
    ))
  )
    return undefined;
  const overdue = due.stage === 'OVERDUE';
  try {
    // Once per stage and due instant: a sweep retried after the audit write failed sends nothing.
    const sent = await sendOnce(
      { ...ports, clock: { now: () => now } },
      {
        requestId: request.requestId,
        purpose: `deadline:${due.stage}:${request.dueAt}`,
      },
      // Hourly runs, a reminder per stage per request: most runs send none, so the emails'
      // texts load only to write one.
      async () => ({
        email: (await import('#presentation/emails.ts')).deadlineReminderEmail(
          merchant,
          { ...request, daysLeft: due.daysLeft },
          overdue,
        ),
      }),
    );
    await ports.audit.append({
      requestId: request.requestId,
      type: overdue ? 'DeadlineEscalated' : 'ReminderSent',
      at: now.toISOString(),
      actor: 'system',
      key: `deadline:${due.stage}:${request.dueAt}`,
      details: {
        stage: due.stage,
        daysLeft: due.daysLeft,
        messageId: sent.messageId,
      },
    });
  } catch (error) {
    await ports.requests.forgetReminder(request.requestId, due.covers);
    throw error;
  }
  return due.stage;
}
