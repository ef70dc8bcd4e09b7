/**
 * Issue 16, lawful refusals, on the embedded stack over HTTP with links read from the mailbox:
 * - asking the shopper for more information: the question by email, the answer on its page,
 *   the deadline computed again and appended, both audited, the answer shown to the merchant,
 *   who then decides through the task that waited; a second request lists the first;
 * - objections triaged: direct marketing approved by policy, profiling sent to the merchant
 *   with the shopper's words;
 * - a release review leaving out part of the package: rebuilt without it, the shopper told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { formTokenFrom } from '../helpers/form.ts';
import { Mailbox, type StoredMail } from '../helpers/mailbox.ts';
import { unzip } from '../helpers/unzip.ts';
import { waitFor } from '../helpers/wait-for.ts';

const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const EMMA = 'emma.lindqvist@example.com';
const APPROVER = 'owner@lastu.example';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    onlyProcessors: ['lastu-store'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
});
afterAll(async () => stack?.close());

const refOf = (requestId: string) => requestId.slice(0, 8).toUpperCase();
const linkIn = (mail: StoredMail, kind: string) => {
  const match = [
    ...(mail.body.text ?? '').matchAll(
      new RegExp(`/${kind}/([A-Za-z0-9_-]+)`, 'g'),
    ),
  ].at(-1);
  if (!match?.[1]) throw new Error(`no ${kind} link`);
  return `${stack.apiUrl}/${kind}/${match[1]}`;
};
const post = (url: string, form: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });

/** Submits the form (form-encoded) and confirms the email; resolves with the request id. */
async function verified(form: Record<string, string>) {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({
      merchant: 'lastu',
      formToken: await formTokenFrom(stack.apiUrl),
      ...form,
    }),
  });
  expect(res.status).toBe(202);
  const { requestId } = (await res.json()) as { requestId: string };
  const mail = await mailbox.waitFor(form.email ?? '', refOf(requestId));
  expect((await post(linkIn(mail, 'verify'))).status).toBe(200);
  return requestId;
}

const statusOf = async (requestId: string) =>
  (await ports.requests.get(requestId))?.status;
const eventsOf = async (requestId: string) =>
  (await ports.audit.list(requestId)).map((e) => e.type);

describe('asking the shopper for more information', () => {
  it('pauses on the shopper’s answer, audited, then the merchant decides with the answer shown', async () => {
    const requestId = await verified({ type: 'access', email: MATTI });
    const brief = await mailbox.waitFor(APPROVER, refOf(requestId));
    const decide = linkIn(brief, 'decide');

    // The merchant asks; the page says so and the link keeps working.
    const asked = await post(decide, {
      decision: 'ask',
      reason: 'Please give the number of one of your orders.',
    });
    expect(asked.status).toBe(200);
    const askedPage = await asked.text();
    expect(askedPage).toContain(
      'Your question has been emailed to the shopper.',
    );
    expect(askedPage).toContain('The shopper has not answered yet.');

    // The shopper gets the question and a link; the page shows it and refuses an empty answer.
    const question = await mailbox.waitFor(
      MATTI,
      'Lastu needs more information',
    );
    expect(question.body.text).toContain(
      '> Please give the number of one of your orders.',
    );
    const answerUrl = linkIn(question, 'information');
    const page = await fetch(answerUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      'Please give the number of one of your orders.',
    );
    const empty = await post(answerUrl, { answer: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Write your answer.');
    // The status page tells the shopper what is awaited.
    const status = await fetch(linkIn(question, 'status'));
    expect(await status.text()).toContain(
      'The shop asked you for more information on',
    );

    const answered = await post(answerUrl, {
      answer: 'Order 1002, delivered to Tampere.',
    });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain(
      'Your answer has been sent to Lastu.',
    );
    expect((await post(answerUrl, { answer: 'again' })).status).toBe(410);

    // The deadline was computed again and appended; both steps are audited.
    const request = await ports.requests.get(requestId);
    expect(request?.status).toBe('AWAITING_DECISION');
    expect(request?.deadlines?.map((d) => d.reason)).toEqual([
      'received',
      'information-received',
    ]);
    expect(request?.deadlines?.[1]?.dueDate).toBe(request?.dueDate);
    const trail = await ports.audit.list(requestId);
    const received = trail.find((e) => e.type === 'InformationReceived');
    expect(received?.details).toMatchObject({
      deadlineRecomputed: true,
      merchantNotified: true,
    });
    expect(trail.map((e) => e.type)).toContain('InformationRequested');
    expect(JSON.stringify(trail)).not.toContain('Tampere');

    // The merchant reads the answer and decides from the email that brought it.
    const answerMail = await mailbox.waitFor(
      APPROVER,
      'The shopper has answered',
    );
    expect(answerMail.body.text).toContain(
      '> Order 1002, delivered to Tampere.',
    );
    const fresh = linkIn(answerMail, 'decide');
    const brief2 = await (await fetch(fresh)).text();
    expect(brief2).toContain('Order 1002, delivered to Tampere.');
    expect(brief2).toContain('value="identity-unconfirmed"');
    expect((await post(fresh, { decision: 'approve' })).status).toBe(200);
    await waitFor(
      async () => (await statusOf(requestId)) === 'COMPLETED' || undefined,
      { message: 'request COMPLETED' },
    );
    expect(await eventsOf(requestId)).toContain('RequestApproved');
  });

  it('lists the person’s earlier requests on the next decision page', async () => {
    const requestId = await verified({ type: 'erasure', email: MATTI });
    const brief = await mailbox.waitFor(APPROVER, refOf(requestId));
    const page = await (await fetch(linkIn(brief, 'decide'))).text();
    expect(page).toContain('Earlier requests from the same email address');
    expect(page).toMatch(
      /See my data \(Art\. 15\), [0-9A-F]{8}\. Outcome: Answered on/,
    );
    // Refusing as excessive needs the reasons of this case.
    const refused = await post(linkIn(brief, 'decide'), {
      decision: 'deny',
      ground: 'excessive',
      reason: '',
    });
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toMatch(/id="ground-excessive"[^>]*checked/);
    expect(again).toContain('A listed ground is not enough');
    expect(
      (
        await post(linkIn(brief, 'decide'), {
          decision: 'deny',
          ground: 'excessive',
          reason: 'You asked for the same erasure twice today.',
        })
      ).status,
    ).toBe(200);
    const denial = await mailbox.waitFor(MATTI, 'cannot fulfil');
    expect(denial.body.text).toContain(
      'The request is excessive (GDPR Art. 12(5)).',
    );
    expect(denial.body.text).toContain(
      'You asked for the same erasure twice today.',
    );
  });
});

describe('objections are triaged', () => {
  it('approves a direct-marketing objection by policy, and sends a profiling one to the merchant with the shopper’s words', async () => {
    const marketing = await verified({
      type: 'objection',
      objectionScope: 'direct-marketing',
      email: AINO,
    });
    await waitFor(
      async () => (await statusOf(marketing)) === 'COMPLETED' || undefined,
      { message: 'direct-marketing objection COMPLETED' },
    );
    expect(await mailbox.count(APPROVER, refOf(marketing))).toBe(0);
    const approved = (await ports.audit.list(marketing)).find(
      (e) => e.type === 'RequestApproved',
    );
    expect(approved).toMatchObject({
      actor: 'policy',
      details: { objectionScope: 'direct-marketing' },
    });

    const profiling = await verified({
      type: 'objection',
      objectionScope: 'other',
      details: 'Do not profile my purchases for recommendations.',
      email: EMMA,
    });
    const brief = await mailbox.waitFor(APPROVER, refOf(profiling));
    expect(brief.subject).toContain('Decision needed');
    expect(brief.body.text).toContain(
      'Objection to: other processing, such as profiling (Art. 21(1))',
    );
    const page = await (await fetch(linkIn(brief, 'decide'))).text();
    expect(page).toContain('Do not profile my purchases for recommendations.');
    expect(page).toContain('value="compelling-legitimate-grounds"');
    expect(await statusOf(profiling)).toBe('AWAITING_DECISION');
    expect(await eventsOf(profiling)).not.toContain('RequestApproved');
  });

  it('refuses an objection that does not say what it is to', async () => {
    const res = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      body: new URLSearchParams({
        merchant: 'lastu',
        type: 'objection',
        email: 'someone@example.org',
        formToken: await formTokenFrom(stack.apiUrl),
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Say what you object to: direct marketing, or another use of your data.',
    );
  });
});

describe('the release review', () => {
  it('leaves out one category with a reason: the package is rebuilt without it and the shopper is told', async () => {
    const lastu = await ports.merchants.get('lastu');
    await ports.merchants.put(
      MerchantConfig.parse({ ...lastu, releaseReview: true }),
    );
    try {
      const requestId = await verified({ type: 'access', email: AINO });
      const brief = await mailbox.waitFor(APPROVER, refOf(requestId));
      expect(
        (await post(linkIn(brief, 'decide'), { decision: 'approve' })).status,
      ).toBe(200);
      const review = await mailbox.waitFor(APPROVER, 'Review before release');
      const reviewUrl = linkIn(review, 'release');
      const page = await (await fetch(reviewUrl)).text();
      expect(page).toContain('name="leaveOut:records:lastu-store:order"');
      expect(page).not.toMatch(/type="checkbox"[^>]*checked/);
      const released = await post(reviewUrl, {
        release: 'release',
        'leaveOut:records:lastu-store:order': 'on',
        reason: 'The orders name the person who received them.',
      });
      expect(released.status).toBe(200);
      expect(await released.text()).toContain(
        'Released without the parts you left out',
      );
      const ready = await mailbox.waitFor(
        AINO,
        'Your data from Lastu is ready',
      );
      expect(ready.body.text).toContain('Left out of your copy');
      expect(ready.body.text).toContain(': Orders (2 records)');
      expect(ready.body.text).toContain(
        '> The orders name the person who received them.',
      );
      const redirect = await fetch(linkIn(ready, 'download'), {
        redirect: 'manual',
      });
      const zip = unzip(
        new Uint8Array(
          await (
            await fetch(redirect.headers.get('location') ?? '')
          ).arrayBuffer(),
        ),
      );
      expect(Object.keys(zip).sort()).toEqual([
        'csv/customer.csv',
        'data.json',
        'report.html',
      ]);
      expect(zip['report.html']).toContain(
        'The orders name the person who received them.',
      );
      await waitFor(
        async () => (await statusOf(requestId)) === 'COMPLETED' || undefined,
        { message: 'request COMPLETED' },
      );
      expect(await eventsOf(requestId)).toContain('ExportPartsLeftOut');
    } finally {
      if (lastu) await ports.merchants.put(lastu);
    }
  });
});
