import { beforeEach, describe, expect, it } from 'vitest';
import type {
  MemoryExportStore,
  MemoryMetrics,
  MemoryWorkflow,
} from '#adapters/memory/memory-ports.ts';
import { hashLinkSecret } from '#domain/links.ts';
import { packageKey } from '#domain/object-keys.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { decideRequest, previewDecision } from '#use-cases/decide-request.ts';
import { denyRequest } from '#use-cases/deny-request.ts';
import { downloadExport } from '#use-cases/download-export.ts';
import { failRequest } from '#use-cases/fail-request.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import {
  previewVerification,
  verifyIdentity,
} from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';
import { unzip } from '../../helpers/unzip.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';

async function submitAndVerify(
  ports: Ports,
  type = 'access',
  email = AINO,
  extra: Record<string, unknown> = {},
) {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type, email, ...extra },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  return requestId;
}

/** The decision link the workflow was resumed with (what Plan Processor Jobs / Send Denial get). */
const resumedLink = (ports: Ports) =>
  String((ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link ?? '');

async function awaitDecision(ports: Ports, requestId: string, week = 1) {
  const token = `task-token-${requestId}${week > 1 ? `-week-${week}` : ''}`;
  (ports.workflow as MemoryWorkflow).waiting.add(token);
  await requestDecision({ requestId, taskToken: token, attempt: week }, ports);
  return {
    token,
    secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
  };
}

describe('submitRequest', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it('stores the request with its deadline and emails a verification link', async () => {
    // Act
    const result = await submitRequest(
      { merchant: 'lastu', type: 'access', email: 'Aino.Virtanen@example.com' },
      ports,
    );
    // Assess
    expect(result.status).toBe('PENDING_VERIFICATION');
    const stored = await ports.requests.get(result.requestId);
    expect(stored).toMatchObject({
      email: AINO,
      receivedAt: '2026-03-15T10:00:00.000Z',
      dueDate: '2026-04-15',
    });
    const mail = ports.mailer.sent[0];
    expect(mail?.to).toEqual([AINO]);
    expect(mail?.text).toMatch(
      /https:\/\/dsr\.test\/verify\/[A-Za-z0-9_-]{43}/,
    );
    expect(mail?.html).toContain('/verify/');
    expect(
      (await ports.audit.list(result.requestId)).map((e) => e.type),
    ).toEqual(['RequestReceived', 'VerificationEmailSent']);
  });

  it('stores nothing and sends nothing for invalid input', async () => {
    await expect(
      submitRequest(
        { merchant: 'lastu', type: 'access', email: 'not-an-email' },
        ports,
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      statusCode: 400,
      fields: { email: expect.any(String) },
    });
    expect(ports.requests.items.size).toBe(0);
    expect(ports.mailer.sent).toHaveLength(0);
  });

  it('answers 404 for an unknown merchant and stores nothing', async () => {
    await expect(
      submitRequest({ merchant: 'nope', type: 'access', email: AINO }, ports),
    ).rejects.toMatchObject({ statusCode: 404 });
    expect(ports.requests.items.size).toBe(0);
  });

  it('answers the same for a stranger as for a customer', async () => {
    const customer = await submitRequest(
      { merchant: 'lastu', type: 'erasure', email: AINO },
      ports,
    );
    const stranger = await submitRequest(
      { merchant: 'lastu', type: 'erasure', email: 'nobody@example.org' },
      ports,
    );
    expect(Object.keys(customer)).toEqual(Object.keys(stranger));
    expect(customer.status).toBe(stranger.status);
  });
});

describe('verification links', () => {
  let ports: Ports;
  let secret: string;
  let requestId: string;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
    ({ requestId } = await submitRequest(
      { merchant: 'lastu', type: 'access', email: AINO },
      ports,
    ));
    secret = linkFrom(ports.mailer.sent[0]?.text ?? '', 'verify');
  });

  it('previews without changing anything', async () => {
    await previewVerification(secret, ports);
    await previewVerification(secret, ports);
    expect((await ports.requests.get(requestId))?.status).toBe(
      'PENDING_VERIFICATION',
    );
    expect(ports.workflow.started).toHaveLength(0);
  });

  it('verifies once and starts the workflow with references only', async () => {
    await verifyIdentity(secret, ports);
    expect((await ports.requests.get(requestId))?.status).toBe('VERIFIED');
    expect(ports.workflow.started).toEqual([
      { requestId, merchantId: 'lastu', type: 'access' },
    ]);
    await expect(verifyIdentity(secret, ports)).rejects.toMatchObject({
      name: 'LinkGoneError',
      statusCode: 410,
    });
    expect(ports.workflow.started).toHaveLength(1);
  });

  it('refuses tampered, unknown and expired links without changing anything', async () => {
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    await expect(verifyIdentity(tampered, ports)).rejects.toMatchObject({
      statusCode: 403,
    });
    await expect(
      verifyIdentity('../../etc/passwd', ports),
    ).rejects.toMatchObject({
      statusCode: 403,
    });
    ports.clock.advance(7 * 86_400_000 + 1);
    await expect(verifyIdentity(secret, ports)).rejects.toMatchObject({
      statusCode: 410,
      reason: 'expired',
    });
    expect((await ports.requests.get(requestId))?.status).toBe(
      'PENDING_VERIFICATION',
    );
  });

  it('refuses a link used for another purpose', async () => {
    await expect(
      decideRequest(secret, { decision: 'approve' }, ports),
    ).rejects.toMatchObject({
      statusCode: 403,
    });
  });

  it('releases the link when a write after it fails, so Confirm works again', async () => {
    const transition = ports.requests.transition.bind(ports.requests);
    ports.requests.transition = async () => {
      throw Object.assign(new Error('throttled'), {
        name: 'ThrottlingException',
      });
    };
    await expect(verifyIdentity(secret, ports)).rejects.toThrow('throttled');
    ports.requests.transition = transition;
    await verifyIdentity(secret, ports);
    expect((await ports.requests.get(requestId))?.status).toBe('VERIFIED');
    expect(ports.workflow.started).toHaveLength(1);
  });

  it('records the verification when the click stopped between the status and its event', async () => {
    // Prepare: the audit write fails after the request moved to VERIFIED.
    const append = ports.audit.append.bind(ports.audit);
    ports.audit.append = async () => {
      throw new Error('function stopped');
    };
    await expect(verifyIdentity(secret, ports)).rejects.toThrow(
      'function stopped',
    );
    ports.audit.append = append;
    expect((await ports.requests.get(requestId))?.status).toBe('VERIFIED');

    // Act: Confirm again (the link was given back).
    await verifyIdentity(secret, ports);

    // Assess
    const events = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(events.filter((t) => t === 'IdentityVerified')).toHaveLength(1);
    expect(ports.workflow.started).toHaveLength(1);
  });

  it('does not start a request that was closed before the link was used', async () => {
    await ports.requests.transition(
      requestId,
      ['PENDING_VERIFICATION'],
      'FAILED',
    );
    await expect(verifyIdentity(secret, ports)).rejects.toMatchObject({
      statusCode: 410,
    });
    expect(ports.workflow.started).toHaveLength(0);
  });

  it('releases the link when the workflow cannot be started, so Confirm can be pressed again', async () => {
    const start = ports.workflow.start.bind(ports.workflow);
    ports.workflow.start = async () => {
      throw new Error('ServiceUnavailable');
    };
    await expect(verifyIdentity(secret, ports)).rejects.toThrow(
      'ServiceUnavailable',
    );
    ports.workflow.start = start;
    await verifyIdentity(secret, ports);
    expect(ports.workflow.started).toHaveLength(1);
    expect(
      (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'IdentityVerified',
      ),
    ).toHaveLength(1);
  });
});

describe('merchant decision', () => {
  let ports: Ports;
  let requestId: string;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
    requestId = await submitAndVerify(ports);
  });

  it('emails the approvers a brief with the deadline and processors, keeping the task token out of the link', async () => {
    const { token, secret } = await awaitDecision(ports, requestId);
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.to).toEqual(['owner@lastu.example']);
    expect(mail?.text).toContain(AINO);
    expect(mail?.text).toContain('Answer due: 15 April 2026');
    expect(mail?.text).toContain('Lastu: customer and order records');
    expect(mail?.text).not.toContain(token);
    expect(ports.links.records.get(hashLinkSecret(secret))?.taskToken).toBe(
      token,
    );
    expect((await ports.requests.get(requestId))?.status).toBe(
      'AWAITING_DECISION',
    );
  });

  it('requires a reason to deny and keeps the link usable after a validation error', async () => {
    const { secret } = await awaitDecision(ports, requestId);
    await expect(
      decideRequest(secret, { decision: 'deny', reason: '  ' }, ports),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      decideRequest(secret, { decision: 'maybe' }, ports),
    ).rejects.toMatchObject({
      name: 'ValidationError',
    });
    await expect(previewDecision(secret, ports)).resolves.toBeDefined();
    await decideRequest(
      secret,
      {
        decision: 'deny',
        reason: 'Manifestly excessive: third identical request this month.',
      },
      ports,
    );
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: `task-token-${requestId}`,
        output: {
          decision: 'deny',
          link: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      },
    ]);
    // The reason stays in the table: only the link's hash travels.
    expect(JSON.stringify(ports.workflow.resumed)).not.toContain('excessive');
  });

  it('acts once: a second post of the same link changes nothing', async () => {
    const { secret } = await awaitDecision(ports, requestId);
    await decideRequest(secret, { decision: 'approve' }, ports);
    await expect(
      decideRequest(secret, { decision: 'deny', reason: 'x' }, ports),
    ).rejects.toMatchObject({ statusCode: 410 });
    expect(ports.workflow.resumed).toHaveLength(1);
    expect(ports.workflow.resumed[0]?.output.decision).toBe('approve');
  });

  it('decides only through the link that resumed the workflow: an expired link changes nothing', async () => {
    // A week passed: the first link's task timed out and a second decision email went out.
    const first = await awaitDecision(ports, requestId);
    ports.workflow.waiting.delete(first.token);
    const second = await awaitDecision(ports, requestId, 2);
    await expect(
      decideRequest(first.secret, { decision: 'approve' }, ports),
    ).rejects.toMatchObject({ statusCode: 410 });
    expect((await ports.requests.get(requestId))?.decision).toBeUndefined();
    expect(
      (await ports.audit.list(requestId)).map((e) => e.type),
    ).not.toContain('RequestApproved');

    await decideRequest(
      second.secret,
      { decision: 'deny', reason: 'Unfounded.' },
      ports,
    );
    await denyRequest({ requestId, decisionLink: resumedLink(ports) }, ports);
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'DENIED',
      decision: { outcome: 'deny', reason: 'Unfounded.' },
    });
    // A step cannot be pointed at a link that did not carry its decision.
    await expect(
      planJobs({ requestId, decisionLink: resumedLink(ports) }, ports),
    ).rejects.toMatchObject({ name: 'InvalidTransitionError' });
  });

  it('refuses on a listed ground only with the reasons of this case, telling the shopper both', async () => {
    const { secret } = await awaitDecision(ports, requestId);
    await expect(
      decideRequest(secret, { decision: 'deny', ground: 'other' }, ports),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      problem: 'reasonToDeny',
    });
    // Art. 12(4)-(5): a ground alone is not the reasons; nothing is stored, the link still works.
    await expect(
      decideRequest(secret, { decision: 'deny', ground: 'excessive' }, ports),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      problem: 'groundNeedsReason',
    });
    expect(ports.workflow.resumed).toEqual([]);
    await decideRequest(
      secret,
      {
        decision: 'deny',
        ground: 'excessive',
        reason: 'This is your fourth identical request since March.',
      },
      ports,
    );
    await denyRequest({ requestId, decisionLink: resumedLink(ports) }, ports);
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.text).toContain('The request is excessive');
    expect(mail?.text).toContain('Art. 12(5)');
    expect(mail?.text).toContain(
      'This is your fourth identical request since March.',
    );
    expect((await ports.requests.get(requestId))?.decision).toMatchObject({
      outcome: 'deny',
      ground: 'excessive',
    });
    const trail = await ports.audit.list(requestId);
    expect(
      trail.find((e) => e.type === 'RequestDenied')?.details,
    ).toMatchObject({ ground: 'excessive', reasonGiven: true });
  });

  it('says the link expired when the workflow stopped waiting', async () => {
    const { token, secret } = await awaitDecision(ports, requestId);
    ports.workflow.waiting.delete(token);
    await expect(
      decideRequest(secret, { decision: 'approve' }, ports),
    ).rejects.toMatchObject({
      statusCode: 410,
    });
  });

  it('extends once, with reasons emailed to the shopper, keeping the link for the decision', async () => {
    const { secret } = await awaitDecision(ports, requestId);
    await expect(
      decideRequest(secret, { decision: 'extend', reason: '' }, ports),
    ).rejects.toMatchObject({ name: 'ValidationError' });

    const result = await decideRequest(
      secret,
      {
        decision: 'extend',
        reason: 'Orders span three systems; the export needs manual checks.',
      },
      ports,
    );
    // Received Sunday 15 March 2026: base due 15 April; extended by two months to 15 June.
    expect(result).toEqual({ decision: 'extend', dueDate: '2026-06-15' });
    const stored = await ports.requests.get(requestId);
    expect(stored).toMatchObject({
      dueDate: '2026-06-15',
      extension: { reason: expect.any(String) },
    });
    expect(stored?.deadlines?.map((d) => [d.reason, d.dueDate])).toEqual([
      ['received', '2026-04-15'],
      ['extended', '2026-06-15'],
    ]);
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.to).toEqual([AINO]);
    expect(mail?.text).toContain('15 June 2026');
    expect(mail?.text).toContain('Orders span three systems');
    expect(mail?.text).toContain('Art. 12(3)');
    const trail = await ports.audit.list(requestId);
    expect(trail.slice(-2)).toMatchObject([
      {
        type: 'DeadlineExtended',
        details: { previousDueDate: '2026-04-15', dueDate: '2026-06-15' },
      },
      { type: 'ExtensionNotified' },
    ]);

    // Only once; the link still decides.
    await expect(
      decideRequest(secret, { decision: 'extend', reason: 'again' }, ports),
    ).rejects.toMatchObject({
      message: 'The deadline was already extended once',
    });
    await decideRequest(secret, { decision: 'approve' }, ports);
    expect(ports.workflow.resumed).toHaveLength(1);
  });

  it('sends the extension notice again if it failed the first time, without extending twice', async () => {
    const { secret } = await awaitDecision(ports, requestId);
    const send = ports.mailer.send.bind(ports.mailer);
    ports.mailer.send = async () => {
      throw new Error('Throttling');
    };
    await expect(
      decideRequest(
        secret,
        { decision: 'extend', reason: 'Manual checks' },
        ports,
      ),
    ).rejects.toThrow('Throttling');
    ports.mailer.send = send;
    const retried = await decideRequest(
      secret,
      { decision: 'extend', reason: 'Manual checks' },
      ports,
    );
    expect(retried).toEqual({ decision: 'extend', dueDate: '2026-06-15' });
    expect(ports.mailer.sent.at(-1)?.subject).toContain('needs more time');
    const stored = await ports.requests.get(requestId);
    expect(stored?.deadlines).toHaveLength(2);
    expect(stored?.extension?.notifiedAt).toBeDefined();
  });

  it('refuses an extension after the notice day has passed', async () => {
    // A decision link sent late in the month (as a repeated decision email would be).
    ports.clock.set(new Date('2026-04-14T12:00:00Z'));
    const { secret } = await awaitDecision(ports, requestId);
    ports.clock.set(new Date('2026-04-16T12:00:00Z'));
    await expect(
      decideRequest(secret, { decision: 'extend', reason: 'too late' }, ports),
    ).rejects.toMatchObject({
      message: 'An extension had to be notified by 2026-04-15',
    });
    expect((await ports.requests.get(requestId))?.dueDate).toBe('2026-04-15');
  });

  it('sends the refusal with the reasons and the right to complain, then ends DENIED', async () => {
    const { secret } = await awaitDecision(ports, requestId);
    await decideRequest(
      secret,
      {
        decision: 'deny',
        reason: 'We hold no data beyond what the law requires us to keep.',
      },
      ports,
    );
    await denyRequest({ requestId, decisionLink: resumedLink(ports) }, ports);
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.to).toEqual([AINO]);
    expect(mail?.text).toContain(
      'We hold no data beyond what the law requires us to keep.',
    );
    expect(mail?.text).toContain('Office of the Data Protection Ombudsman');
    expect(mail?.text).toContain('GDPR Arts 77 and 79');
    expect(mail?.text).toContain(
      'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    );
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'DENIED',
      decision: { outcome: 'deny', by: 'merchant-link' },
    });
    await denyRequest({ requestId, decisionLink: resumedLink(ports) }, ports);
    expect(
      ports.mailer.sent.filter((m) => m.subject.includes('cannot fulfil')),
    ).toHaveLength(1);
  });
});

describe('approved requests', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  async function approve(
    type: string,
    email = AINO,
    extra: Record<string, unknown> = {},
  ) {
    const requestId = await submitAndVerify(ports, type, email, extra);
    const { secret } = await awaitDecision(ports, requestId);
    await decideRequest(secret, { decision: 'approve' }, ports);
    const plan = await planJobs(
      { requestId, decisionLink: resumedLink(ports) },
      ports,
    );
    const jobs = [];
    for (const job of plan.jobs)
      jobs.push(await runProcessorJob({ requestId, ...job }, ports));
    return { requestId, jobs };
  }

  it('fills in the decision and planning events when planning stopped before auditing them, on a retry or an operator’s retry without the link', async () => {
    // Prepare: planning records the decision and moves the request, then its function dies.
    const requestId = await submitAndVerify(ports, 'erasure', AINO);
    const { secret } = await awaitDecision(ports, requestId);
    await decideRequest(secret, { decision: 'approve' }, ports);
    const append = ports.audit.append.bind(ports.audit);
    ports.audit.append = async () => {
      throw new Error('function stopped');
    };
    await expect(
      planJobs({ requestId, decisionLink: resumedLink(ports) }, ports),
    ).rejects.toThrow('function stopped');
    ports.audit.append = append;
    expect(await ports.requests.get(requestId)).toMatchObject({
      decision: { outcome: 'approve', by: 'merchant-link' },
    });

    // Act: the operator retries from planning; the link is no longer passed.
    const plan = await planJobs({ requestId, decisionLink: null }, ports);
    await planJobs({ requestId, decisionLink: null }, ports);

    // Assess
    expect(plan.jobs.length).toBeGreaterThan(0);
    expect((await ports.requests.get(requestId))?.status).toBe('IN_PROGRESS');
    const events = await ports.audit.list(requestId);
    expect(
      events.filter(
        (e) => e.type === 'RequestApproved' || e.type === 'JobsPlanned',
      ),
    ).toEqual([
      expect.objectContaining({ type: 'RequestApproved', actor: 'merchant' }),
      expect.objectContaining({
        type: 'JobsPlanned',
        fromStatus: 'AWAITING_DECISION',
        toStatus: 'IN_PROGRESS',
      }),
    ]);
  });

  it('exports the subject data as JSON and CSV and emails download links', async () => {
    const { requestId, jobs } = await approve('access');
    expect(jobs).toEqual([
      expect.objectContaining({
        processorId: 'lastu-store',
        outcome: 'COMPLETED',
        records: 3,
      }),
    ]);
    await completeRequest({ requestId, jobs }, ports);

    const stored = (ports.exports as MemoryExportStore).objects.get(
      packageKey(requestId),
    );
    expect(stored?.contentType).toBe('application/zip');
    expect(stored?.tags).toEqual({
      'dsr-kind': 'access-package',
      'dsr-merchant': 'lastu',
    });
    const zip = unzip(stored?.body ?? new Uint8Array());
    const json = JSON.parse(zip['data.json'] ?? '{}');
    expect(json).toMatchObject({
      schema: 'dsr-export/2',
      requestId,
      subject: { email: AINO },
    });
    expect(json.sources[0].records.map((r: { id: string }) => r.id)).toEqual([
      'C-1001',
      '#1042',
      '#1178',
    ]);
    const orders = zip['csv/order.csv'] ?? '';
    expect(orders.split('\r\n')[0]).toMatch(/^\uFEFFsource,record_id,/);
    expect(orders).toContain('LST-CASE-IP15-OAK');

    const mail = ports.mailer.sent.findLast((m) => m.to.includes(AINO));
    expect(mail?.text).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): provided your data (3 records)',
    );
    // The merchant's copy states the same answers.
    const copy = ports.mailer.sent.at(-1);
    expect(copy?.to).toEqual(['privacy@lastu.example']);
    expect(copy?.text).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): provided your data (3 records)',
    );
    expect(copy?.text).not.toContain('/download/');
    const download = linkFrom(mail?.text ?? '', 'download');
    const { location } = await downloadExport(download, ports);
    expect(location).toContain(encodeURIComponent(packageKey(requestId)));
    expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
    expect((ports.metrics as MemoryMetrics).points).toEqual(
      expect.arrayContaining([
        {
          name: 'JobsFinished',
          value: 1,
          dimensions: { processor: 'lastu-store', outcome: 'COMPLETED' },
        },
        {
          name: 'RequestsFinished',
          value: 1,
          dimensions: { type: 'access', outcome: 'COMPLETED' },
        },
        expect.objectContaining({
          name: 'TimeToComplete',
          dimensions: { type: 'access' },
        }),
      ]),
    );
    const events = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(events).toEqual([
      'RequestReceived',
      'VerificationEmailSent',
      'IdentityVerified',
      'ExecutionStarted',
      'AcknowledgementSent',
      'DecisionRequested',
      'RequestApproved',
      'JobsPlanned',
      'ProcessorJobCompleted',
      'ExportWritten',
      'ResultSent',
      'RequestCompleted',
      'ExportDownloaded',
    ]);
  });

  it('erases the subject records, keeps the orders bookkeeping law keeps, and reports both', async () => {
    const { requestId, jobs } = await approve('erasure');
    await completeRequest({ requestId, jobs }, ports);
    expect(
      (
        await ports.subjectData.find(
          'lastu',
          (await ports.requests.get(requestId))?.subjectRef ?? '',
        )
      ).map((r) => r.id),
    ).toEqual(['#1042', '#1178']);
    const text = ports.mailer.sent.at(-1)?.text;
    expect(text).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): erased your data, except what it must keep\n' +
        '  - kept: order records (dates, products, amounts, delivery details), as bookkeeping law requires (GDPR Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §), until 31 December 2031',
    );
    expect(text).not.toContain('0 record');
    // Other customers are untouched: theirs, and Aino's kept orders, are all that is left.
    expect([...ports.subjectData.data.values()].map((r) => r.length)).toEqual([
      2, 2, 1,
    ]);
  });

  it('reports NOT_FOUND for someone who is not a customer', async () => {
    const { requestId, jobs } = await approve('erasure', 'nobody@example.org');
    expect(jobs[0]?.outcome).toBe('NOT_FOUND');
    await completeRequest({ requestId, jobs }, ports);
    expect(ports.mailer.sent.at(-1)?.text).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): holds no data about you',
    );
  });

  it('marks a job SKIPPED when the connector cannot do the request type, and says so', async () => {
    // A correction in free text only: the shop's own records cannot apply it by themselves.
    const { requestId, jobs } = await approve('rectification', AINO, {
      details: 'My surname is misspelt',
    });
    expect(jobs).toEqual([
      { processorId: 'lastu-store', outcome: 'SKIPPED', records: 0 },
    ]);
    await completeRequest({ requestId, jobs }, ports);
    const toShopper = ports.mailer.sent.findLast((m) => m.to.includes(AINO));
    expect(toShopper?.text).toContain(
      'was not asked: there is no way to send it this request',
    );
    expect(toShopper?.text).toContain(
      'Not included: Lastu: customer and order records (AWS, eu-north-1) did not provide their part.',
    );
  });

  it('does not run a finished job twice when the task is retried', async () => {
    const { requestId, jobs } = await approve('erasure');
    const again = await runProcessorJob(
      { requestId, processorId: 'lastu-store' },
      ports,
    );
    expect(again).toEqual(jobs[0]);
  });

  it('records failed jobs and throws JobsFailedError instead of completing', async () => {
    const { requestId } = await approve('access');
    await expect(
      completeRequest(
        {
          requestId,
          jobs: [
            {
              processorId: 'lastu-store',
              outcome: 'FAILED',
              records: 0,
              error: 'TransientError',
            },
          ],
        },
        ports,
      ),
    ).rejects.toMatchObject({ name: 'JobsFailedError' });
    expect((await ports.requests.get(requestId))?.status).toBe('IN_PROGRESS');
    await failRequest(
      { requestId, phase: 'jobs', error: { Error: 'JobsFailedError' } },
      ports,
    );
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'FAILED',
      failure: { phase: 'jobs', error: 'JobsFailedError' },
    });
    const [alert, notice] = ports.mailer.sent.slice(-2);
    expect(alert?.subject).toContain('failed during jobs');
    // The shopper is told too: the shop knows and the deadline stands.
    expect(notice?.to).toEqual([AINO]);
    expect(notice?.text).toContain('The deadline still stands');
  });

  it('never stores an unsafe error text from the workflow', async () => {
    const { requestId } = await approve('access');
    await failRequest(
      { requestId, phase: 'jobs', error: { Error: `leak ${AINO}` } },
      ports,
    );
    expect((await ports.requests.get(requestId))?.failure).toEqual({
      phase: 'jobs',
      error: 'Unknown',
      at: expect.any(String),
    });
  });
});
