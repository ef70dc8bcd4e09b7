import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryMetrics } from '#adapters/memory/memory-ports.ts';
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
