/**
 * The console's actions over HTTP on the embedded stack (the local table IAM enforcing the
 * Console function's grants): a request taken by phone with the identity checked runs without a
 * verification link; the member approves it, sends Judge.me its request again and records
 * Judge.me's answer given by letter, and the request completes; an access package gets a new
 * download link that ends the first one; an admin changes the settings (the configuration, its
 * members' index) and reads the reports and the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { memberKey } from '#domain/member-roles.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { merchantTrail } from '#use-cases/console/settings.ts';
import { signInToConsole } from '../helpers/console-sign-in.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { waitFor } from '../helpers/wait-for.ts';

const OWNER = 'owner@lastu.example';
const JUDGEME = 'privacy@judgeme.example';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;
let cookie = '';

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store', 'judgeme'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
  cookie = await signInToConsole(stack.apiUrl, mailbox, OWNER);
});

afterAll(() => stack?.close());

/** A JSON call from the console (our Origin, the session's cookie). */
async function call(path: string, body?: unknown) {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      accept: 'application/json',
      cookie,
      ...(body === undefined
        ? {}
        : { 'content-type': 'application/json', origin: stack.apiUrl }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
  };
}

const statusOf = async (id: string) => (await ports.requests.get(id))?.status;
const until = (id: string, status: string) =>
  waitFor(async () => ((await statusOf(id)) === status ? true : undefined), {
    timeoutMs: 20_000,
    message: `request ${status}`,
  });

/** The decision is asked (its link issued), not only the status moved: then a member may decide. */
const decisionAsked = (id: string) =>
  waitFor(
    async () =>
      (await ports.audit.list(id)).some(
        (e) => e.type === 'DecisionRequested',
      ) || undefined,
    { timeoutMs: 20_000, message: 'decision asked' },
  );

describe('the console’s actions over HTTP', () => {
  it('runs a phone request with the identity checked, approved, resent to and answered for Judge.me', async () => {
    const entered = await call('/console/requests', {
      type: 'erasure',
      email: 'phone.caller@example.org',
      channel: 'phone',
      receivedAt: '2026-11-30',
      identityConfirmed: true,
      identityNote: 'Called back on the number of the customer record',
    });
    expect(entered.status).toBe(201);
    const id = String(entered.body.requestId);
    const ack = await mailbox.waitFor(
      'phone.caller@example.org',
      'has received your privacy request',
    );
    expect(ack.body.text).not.toContain('/verify/');
    await until(id, 'AWAITING_DECISION');
    await waitFor(
      async () =>
        (await mailbox.all()).some(
          (m) =>
            m.destination.to.includes(OWNER) &&
            m.subject.includes(id.slice(0, 8).toUpperCase()),
        ) || undefined,
      { timeoutMs: 10_000, message: 'decision email' },
    );

    expect(
      await call(`/console/requests/${id}/decide`, { decision: 'approve' }),
    ).toEqual({
      status: 200,
      body: { notice: 'approved' },
    });
    await mailbox.waitFor(JUDGEME, id.slice(0, 8).toUpperCase());
    expect(
      (
        await call(`/console/requests/${id}/resend-processor`, {
          processor: 'judgeme',
        })
      ).body,
    ).toEqual({ notice: 'processorResent' });
    await mailbox.waitFor(JUDGEME, id.slice(0, 8).toUpperCase(), 2);
    expect(
      await call(`/console/requests/${id}/answer/judgeme`, {
        outcome: 'done',
        note: 'Letter of 3 December',
      }),
    ).toEqual({ status: 200, body: { notice: 'answered' } });
    await until(id, 'COMPLETED');
    const events = await ports.audit.list(id);
    expect(
      events.map((e) => e.actor).filter((a) => a.startsWith('member:')),
    ).toHaveLength(5);
    expect(JSON.stringify(events)).not.toContain(OWNER);
  });

  it('replaces an access package’s download link: the new one downloads, the first is gone', async () => {
    const entered = await call('/console/requests', {
      type: 'access',
      email: 'aino.virtanen@example.com',
      channel: 'email',
      receivedAt: '2026-12-01',
      identityConfirmed: true,
      identityNote: 'Replied from the address of the customer record',
    });
    const id = String(entered.body.requestId);
    await decisionAsked(id);
    await call(`/console/requests/${id}/decide`, { decision: 'approve' });
    await mailbox.waitFor(JUDGEME, id.slice(0, 8).toUpperCase());
    await call(`/console/requests/${id}/answer/judgeme`, {
      outcome: 'not-found',
    });
    await until(id, 'COMPLETED');
    const first = await mailbox.waitFor(
      'aino.virtanen@example.com',
      'Your data from Lastu is ready',
    );
    const old = /https?:\/\/\S+\/download\/[A-Za-z0-9_-]{43}/.exec(
      first.body.text ?? '',
    )?.[0];

    expect(
      (await call(`/console/requests/${id}/reissue-download`, {})).body,
    ).toEqual({
      notice: 'downloadReissued',
    });
    const second = await mailbox.waitFor(
      'aino.virtanen@example.com',
      'Your data from Lastu is ready',
      2,
    );
    const fresh = /https?:\/\/\S+\/download\/[A-Za-z0-9_-]{43}/.exec(
      second.body.text ?? '',
    )?.[0];
    expect(fresh).not.toBe(old);
    expect((await fetch(old ?? '', { redirect: 'manual' })).status).toBe(410);
    expect((await fetch(fresh ?? '', { redirect: 'manual' })).status).toBe(302);
  });

  it('closes an unconfirmed request as spam and answers 409 to a second close', async () => {
    const res = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        merchant: 'lastu',
        type: 'erasure',
        email: 'bot@spam.example',
      }),
    });
    const { requestId } = (await res.json()) as { requestId: string };
    expect(
      (await call(`/console/requests/${requestId}/spam`, {})).body,
    ).toEqual({ notice: 'spam' });
    expect(await statusOf(requestId)).toBe('CANCELLED');
    expect((await call(`/console/requests/${requestId}/spam`, {})).status).toBe(
      409,
    );
    const page = await call(`/console/requests?status=CANCELLED`);
    expect(
      (page.body.requests as { requestId: string; waitingOn: string[] }[]).find(
        (r) => r.requestId === requestId,
      ),
    ).toMatchObject({ waitingOn: [] });
  });

  it('changes the settings and the processor registry under the Console function’s grants, audited, and exports the register', async () => {
    const general = await call('/console/settings/general', {
      merchant: 'lastu',
      releaseReview: true,
      requestRetentionDays: 730,
    });
    expect(general).toEqual({ status: 200, body: { notice: 'generalSaved' } });
    const added = await call('/console/settings/members', {
      merchant: 'lastu',
      op: 'add',
      email: 'clerk@lastu.example',
      role: 'approver',
    });
    expect(added.status).toBe(200);
    expect(
      await ports.merchants.memberships(memberKey('clerk@lastu.example')),
    ).toEqual([{ merchantId: 'lastu', role: 'approver' }]);
    const refused = await call('/console/settings/processors', {
      merchant: 'lastu',
      op: 'edit',
      processorId: 'judgeme',
      processor: {
        name: 'Judge.me',
        credentialsRef: 'sk_live_51HxAbCdEfGhIjKl',
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { fields: { credentialsRef: expect.any(String) } },
    });
    const stored = await ports.merchants.get('lastu');
    expect(stored).toMatchObject({
      releaseReview: true,
      requestRetentionDays: 730,
    });
    expect(
      stored?.processors.find((p) => p.processorId === 'judgeme')
        ?.credentialsRef,
    ).toBeUndefined();
    const trail = await ports.audit.list(merchantTrail('lastu'));
    expect(trail.map((e) => e.details?.section)).toEqual([
      'general',
      'members',
    ]);
    expect(JSON.stringify(trail)).not.toContain('@');

    const report = await call('/console/reports');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ merchant: 'lastu' });
    const csv = await fetch(
      `${stack.apiUrl}/console/reports/register.csv?emails=0`,
      { headers: { cookie } },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lastu-request-register-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(await csv.text()).not.toContain('@');
  });
});
