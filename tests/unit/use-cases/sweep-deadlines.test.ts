import { beforeEach, describe, expect, it } from 'vitest';
import type {
  MemoryMetrics,
  MemoryWorkflow,
} from '#adapters/memory/memory-ports.ts';
import { subjectHash } from '#domain/links.ts';
import { decideRequest } from '#use-cases/decide-request.ts';
import { denyRequest } from '#use-cases/deny-request.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { sweepDeadlines } from '#use-cases/sweep-deadlines.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const DAY = 86_400_000;
// Received 2026-03-15T10:00Z in Helsinki: due 2026-04-15, end of day (20:59:59.999Z).
const DUE = Date.parse('2026-04-15T20:59:59.999Z');

async function verified(ports: Ports, email = 'aino.virtanen@example.com') {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type: 'access', email },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  return requestId;
}

const sweep = (ports: Ports, at: number) =>
  sweepDeadlines({ now: new Date(at).toISOString() }, ports);

describe('sweepDeadlines', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it('reads only requests with work due and sends nothing early', async () => {
    await verified(ports);
    const sent = ports.mailer.sent.length;
    const summary = await sweep(ports, DUE - 20 * DAY);
    expect(summary).toMatchObject({ read: 0, reminders: 0, open: 1 });
    expect(ports.mailer.sent.length).toBe(sent);
  });

  it('reminds the merchant once per stage and escalates once when overdue', async () => {
    const requestId = await verified(ports);
    const merchantMail = () =>
      ports.mailer.sent.filter((m) => m.to.includes('owner@lastu.example'));

    expect((await sweep(ports, DUE - 9 * DAY)).reminders).toBe(1);
    expect(merchantMail().at(-1)?.subject).toBe(
      `Reminder: privacy request [${requestId.slice(0, 8).toUpperCase()}] due in 9 day(s)`,
    );
    expect((await sweep(ports, DUE - 9 * DAY + 3_600_000)).reminders).toBe(0);
    expect((await sweep(ports, DUE - 4 * DAY)).reminders).toBe(1);
    expect((await sweep(ports, DUE - 1 * DAY)).reminders).toBe(1);
    const overdue = await sweep(ports, DUE + DAY);
    expect(overdue).toMatchObject({ escalations: 1, overdue: 1 });
    expect(merchantMail().at(-1)?.subject).toContain('OVERDUE');
    expect((await sweep(ports, DUE + 2 * DAY)).escalations).toBe(0);

    const events = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'ReminderSent' || e.type === 'DeadlineEscalated',
    );
    expect(events.map((e) => e.details?.stage)).toEqual([
      'T-10',
      'T-5',
      'T-2',
      'OVERDUE',
    ]);
    expect((ports.metrics as MemoryMetrics).flushed.at(-1)).toMatchObject({
      OverdueRequests: 1,
      OpenRequests: 1,
    });
  });

  it('sends a missed stage only once: the most urgent one', async () => {
    await verified(ports);
    const before = ports.mailer.sent.length;
    expect((await sweep(ports, DUE - DAY)).reminders).toBe(1);
    expect(ports.mailer.sent.length).toBe(before + 1);
    expect(ports.mailer.sent.at(-1)?.subject).toContain('due in 1 day(s)');
  });

  it('gives a reminder back if its email could not be sent, so the next sweep retries it', async () => {
    const requestId = await verified(ports);
    const send = ports.mailer.send.bind(ports.mailer);
    ports.mailer.send = async () => {
      throw new Error('Throttling');
    };
    await expect(sweep(ports, DUE - 9 * DAY)).rejects.toMatchObject({
      name: 'SweepIncompleteError',
      failed: 1,
    });
    expect(
      (await ports.requests.get(requestId))?.remindersSent,
    ).toBeUndefined();
    ports.mailer.send = send;
    expect((await sweep(ports, DUE - 9 * DAY)).reminders).toBe(1);
  });

  it('expires unverified requests after seven days and deletes their personal data', async () => {
    const { requestId } = await submitRequest(
      {
        merchant: 'lastu',
        type: 'erasure',
        email: 'matti.korhonen@example.com',
        name: 'Matti',
        details: 'please',
      },
      ports,
    );
    const received = ports.clock.now().getTime();
    expect((await sweep(ports, received + 7 * DAY - 1)).expired).toBe(0);
    expect((await sweep(ports, received + 7 * DAY)).expired).toBe(1);
    const stored = await ports.requests.get(requestId);
    expect(stored).toMatchObject({ status: 'EXPIRED', email: '' });
    expect(JSON.stringify(stored)).not.toMatch(/matti|Matti|please/);
    expect(stored).not.toHaveProperty('subjectRef');
    expect((await ports.audit.list(requestId)).at(-1)).toMatchObject({
      type: 'RequestExpired',
      toStatus: 'EXPIRED',
    });
    // The link is dead as well.
    const secret = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify');
    await expect(verifyIdentity(secret, ports)).rejects.toMatchObject({
      statusCode: 410,
    });
  });
});

describe('sweepDeadlines reads', () => {
  it('each merchant once per sweep, however many of its requests are due', async () => {
    const { ports } = await seededMemoryPorts();
    for (const email of [
      'aino.virtanen@example.com',
      'matti.korhonen@example.com',
      'emma.lindqvist@example.com',
    ]) {
      await verified(ports, email);
    }
    let reads = 0;
    const get = ports.merchants.get.bind(ports.merchants);
    ports.merchants.get = async (id: string) => {
      reads += 1;
      return get(id);
    };
    expect((await sweep(ports, DUE - DAY)).reminders).toBe(3);
    expect(reads).toBe(1);
  });
});

/** A rectification refused by the merchant with a reason that names the shopper: DENIED. */
async function denied(ports: Ports) {
  const { requestId } = await submitRequest(
    {
      merchant: 'lastu',
      type: 'rectification',
      email: 'Aino.Virtanen@example.com',
      name: 'Aino Virtanen',
      orderNumber: '#1042',
      details: 'I moved to Kauppurienkatu 5',
      corrections: [{ field: 'address', value: 'Kauppurienkatu 5, Oulu' }],
    },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  const workflow = ports.workflow as MemoryWorkflow;
  workflow.waiting.add(`task-${requestId}`);
  await requestDecision({ requestId, taskToken: `task-${requestId}` }, ports);
  await decideRequest(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
    { decision: 'deny', reason: 'Aino Virtanen is not a customer of ours' },
    ports,
  );
  await denyRequest(
    {
      requestId,
      decisionLink: String(workflow.resumed.at(-1)?.output.link ?? ''),
    },
    ports,
  );
  const request = await ports.requests.get(requestId);
  if (!request?.retainUntil) throw new Error('not closed');
  return { requestId, retainUntil: Date.parse(request.retainUntil) };
}

const PERSONAL = /aino|virtanen|1042|Kauppurienkatu|not a customer/i;

describe('sweepDeadlines pseudonymisation', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it("pseudonymises a closed request once the merchant's retention has ended, not before", async () => {
    // Prepare
    const { requestId, retainUntil } = await denied(ports);
    expect(retainUntil).toBe(
      ports.clock.now().getTime() + 1095 * DAY, // lastu keeps closed requests 3 years
    );

    // Act
    const early = await sweep(ports, retainUntil - 1);
    const due = await sweep(ports, retainUntil);

    // Assess
    expect(early.pseudonymised).toBe(0);
    expect(due).toMatchObject({ pseudonymised: 1, read: 1 });
    const stored = await ports.requests.get(requestId);
    expect(stored).toMatchObject({
      status: 'DENIED',
      email: '',
      subjectHash: subjectHash('lastu', 'aino.virtanen@example.com'),
      pseudonymisedAt: new Date(retainUntil).toISOString(),
      decision: { outcome: 'deny', by: 'merchant-link' },
    });
    for (const field of [
      'name',
      'orderNumber',
      'details',
      'corrections',
      'subjectRef',
    ])
      expect(stored).not.toHaveProperty(field);
    expect(JSON.stringify(stored)).not.toMatch(PERSONAL);
    const trail = await ports.audit.list(requestId);
    expect(trail.at(-1)).toMatchObject({
      type: 'RequestPseudonymised',
      actor: 'system',
      details: { fieldsRemoved: 5, jobsScrubbed: 0, subjectHashKept: true },
    });
    expect(JSON.stringify(trail)).not.toMatch(PERSONAL);
    expect((ports.metrics as MemoryMetrics).flushed.at(-1)).toMatchObject({
      RequestsPseudonymised: 1,
    });
  });

  it('leaves the index with it, so the next sweep reads and changes nothing', async () => {
    const { requestId, retainUntil } = await denied(ports);
    await sweep(ports, retainUntil);
    const after = await ports.requests.get(requestId);

    const again = await sweep(ports, retainUntil + 30 * DAY);

    expect(again).toMatchObject({ pseudonymised: 0, read: 0 });
    expect(await ports.requests.get(requestId)).toEqual(after);
    expect(
      (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'RequestPseudonymised',
      ),
    ).toHaveLength(1);
  });

  it('a sweep that failed after recording the event finishes the next time, recording it once', async () => {
    // Prepare
    const { requestId, retainUntil } = await denied(ports);
    const pseudonymise = ports.requests.pseudonymise.bind(ports.requests);
    ports.requests.pseudonymise = async () => {
      throw new Error('ProvisionedThroughputExceeded');
    };

    // Act
    await expect(sweep(ports, retainUntil)).rejects.toMatchObject({
      name: 'SweepIncompleteError',
      failed: 1,
    });
    expect((await ports.requests.get(requestId))?.email).toBe(
      'aino.virtanen@example.com',
    );
    ports.requests.pseudonymise = pseudonymise;
    const retried = await sweep(ports, retainUntil + 3_600_000);

    // Assess
    expect(retried.pseudonymised).toBe(1);
    expect((await ports.requests.get(requestId))?.email).toBe('');
    expect(
      (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'RequestPseudonymised',
      ),
    ).toHaveLength(1);
  });

  it('removes what a person wrote into its jobs and processor-side identifiers', async () => {
    // Prepare
    const { requestId, retainUntil } = await denied(ports);
    await ports.requests.saveJob({
      requestId,
      processorId: 'posti',
      state: 'COMPLETED',
      startedAt: 't0',
      records: 2,
      disclosures: [
        { call: 'email', identifiers: ['email'], at: 't0', round: 1 },
      ],
      changes: [{ field: 'address', outcome: 'corrected' }],
      confirmation: {
        by: 'processor',
        at: 't1',
        note: 'Changed the address of Aino Virtanen',
      },
    });
    await ports.requests.saveJob({
      requestId,
      processorId: 'shopify',
      state: 'COMPLETED',
      startedAt: 't0',
      evidence: { shopifyCustomerId: 'gid://shopify/Customer/1042' },
    });
    await ports.requests.saveJob({
      requestId,
      processorId: 'lastu-store',
      state: 'NOT_FOUND',
      startedAt: 't0',
    });

    // Act
    await sweep(ports, retainUntil);

    // Assess
    const jobs = await ports.requests.listJobs(requestId);
    expect(JSON.stringify(jobs)).not.toMatch(PERSONAL);
    expect(jobs.find((j) => j.processorId === 'posti')).toEqual({
      requestId,
      processorId: 'posti',
      state: 'COMPLETED',
      startedAt: 't0',
      records: 2,
      disclosures: [
        { call: 'email', identifiers: ['email'], at: 't0', round: 1 },
      ],
      changes: [{ field: 'address', outcome: 'corrected' }],
      confirmation: { by: 'processor', at: 't1' },
    });
    expect(jobs.find((j) => j.processorId === 'shopify')).not.toHaveProperty(
      'evidence',
    );
    expect((await ports.audit.list(requestId)).at(-1)?.details).toMatchObject({
      jobsScrubbed: 2,
    });
  });

  it('keeps the personal data of requests still owed an answer or not yet due', async () => {
    // Prepare: one open, one FAILED (still owed), one closed under a 10-year retention.
    const open = await verified(ports, 'emma.lindqvist@example.com');
    const failed = await verified(ports, 'matti.korhonen@example.com');
    await ports.requests.transition(failed, ['VERIFIED'], 'FAILED', {
      failure: { phase: 'decision', error: 'X' },
    });
    const { requestId, retainUntil } = await denied(ports);
    const merchant = await ports.merchants.get('lastu');
    if (!merchant) throw new Error('no merchant');
    await ports.merchants.put({ ...merchant, requestRetentionDays: 3650 });
    const longer = await denied(ports);

    // Act
    const summary = await sweep(ports, retainUntil);

    // Assess
    expect(summary.pseudonymised).toBe(1);
    expect((await ports.requests.get(requestId))?.email).toBe('');
    expect(longer.retainUntil).toBe(ports.clock.now().getTime() + 3650 * DAY);
    for (const id of [open, failed, longer.requestId])
      expect((await ports.requests.get(id))?.email).toMatch(/@example\.com$/);
  });
});
