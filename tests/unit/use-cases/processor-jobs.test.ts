import { describe, expect, it } from 'vitest';
import {
  confirmationChoices,
  parseConfirmation,
} from '#domain/confirmation.ts';
import { LinkGoneError, TransientError } from '#domain/errors.ts';
import { hashLinkSecret } from '#domain/links.ts';
import { partKey } from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig, type ProcessorConfig } from '#domain/schemas.ts';
import {
  type CallbackVerdict,
  type CallbackVerifier,
  type Capability,
  type CompletionStyle,
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Disclosure,
  type Hold,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import { awaitProcessorJob } from '#use-cases/await-processor-job.ts';
import {
  confirmProcessorJob,
  previewProcessorJob,
} from '#use-cases/confirm-processor-job.ts';
import { issueLink } from '#use-cases/links.ts';
import {
  MAX_WAIT_STEP_MS,
  nextWake,
  planDeferredJobs,
} from '#use-cases/plan-deferred-jobs.ts';
import { deferUntil } from '#use-cases/processor-job-support.ts';
import { receiveProcessorCallback } from '#use-cases/receive-processor-callback.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const DAY = 86_400_000;
const NOW = '2026-03-20T10:00:00.000Z';
// Received 2026-03-15 in Helsinki: due 2026-04-15, end of day.
const DUE_AT = '2026-04-15T20:59:59.999Z';
const APPROVER = 'owner@lastu.example';

/** A connector whose answers the test sets; it records every call. */
class FakeConnector implements Connector {
  readonly runs: ConnectorContext[] = [];
  readonly polls: { ctx: ConnectorContext; ref: string }[] = [];
  answer: (ctx: ConnectorContext) => Promise<ConnectorResult> = async () =>
    completed(0);
  pollAnswer: (ctx: ConnectorContext) => Promise<ConnectorResult> = async () =>
    pending('poll', 'ref-1');
  constructor(
    readonly kind: ProcessorConfig['kind'],
    readonly capabilities: Partial<Record<Capability, CompletionStyle>>,
  ) {}
  async run(ctx: ConnectorContext) {
    this.runs.push(ctx);
    return this.answer(ctx);
  }
  async poll(ctx: ConnectorContext, ref: string) {
    this.polls.push({ ctx, ref });
    return this.pollAnswer(ctx);
  }
}

const completed = (
  records: number,
  extra: {
    disclosures?: Disclosure[];
    evidence?: Record<string, string>;
    data?: SubjectRecord[];
  } = {},
): ConnectorResult => ({
  outcome: 'COMPLETED',
  records,
  disclosures: [],
  ...extra,
});

const pending = (
  via: 'poll' | 'callback' | 'confirmation',
  ref: string,
  checkAfterSeconds = 900,
): ConnectorResult => ({
  outcome: 'PENDING',
  records: 0,
  disclosures: [{ call: 'POST /requests', identifiers: ['email'] }],
  pending: { ref, via, checkAfterSeconds },
});

/** The processors of the test merchant, one per way a job can go. */
const PROCESSORS = [
  {
    // Synchronous API (fake `sendgrid`).
    processorId: 'acme-sync',
    kind: 'sendgrid',
    name: 'Acme Sync',
    credentialsRef: 'dsr/lastu/acme-sync',
  },
  {
    // Asynchronous API: poll or callback (fake `opendsr`).
    processorId: 'acme-async',
    kind: 'opendsr',
    name: 'Acme Async',
    credentialsRef: 'dsr/lastu/acme-async',
  },
  {
    // An API that cannot do the request, and no privacy contact.
    processorId: 'no-contact',
    kind: 'klaviyo',
    name: 'No Contact',
  },
  {
    // An API that cannot do the request, with a Finnish privacy contact.
    processorId: 'posti',
    kind: 'mailchimp',
    name: 'Posti',
    contactEmail: 'tietosuoja@posti.example',
    locale: 'fi',
  },
  {
    // A person by email, confirming through a signed link.
    processorId: 'manual',
    kind: 'email',
    name: 'Manual Ltd',
    contactEmail: 'privacy@manual.example',
    leadTimeDays: 5,
  },
];

async function setup(request: Partial<DsrRequest> = {}) {
  const { ports: base, seed } = await seededMemoryPorts(new Date(NOW));
  await base.merchants.put(
    MerchantConfig.parse({ ...seed.merchant, processors: PROCESSORS }),
  );
  await base.requests.create({
    requestId: ID,
    merchantId: 'lastu',
    type: 'erasure',
    status: 'IN_PROGRESS',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref-aino',
    locale: 'en',
    receivedAt: '2026-03-15T10:00:00.000Z',
    dueDate: '2026-04-15',
    dueAt: DUE_AT,
    updatedAt: '2026-03-15T10:00:00.000Z',
    ...request,
  });
  base.credentials.secrets.set('dsr/lastu/acme-sync', { apiKey: 'k-sync' });
  base.credentials.secrets.set('dsr/lastu/acme-async', { apiKey: 'k-async' });
  const sync = new FakeConnector('sendgrid', { access: 'sync', erase: 'sync' });
  const async = new FakeConnector('opendsr', {
    access: 'async',
    erase: 'async',
  });
  const noErase = new FakeConnector('klaviyo', { object: 'sync' });
  const noAccess = new FakeConnector('mailchimp', { object: 'sync' });
  const fakes = new Map<string, Connector>(
    [sync, async, noErase, noAccess].map((c) => [c.kind, c]),
  );
  const ports = {
    ...base,
    connectors: {
      get: (kind: ProcessorConfig['kind']) =>
        fakes.get(kind) ?? base.connectors.get(kind),
    },
  };
  return { ports, sync, async, noErase, noAccess };
}

type Setup = Awaited<ReturnType<typeof setup>>;
type Ports = Setup['ports'];

const job = (ports: Ports, processorId: string) =>
  ports.requests.getJob(ID, processorId);

/** Starts a wait on the job as the workflow does: a fresh token the workflow waits on. */
async function wait(
  ports: Ports,
  processorId: string,
  taskToken: string,
  attempt = 1,
) {
  ports.workflow.waiting.add(taskToken);
  return awaitProcessorJob(
    { requestId: ID, processorId, taskToken, attempt },
    ports,
  );
}

describe('runProcessorJob', () => {
  it('stores a synchronous completion with its disclosures and audits it', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () =>
      completed(2, {
        disclosures: [
          { call: 'DELETE /v3/marketing/contacts', identifiers: ['email'] },
        ],
        evidence: { jobId: 'sg-1' },
      });

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync' },
      ports,
    );

    // Assess
    expect(result).toEqual({
      processorId: 'acme-sync',
      outcome: 'COMPLETED',
      records: 2,
    });
    expect(await job(ports, 'acme-sync')).toMatchObject({
      state: 'COMPLETED',
      records: 2,
      round: 1,
      startedAt: NOW,
      finishedAt: NOW,
      dueAt: new Date(Date.parse(DUE_AT) - 5 * DAY).toISOString(),
      evidence: { jobId: 'sg-1' },
      disclosures: [
        {
          call: 'DELETE /v3/marketing/contacts',
          identifiers: ['email'],
          at: NOW,
          round: 1,
        },
      ],
    });
    expect(sync.runs).toHaveLength(1);
    expect(sync.runs[0]).toMatchObject({
      capability: 'erase',
      credentials: { apiKey: 'k-sync' },
      idempotencyKey: `${ID}:acme-sync:1`,
      subject: { requestId: ID, email: 'aino.virtanen@example.com' },
    });
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobCompleted'),
    ).toEqual([
      expect.objectContaining({
        actor: 'processor:acme-sync',
        details: expect.objectContaining({
          processorId: 'acme-sync',
          outcome: 'COMPLETED',
          records: 2,
          round: 1,
        }),
      }),
    ]);
  });

  it('writes the records of an access result to the export store under the part key', async () => {
    // Prepare
    const { ports, sync } = await setup({ type: 'access' });
    const data: SubjectRecord[] = [
      { category: 'contact', id: 'c-1', data: { email: 'a@example.com' } },
      { category: 'activity', id: 'open-7', data: { at: '2026-03-01' } },
    ];
    sync.answer = async () => completed(2, { data });

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync' },
      ports,
    );

    // Assess
    const key = partKey(ID, 'acme-sync');
    expect(result).toMatchObject({ outcome: 'COMPLETED', partKey: key });
    // One record per line (NDJSON): the package reads it back a line at a time.
    const lines = [];
    for await (const line of ports.exports.readLines(key))
      lines.push(JSON.parse(line));
    expect(lines).toEqual(data);
    expect(key).toMatch(/\.ndjson$/);
    expect((await job(ports, 'acme-sync'))?.partKey).toBe(key);
    expect(sync.runs[0]?.capability).toBe('access');
  });

  it('ends FAILED with the message of a processor rejection, without throwing', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () => {
      throw new ProcessorRejectedError('API key lacks the marketing scope');
    };

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync' },
      ports,
    );

    // Assess
    expect(result).toMatchObject({
      outcome: 'FAILED',
      records: 0,
      error: 'API key lacks the marketing scope',
    });
    expect(await job(ports, 'acme-sync')).toMatchObject({
      state: 'FAILED',
      error: 'API key lacks the marketing scope',
    });
    expect(ports.audit.events.map((e) => e.type)).toContain(
      'ProcessorJobFailed',
    );
  });

  it("never hands a processor another merchant's credentials, whatever its configuration names", async () => {
    // Prepare: lastu's processor names a secret of merchant `other` (which exists).
    const { ports, sync } = await setup();
    const merchant = await ports.merchants.get('lastu');
    await ports.merchants.put({
      ...(merchant as NonNullable<typeof merchant>),
      processors: (merchant?.processors ?? []).map((p) =>
        p.processorId === 'acme-sync'
          ? { ...p, credentialsRef: 'dsr/other/acme-sync' }
          : p,
      ),
    });
    ports.credentials.secrets.set('dsr/other/acme-sync', { apiKey: 'theirs' });

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync' },
      ports,
    );

    // Assess: the job fails with what to fix; the processor was never called.
    expect(result).toMatchObject({
      outcome: 'FAILED',
      error:
        "Credentials 'dsr/other/acme-sync' are not lastu's: name the secret dsr/lastu/<processor>",
    });
    expect(sync.runs).toHaveLength(0);
  });

  it('rethrows a transient error so the workflow retries, and the retry calls the processor again', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () => {
      throw new TransientError('503 from the processor');
    };

    // Act
    const first = runProcessorJob(
      { requestId: ID, processorId: 'acme-sync' },
      ports,
    );

    // Assess
    await expect(first).rejects.toBeInstanceOf(TransientError);
    expect((await job(ports, 'acme-sync'))?.state).toBe('RUNNING');
    sync.answer = async () => completed(1);
    await expect(
      runProcessorJob({ requestId: ID, processorId: 'acme-sync' }, ports),
    ).resolves.toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(sync.runs).toHaveLength(2);
  });

  it('ends SKIPPED when the processor can neither do the request nor be emailed', async () => {
    // Prepare
    const { ports, noErase } = await setup();

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'no-contact' },
      ports,
    );

    // Assess
    expect(result).toEqual({
      processorId: 'no-contact',
      outcome: 'SKIPPED',
      records: 0,
    });
    expect((await job(ports, 'no-contact'))?.state).toBe('SKIPPED');
    expect(noErase.runs).toHaveLength(0);
    expect(ports.mailer.sent).toHaveLength(0);
  });

  it('emails the privacy contact a confirmation link in the processor’s language when its API lacks the capability', async () => {
    // Prepare
    const { ports, noAccess } = await setup();

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'posti' },
      ports,
    );

    // Assess
    expect(noAccess.runs).toHaveLength(0);
    expect(result).toMatchObject({
      outcome: 'PENDING',
      wait: { seconds: 86_400, attempt: 1 },
    });
    expect(ports.mailer.sent).toHaveLength(1);
    const mail = ports.mailer.sent[0];
    expect(mail?.to).toEqual(['tietosuoja@posti.example']);
    expect(mail?.subject).toMatch(/^Rekisteröidyn pyyntö/);
    expect(mail?.text).toContain(
      'Tietojenkäsittelysopimuksemme mukaan avustatte',
    );
    expect(mail?.text).toMatch(
      /https:\/\/dsr\.test\/processor\/[A-Za-z0-9_-]{43}/,
    );
    const secret = linkFrom(mail?.text ?? '', 'processor');
    expect(ports.links.records.get(hashLinkSecret(secret))).toMatchObject({
      purpose: 'processor',
      requestId: ID,
      processorId: 'posti',
      round: 1,
      confirmBy: 'processor',
    });
    expect(await job(ports, 'posti')).toMatchObject({
      state: 'PENDING',
      pending: { via: 'confirmation', confirmBy: 'processor' },
    });
  });

  it('answers PENDING with how to wait when the processor is to be polled', async () => {
    // Prepare
    const { ports, async } = await setup();
    async.answer = async () => pending('poll', 'sr-1', 86_400);

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-async' },
      ports,
    );

    // Assess: one check a day until a fortnight after the due instant (26.46 + 14 days → 41 checks).
    expect(result).toEqual({
      processorId: 'acme-async',
      outcome: 'PENDING',
      records: 0,
      wait: { seconds: 86_400, attempt: 1, maxAttempts: 41 },
    });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'PENDING',
      pending: { ref: 'sr-1', via: 'poll' },
    });
    expect(ports.mailer.sent).toHaveLength(0);
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobPending'),
    ).toHaveLength(1);
  });

  it('returns the recorded result of a re-run of the same round without calling the processor again', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () =>
      completed(3, {
        disclosures: [{ call: 'DELETE', identifiers: ['email'] }],
      });
    const first = await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync' },
      ports,
    );

    // Act
    const again = await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync', round: 1 },
      ports,
    );

    // Assess
    expect(again).toEqual(first);
    expect(sync.runs).toHaveLength(1);
    expect((await job(ports, 'acme-sync'))?.disclosures).toHaveLength(1);
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobCompleted'),
    ).toHaveLength(1);
  });

  it('answers a re-run of a pending job with the same wait, without calling the processor again', async () => {
    // Prepare: the processor asked to be checked hourly (the wait may be longer: at most 200
    // checks are spread over the whole window).
    const { ports, async } = await setup();
    async.answer = async () => pending('poll', 'sr-1', 3600);
    const first = await runProcessorJob(
      { requestId: ID, processorId: 'acme-async' },
      ports,
    );

    // Act
    const again = await runProcessorJob(
      { requestId: ID, processorId: 'acme-async', round: 1 },
      ports,
    );

    // Assess
    expect(async.runs).toHaveLength(1);
    expect(first.wait?.seconds).toBeGreaterThanOrEqual(3600);
    expect(again).toEqual(first);
  });

  it('keeps the record of disclosures across rounds', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () =>
      completed(1, {
        disclosures: [{ call: 'DELETE', identifiers: ['email'] }],
      });
    await runProcessorJob({ requestId: ID, processorId: 'acme-sync' }, ports);
    ports.clock.advance(30 * DAY);

    // Act
    await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync', round: 2 },
      ports,
    );

    // Assess
    expect(
      (await job(ports, 'acme-sync'))?.disclosures?.map((d) => [d.round, d.at]),
    ).toEqual([
      [1, NOW],
      [2, new Date(Date.parse(NOW) + 30 * DAY).toISOString()],
    ]);
    expect(sync.runs).toHaveLength(2);
  });

  it('checks a polled job until a fortnight after the due instant, however often the processor asks to be checked', async () => {
    // Prepare: SendGrid asks to be checked every minute.
    const { ports, async } = await setup();
    async.answer = async () => pending('poll', 'sr-1', 60);
    const window = (Date.parse(DUE_AT) + 14 * DAY - Date.parse(NOW)) / 1000;

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-async' },
      ports,
    );

    // Assess
    const wait = result.wait ?? { seconds: 0, maxAttempts: 0 };
    expect(wait.seconds).toBeGreaterThanOrEqual(60);
    expect(wait.seconds * wait.maxAttempts).toBeGreaterThanOrEqual(window);
  });

  it('still emails the processor its request when the first send failed and the step is retried', async () => {
    // Prepare
    const { ports } = await setup();
    const send = ports.mailer.send.bind(ports.mailer);
    ports.mailer.send = async () => {
      throw Object.assign(new Error('throttled'), { name: 'Throttling' });
    };
    await expect(
      runProcessorJob({ requestId: ID, processorId: 'manual' }, ports),
    ).rejects.toThrow('throttled');
    ports.mailer.send = send;

    // Act: Step Functions retries the task.
    const retried = await runProcessorJob(
      { requestId: ID, processorId: 'manual' },
      ports,
    );

    // Assess
    expect(retried.outcome).toBe('PENDING');
    expect(ports.mailer.sent.map((m) => m.to)).toEqual([
      ['privacy@manual.example'],
    ]);
    expect(ports.mailer.sent[0]?.text).toContain('/processor/');
  });

  it('acts as of notBefore when it lies ahead of the clock, and as of the clock otherwise', async () => {
    // Prepare
    const { ports, sync } = await setup();
    const later = '2026-03-21T00:00:00.000Z';

    // Act
    await runProcessorJob(
      { requestId: ID, processorId: 'acme-sync', notBefore: later },
      ports,
    );
    await runProcessorJob(
      {
        requestId: ID,
        processorId: 'acme-sync',
        round: 2,
        notBefore: '2026-03-01T00:00:00.000Z',
      },
      ports,
    );

    // Assess
    expect(sync.runs.map((ctx) => ctx.now.toISOString())).toEqual([later, NOW]);
    expect(sync.runs[1]?.idempotencyKey).toBe(`${ID}:acme-sync:2`);
  });
});

describe('awaitProcessorJob', () => {
  async function pendingPoll() {
    const setupResult = await setup();
    setupResult.async.answer = async () => pending('poll', 'sr-1');
    await runProcessorJob(
      { requestId: ID, processorId: 'acme-async' },
      setupResult.ports,
    );
    return setupResult;
  }

  it('keeps the task token on the pending job while the processor is still working', async () => {
    // Prepare
    const { ports, async } = await pendingPoll();

    // Act
    const out = await wait(ports, 'acme-async', 'tok-1');

    // Assess
    expect(out).toEqual({ state: 'PENDING' });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'PENDING',
      taskToken: 'tok-1',
    });
    expect(async.polls.map((p) => p.ref)).toEqual(['sr-1']);
    expect(ports.workflow.resumed).toHaveLength(0);
  });

  it('finishes the job and resumes the workflow when a poll answers COMPLETED', async () => {
    // Prepare
    const { ports, async } = await pendingPoll();
    async.pollAnswer = async () => completed(4, { evidence: { done: 'yes' } });

    // Act
    const out = await wait(ports, 'acme-async', 'tok-1');

    // Assess
    expect(out).toEqual({ state: 'COMPLETED' });
    const stored = await job(ports, 'acme-async');
    expect(stored).toMatchObject({
      state: 'COMPLETED',
      records: 4,
      evidence: { done: 'yes' },
    });
    expect(stored?.taskToken).toBeUndefined();
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-1',
        output: { processorId: 'acme-async', outcome: 'COMPLETED', records: 4 },
      },
    ]);
  });

  it('resumes at once for a job that already finished', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () => completed(2);
    await runProcessorJob({ requestId: ID, processorId: 'acme-sync' }, ports);

    // Act
    const out = await wait(ports, 'acme-sync', 'tok-1');

    // Assess
    expect(out).toEqual({ state: 'COMPLETED' });
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-1',
        output: { processorId: 'acme-sync', outcome: 'COMPLETED', records: 2 },
      },
    ]);
    expect(sync.polls).toHaveLength(0);
  });

  it('ends the job FAILED and resumes when the poll is rejected', async () => {
    // Prepare
    const { ports, async } = await pendingPoll();
    async.pollAnswer = async () => {
      throw new ProcessorRejectedError('Request sr-1 was cancelled');
    };

    // Act
    const out = await wait(ports, 'acme-async', 'tok-1');

    // Assess
    expect(out).toEqual({ state: 'FAILED' });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'FAILED',
      error: 'Request sr-1 was cancelled',
    });
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-1',
        output: expect.objectContaining({
          outcome: 'FAILED',
          error: 'Request sr-1 was cancelled',
        }),
      },
    ]);
  });

  it('polls a callback job only from the second check on', async () => {
    // Prepare
    const { ports, async } = await setup();
    async.answer = async () => pending('callback', 'sr-2', 3600);
    await runProcessorJob({ requestId: ID, processorId: 'acme-async' }, ports);

    // Act
    await wait(ports, 'acme-async', 'tok-1', 1);
    const pollsAfterFirst = async.polls.length;
    await wait(ports, 'acme-async', 'tok-2', 2);

    // Assess
    expect(pollsAfterFirst).toBe(0);
    expect(async.polls.map((p) => p.ref)).toEqual(['sr-2']);
    expect((await job(ports, 'acme-async'))?.taskToken).toBe('tok-2');
  });

  describe('a job confirmed by a person', () => {
    async function pendingConfirmation() {
      const setupResult = await setup();
      await runProcessorJob(
        { requestId: ID, processorId: 'manual' },
        setupResult.ports,
      );
      const stored = await job(setupResult.ports, 'manual');
      return { ...setupResult, due: Date.parse(stored?.dueAt ?? '') };
    }
    const sentSince = (ports: Ports, sent: number) =>
      ports.mailer.sent.slice(sent);

    it('sends nothing until three days before the job is due', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;
      ports.clock.set(new Date(due - 3 * DAY - 1));

      // Act
      const out = await wait(ports, 'manual', 'tok-1');

      // Assess
      expect(out).toEqual({ state: 'PENDING' });
      expect(sentSince(ports, sent)).toHaveLength(0);
      expect((await job(ports, 'manual'))?.taskToken).toBe('tok-1');
    });

    it('reminds the processor once within three days of the due date', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;
      ports.clock.set(new Date(due - 3 * DAY));

      // Act
      await wait(ports, 'manual', 'tok-1');
      ports.clock.advance(DAY);
      await wait(ports, 'manual', 'tok-2', 2);

      // Assess
      const mails = sentSince(ports, sent);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.to).toEqual(['privacy@manual.example']);
      expect(mails[0]?.subject).toMatch(/^Reminder: /);
      expect(mails[0]?.text).toContain('/processor/');
      expect((await job(ports, 'manual'))?.chased).toEqual(['reminder']);
      expect(
        ports.audit.events.filter((e) => e.type === 'ProcessorReminderSent'),
      ).toHaveLength(1);
    });

    it('escalates once to the merchant’s approvers after the due date', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;
      ports.clock.set(new Date(due + 1));

      // Act
      await wait(ports, 'manual', 'tok-1');
      ports.clock.advance(DAY);
      await wait(ports, 'manual', 'tok-2', 2);

      // Assess
      const mails = sentSince(ports, sent);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.to).toEqual([APPROVER]);
      expect(mails[0]?.subject).toContain('Manual Ltd has not confirmed');
      expect(mails[0]?.subject).not.toMatch(/^Reminder: /);
      expect(
        ports.links.records.get(
          hashLinkSecret(linkFrom(mails[0]?.text ?? '', 'processor')),
        )?.confirmBy,
      ).toBe('merchant');
      expect(
        ports.audit.events.filter((e) => e.type === 'ProcessorEscalated'),
      ).toHaveLength(1);
    });

    it('escalates after a reminder, and sends nothing more after both', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;

      // Act
      ports.clock.set(new Date(due - DAY));
      await wait(ports, 'manual', 'tok-1');
      ports.clock.set(new Date(due + DAY));
      await wait(ports, 'manual', 'tok-2', 2);
      ports.clock.set(new Date(due + 2 * DAY));
      await wait(ports, 'manual', 'tok-3', 3);

      // Assess
      expect(sentSince(ports, sent).map((m) => m.to)).toEqual([
        ['privacy@manual.example'],
        [APPROVER],
      ]);
      expect((await job(ports, 'manual'))?.chased).toEqual([
        'reminder',
        'escalation',
      ]);
    });

    it('still escalates when the escalation email failed and the check is retried', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;
      ports.clock.set(new Date(due + 1));
      const send = ports.mailer.send.bind(ports.mailer);
      ports.mailer.send = async () => {
        throw Object.assign(new Error('throttled'), { name: 'Throttling' });
      };
      await expect(wait(ports, 'manual', 'tok-1')).rejects.toThrow('throttled');
      ports.mailer.send = send;

      // Act: Step Functions retries the task.
      await wait(ports, 'manual', 'tok-2');

      // Assess
      expect(sentSince(ports, sent).map((m) => m.to)).toEqual([[APPROVER]]);
    });
  });
});

describe('confirmProcessorJob', () => {
  /** A manual job waiting on `tok-c`, and the secret of the link emailed for it. */
  async function awaitingConfirmation() {
    const setupResult = await setup();
    const { ports } = setupResult;
    await runProcessorJob({ requestId: ID, processorId: 'manual' }, ports);
    const secret = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'processor');
    await wait(ports, 'manual', 'tok-c');
    return { ...setupResult, secret };
  }

  it('refuses “could not” without a note and changes nothing, so the link still works', async () => {
    // Prepare
    const { ports, secret } = await awaitingConfirmation();

    // Act
    const attempt = confirmProcessorJob(
      secret,
      { outcome: 'could-not', note: '   ' },
      ports,
    );

    // Assess
    await expect(attempt).rejects.toMatchObject({
      name: 'ValidationError',
      fields: { note: expect.any(String) },
    });
    expect((await job(ports, 'manual'))?.state).toBe('PENDING');
    expect(
      ports.links.records.get(hashLinkSecret(secret))?.usedAt,
    ).toBeUndefined();
    expect(ports.workflow.resumed).toHaveLength(0);
    await expect(previewProcessorJob(secret, ports)).resolves.toMatchObject({
      confirmBy: 'processor',
      processor: { processorId: 'manual' },
    });
  });

  it('records “done” once, uses up the link and resumes the waiting workflow', async () => {
    // Prepare
    const { ports, secret } = await awaitingConfirmation();
    ports.clock.advance(3_600_000);
    const at = ports.clock.now().toISOString();

    // Act
    const answer = await confirmProcessorJob(
      secret,
      { outcome: 'done', note: ' all gone ' },
      ports,
    );

    // Assess
    expect(answer).toEqual({ outcome: 'done' });
    expect(await job(ports, 'manual')).toMatchObject({
      state: 'COMPLETED',
      confirmation: { by: 'processor', at, note: 'all gone' },
    });
    expect(ports.links.records.get(hashLinkSecret(secret))?.usedAt).toBe(at);
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-c',
        // `byEmail`: the shopper's answer says the processor was asked by email.
        output: {
          processorId: 'manual',
          outcome: 'COMPLETED',
          records: 0,
          byEmail: true,
        },
      },
    ]);
    await expect(
      confirmProcessorJob(secret, { outcome: 'not-found' }, ports),
    ).rejects.toBeInstanceOf(LinkGoneError);
    expect(ports.workflow.resumed).toHaveLength(1);
    expect((await job(ports, 'manual'))?.state).toBe('COMPLETED');
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorConfirmed'),
    ).toHaveLength(1);
  });

  it('treats a link whose job is no longer pending as gone', async () => {
    // Prepare: a reminder carries a second link; the first one answers.
    const { ports, secret } = await awaitingConfirmation();
    const due = Date.parse((await job(ports, 'manual'))?.dueAt ?? '');
    ports.clock.set(new Date(due - DAY));
    await wait(ports, 'manual', 'tok-r', 2);
    const reminder = linkFrom(
      ports.mailer.sent.at(-1)?.text ?? '',
      'processor',
    );
    expect(reminder).not.toBe(secret);
    await confirmProcessorJob(secret, { outcome: 'not-found' }, ports);

    // Act
    const preview = previewProcessorJob(reminder, ports);

    // Assess
    await expect(preview).rejects.toMatchObject({
      name: 'LinkGoneError',
      statusCode: 410,
    });
    expect((await job(ports, 'manual'))?.state).toBe('NOT_FOUND');
  });

  it('refuses a link of another purpose and a tampered link as invalid', async () => {
    // Prepare
    const { ports, secret } = await awaitingConfirmation();
    const { url } = await issueLink('decide', ID, ports);
    const decide = linkFrom(url, 'decide');
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;

    // Act
    const attempts = [
      previewProcessorJob(decide, ports),
      confirmProcessorJob(decide, { outcome: 'done' }, ports),
      previewProcessorJob(tampered, ports),
      confirmProcessorJob(tampered, { outcome: 'done' }, ports),
    ];

    // Assess
    for (const attempt of attempts)
      await expect(attempt).rejects.toMatchObject({
        name: 'LinkInvalidError',
        statusCode: 403,
      });
    expect((await job(ports, 'manual'))?.state).toBe('PENDING');
    expect(ports.workflow.resumed).toHaveLength(0);
  });

  it('keeps the link usable when recording the answer fails, so the person can confirm again', async () => {
    // Prepare
    const { ports, secret } = await awaitingConfirmation();
    const saveJob = ports.requests.saveJob.bind(ports.requests);
    ports.requests.saveJob = async () => {
      throw Object.assign(new Error('throttled'), {
        name: 'ProvisionedThroughputExceededException',
      });
    };
    await expect(
      confirmProcessorJob(secret, { outcome: 'done' }, ports),
    ).rejects.toThrow('throttled');
    ports.requests.saveJob = saveJob;

    // Act
    const answer = await confirmProcessorJob(
      secret,
      { outcome: 'done' },
      ports,
    );

    // Assess
    expect(answer).toEqual({ outcome: 'done' });
    expect((await job(ports, 'manual'))?.state).toBe('COMPLETED');
    expect(ports.workflow.resumed).toHaveLength(1);
  });

  it('treats the link of a request cancelled meanwhile as gone and writes nothing onto it', async () => {
    // Prepare
    const { ports, secret } = await awaitingConfirmation();
    await ports.requests.transition(ID, ['IN_PROGRESS'], 'CANCELLED', {
      completedAt: '2026-03-20T00:00:00.000Z',
      retainUntil: '2029-03-20T00:00:00.000Z',
    });

    // Act
    const attempt = confirmProcessorJob(
      secret,
      { outcome: 'could-not', note: 'we keep it' },
      ports,
    );

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(LinkGoneError);
    expect(await job(ports, 'manual')).toMatchObject({ state: 'PENDING' });
    expect((await job(ports, 'manual'))?.confirmation).toBeUndefined();
  });

  it('resumes the wait that is current when a new check stored its token while the click was being recorded', async () => {
    // Prepare: the click has read the job (token tok-c) when tok-c's wait ends and the next
    // check stores tok-d, just before the click writes its answer.
    const { ports, secret } = await awaitingConfirmation();
    const saveJob = ports.requests.saveJob.bind(ports.requests);
    let raced = false;
    ports.requests.saveJob = async (job, ifState, ifTaskToken) => {
      if (!raced && job.state === 'COMPLETED') {
        raced = true;
        ports.workflow.waiting.delete('tok-c');
        await wait(ports, 'manual', 'tok-d', 2);
      }
      return saveJob(job, ifState, ifTaskToken);
    };

    // Act
    const answer = await confirmProcessorJob(
      secret,
      { outcome: 'done' },
      ports,
    );

    // Assess: the answer is recorded once and the current wait, tok-d, is resumed with it.
    expect(raced).toBe(true);
    expect(answer).toEqual({ outcome: 'done' });
    expect(await job(ports, 'manual')).toMatchObject({ state: 'COMPLETED' });
    expect((await job(ports, 'manual'))?.taskToken).toBeUndefined();
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-d',
        output: expect.objectContaining({ outcome: 'COMPLETED' }),
      },
    ]);
  });

  it('keeps an answer whose function stopped right after recording it: the next check audits and resumes', async () => {
    // Prepare: the click records the answer, then its function dies (the audit write fails).
    const { ports, secret } = await awaitingConfirmation();
    const append = ports.audit.append.bind(ports.audit);
    ports.audit.append = async () => {
      throw new Error('function stopped');
    };
    await expect(
      confirmProcessorJob(secret, { outcome: 'not-found' }, ports),
    ).rejects.toThrow('function stopped');
    ports.audit.append = append;
    expect(ports.workflow.resumed).toHaveLength(0);

    // Act: the person clicks again; the workflow's next check runs.
    const again = confirmProcessorJob(secret, { outcome: 'done' }, ports);
    await wait(ports, 'manual', 'tok-next', 2);

    // Assess: the first answer stands, is audited once and resumes the workflow.
    await expect(again).rejects.toBeInstanceOf(LinkGoneError);
    expect((await job(ports, 'manual'))?.state).toBe('NOT_FOUND');
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorConfirmed'),
    ).toEqual([
      expect.objectContaining({
        actor: 'processor:manual',
        details: { processorId: 'manual', outcome: 'not-found' },
      }),
    ]);
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-next',
        output: expect.objectContaining({ outcome: 'NOT_FOUND' }),
      },
    ]);
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobCompleted'),
    ).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ outcome: 'NOT_FOUND', round: 1 }),
      }),
    ]);
    await wait(ports, 'manual', 'tok-later', 3);
    expect(
      ports.audit.events.filter(
        (e) =>
          e.type === 'ProcessorConfirmed' || e.type === 'ProcessorJobCompleted',
      ),
    ).toHaveLength(2);
  });
});

describe('parseConfirmation', () => {
  const erasure = {
    type: 'erasure' as const,
    confirmBy: 'processor' as const,
    today: '2026-03-20',
  };

  it('accepts each outcome offered and trims the note', () => {
    // Act / Assess
    expect(parseConfirmation({ outcome: 'done' }, erasure)).toEqual({
      outcome: 'done',
    });
    expect(
      parseConfirmation(
        { outcome: 'could-not', note: '  no such API  ' },
        erasure,
      ),
    ).toEqual({ outcome: 'could-not', note: 'no such API' });
    expect(
      parseConfirmation({ outcome: 'not-found', note: 1 }, erasure),
    ).toEqual({ outcome: 'not-found' });
  });

  it('turns “erased in part” into a hold the shopper is told of', () => {
    // Act
    const answer = parseConfirmation(
      {
        outcome: 'kept',
        keptWhat: ' shipment records ',
        keptReason: 'legal-obligation',
        keptUntil: '2028-03-20',
      },
      erasure,
    );
    // Assess
    expect(answer.hold).toEqual({
      what: 'shipment records',
      reason: 'legal-obligation',
      basis: 'Art. 17(3)(b)',
      until: '2028-03-20',
      records: 0,
      deferrable: false,
      statedBy: 'processor',
    });
  });

  it('refuses, field by field, what is missing or wrong, and never picks an outcome', () => {
    // Act / Assess
    expect(() => parseConfirmation({}, erasure)).toThrow(
      expect.objectContaining({ fields: { outcome: expect.any(String) } }),
    );
    expect(() => parseConfirmation({ outcome: 'maybe' }, erasure)).toThrow(
      expect.objectContaining({ fields: { outcome: expect.any(String) } }),
    );
    expect(() =>
      parseConfirmation({ outcome: 'done', note: 'x'.repeat(1001) }, erasure),
    ).toThrow(
      expect.objectContaining({ fields: { note: expect.any(String) } }),
    );
    expect(() => parseConfirmation({ outcome: 'could-not' }, erasure)).toThrow(
      expect.objectContaining({ fields: { note: expect.any(String) } }),
    );
    expect(() =>
      parseConfirmation(
        { outcome: 'kept', keptReason: 'whim', keptUntil: '2026-03-19' },
        erasure,
      ),
    ).toThrow(
      expect.objectContaining({
        fields: {
          keptWhat: expect.any(String),
          keptReason: expect.any(String),
          keptUntil: expect.any(String),
        },
      }),
    );
  });

  it('offers “erased in part” only for erasure, and “no answer” only to the merchant', () => {
    // Act / Assess
    expect(confirmationChoices('access', 'processor')).toEqual([
      'done',
      'not-found',
      'could-not',
    ]);
    expect(confirmationChoices('erasure', 'merchant')).toEqual([
      'done',
      'kept',
      'not-found',
      'could-not',
      'unanswered',
    ]);
    expect(() =>
      parseConfirmation(
        { outcome: 'kept', keptWhat: 'x', keptReason: 'legal-claim' },
        { ...erasure, type: 'access' },
      ),
    ).toThrow(
      expect.objectContaining({ fields: { outcome: expect.any(String) } }),
    );
    expect(() =>
      parseConfirmation(
        { outcome: 'unanswered', note: 'called twice' },
        erasure,
      ),
    ).toThrow(
      expect.objectContaining({ fields: { outcome: expect.any(String) } }),
    );
    expect(
      parseConfirmation(
        { outcome: 'unanswered', note: 'called twice' },
        { ...erasure, confirmBy: 'merchant' },
      ),
    ).toEqual({ outcome: 'unanswered', note: 'called twice' });
  });
});

describe('receiveProcessorCallback', () => {
  /** A verifier whose verdict the test sets; it records what it was asked. */
  function fakeVerifier(verdict: CallbackVerdict) {
    const calls: Parameters<CallbackVerifier['verify']>[0][] = [];
    const callbacks = {
      verdict,
      calls,
      async verify(input: Parameters<CallbackVerifier['verify']>[0]) {
        calls.push(input);
        return callbacks.verdict;
      },
    };
    return callbacks;
  }

  /** An async job at `acme-async` waiting for a callback on `tok-cb`. */
  async function awaitingCallback(verdict: CallbackVerdict) {
    const setupResult = await setup();
    const { ports, async } = setupResult;
    async.answer = async () => pending('callback', 'sr-9', 3600);
    await runProcessorJob({ requestId: ID, processorId: 'acme-async' }, ports);
    await wait(ports, 'acme-async', 'tok-cb');
    const callbacks = fakeVerifier(verdict);
    return { ...setupResult, callbacks, ports: { ...ports, callbacks } };
  }

  const callback = (
    ports: Parameters<typeof receiveProcessorCallback>[1],
    requestId = ID,
    processorId = 'acme-async',
  ) =>
    receiveProcessorCallback(
      {
        requestId,
        processorId,
        rawBody: Buffer.from('{"status":"completed"}'),
        headers: { 'x-opendsr-signature': 'sig' },
      },
      ports,
    );

  it('answers 404 for an unknown request, processor or job without verifying anything', async () => {
    // Prepare
    const { ports, callbacks } = await awaitingCallback({ status: 202 });

    // Act
    const statuses = [
      await callback(ports, '00000000-0000-4000-8000-000000000099'),
      await callback(ports, 'not-a-uuid'),
      await callback(ports, ID, 'nobody'),
      // Registered, but with no job waiting for a processor-side reference.
      await callback(ports, ID, 'acme-sync'),
      await callback(ports, ID, 'manual'),
    ];

    // Assess
    expect(statuses.map((s) => s.status)).toEqual([404, 404, 404, 404, 404]);
    expect(callbacks.calls).toHaveLength(0);
  });

  it('answers 404 for an OpenDSR processor that has no job yet', async () => {
    // Prepare
    const { ports: base } = await setup();
    const callbacks = fakeVerifier({ status: 202 });

    // Act
    const answer = await callback({ ...base, callbacks });

    // Assess
    expect(answer).toEqual({ status: 404 });
    expect(callbacks.calls).toHaveLength(0);
  });

  it('passes the verifier what the job expects, and answers its 401 leaving the job unchanged', async () => {
    // Prepare
    const { ports, callbacks } = await awaitingCallback({
      status: 401,
      reason: 'bad signature',
    });
    const before = await job(ports, 'acme-async');

    // Act
    const answer = await callback(ports);

    // Assess
    expect(answer).toEqual({ status: 401 });
    expect(await job(ports, 'acme-async')).toEqual(before);
    expect(callbacks.calls).toEqual([
      expect.objectContaining({
        expectedRef: 'sr-9',
        expectedCallbackUrl: `https://dsr.test/callbacks/opendsr/${ID}/acme-async`,
        credentials: { apiKey: 'k-async' },
        processor: expect.objectContaining({ processorId: 'acme-async' }),
      }),
    ]);
    expect(ports.workflow.resumed).toHaveLength(0);
    expect(ports.audit.events.map((e) => e.type)).not.toContain(
      'ProcessorCallbackReceived',
    );
  });

  it('keeps the job pending when the callback says it is still in progress', async () => {
    // Prepare
    const { ports } = await awaitingCallback({
      status: 202,
      result: pending('callback', 'sr-9'),
    });

    // Act
    const answer = await callback(ports);

    // Assess
    expect(answer).toEqual({ status: 202 });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'PENDING',
      taskToken: 'tok-cb',
    });
    expect(ports.workflow.resumed).toHaveLength(0);
  });

  it('finishes the job and resumes the workflow on a completed callback, once', async () => {
    // Prepare
    const { ports } = await awaitingCallback({
      status: 202,
      result: completed(5, { evidence: { subjectRequestId: 'sr-9' } }),
    });

    // Act
    const answer = await callback(ports);
    const repeat = await callback(ports);

    // Assess
    expect(answer).toEqual({ status: 202 });
    expect(repeat).toEqual({ status: 202 });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'COMPLETED',
      records: 5,
      evidence: { subjectRequestId: 'sr-9' },
    });
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-cb',
        output: { processorId: 'acme-async', outcome: 'COMPLETED', records: 5 },
      },
    ]);
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobCompleted'),
    ).toHaveLength(1);
  });

  it('ends the job FAILED with the processor’s reason when it gave up', async () => {
    // Prepare
    const { ports } = await awaitingCallback({
      status: 202,
      rejected: 'The processor cancelled request sr-9',
    });

    // Act
    const answer = await callback(ports);

    // Assess
    expect(answer).toEqual({ status: 202 });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'FAILED',
      error: 'The processor cancelled request sr-9',
    });
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: 'tok-cb',
        output: expect.objectContaining({
          outcome: 'FAILED',
          error: 'The processor cancelled request sr-9',
        }),
      },
    ]);
  });
});

describe('planDeferredJobs', () => {
  const UNTIL = '2026-09-01';
  const deferred = (deferral: Partial<NonNullable<DsrRequest['deferral']>>) =>
    setup({
      status: 'DEFERRED',
      deferral: { until: UNTIL, processorIds: ['acme-sync'], ...deferral },
    });

  it('is done when the request is no longer deferred or its deferral was cancelled', async () => {
    // Prepare
    const { ports: moved } = await setup({
      status: 'COMPLETED',
      deferral: { until: UNTIL, processorIds: ['acme-sync'] },
    });
    const { ports: cancelled } = await deferred({ cancelledAt: NOW });
    const late = {
      requestId: ID,
      wakeAt: '2026-09-02T00:00:00.000Z',
      round: 1,
    };

    // Act
    const plans = [
      await planDeferredJobs(late, moved),
      await planDeferredJobs(late, cancelled),
    ];

    // Assess
    expect(plans).toEqual([{ next: 'done' }, { next: 'done' }]);
    expect((await cancelled.requests.get(ID))?.status).toBe('DEFERRED');
    expect(cancelled.audit.events).toHaveLength(0);
  });

  it('waits another step of at most 24 days while the holds still run', async () => {
    // Prepare
    const { ports } = await deferred({});

    // Act
    const plan = await planDeferredJobs(
      { requestId: ID, wakeAt: NOW, round: 1 },
      ports,
    );

    // Assess
    expect(plan).toEqual({
      next: 'wait',
      wakeAt: new Date(Date.parse(NOW) + 24 * DAY).toISOString(),
      round: 1,
    });
    expect((await ports.requests.get(ID))?.status).toBe('DEFERRED');
  });

  it('reaches the end of the hold step by step, waking on the day it ends', async () => {
    // Prepare
    const { ports } = await deferred({});
    let wakeAt = NOW;
    const wakes: string[] = [];

    // Act
    let plan = await planDeferredJobs(
      { requestId: ID, wakeAt, round: 1 },
      ports,
    );
    while (plan.next === 'wait' && wakes.length < 20) {
      expect(Date.parse(plan.wakeAt) - Date.parse(wakeAt)).toBeLessThanOrEqual(
        MAX_WAIT_STEP_MS,
      );
      wakeAt = plan.wakeAt;
      wakes.push(wakeAt);
      ports.clock.set(new Date(wakeAt));
      plan = await planDeferredJobs({ requestId: ID, wakeAt, round: 1 }, ports);
    }

    // Assess: 20 March 10:00 to 1 September 00:00 is 164.6 days: 7 steps, the last on the day.
    expect(wakes).toHaveLength(7);
    expect(wakes.at(-1)).toBe(`${UNTIL}T00:00:00.000Z`);
    expect(plan).toEqual({
      next: 'run',
      jobs: [{ processorId: 'acme-sync' }],
      round: 2,
      notBefore: `${UNTIL}T00:00:00.000Z`,
    });
  });

  it('moves the request back to IN_PROGRESS for the next round, acting as of the Wait’s end; a retry gets the same plan and audits nothing more', async () => {
    // Prepare: the engine woke before the clock caught up.
    const { ports } = await deferred({ processorIds: ['acme-sync', 'manual'] });
    ports.clock.set(new Date('2026-08-31T23:59:00.000Z'));
    const wakeAt = '2026-09-01T00:00:00.000Z';

    // Act
    const plan = await planDeferredJobs(
      { requestId: ID, wakeAt, round: 2 },
      ports,
    );
    const again = await planDeferredJobs(
      { requestId: ID, wakeAt, round: 2 },
      ports,
    );

    // Assess
    expect(plan).toEqual({
      next: 'run',
      jobs: [{ processorId: 'acme-sync' }, { processorId: 'manual' }],
      round: 3,
      notBefore: wakeAt,
    });
    expect(again).toEqual(plan);
    expect((await ports.requests.get(ID))?.status).toBe('IN_PROGRESS');
    expect(
      ports.audit.events.filter((e) => e.type === 'DeferredJobsResumed'),
    ).toEqual([
      expect.objectContaining({
        fromStatus: 'DEFERRED',
        toStatus: 'IN_PROGRESS',
        details: { round: 3, jobs: 2 },
      }),
    ]);
  });

  it('acts as of the clock when it is later than the Wait’s end', async () => {
    // Prepare
    const { ports } = await deferred({});
    ports.clock.set(new Date('2026-09-03T08:00:00.000Z'));

    // Act
    const plan = await planDeferredJobs(
      { requestId: ID, wakeAt: '2026-09-01T00:00:00.000Z', round: 1 },
      ports,
    );

    // Assess
    expect(plan).toMatchObject({
      next: 'run',
      round: 2,
      notBefore: '2026-09-03T08:00:00.000Z',
    });
  });

  it('still re-runs the held jobs when the step is retried after a failed audit write', async () => {
    // Prepare
    const { ports } = await deferred({});
    const wakeAt = `${UNTIL}T00:00:00.000Z`;
    ports.clock.set(new Date(wakeAt));
    const append = ports.audit.append.bind(ports.audit);
    ports.audit.append = async () => {
      throw Object.assign(new Error('throttled'), {
        name: 'ProvisionedThroughputExceededException',
      });
    };
    await expect(
      planDeferredJobs({ requestId: ID, wakeAt, round: 1 }, ports),
    ).rejects.toThrow('throttled');
    ports.audit.append = append;

    // Act: Step Functions retries the task.
    const plan = await planDeferredJobs(
      { requestId: ID, wakeAt, round: 1 },
      ports,
    );

    // Assess
    expect(plan).toEqual({
      next: 'run',
      jobs: [{ processorId: 'acme-sync' }],
      round: 2,
      notBefore: wakeAt,
    });
    expect(
      ports.audit.events.filter((e) => e.type === 'DeferredJobsResumed'),
    ).toHaveLength(1);
  });
});

describe('nextWake', () => {
  it('reaches any end date in ceil(days / 24) steps of at most 24 days, never overshooting', () => {
    // Prepare
    const from = new Date('2026-03-20T00:00:00.000Z');
    for (const days of [1, 23, 24, 25, 47, 48, 49, 100, 240, 329]) {
      const end = new Date(from.getTime() + days * DAY);
      const until = end.toISOString().slice(0, 10);

      // Act
      let at = from;
      let steps = 0;
      while (at.getTime() < end.getTime() && steps < 100) {
        const wake = new Date(nextWake(until, at));
        // Assess
        expect(wake.getTime()).toBeGreaterThan(at.getTime());
        expect(wake.getTime() - at.getTime()).toBeLessThanOrEqual(
          MAX_WAIT_STEP_MS,
        );
        expect(wake.getTime()).toBeLessThanOrEqual(end.getTime());
        at = wake;
        steps++;
      }

      // Assess
      expect({ days, steps, at: at.toISOString() }).toEqual({
        days,
        steps: Math.ceil(days / 24),
        at: end.toISOString(),
      });
    }
  });

  it('wakes on the end date itself when it has already come', () => {
    // Act / Assess
    expect(nextWake('2026-03-01', new Date(NOW))).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

describe('deferUntil', () => {
  const hold = (over: Partial<Hold>): Hold => ({
    what: 'orders',
    reason: 'chargeback-window',
    basis: 'Art. 17(3)(e)',
    records: 1,
    deferrable: true,
    ...over,
  });

  it('ignores holds that cannot be deferred', () => {
    // Act / Assess
    expect(
      deferUntil(
        [
          hold({
            deferrable: false,
            reason: 'accounting',
            until: '2032-12-31',
          }),
        ],
        NOW,
      ),
    ).toBeUndefined();
    expect(
      deferUntil(
        [
          hold({ until: '2026-06-01' }),
          hold({ deferrable: false, until: '2026-12-31' }),
        ],
        NOW,
      ),
    ).toBe('2026-06-01');
  });

  it('looks again a fortnight on for a deferrable hold without an end date', () => {
    // Act / Assess
    expect(deferUntil([hold({ reason: 'open-order' })], NOW)).toBe(
      '2026-04-03',
    );
    expect(
      deferUntil(
        [hold({ until: '2026-03-25' }), hold({ reason: 'open-order' })],
        NOW,
      ),
    ).toBe('2026-04-03');
  });

  it('defers to the last of several deferrable holds', () => {
    // Act / Assess
    expect(
      deferUntil(
        [hold({ until: '2026-07-01' }), hold({ until: '2026-05-01' })],
        NOW,
      ),
    ).toBe('2026-07-01');
  });

  it('does not defer beyond 330 days', () => {
    // Prepare
    const limit = new Date(Date.parse(NOW) + 330 * DAY)
      .toISOString()
      .slice(0, 10);
    const beyond = new Date(Date.parse(NOW) + 331 * DAY)
      .toISOString()
      .slice(0, 10);

    // Act / Assess
    expect(deferUntil([hold({ until: limit })], NOW)).toBe(limit);
    expect(deferUntil([hold({ until: beyond })], NOW)).toBeUndefined();
  });
});
