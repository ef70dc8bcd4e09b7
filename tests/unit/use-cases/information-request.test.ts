/**
 * "Ask for more information" (Art. 12(6)) in place of refusing on identity once the email is
 * confirmed: the merchant asks on the decision page, the shopper answers on a signed page, the
 * deadline is computed again with the pause the regime allows, every step is audited, and the
 * merchant then decides, with the answer in front of them, through the task still waiting.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import { hashLinkSecret } from '#domain/links.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import { requestStatusPage } from '#presentation/status-pages.ts';
import { decideRequest, previewDecision } from '#use-cases/decide-request.ts';
import { denyRequest } from '#use-cases/deny-request.ts';
import {
  answerInformation,
  previewInformation,
} from '#use-cases/information-request.ts';
import { goneLinkView } from '#use-cases/link-aftermath.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { showRequestStatus } from '#use-cases/request-status.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';
const APPROVER = 'owner@lastu.example';
const DAY = 86_400_000;
const QUESTION =
  'Please tell us the number of one of your orders.\nAny one will do.';

const secretIn = (text: string | undefined, kind: string) => {
  const m = [
    ...(text ?? '').matchAll(
      new RegExp(`https?://[^\\s"<>]+/${kind}/([A-Za-z0-9_-]+)`, 'g'),
    ),
  ].at(-1);
  if (!m?.[1]) throw new Error(`no ${kind} link`);
  return m[1];
};

async function awaitingDecision(ports: Ports) {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type: 'access', email: AINO },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  const token = `task-token-${requestId}`;
  (ports.workflow as MemoryWorkflow).waiting.add(token);
  await requestDecision({ requestId, taskToken: token }, ports);
  return {
    requestId,
    token,
    secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
  };
}

/** The merchant asks; returns the answer link's secret from the shopper's email. */
async function ask(ports: Ports, secret: string) {
  const result = await decideRequest(
    secret,
    { decision: 'ask', reason: QUESTION },
    ports,
  );
  expect(result).toEqual({ decision: 'ask' });
  const mail = ports.mailer.sent.at(-1);
  expect(mail?.to).toEqual([AINO]);
  return { mail, answerSecret: secretIn(mail?.text, 'information') };
}

describe('asking the shopper for more information', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it('emails the shopper the question and a link, keeps the decision waiting, and audits it without the words', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    const { mail } = await ask(ports, secret);
    // The shopper reads the question as a quoted block, the link, and that the date stands.
    expect(mail?.subject).toBe(
      `Lastu needs more information for your privacy request [${requestId.slice(0, 8).toUpperCase()}]`,
    );
    expect(mail?.text).toContain(
      '> Please tell us the number of one of your orders.\n> Any one will do.',
    );
    expect(mail?.text).toContain(
      'The shop must still answer your request by 15 April 2026.',
    );
    expect(mail?.text).toContain('/status/');
    // Nothing decided: the task still waits, the request awaits the decision.
    expect((ports.workflow as MemoryWorkflow).resumed).toEqual([]);
    const request = await ports.requests.get(requestId);
    expect(request).toMatchObject({
      status: 'AWAITING_DECISION',
      informationRequest: {
        question: QUESTION,
        requestedAt: '2026-03-15T10:00:00.000Z',
        notifiedAt: '2026-03-15T10:00:00.000Z',
        by: 'merchant-link',
      },
    });
    const asked = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'InformationRequested',
    );
    expect(asked).toEqual([
      expect.objectContaining({
        actor: 'merchant',
        details: expect.objectContaining({
          questionLength: QUESTION.length,
          pause: 'outer-bound-only',
        }),
      }),
    ]);
    expect(JSON.stringify(asked)).not.toContain('orders');
    // The decision link still works: the page shows the question, offers the identity ground
    // now, and does not offer asking again.
    const view = await previewDecision(secret, ports);
    const page = decisionPage(
      view.merchant,
      view.request,
      view.processors,
      '/decide/x',
    );
    expect(page).toContain('Asked on 15 March 2026:');
    expect(page).toContain('The shopper has not answered yet.');
    expect(page).toContain('value="identity-unconfirmed"');
    expect(page).not.toContain('id="ask"');
    await expect(
      decideRequest(secret, { decision: 'ask', reason: 'Again?' }, ports),
    ).rejects.toMatchObject({ statusCode: 400, problem: 'alreadyAsked' });
  });

  it('tells the merchant in the weekly decision email that the shopper has not answered', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    await ask(ports, secret);
    ports.clock.advance(7 * DAY);
    (ports.workflow as MemoryWorkflow).waiting.add('week-2');
    await requestDecision(
      { requestId, taskToken: 'week-2', attempt: 2 },
      ports,
    );
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.to).toEqual([APPROVER]);
    expect(mail?.text).toContain(
      'More information was asked of the shopper on 15 March 2026; no answer yet.',
    );
  });

  it('refuses an empty or unsafe answer as posted: nothing stored, the link still usable', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    const { answerSecret } = await ask(ports, secret);
    const before = JSON.stringify(await ports.requests.get(requestId));
    for (const [answer, problem] of [
      ['   ', 'required'],
      ['Order \u202E1001', 'invalid'],
      ['x'.repeat(2001), 'invalid'],
    ])
      await expect(
        answerInformation(answerSecret, { answer }, ports),
      ).rejects.toMatchObject({ statusCode: 400, problem });
    expect(JSON.stringify(await ports.requests.get(requestId))).toBe(before);
    await expect(
      previewInformation(answerSecret, ports),
    ).resolves.toBeDefined();
  });

  it('records the answer, computes the deadline again (GDPR-EU: the outer bound only), emails the merchant a working decision link, and audits it', async () => {
    const { requestId, token, secret } = await awaitingDecision(ports);
    const { answerSecret } = await ask(ports, secret);
    ports.clock.advance(3 * DAY);
    const { request } = await answerInformation(
      answerSecret,
      { answer: '  Order 1001, delivered to Oulu.\r\nThanks.  ' },
      ports,
    );
    expect(request.informationRequest).toMatchObject({
      answer: 'Order 1001, delivered to Oulu.\r\nThanks.',
      answeredAt: '2026-03-18T10:00:00.000Z',
    });
    // EDPB §159, asked on the day of receipt: the outer bound moves by the 3 days (15 April is
    // a Wednesday; + 3 is a Saturday, so the Monday); the date the merchant works to does not.
    expect(request.dueDate).toBe('2026-04-15');
    expect(request.latestDueDate).toBe('2026-04-20');
    expect(request.deadlines?.map((d) => d.reason)).toEqual([
      'received',
      'information-received',
    ]);
    expect(request.deadlines?.at(-1)?.flags).toContain('EU-ID-PAUSE');
    // The merchant reads the answer (quoted) and can decide from this email.
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.to).toEqual([APPROVER]);
    expect(mail?.subject).toContain('The shopper has answered');
    expect(mail?.text).toContain('> Order 1001, delivered to Oulu.\n> Thanks.');
    expect(mail?.text).toContain('Answer due: 15 April 2026');
    expect(mail?.text).not.toContain('moved');
    const fresh = secretIn(mail?.text, 'decide');
    expect(fresh).not.toBe(secret);
    const page = decisionPage(
      (await previewDecision(fresh, ports)).merchant,
      request,
      [],
      '/decide/x',
    );
    expect(page).toContain('The shopper answered on 18 March 2026:');
    expect(page).toContain('Order 1001, delivered to Oulu.');
    // Audited, without the shopper's words.
    const received = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'InformationReceived',
    );
    expect(received).toMatchObject({
      actor: 'subject',
      details: {
        previousDueDate: '2026-04-15',
        dueDate: '2026-04-15',
        latestDueDate: '2026-04-20',
        deadlineRecomputed: true,
        merchantNotified: true,
      },
    });
    expect(JSON.stringify(received)).not.toContain('Oulu');
    // The answer link acted once; its page then says the question was answered.
    await expect(
      answerInformation(answerSecret, { answer: 'again' }, ports),
    ).rejects.toMatchObject({ statusCode: 410 });
    expect(
      (await goneLinkView(answerSecret, 'information', ports))?.aftermath,
    ).toEqual({ fact: 'informationAnswered', at: '2026-03-18T10:00:00.000Z' });
    // The fresh link resumes the task that was waiting all along.
    await decideRequest(fresh, { decision: 'approve' }, ports);
    expect((ports.workflow as MemoryWorkflow).resumed).toEqual([
      {
        taskToken: token,
        output: { decision: 'approve', link: hashLinkSecret(fresh) },
      },
    ]);
  });

  it('shows the shopper the question on their status page, then that they answered', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    const { mail, answerSecret } = await ask(ports, secret);
    const status = secretIn(mail?.text, 'status');
    const waiting = await showRequestStatus(status, ports);
    expect(waiting.progress.steps.map((s) => [s.step, s.state])).toEqual([
      ['received', 'done'],
      ['verify', 'done'],
      ['information', 'current'],
      ['decision', 'upcoming'],
      ['carryOut', 'upcoming'],
      ['answer', 'upcoming'],
    ]);
    expect(requestStatusPage(waiting, 'en')).toContain(
      'The shop asked you for more information on 15 March 2026: answer through the link in the email',
    );
    ports.clock.advance(DAY);
    await answerInformation(answerSecret, { answer: 'Order 1001' }, ports);
    const answered = await showRequestStatus(status, ports);
    expect(answered.progress.steps[2]).toEqual({
      step: 'information',
      state: 'done',
      at: '2026-03-16T10:00:00.000Z',
    });
    expect(answered.progress.steps[3]).toEqual({
      step: 'decision',
      state: 'current',
    });
    expect(requestStatusPage(answered, 'en')).toContain(
      'You answered the shop’s question',
    );
    expect((await ports.requests.get(requestId))?.status).toBe(
      'AWAITING_DECISION',
    );
  });

  it('lets the merchant refuse on identity after asking, with the reasons of the case', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    await ask(ports, secret);
    await decideRequest(
      secret,
      {
        decision: 'deny',
        ground: 'identity-unconfirmed',
        reason: 'No order was given, and the address matches no customer.',
      },
      ports,
    );
    const link = String(
      (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link,
    );
    await denyRequest({ requestId, decisionLink: link }, ports);
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.to).toEqual([AINO]);
    expect(mail?.text).toContain(
      'We could not confirm that the request comes from you, even with the information we asked for (GDPR Arts 11(2) and 12(2)).',
    );
    expect(mail?.text).toContain('the address matches no customer');
  });
});

describe('asking under UK GDPR: the clock stops', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
    const lastu = await ports.merchants.get('lastu');
    await ports.merchants.put(
      MerchantConfig.parse({
        ...lastu,
        timezone: 'Europe/London',
        country: 'GB-ENG',
        regime: 'UK-ICO',
        supervisoryAuthorityCountry: undefined,
        holdPolicy: { orderHoldDays: 180, accountingRetentionYears: 6 },
      }),
    );
  });

  it('moves the due date by the days the answer took, and says so to both', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    const before = await ports.requests.get(requestId);
    // "Beginning with" the receipt day: the day before the ICO date (docs/DEADLINES.md).
    expect(before?.dueDate).toBe('2026-04-14');
    const { mail, answerSecret } = await ask(ports, secret);
    expect(mail?.text).toContain(
      'Until you answer, the time the shop has to answer your request is paused.',
    );
    ports.clock.advance(4 * DAY);
    const { request } = await answerInformation(
      answerSecret,
      { answer: 'Order 1001' },
      ports,
    );
    expect(request.dueDate).toBe('2026-04-18');
    expect(request.extensionNoticeDue).toBe('2026-04-18');
    expect(request.deadlines?.at(-1)?.flags).toContain('UK-PAUSE-COUNT');
    const toMerchant = ports.mailer.sent.at(-1);
    expect(toMerchant?.text).toContain(
      'The due date moved from 14 April 2026 to 18 April 2026: the time limit stopped while the answer was awaited.',
    );
  });
});
