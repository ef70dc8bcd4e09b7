/**
 * The deadline sweep on the embedded stack: time moves forward through the scheduled event's
 * `time`, exactly as EventBridge drives it on AWS (no clock backdoor in the handlers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import type { SweepSummary } from '#use-cases/sweep-deadlines.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { waitFor } from '../helpers/wait-for.ts';

const DAY = 86_400_000;
let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    // The spine's built-in processor alone (tests/integration/processors.test.ts runs all seven).
    onlyProcessors: ['lastu-store'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
});
afterAll(async () => stack?.close());

async function submit(type: string, email: string) {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      merchant: 'lastu',
      type,
      email,
      name: 'Someone Named',
      // The objection lastu's policy approves (Art. 21(3)).
      ...(type === 'objection' ? { objectionScope: 'direct-marketing' } : {}),
    }),
  });
  return ((await res.json()) as { requestId: string }).requestId;
}

async function waitForBrief(requestId: string) {
  return waitFor(async () =>
    (await mailbox.all()).find(
      (m) =>
        m.destination.to.includes('owner@lastu.example') &&
        m.body.text?.includes(requestId),
    ),
  );
}

const sweep = async (at: number) =>
  (await stack.runSchedule('DeadlineSweep', new Date(at))) as SweepSummary;

describe('the deadline sweep', () => {
  it('reminds the merchant before the deadline and escalates once it has passed', async () => {
    const requestId = await submit('access', 'aino.virtanen@example.com');
    const verification = await mailbox.waitFor(
      'aino.virtanen@example.com',
      'Confirm your privacy request',
    );
    await fetch(
      `${stack.apiUrl}/verify/${linkFrom(verification.body.text ?? '', 'verify')}`,
      { method: 'POST' },
    );
    await mailbox.waitFor('owner@lastu.example', 'Decision needed');
    const request = await ports.requests.get(requestId);
    const due = Date.parse(request?.dueAt ?? '');

    expect(await sweep(due - 20 * DAY)).toMatchObject({
      reminders: 0,
      escalations: 0,
    });
    expect(await sweep(due - 4 * DAY)).toMatchObject({
      reminders: 1,
      dueWithin7Days: 1,
    });
    const reminder = await mailbox.waitFor(
      'owner@lastu.example',
      'Reminder: privacy request',
    );
    expect(reminder.body.text).toContain('waiting for your decision');
    expect(await sweep(due - 4 * DAY + 60_000)).toMatchObject({ reminders: 0 });

    expect(await sweep(due + DAY)).toMatchObject({
      escalations: 1,
      overdue: 1,
    });
    const escalation = await mailbox.waitFor('owner@lastu.example', 'OVERDUE');
    expect(escalation.body.text).toContain('overdue by 1 day(s)');
    expect(await sweep(due + 2 * DAY)).toMatchObject({
      escalations: 0,
      overdue: 1,
    });
    expect(await mailbox.count('owner@lastu.example', 'OVERDUE')).toBe(1);

    const trail = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(trail).toEqual(
      expect.arrayContaining(['ReminderSent', 'DeadlineEscalated']),
    );
  });

  it('lets the merchant extend once from the decision page, telling the shopper', async () => {
    const email = 'emma.lindqvist@example.com';
    const requestId = await submit('access', email);
    const verification = await mailbox.waitFor(
      email,
      'Confirm your privacy request',
    );
    await fetch(
      `${stack.apiUrl}/verify/${linkFrom(verification.body.text ?? '', 'verify')}`,
      { method: 'POST' },
    );
    const brief = await waitForBrief(requestId);
    const decideUrl = `${stack.apiUrl}/decide/${linkFrom(brief.body.text ?? '', 'decide')}`;
    const page = await (await fetch(decideUrl)).text();
    expect(page).toContain('value="extend"');
    const before = await ports.requests.get(requestId);

    const extended = await fetch(decideUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        decision: 'extend',
        reason: 'Several systems must be searched by hand.',
      }),
    });
    expect(extended.status).toBe(200);
    const again = await extended.text();
    expect(again).toContain('Deadline extended to');
    expect(again).not.toContain('value="extend"');

    const after = await ports.requests.get(requestId);
    expect(after?.extension?.reason).toBe(
      'Several systems must be searched by hand.',
    );
    expect(after?.deadlines).toHaveLength(2);
    expect(Date.parse(after?.dueAt ?? '')).toBeGreaterThan(
      Date.parse(before?.dueAt ?? '') + 55 * DAY,
    );
    const notice = await mailbox.waitFor(email, 'needs more time');
    expect(notice.body.text).toContain(
      'Several systems must be searched by hand.',
    );

    // A second extension is refused with the reason, not a generic message.
    const twice = await fetch(decideUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'extend', reason: 'Again.' }),
    });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain(
      'The deadline was already extended once; it cannot be extended again.',
    );

    // The same link still approves, and the request completes.
    const approved = await fetch(decideUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'approve' }),
    });
    expect(approved.status).toBe(200);
    await mailbox.waitFor(email, 'Your data from Lastu is ready');
  });

  it('expires a request never verified, deleting its personal data', async () => {
    const requestId = await submit('erasure', 'matti.korhonen@example.com');
    const received = Date.parse(
      (await ports.requests.get(requestId))?.receivedAt ?? '',
    );
    expect((await sweep(received + 6 * DAY)).expired).toBe(0);
    expect((await sweep(received + 7 * DAY + 1000)).expired).toBe(1);
    const stored = await ports.requests.get(requestId);
    expect(stored?.status).toBe('EXPIRED');
    expect(JSON.stringify(stored)).not.toMatch(/matti|Someone Named/i);
    // Its verification link no longer acts.
    const mail = await mailbox.waitFor(
      'matti.korhonen@example.com',
      'Confirm your privacy request',
    );
    const res = await fetch(
      `${stack.apiUrl}/verify/${linkFrom(mail.body.text ?? '', 'verify')}`,
      { method: 'POST' },
    );
    expect(res.status).toBe(410);
  });

  it('pseudonymises a closed request once its retention period has ended', async () => {
    // lastu approves direct-marketing objections by policy: it completes without a decision.
    const email = 'aino.virtanen@example.com';
    const requestId = await submit('objection', email);
    const verification = await waitFor(async () =>
      (await mailbox.all()).find(
        (m) =>
          m.destination.to.includes(email) &&
          m.body.text?.includes(requestId.slice(0, 8).toUpperCase()),
      ),
    );
    await fetch(
      `${stack.apiUrl}/verify/${linkFrom(verification.body.text ?? '', 'verify')}`,
      { method: 'POST' },
    );
    const closed = await waitFor(async () => {
      const r = await ports.requests.get(requestId);
      return r?.status === 'COMPLETED' ? r : undefined;
    });
    const retainUntil = Date.parse(closed.retainUntil ?? '');
    expect(retainUntil).toBe(Date.parse(closed.completedAt ?? '') + 1095 * DAY);

    // Requests closed by the tests before fall due within the same seconds: look at this one.
    await sweep(retainUntil - 1000);
    expect((await ports.requests.get(requestId))?.email).toBe(email);
    // A scheduled event's time has whole seconds (as EventBridge's).
    expect((await sweep(retainUntil + 1000)).pseudonymised).toBeGreaterThan(0);
    const stored = await ports.requests.get(requestId);
    expect(stored).toMatchObject({ status: 'COMPLETED', email: '' });
    expect(stored?.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toMatch(/aino|Someone Named/i);
    expect((await sweep(retainUntil + DAY)).pseudonymised).toBe(0);
    const trail = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(trail.filter((t) => t === 'RequestPseudonymised')).toHaveLength(1);
  });
});
