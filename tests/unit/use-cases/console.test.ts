/**
 * The merchant console's use cases on in-memory ports: signing in, sessions, who sees what, and
 * every action through the use case its emailed link runs, with the member as the actor.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryConsoleStore } from '#adapters/memory/memory-console.ts';
import { MemoryExecutions } from '#adapters/memory/memory-ops.ts';
import type {
  MemoryMerchantDirectory,
  MemoryWorkflow,
} from '#adapters/memory/memory-ports.ts';
import { hashLinkSecret } from '#domain/links.ts';
import { memberActor, memberKey } from '#domain/member-roles.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { confirmProcessorJob } from '#use-cases/confirm-processor-job.ts';
import { closeBatch, runAction } from '#use-cases/console/actions.ts';
import { enterRequest } from '#use-cases/console/enter-request.ts';
import { inboxJson, listInbox } from '#use-cases/console/inbox.ts';
import type { ConsolePorts } from '#use-cases/console/ports.ts';
import { answerForProcessor } from '#use-cases/console/processor-answer.ts';
import { requestView } from '#use-cases/console/request-view.ts';
import { openSession } from '#use-cases/console/session.ts';
import {
  completeSignIn,
  previewSignIn,
  requestSignIn,
  signOut,
} from '#use-cases/console/sign-in.ts';
import { decideRequest } from '#use-cases/decide-request.ts';
import { denyRequest } from '#use-cases/deny-request.ts';
import { downloadExport } from '#use-cases/download-export.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

const OWNER = 'owner@lastu.example';
const SUPPORT = 'support@lastu.example';
const AINO = 'aino.virtanen@example.com';

type Ports = ConsolePorts &
  Awaited<ReturnType<typeof seededMemoryPorts>>['ports'] & {
    console: MemoryConsoleStore;
    executions: MemoryExecutions;
  };

async function consolePorts(
  operators: string[] = [],
  options: { allProcessors?: boolean } = {},
): Promise<Ports> {
  const { ports } = await seededMemoryPorts(undefined, options);
  const merchants = ports.merchants as MemoryMerchantDirectory;
  // A second shop, run by its own owner and by an agency that also serves Lastu.
  const lastu = await merchants.get('lastu');
  if (!lastu) throw new Error('no lastu');
  await merchants.put(
    MerchantConfig.parse({
      ...lastu,
      members: [
        ...lastu.members,
        { email: 'agency@example.org', role: 'approver' },
      ],
    }),
  );
  await merchants.put(
    MerchantConfig.parse({
      ...lastu,
      merchantId: 'other-shop',
      name: 'Other Shop',
      members: [
        { email: 'boss@other.example', role: 'admin' },
        { email: 'agency@example.org', role: 'viewer' },
      ],
    }),
  );
  return {
    ...ports,
    console: new MemoryConsoleStore(),
    executions: new MemoryExecutions(ports.clock),
    operators: new Set(operators.map(memberKey)),
  } as Ports;
}

const lastMail = (ports: Ports, to: string) =>
  ports.mailer.sent.findLast((m) => m.to.includes(to));

/** Signs in through the emailed link; returns the session's secret. */
async function signIn(ports: Ports, email: string, previous?: string) {
  await requestSignIn({ email }, { locale: 'en' }, ports);
  const mail = lastMail(ports, email);
  const secret = /\/console\/sign-in\/([A-Za-z0-9_-]{43})/.exec(
    mail?.text ?? '',
  )?.[1];
  if (!secret) throw new Error(`no sign-in link for ${email}`);
  return (await completeSignIn(secret, previous, ports)).secret;
}

async function member(ports: Ports, email: string) {
  return openSession(await signIn(ports, email), ports);
}

async function submitAndVerify(ports: Ports, type = 'access', email = AINO) {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type, email },
    ports,
  );
  await verifyIdentity(
    linkFrom(lastMail(ports, email)?.text ?? '', 'verify'),
    ports,
  );
  return requestId;
}

/** The workflow waits for the decision: the email went out with its link. */
async function awaitDecision(ports: Ports, requestId: string) {
  const token = `task-${requestId}`;
  (ports.workflow as MemoryWorkflow).waiting.add(token);
  await requestDecision({ requestId, taskToken: token }, ports);
  return linkFrom(lastMail(ports, OWNER)?.text ?? '', 'decide');
}

describe('signing in', () => {
  let ports: Ports;
  beforeEach(async () => {
    ports = await consolePorts();
  });

  it('emails a member a single-use link and a stranger nothing, answering both alike', async () => {
    // Act
    const forMember = await requestSignIn(
      { email: 'Owner@Lastu.example' },
      { locale: 'fi' },
      ports,
    );
    const forStranger = await requestSignIn(
      { email: 'nobody@lastu.example' },
      { locale: 'fi' },
      ports,
    );

    // Assess
    expect(forMember).toEqual(forStranger);
    expect(ports.mailer.sent.map((m) => m.to)).toEqual([[OWNER]]);
    const mail = ports.mailer.sent[0];
    expect(mail?.subject).toBe('Kirjautumislinkkisi tietosuojapöytään');
    expect(mail?.text).toMatch(
      /https:\/\/dsr\.test\/console\/sign-in\/[A-Za-z0-9_-]{43}/,
    );
    expect(ports.console.signIns.size).toBe(1);
    const stored = [...ports.console.signIns.values()][0];
    // Only the link's hash is kept; it lasts 15 minutes.
    expect(mail?.text).not.toContain(stored?.tokenHash);
    expect(stored?.expiresAt).toBe('2026-03-15T10:15:00.000Z');
  });

  it('counts the attempts before looking anyone up: the sixth in an hour is refused for member and stranger alike', async () => {
    for (const email of [OWNER, 'nobody@lastu.example']) {
      for (let i = 0; i < 5; i++)
        await requestSignIn({ email }, { locale: 'en' }, ports);
      await expect(
        requestSignIn({ email }, { locale: 'en' }, ports),
      ).rejects.toMatchObject({ statusCode: 429 });
    }
    await expect(
      requestSignIn({ email: 'not an address' }, { locale: 'en' }, ports),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('signs in once per link, never after 15 minutes, and ends the session the browser brought', async () => {
    // Prepare
    const before = await signIn(ports, OWNER);
    await requestSignIn({ email: OWNER }, { locale: 'en' }, ports);
    const link = /\/console\/sign-in\/([A-Za-z0-9_-]{43})/.exec(
      lastMail(ports, OWNER)?.text ?? '',
    )?.[1] as string;

    // Act
    const after = await completeSignIn(link, hashLinkSecret(before), ports);

    // Assess: a new secret; the session the browser had is gone (no fixation).
    expect(after.secret).not.toBe(before);
    await expect(openSession(before, ports)).rejects.toMatchObject({
      name: 'SignedOutError',
    });
    expect((await openSession(after.secret, ports)).email).toBe(OWNER);
    await expect(completeSignIn(link, undefined, ports)).rejects.toMatchObject({
      name: 'LinkGoneError',
      reason: 'used',
    });

    await requestSignIn({ email: OWNER }, { locale: 'en' }, ports);
    const late = /\/console\/sign-in\/([A-Za-z0-9_-]{43})/.exec(
      lastMail(ports, OWNER)?.text ?? '',
    )?.[1] as string;
    ports.clock.advance(15 * 60_000);
    await expect(previewSignIn(late, ports)).rejects.toMatchObject({
      reason: 'expired',
    });
    await expect(completeSignIn(late, undefined, ports)).rejects.toMatchObject({
      reason: 'expired',
    });
  });

  it('ends a session on sign-out, after 12 idle hours, and when the person is removed from the shop', async () => {
    const first = await signIn(ports, OWNER);
    await signOut(hashLinkSecret(first), ports);
    await expect(openSession(first, ports)).rejects.toMatchObject({
      statusCode: 401,
    });

    const idle = await signIn(ports, OWNER);
    ports.clock.advance(11 * 3600_000);
    await openSession(idle, ports);
    ports.clock.advance(11 * 3600_000);
    await openSession(idle, ports);
    ports.clock.advance(12 * 3600_000 + 1);
    await expect(openSession(idle, ports)).rejects.toMatchObject({
      statusCode: 401,
    });

    const support = await signIn(ports, SUPPORT);
    await openSession(support, ports);
    const lastu = await ports.merchants.get('lastu');
    if (!lastu) throw new Error('no lastu');
    await ports.merchants.put({
      ...lastu,
      members: lastu.members.filter((m) => m.email !== SUPPORT),
    });
    await expect(openSession(support, ports)).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(ports.console.sessions.has(hashLinkSecret(support))).toBe(false);
    await expect(openSession('x'.repeat(43), ports)).rejects.toMatchObject({
      statusCode: 401,
    });
    await expect(openSession('tampered', ports)).rejects.toMatchObject({
      statusCode: 401,
    });
  });
});

describe('who sees and acts on what', () => {
  let ports: Ports;
  beforeEach(async () => {
    ports = await consolePorts(['ops@host.example']);
  });

  it('shows an agency both its shops with its role in each, and an operator every shop as a viewer', async () => {
    const agency = await member(ports, 'agency@example.org');
    expect(agency.merchants).toEqual([
      { merchantId: 'lastu', name: 'Lastu', role: 'approver' },
      { merchantId: 'other-shop', name: 'Other Shop', role: 'viewer' },
    ]);
    const operator = await member(ports, 'ops@host.example');
    expect(operator.operator).toBe(true);
    expect(operator.merchants.map((m) => [m.merchantId, m.role])).toEqual([
      ['lastu', 'viewer'],
      ['other-shop', 'viewer'],
    ]);
  });

  it('answers another shop’s request exactly as one that does not exist, and refuses a viewer’s action', async () => {
    const requestId = await submitAndVerify(ports);
    const boss = await member(ports, 'boss@other.example');
    const probe = await requestView(boss, requestId, ports).catch((e) => e);
    const none = await requestView(
      boss,
      '00000000-0000-4000-8000-999999999999',
      ports,
    ).catch((e) => e);
    expect([probe.statusCode, probe.name]).toEqual([
      404,
      'RequestNotFoundError',
    ]);
    expect([none.statusCode, none.name]).toEqual([404, 'RequestNotFoundError']);
    await expect(
      runAction(boss, requestId, 'spam', {}, ports),
    ).rejects.toMatchObject({ statusCode: 404 });

    const support = await member(ports, SUPPORT);
    expect((await requestView(support, requestId, ports)).actions).toEqual({
      processors: [],
    });
    await expect(
      runAction(support, requestId, 'spam', {}, ports),
    ).rejects.toMatchObject({ statusCode: 403, name: 'NotAllowedError' });
    const operator = await member(ports, 'ops@host.example');
    await expect(
      runAction(operator, requestId, 'spam', {}, ports),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect((await ports.requests.get(requestId))?.status).toBe('VERIFIED');
  });
});

describe('actions, each the emailed link’s use case with the member as actor', () => {
  let ports: Ports;
  beforeEach(async () => {
    ports = await consolePorts();
  });

  it('denies with a ground and reasons through the waiting decision link, which the email can then no longer use', async () => {
    // Prepare
    const requestId = await submitAndVerify(ports, 'erasure');
    const emailed = await awaitDecision(ports, requestId);
    const owner = await member(ports, OWNER);
    expect((await requestView(owner, requestId, ports)).actions.decide).toEqual(
      {
        extend: true,
      },
    );

    // Act: a ground with approve is refused as on the link's page; then a real denial.
    await expect(
      runAction(
        owner,
        requestId,
        'decide',
        { decision: 'approve', ground: 'excessive' },
        ports,
      ),
    ).rejects.toMatchObject({ problem: 'groundWithoutDeny' });
    const outcome = await runAction(
      owner,
      requestId,
      'decide',
      {
        decision: 'deny',
        ground: 'manifestly-unfounded',
        reason: 'Third request this week.',
      },
      ports,
    );
    const resumed = (ports.workflow as MemoryWorkflow).resumed.at(-1);
    await denyRequest(
      { requestId, decisionLink: String(resumed?.output.link) },
      ports,
    );

    // Assess
    expect(outcome).toEqual({ notice: 'denied' });
    expect(resumed?.output).toMatchObject({ decision: 'deny' });
    const request = await ports.requests.get(requestId);
    expect(request?.status).toBe('DENIED');
    expect(request?.decision).toMatchObject({
      outcome: 'deny',
      ground: 'manifestly-unfounded',
      by: owner.actor,
    });
    const denied = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'RequestDenied',
    );
    expect(denied?.actor).toBe(memberActor(memberKey(OWNER)));
    expect(JSON.stringify(await ports.audit.list(requestId))).not.toContain(
      OWNER,
    );
    expect(lastMail(ports, AINO)?.text).toContain('Third request this week.');
    await expect(
      decideRequest(emailed, { decision: 'approve' }, ports),
    ).rejects.toMatchObject({ name: 'LinkGoneError' });
  });

  it('extends the deadline once, telling the shopper, and leaves the decision open', async () => {
    const requestId = await submitAndVerify(ports);
    await awaitDecision(ports, requestId);
    const owner = await member(ports, OWNER);
    const outcome = await runAction(
      owner,
      requestId,
      'decide',
      { decision: 'extend', reason: 'Records are in the warehouse.' },
      ports,
    );
    expect(outcome).toEqual({ notice: 'extended', detail: '2026-06-15' });
    const request = await ports.requests.get(requestId);
    expect(request?.extension).toMatchObject({ by: owner.actor });
    expect(lastMail(ports, AINO)?.text).toContain(
      'Records are in the warehouse.',
    );
    const extended = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'DeadlineExtended',
    );
    expect(extended?.actor).toBe(owner.actor);
    expect(
      (await requestView(owner, requestId, ports)).actions.decide,
    ).toBeDefined();
  });

  it('closes as spam without contacting anyone, only before processors were asked', async () => {
    const { requestId } = await submitRequest(
      { merchant: 'lastu', type: 'erasure', email: 'spam@bot.example' },
      ports,
    );
    const sent = ports.mailer.sent.length;
    const owner = await member(ports, OWNER);
    const mails = ports.mailer.sent.length;
    expect(await runAction(owner, requestId, 'spam', {}, ports)).toEqual({
      notice: 'spam',
    });
    expect(ports.mailer.sent.length).toBe(mails);
    expect(sent).toBe(1);
    const request = await ports.requests.get(requestId);
    expect(request).toMatchObject({
      status: 'CANCELLED',
      closure: { kind: 'spam', by: owner.actor },
    });
    expect(request?.retainUntil).toBeDefined();
    expect(
      (await ports.audit.list(requestId)).find(
        (e) => e.type === 'RequestCancelled',
      ),
    ).toMatchObject({ actor: owner.actor, details: { closure: 'spam' } });

    const progressing = await submitAndVerify(
      ports,
      'access',
      'matti.korhonen@example.com',
    );
    await ports.requests.transition(
      progressing,
      ['VERIFIED'],
      'IN_PROGRESS',
      {},
    );
    await expect(
      runAction(owner, progressing, 'spam', {}, ports),
    ).rejects.toMatchObject({
      name: 'ActionNotPossibleError',
      statusCode: 409,
    });
  });

  it('closes a duplicate by the reference of the request it repeats, and a batch from one sender', async () => {
    const owner = await member(ports, OWNER);
    const ids: string[] = [];
    for (const type of ['access', 'erasure', 'objection', 'restriction'])
      ids.push(
        (
          await submitRequest(
            {
              merchant: 'lastu',
              type,
              email: 'loop@bot.example',
              ...(type === 'objection'
                ? { objectionScope: 'direct-marketing' }
                : {}),
            },
            ports,
          )
        ).requestId,
      );
    const [first, second, third, fourth] = ids as [
      string,
      string,
      string,
      string,
    ];
    await expect(
      runAction(owner, second, 'duplicate', { duplicateOf: 'FFFFFFFF' }, ports),
    ).rejects.toMatchObject({ fields: { duplicateOf: 'duplicateUnknown' } });
    expect(
      await runAction(
        owner,
        second,
        'duplicate',
        { duplicateOf: first.slice(0, 8) },
        ports,
      ),
    ).toEqual({ notice: 'duplicate', detail: first.slice(0, 8).toUpperCase() });
    expect((await ports.requests.get(second))?.closure).toMatchObject({
      kind: 'duplicate',
      duplicateOf: first,
    });

    await ports.requests.transition(
      fourth,
      ['PENDING_VERIFICATION'],
      'VERIFIED',
      {},
    );
    await ports.requests.transition(
      fourth,
      ['VERIFIED'],
      'AWAITING_DECISION',
      {},
    );
    await ports.requests.transition(
      fourth,
      ['AWAITING_DECISION'],
      'IN_PROGRESS',
      {},
    );
    const batch = await closeBatch(
      owner,
      { requestId: [first, second, third, fourth], closure: 'spam' },
      ports,
    );
    expect(batch).toEqual({
      closed: [first, third],
      skipped: [second, fourth],
    });
    expect((await ports.requests.get(third))?.closure?.kind).toBe('spam');
    expect((await ports.requests.get(fourth))?.status).toBe('IN_PROGRESS');
  });

  it('replaces the download link: the new one works, every earlier one stops at once', async () => {
    // Prepare: an access request answered with its package.
    const requestId = await submitAndVerify(ports);
    const owner = await member(ports, OWNER);
    await awaitDecision(ports, requestId);
    await runAction(owner, requestId, 'decide', { decision: 'approve' }, ports);
    const plan = await planJobs(
      {
        requestId,
        decisionLink: String(
          (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link,
        ),
      },
      ports,
    );
    const jobs = [];
    for (const job of plan.jobs)
      jobs.push(await runProcessorJob({ requestId, ...job }, ports));
    await completeRequest({ requestId, jobs }, ports);
    const old = linkFrom(lastMail(ports, AINO)?.text ?? '', 'download');
    expect(
      (await requestView(owner, requestId, ports)).actions.reissueDownload,
    ).toBe(true);

    // Act
    expect(
      await runAction(owner, requestId, 'reissue-download', {}, ports),
    ).toEqual({
      notice: 'downloadReissued',
    });

    // Assess
    const fresh = linkFrom(lastMail(ports, AINO)?.text ?? '', 'download');
    expect(fresh).not.toBe(old);
    await expect(downloadExport(old, ports)).rejects.toMatchObject({
      statusCode: 410,
    });
    expect((await downloadExport(fresh, ports)).location).toContain(requestId);
    expect(
      (await ports.audit.list(requestId)).find(
        (e) => e.type === 'DownloadLinkReissued',
      ),
    ).toMatchObject({ actor: owner.actor, details: { revokedLinks: 1 } });
  });

  it('sends the verification email again as the intake does, named in the trail', async () => {
    const { requestId } = await submitRequest(
      { merchant: 'lastu', type: 'access', email: AINO },
      ports,
    );
    const owner = await member(ports, OWNER);
    await runAction(owner, requestId, 'resend-verification', {}, ports);
    expect(lastMail(ports, AINO)?.subject).toContain(
      'Confirm your privacy request',
    );
    const sent = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'VerificationEmailSent',
    );
    expect(sent.map((e) => e.actor)).toEqual(['system', owner.actor]);
  });
});

describe('a processor that answered by letter or phone', () => {
  it('gets its request again, and its answer recorded for the shop, which closes its emailed link', async () => {
    // Prepare: an erasure approved; Judge.me is asked by email with its confirmation link.
    const ports = await consolePorts([], { allProcessors: true });
    const requestId = await submitAndVerify(ports, 'erasure');
    const owner = await member(ports, OWNER);
    await awaitDecision(ports, requestId);
    await runAction(owner, requestId, 'decide', { decision: 'approve' }, ports);
    await planJobs(
      {
        requestId,
        decisionLink: String(
          (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link,
        ),
      },
      ports,
    );
    await runProcessorJob({ requestId, processorId: 'judgeme' }, ports);
    const emailed = linkFrom(
      lastMail(ports, 'privacy@judgeme.example')?.text ?? '',
      'processor',
    );
    expect(
      (await requestView(owner, requestId, ports)).actions.processors,
    ).toContainEqual({ processorId: 'judgeme', resend: true });

    // Act
    await runAction(
      owner,
      requestId,
      'resend-processor',
      { processor: 'judgeme' },
      ports,
    );
    const resent = lastMail(ports, 'privacy@judgeme.example');
    await answerForProcessor(
      owner,
      requestId,
      'judgeme',
      { outcome: 'done', note: 'Letter of 2 December: reviews deleted.' },
      ports,
    );

    // Assess
    expect(resent?.text).toContain('/processor/');
    expect(
      (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'ProcessorReminderSent',
      ),
    ).toEqual([
      expect.objectContaining({
        actor: owner.actor,
        details: expect.objectContaining({
          processorId: 'judgeme',
          resent: true,
        }),
      }),
    ]);
    const job = await ports.requests.getJob(requestId, 'judgeme');
    expect(job).toMatchObject({
      state: 'COMPLETED',
      confirmation: {
        by: 'merchant',
        member: owner.actor,
        note: 'Letter of 2 December: reviews deleted.',
      },
    });
    expect(
      (await ports.audit.list(requestId)).find(
        (e) => e.type === 'ProcessorConfirmed',
      ),
    ).toMatchObject({ actor: owner.actor, details: { outcome: 'done' } });
    await expect(
      confirmProcessorJob(emailed, { outcome: 'not-found' }, ports),
    ).rejects.toMatchObject({ statusCode: 410 });
    await expect(
      answerForProcessor(
        owner,
        requestId,
        'judgeme',
        { outcome: 'done' },
        ports,
      ),
    ).rejects.toMatchObject({ statusCode: 409 });
  });
});

describe('a request entered by a member', () => {
  let ports: Ports;
  beforeEach(async () => {
    ports = await consolePorts();
  });

  it('keeps the channel and the day received, counts the deadline from it, and emails the verification link', async () => {
    const owner = await member(ports, OWNER);
    const { requestId } = await enterRequest(
      owner,
      {
        type: 'access',
        email: AINO,
        channel: 'post',
        receivedAt: '2026-03-02',
      },
      ports,
    );
    const request = await ports.requests.get(requestId);
    expect(request).toMatchObject({
      status: 'PENDING_VERIFICATION',
      channel: 'post',
      receivedAt: '2026-03-02T10:00:00.000Z',
      dueDate: '2026-04-02',
      entry: { by: owner.actor, identityConfirmed: false },
    });
    expect(lastMail(ports, AINO)?.subject).toContain(
      'Confirm your privacy request',
    );
    expect((await ports.audit.list(requestId))[0]).toMatchObject({
      type: 'RequestReceived',
      actor: owner.actor,
      at: '2026-03-02T10:00:00.000Z',
      details: { channel: 'post', dueDate: '2026-04-02' },
    });
    const json = inboxJson(await listInbox(owner, {}, ports));
    expect(json.requests).toEqual([
      {
        requestId,
        reference: requestId.slice(0, 8).toUpperCase(),
        merchant: 'lastu',
        type: 'access',
        status: 'PENDING_VERIFICATION',
        channel: 'post',
        receivedAt: '2026-03-02T10:00:00.000Z',
        dueDate: '2026-04-02',
        waitingOn: ['shopper'],
      },
    ]);
  });

  it('with the identity checked by the shop: verified by the member, started, and acknowledged to the shopper without a link', async () => {
    const owner = await member(ports, OWNER);
    const { requestId } = await enterRequest(
      owner,
      {
        type: 'erasure',
        email: AINO,
        channel: 'phone',
        receivedAt: '2026-03-14',
        identityConfirmed: true,
        identityNote: 'Called from the number on the customer record',
      },
      ports,
    );
    const request = await ports.requests.get(requestId);
    expect(request?.status).toBe('VERIFIED');
    expect(
      (ports.workflow as MemoryWorkflow).started.map((s) => s.requestId),
    ).toContain(requestId);
    // No link to confirm: the workflow's first step acknowledges the request.
    expect(lastMail(ports, AINO)).toBeUndefined();
    await requestDecision({ requestId, taskToken: 'token-1' }, ports);
    const mail = lastMail(ports, AINO);
    expect(mail?.subject).toBe(
      `Lastu has received your privacy request [${requestId.slice(0, 8).toUpperCase()}]`,
    );
    expect(mail?.text).toContain('It was made by phone.');
    expect(mail?.text).toContain(
      'The shop has checked that the request comes from you, so you do not need to confirm anything.',
    );
    expect(mail?.text).toContain(
      'The shop must answer by 14 April 2026 at the latest.',
    );
    expect(mail?.text).not.toContain('/verify/');
    expect(
      (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'AcknowledgementSent',
      ),
    ).toHaveLength(1);
    const verified = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'IdentityVerified',
    );
    expect(verified).toMatchObject({
      actor: owner.actor,
      details: { method: 'attested-by-merchant' },
    });
  });

  it('refuses a viewer, and another shop named by an agency that only views it', async () => {
    const support = await member(ports, SUPPORT);
    await expect(
      enterRequest(
        support,
        {
          type: 'access',
          email: AINO,
          channel: 'post',
          receivedAt: '2026-03-02',
        },
        ports,
      ),
    ).rejects.toMatchObject({ statusCode: 403 });
    const agency = await member(ports, 'agency@example.org');
    await expect(
      enterRequest(
        agency,
        {
          merchant: 'other-shop',
          type: 'access',
          email: AINO,
          channel: 'post',
          receivedAt: '2026-03-02',
        },
        ports,
      ),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(ports.requests.items.size).toBe(0);
  });
});
