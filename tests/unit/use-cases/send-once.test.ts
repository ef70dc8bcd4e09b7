import { describe, expect, it } from 'vitest';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import { hashLinkSecret } from '#domain/links.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { askForConfirmation } from '#use-cases/ask-for-confirmation.ts';
import { denyRequest } from '#use-cases/deny-request.ts';
import { failRequest } from '#use-cases/fail-request.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { sendOnce } from '#use-cases/send-once.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const email = (subject: string) => ({
  to: ['someone@example.com'],
  subject,
  text: subject,
  html: `<p>${subject}</p>`,
});

async function setup(request: Partial<DsrRequest> = {}) {
  const { ports, seed } = await seededMemoryPorts(
    new Date('2026-03-20T10:00:00Z'),
    { allProcessors: true },
  );
  await ports.requests.create({
    requestId: ID,
    merchantId: 'lastu',
    type: 'access',
    status: 'VERIFIED',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref',
    locale: 'en',
    receivedAt: '2026-03-15T10:00:00Z',
    dueDate: '2026-04-15',
    dueAt: '2026-04-15T20:59:59.999Z',
    updatedAt: '2026-03-15T10:00:00Z',
    ...request,
  });
  return { ports, seed };
}

/** A step that fails after it sent its email, the way a throttled audit write would. */
function failingOnce<T extends { append: (...a: never[]) => Promise<void> }>(
  audit: T,
  type: string,
) {
  const append = audit.append.bind(audit);
  let failed = false;
  audit.append = (async (event: { type: string }) => {
    if (!failed && event.type === type) {
      failed = true;
      throw Object.assign(new Error('throttled'), {
        name: 'ThrottlingException',
      });
    }
    return append(event as never);
  }) as T['append'];
}

describe('sendOnce', () => {
  it('sends a purpose once and composes only when it sends', async () => {
    // Prepare
    const { ports } = await setup();
    let composed = 0;
    const compose = () => {
      composed += 1;
      return { email: email('hello'), ref: 'link-hash' };
    };

    // Act
    const first = await sendOnce(
      ports,
      { requestId: ID, purpose: 'p' },
      compose,
    );
    const again = await sendOnce(
      ports,
      { requestId: ID, purpose: 'p' },
      compose,
    );

    // Assess
    expect(first).toMatchObject({ sent: true, ref: 'link-hash' });
    expect(again).toMatchObject({
      sent: false,
      record: { state: 'SENT', claims: 1, ref: 'link-hash' },
    });
    expect(composed).toBe(1);
    expect(ports.mailer.sent).toHaveLength(1);
  });

  it('gives the claim back when the send fails, so the retry sends it', async () => {
    // Prepare
    const { ports } = await setup();
    const send = ports.mailer.send.bind(ports.mailer);
    let calls = 0;
    ports.mailer.send = async (m) => {
      calls += 1;
      if (calls === 1) throw new Error('Throttling');
      return send(m);
    };
    const key = { requestId: ID, purpose: 'p' };

    // Act
    await expect(
      sendOnce(ports, key, () => ({ email: email('x') })),
    ).rejects.toThrow();
    await sendOnce(ports, key, () => ({ email: email('x') }));

    // Assess
    expect(ports.mailer.sent).toHaveLength(1);
    expect(await ports.sentMail.list(ID)).toMatchObject([
      { state: 'SENT', claims: 1 },
    ]);
  });

  it('sends again when an attempt died between claiming and recording: never lost', async () => {
    // Prepare: a claim with no record of the send (the process was killed).
    const { ports } = await setup();
    await ports.sentMail.claim(ID, 'p', '2026-03-20T09:00:00Z');

    // Act
    const out = await sendOnce(ports, { requestId: ID, purpose: 'p' }, () => ({
      email: email('x'),
    }));

    // Assess
    expect(out.sent).toBe(true);
    expect(ports.mailer.sent).toHaveLength(1);
    expect(await ports.sentMail.list(ID)).toMatchObject([
      { state: 'SENT', claims: 2 },
    ]);
  });
});

describe('task steps that send email, retried', () => {
  it('requestDecision: a retry sends no second email and parks its new token on the emailed link', async () => {
    // Prepare
    const { ports } = await setup();
    failingOnce(ports.audit, 'DecisionRequested');

    // Act: the first attempt sends, then fails; Step Functions retries with a new token.
    await expect(
      requestDecision({ requestId: ID, taskToken: 'token-1' }, ports),
    ).rejects.toThrow();
    await requestDecision({ requestId: ID, taskToken: 'token-2' }, ports);

    // Assess: one decision email (and one acknowledgement to the shopper)
    const decisions = ports.mailer.sent.filter((m) =>
      m.subject.startsWith('Decision needed'),
    );
    expect(decisions).toHaveLength(1);
    expect(ports.mailer.sent).toHaveLength(2);
    const secret = linkFrom(decisions[0]?.text ?? '', 'decide');
    expect(ports.links.records.get(hashLinkSecret(secret))?.taskToken).toBe(
      'token-2',
    );
    expect(
      (await ports.audit.list(ID)).filter(
        (e) => e.type === 'DecisionRequested',
      ),
    ).toHaveLength(1);
  });

  it('requestDecision: a restart whose emailed link was already used sends a fresh one', async () => {
    // Prepare
    const { ports } = await setup();
    await requestDecision({ requestId: ID, taskToken: 'token-1' }, ports);
    const decisions = () =>
      ports.mailer.sent.filter((m) => !m.subject.includes('has received'));
    const first = linkFrom(decisions()[0]?.text ?? '', 'decide');
    await ports.links.consume(hashLinkSecret(first), '2026-03-20T10:00:00Z');

    // Act
    await requestDecision({ requestId: ID, taskToken: 'token-2' }, ports);
    await requestDecision({ requestId: ID, taskToken: 'token-3' }, ports);

    // Assess: one fresh email, which the third attempt re-uses.
    expect(decisions()).toHaveLength(2);
    const fresh = linkFrom(decisions()[1]?.text ?? '', 'decide');
    expect(fresh).not.toBe(first);
    expect(ports.links.records.get(hashLinkSecret(fresh))?.taskToken).toBe(
      'token-3',
    );
  });

  it('denyRequest: retried after the email went out, it sends no second denial', async () => {
    // Prepare
    const { ports } = await setup({
      status: 'AWAITING_DECISION',
      decision: {
        outcome: 'deny',
        reason: 'Manifestly unfounded',
        by: 'merchant-link',
        at: '2026-03-19T10:00:00Z',
      },
    });
    failingOnce(ports.audit, 'DenialSent');

    // Act
    await expect(denyRequest({ requestId: ID }, ports)).rejects.toThrow();
    await denyRequest({ requestId: ID }, ports);

    // Assess
    expect(ports.mailer.sent).toHaveLength(1);
    expect((await ports.requests.get(ID))?.status).toBe('DENIED');
  });

  it('failRequest: a retried Record Failure alerts the merchant once', async () => {
    // Prepare
    const { ports } = await setup({ status: 'IN_PROGRESS' });
    const input = {
      requestId: ID,
      phase: 'jobs',
      error: { Error: 'JobsFailedError' },
    };

    // Act
    await failRequest(input, ports);
    await failRequest(input, ports);

    // Assess
    expect(ports.mailer.sent).toHaveLength(1);
  });

  it('askForConfirmation: a retried step sends one request and issues one link per job and kind', async () => {
    // Prepare
    const { ports, seed } = await setup({ status: 'IN_PROGRESS' });
    const request = await ports.requests.get(ID);
    const posti = seed.merchant.processors.find(
      (p) => p.processorId === 'posti',
    );
    if (!request || !posti) throw new Error('seed changed');
    const job = {
      requestId: ID,
      processorId: 'posti',
      state: 'PENDING',
      startedAt: '2026-03-20T10:00:00Z',
      round: 1,
      pending: { ref: 'x', via: 'confirmation', confirmBy: 'processor' },
    } as JobRecord;

    // Act
    for (const kind of ['request', 'request', 'reminder', 'reminder'] as const)
      await askForConfirmation(kind, request, seed.merchant, posti, job, ports);

    // Assess
    expect(ports.mailer.sent).toHaveLength(2);
    expect(
      [...ports.links.records.values()].filter(
        (l) => l.purpose === 'processor',
      ),
    ).toHaveLength(2);
    expect((ports.workflow as MemoryWorkflow).started).toHaveLength(0);
  });
});
