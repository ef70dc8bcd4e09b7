import { reminderDue, SWEEP_HORIZON_DAYS } from '#domain/reminders.ts';
import type { Ports } from '#ports/index.ts';
import type { ScheduledRequest } from '#ports/request-store.ts';
import { deadlineReminderEmail } from '#presentation/emails.ts';
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
 *    (Art. 5(1)(c), (e)); 2. remind the merchant at T-10, T-5 and T-2 days and escalate once the
 *    Art. 12(3) deadline has passed, each at most once; 3. publish open / due-soon / overdue metrics.
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
  ports.metrics.flush();

  if (failed > 0) throw new SweepIncompleteError(failed);
  return {
    read: unverified.length + open.length,
    expired,
    reminders,
    escalations,
    open: openCount,
    dueWithin7Days,
    overdue,
  };
}

/** Ends an unverified request and deletes its personal data; the anonymous row and trail remain. */
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
    { email: '', updatedAt: at, completedAt: at },
    {
      remove: ['name', 'orderNumber', 'details', 'corrections', 'subjectRef'],
    },
  );
  if (!expired) return false;
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestExpired',
    at,
    actor: 'system',
    fromStatus: 'PENDING_VERIFICATION',
    toStatus: 'EXPIRED',
    details: {
      reason: 'identity not verified in time',
      personalDataDeleted: true,
    },
  });
  return true;
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
      () => ({
        email: deadlineReminderEmail(
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
