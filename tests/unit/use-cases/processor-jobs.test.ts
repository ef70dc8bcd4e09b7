import { describe, expect, it } from 'vitest';
import {
  confirmationChoices,
  parseConfirmation,
} from '#domain/confirmation.ts';
import { LinkGoneError, TransientError } from '#domain/errors.ts';
import { hashLinkSecret } from '#domain/links.ts';
import { partKey } from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  MerchantConfig,
  type ProcessorConfig,
  type ProcessorJobResult,
} from '#domain/schemas.ts';
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
import type { JobRecord } from '#ports/request-store.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import {
  awaitProcessorJobs,
  wakeRound,
} from '#use-cases/await-processor-jobs.ts';
import {
  CHECKS_END_WITHIN_DAYS,
  checkProcessorJobs,
  nextCheckAt,
  nextPoll,
} from '#use-cases/check-processor-jobs.ts';
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

/** The round's wait as the workflow starts it: a fresh token the workflow waits on. */
async function wait(ports: Ports, taskToken: string, round = 1) {
  ports.workflow.waiting.add(taskToken);
  return awaitProcessorJobs({ requestId: ID, round, taskToken }, ports);
}

/** One check of the round, as the workflow makes it (in an execution started at NOW). */
function check(
  ports: Ports,
  attempt = 1,
  round = 1,
  jobs: ProcessorJobResult[] = [],
) {
  return checkProcessorJobs(
    { requestId: ID, round, attempt, jobs, executionStartedAt: NOW },
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
    expect(result).toEqual({
      processorId: 'posti',
      outcome: 'PENDING',
      records: 0,
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

  it('answers PENDING when the processor is to be polled, and leaves the waiting to the round’s checks', async () => {
    // Prepare
    const { ports, async } = await setup();
    async.answer = async () => pending('poll', 'sr-1', 86_400);

    // Act
    const result = await runProcessorJob(
      { requestId: ID, processorId: 'acme-async' },
      ports,
    );

    // Assess
    expect(result).toEqual({
      processorId: 'acme-async',
      outcome: 'PENDING',
      records: 0,
    });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'PENDING',
      pending: { ref: 'sr-1', via: 'poll', checkAfterSeconds: 86_400 },
    });
    expect(async.polls).toHaveLength(0);
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

  it('answers a re-run of a pending job PENDING again, without calling the processor again', async () => {
    // Prepare
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

describe('checkProcessorJobs', () => {
  async function pendingPoll(checkAfterSeconds?: number) {
    const setupResult = await setup();
    setupResult.async.answer = async () =>
      pending('poll', 'sr-1', checkAfterSeconds);
    await runProcessorJob(
      { requestId: ID, processorId: 'acme-async' },
      setupResult.ports,
    );
    return setupResult;
  }

  it('polls an asynchronous job at once and says when the next check is due while it works', async () => {
    // Prepare
    const { ports, async } = await pendingPoll();

    // Act
    const out = await check(ports);

    // Assess: the first poll interval (15 min) from the round's start.
    expect(out).toEqual({ next: 'wait', seconds: 900, attempt: 1 });
    expect(async.polls.map((p) => p.ref)).toEqual(['sr-1']);
    expect((await job(ports, 'acme-async'))?.state).toBe('PENDING');
    expect(ports.workflow.resumed).toHaveLength(0);
  });

  it('finishes the job when a poll answers, and is done once no job of the round is left', async () => {
    // Prepare
    const { ports, async } = await pendingPoll();
    async.pollAnswer = async () => completed(4, { evidence: { done: 'yes' } });

    // Act
    const out = await check(ports);

    // Assess
    expect(out).toEqual({ next: 'done', attempt: 1 });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'COMPLETED',
      records: 4,
      evidence: { done: 'yes' },
    });
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobCompleted'),
    ).toHaveLength(1);
  });

  it('is done at once when every job answered at dispatch, polling nothing', async () => {
    // Prepare
    const { ports, sync } = await setup();
    sync.answer = async () => completed(2);
    await runProcessorJob({ requestId: ID, processorId: 'acme-sync' }, ports);

    // Act
    const out = await check(ports);

    // Assess
    expect(out).toEqual({ next: 'done', attempt: 1 });
    expect(sync.polls).toHaveLength(0);
  });

  it('ends the job FAILED when the poll is rejected', async () => {
    // Prepare
    const { ports, async } = await pendingPoll();
    async.pollAnswer = async () => {
      throw new ProcessorRejectedError('Request sr-1 was cancelled');
    };

    // Act
    const out = await check(ports);

    // Assess
    expect(out.next).toBe('done');
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'FAILED',
      error: 'Request sr-1 was cancelled',
    });
  });

  it('polls a callback job only once its first interval has passed', async () => {
    // Prepare
    const { ports, async } = await setup();
    async.answer = async () => pending('callback', 'sr-2', 3600);
    await runProcessorJob({ requestId: ID, processorId: 'acme-async' }, ports);

    // Act
    const first = await check(ports);
    const pollsAfterFirst = async.polls.length;
    ports.clock.advance(3600 * 1000);
    await check(ports, 2);

    // Assess
    expect(first).toEqual({ next: 'wait', seconds: 3600, attempt: 1 });
    expect(pollsAfterFirst).toBe(0);
    expect(async.polls.map((p) => p.ref)).toEqual(['sr-2']);
  });

  it('backs polls off to one a day, and gives up a fortnight after the due instant', async () => {
    // Prepare: the processor asks to be polled every minute and never answers.
    const { ports, async } = await pendingPoll(60);
    const giveUp = Date.parse(DUE_AT) + 14 * DAY;

    // Act: every check as the workflow makes them, the clock moving to each.
    const waits: number[] = [];
    let out = await check(ports);
    while (out.next === 'wait') {
      waits.push(out.seconds);
      ports.clock.advance(out.seconds * 1000);
      out = await check(ports, out.attempt + 1);
    }

    // Assess: 60 s, 120 s, 240 s … then daily; the last check is the one at the end of the grace.
    expect(out.next).toBe('done');
    expect(waits.slice(0, 4)).toEqual([60, 120, 240, 480]);
    expect(Math.max(...waits)).toBe(86_400);
    // Waits are whole seconds, rounded up: the last check comes within a second after the end.
    expect(ports.clock.now().getTime() - giveUp).toBeGreaterThanOrEqual(0);
    expect(ports.clock.now().getTime() - giveUp).toBeLessThan(1000);
    const days = (giveUp - Date.parse(NOW)) / DAY;
    expect(waits.length).toBeLessThanOrEqual(12 + Math.ceil(days));
    expect(async.polls.length).toBe(waits.length);
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'FAILED',
      error: 'ProcessorGaveNoAnswer',
    });
  });

  it('gives a re-run round a fortnight from its own start when that comes after the due date', async () => {
    // Prepare: round 2 starts a month after the request's due instant.
    const { ports, async } = await setup();
    async.answer = async () => pending('poll', 'sr-3');
    const start = Date.parse(DUE_AT) + 30 * DAY;
    ports.clock.set(new Date(start));
    await runProcessorJob(
      { requestId: ID, processorId: 'acme-async', round: 2 },
      ports,
    );

    // Act
    ports.clock.set(new Date(start + 14 * DAY - 1));
    const before = await check(ports, 1, 2);
    ports.clock.set(new Date(start + 14 * DAY));
    const after = await check(ports, 2, 2);

    // Assess
    expect(before.next).toBe('wait');
    expect(after.next).toBe('done');
    expect((await job(ports, 'acme-async'))?.state).toBe('FAILED');
  });

  it('records a job whose dispatch failed as FAILED, and keeps waiting for one that was contacted', async () => {
    // Prepare: the manual job was emailed (PENDING) before its step failed; acme-sync never started.
    const { ports } = await setup();
    await runProcessorJob({ requestId: ID, processorId: 'manual' }, ports);
    const dispatched = [
      {
        processorId: 'acme-sync',
        outcome: 'FAILED' as const,
        records: 0,
        error: 'ValidationError',
      },
      {
        processorId: 'manual',
        outcome: 'FAILED' as const,
        records: 0,
        error: 'TransientError',
      },
    ];

    // Act
    const out = await check(ports, 1, 1, dispatched);
    await check(ports, 2, 1, dispatched);

    // Assess
    expect(out.next).toBe('wait');
    expect(await job(ports, 'acme-sync')).toMatchObject({
      state: 'FAILED',
      error: 'ValidationError',
      round: 1,
    });
    expect((await job(ports, 'manual'))?.state).toBe('PENDING');
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobFailed'),
    ).toHaveLength(1);
  });

  it('keeps one processor’s trouble to itself: a transient failure is tried again within the hour, another error fails only that job', async () => {
    // Prepare: a poll that fails with a bug, and a reminder whose email is throttled.
    const { ports, async } = await pendingPoll();
    await runProcessorJob({ requestId: ID, processorId: 'manual' }, ports);
    async.pollAnswer = async () => {
      throw new TypeError('cannot read ref');
    };
    const due = Date.parse((await job(ports, 'manual'))?.dueAt ?? '');
    ports.clock.set(new Date(due - DAY));
    const send = ports.mailer.send.bind(ports.mailer);
    ports.mailer.send = async () => {
      throw Object.assign(new Error('throttled'), { name: 'Throttling' });
    };

    // Act
    const out = await check(ports);
    ports.mailer.send = send;
    const sent = ports.mailer.sent.length;
    if (out.next === 'wait') ports.clock.advance(out.seconds * 1000);
    await check(ports, 2);

    // Assess
    expect(out).toEqual({ next: 'wait', seconds: 3600, attempt: 1 });
    expect(await job(ports, 'acme-async')).toMatchObject({
      state: 'FAILED',
      error: 'TypeError',
    });
    expect(ports.mailer.sent.slice(sent).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Reminder: /),
    ]);
  });

  it('goes on in a new execution when the next check would come past the execution’s age limit', async () => {
    // Prepare
    const { ports } = await pendingPoll(86_400);
    const started = new Date(
      Date.parse(NOW) - CHECKS_END_WITHIN_DAYS * DAY + 3600_000,
    ).toISOString();

    // Act
    const out = await checkProcessorJobs(
      {
        requestId: ID,
        round: 1,
        attempt: 1,
        jobs: [],
        executionStartedAt: started,
      },
      ports,
    );

    // Assess: the work of the check was done; only the wait moves to the next execution.
    expect(out).toEqual({ next: 'continue', attempt: 1 });
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

    it('sends nothing until three days before the job is due, and wakes then', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;

      // Act
      const out = await check(ports);

      // Assess
      expect(out).toEqual({
        next: 'wait',
        seconds: Math.ceil((due - 3 * DAY - Date.parse(NOW)) / 1000),
        attempt: 1,
      });
      expect(sentSince(ports, sent)).toHaveLength(0);
    });

    it('reminds the processor once within three days of the due date, then wakes at the due date', async () => {
      // Prepare
      const { ports, due } = await pendingConfirmation();
      const sent = ports.mailer.sent.length;
      ports.clock.set(new Date(due - 3 * DAY));

      // Act
      const out = await check(ports);
      ports.clock.advance(DAY);
      await check(ports, 2);

      // Assess
      expect(out).toEqual({
        next: 'wait',
        seconds: 3 * 86_400 + 1,
        attempt: 1,
      });
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
      await check(ports);
      ports.clock.advance(DAY);
      await check(ports, 2);

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
      await check(ports);
      ports.clock.set(new Date(due + DAY));
      await check(ports, 2);
      ports.clock.set(new Date(due + 2 * DAY));
      await check(ports, 3);

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

    it('still emails the request when the dispatch could not send it', async () => {
      // Prepare: the request email failed and the dispatch step gave up.
      const { ports } = await setup();
      const send = ports.mailer.send.bind(ports.mailer);
      ports.mailer.send = async () => {
        throw Object.assign(new Error('throttled'), { name: 'Throttling' });
      };
      await expect(
        runProcessorJob({ requestId: ID, processorId: 'manual' }, ports),
      ).rejects.toThrow('throttled');
      ports.mailer.send = send;

      // Act
      await check(ports);

      // Assess
      expect(ports.mailer.sent.map((m) => m.to)).toEqual([
        ['privacy@manual.example'],
      ]);
      expect((await job(ports, 'manual'))?.pending?.notified).toBe(true);
    });
  });
});

describe('nextCheckAt', () => {
  const START = Date.parse(NOW);
  const round = (jobs: JobRecord[], extra = {}) => ({
    roundStartedAt: START,
    giveUpAt: START + 40 * DAY,
    dueAt: START + 26 * DAY,
    jobs,
    retrySoon: false,
    ...extra,
  });
  const manual = (processorId: string, dueDay: number): JobRecord => ({
    requestId: ID,
    processorId,
    state: 'PENDING',
    startedAt: NOW,
    dueAt: new Date(START + dueDay * DAY).toISOString(),
    pending: { ref: processorId, via: 'confirmation', notified: true },
  });

  it('plans one check per distinct due date, however many processors share it', () => {
    // Prepare: 45 manual jobs over three due dates.
    const jobs = Array.from({ length: 45 }, (_, i) =>
      manual(`p${i}`, 20 + (i % 3)),
    );

    // Act: every check until the end of the grace period.
    const checks: number[] = [];
    for (let now = START; now < START + 40 * DAY; ) {
      now = nextCheckAt(now, round(jobs));
      checks.push(now);
    }

    // Assess: a reminder and an escalation instant per due date, and the end; nothing per job.
    expect(checks).toHaveLength(3 * 2 + 1);
    expect(checks.at(-1)).toBe(START + 40 * DAY);
  });

  it('keeps at least a minute between checks and at most 24 days', () => {
    const soon = nextCheckAt(START, round([], { giveUpAt: START + 1 }));
    const far = nextCheckAt(START, round([], { giveUpAt: START + 90 * DAY }));
    expect(soon).toBe(START + 60_000);
    expect(far).toBe(START + 24 * DAY);
  });

  it('follows one poll schedule for the round, from its shortest first interval', () => {
    expect(nextPoll(0, 900, 0)).toBe(900_000);
    expect(nextPoll(0, 900, 900_000)).toBe(2_700_000);
    // Doubling up to a day, then daily.
    let at = 0;
    const intervals: number[] = [];
    for (let i = 0; i < 12; i++) {
      const next = nextPoll(0, 900, at);
      intervals.push((next - at) / 1000);
      at = next;
    }
    expect(intervals).toEqual([
      900, 1800, 3600, 7200, 14_400, 28_800, 57_600, 86_400, 86_400, 86_400,
      86_400, 86_400,
    ]);
  });
});

describe('awaitProcessorJobs and wakeRound', () => {
  /** Two manual jobs of round 1, and the secrets of their links. */
  async function twoManual() {
    const setupResult = await setup();
    const { ports } = setupResult;
    await runProcessorJob({ requestId: ID, processorId: 'manual' }, ports);
    const manual = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'processor');
    await runProcessorJob({ requestId: ID, processorId: 'posti' }, ports);
    const posti = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'processor');
    return { ...setupResult, manual, posti };
  }

  it('stores the round’s one token on the request and waits while a job is unanswered', async () => {
    // Prepare
    const { ports } = await twoManual();

    // Act
    const out = await wait(ports, 'tok-1');

    // Assess
    expect(out).toEqual({ waiting: true });
    expect((await ports.requests.get(ID))?.jobsWait).toEqual({
      round: 1,
      taskToken: 'tok-1',
      since: NOW,
    });
    expect(ports.workflow.resumed).toHaveLength(0);
  });

  it('is resumed by the answer to the round’s last job, not by the ones before', async () => {
    // Prepare
    const { ports, manual, posti } = await twoManual();
    await wait(ports, 'tok-1');

    // Act
    await confirmProcessorJob(manual, { outcome: 'done' }, ports);
    const afterFirst = ports.workflow.resumed.length;
    await confirmProcessorJob(posti, { outcome: 'not-found' }, ports);

    // Assess
    expect(afterFirst).toBe(0);
    expect(ports.workflow.resumed).toEqual([
      { taskToken: 'tok-1', output: { round: 1 } },
    ]);
  });

  it('resumes itself when the last answer came before it stored its token', async () => {
    // Prepare: both answered while the previous wait (tok-0, timed out) was still stored.
    const { ports, manual, posti } = await twoManual();
    await ports.requests.update(ID, {
      jobsWait: { round: 1, taskToken: 'tok-0', since: NOW },
    });
    await confirmProcessorJob(manual, { outcome: 'done' }, ports);
    await confirmProcessorJob(posti, { outcome: 'done' }, ports);
    expect(ports.workflow.resumed).toHaveLength(0);

    // Act
    const out = await wait(ports, 'tok-1');

    // Assess
    expect(out).toEqual({ waiting: false });
    expect(ports.workflow.resumed).toEqual([
      { taskToken: 'tok-1', output: { round: 1 } },
    ]);
  });

  it('resumes the wait that stored its token while the last click was being recorded', async () => {
    // Prepare: the click has read the job when tok-0's wait ends and the next stores tok-1,
    // just before the click writes its answer.
    const { ports, manual, posti } = await twoManual();
    await confirmProcessorJob(manual, { outcome: 'done' }, ports);
    await wait(ports, 'tok-0');
    const saveJob = ports.requests.saveJob.bind(ports.requests);
    let raced = false;
    ports.requests.saveJob = async (job, ifState) => {
      if (!raced && job.state === 'COMPLETED') {
        raced = true;
        ports.workflow.waiting.delete('tok-0');
        await wait(ports, 'tok-1');
      }
      return saveJob(job, ifState);
    };

    // Act
    await confirmProcessorJob(posti, { outcome: 'done' }, ports);

    // Assess: the current wait is resumed once.
    expect(raced).toBe(true);
    expect(ports.workflow.resumed).toEqual([
      { taskToken: 'tok-1', output: { round: 1 } },
    ]);
  });

  it('ignores the wait of another round', async () => {
    // Prepare
    const { ports, manual, posti } = await twoManual();
    await ports.requests.update(ID, {
      jobsWait: { round: 2, taskToken: 'tok-2', since: NOW },
    });
    ports.workflow.waiting.add('tok-2');

    // Act
    await confirmProcessorJob(manual, { outcome: 'done' }, ports);
    await confirmProcessorJob(posti, { outcome: 'done' }, ports);
    await wakeRound(ID, 1, ports);

    // Assess
    expect(ports.workflow.resumed).toHaveLength(0);
  });
});

describe('confirmProcessorJob', () => {
  /** A manual job the round's wait (`tok-c`) waits for, and the secret of the link emailed for it. */
  async function awaitingConfirmation() {
    const setupResult = await setup();
    const { ports } = setupResult;
    await runProcessorJob({ requestId: ID, processorId: 'manual' }, ports);
    const secret = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'processor');
    await wait(ports, 'tok-c');
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

  it('records “done” once, uses up the link and resumes the round’s wait', async () => {
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
      { taskToken: 'tok-c', output: { round: 1 } },
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
    await check(ports, 2);
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

  it('answers a click that raced the check giving up as gone: the first outcome stands', async () => {
    // Prepare: the click read the job just before the check gave up on it.
    const { ports, secret } = await awaitingConfirmation();
    const saveJob = ports.requests.saveJob.bind(ports.requests);
    let raced = false;
    ports.requests.saveJob = async (job, ifState) => {
      if (!raced && job.state === 'COMPLETED') {
        raced = true;
        ports.clock.set(new Date(Date.parse(DUE_AT) + 14 * DAY));
        await check(ports, 2);
      }
      return saveJob(job, ifState);
    };

    // Act
    const attempt = confirmProcessorJob(secret, { outcome: 'done' }, ports);

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(LinkGoneError);
    expect(raced).toBe(true);
    expect(await job(ports, 'manual')).toMatchObject({
      state: 'FAILED',
      error: 'ProcessorGaveNoAnswer',
    });
  });

  it('keeps an answer whose function stopped right after recording it: the next check audits it and ends the round', async () => {
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
    const out = await check(ports, 2);

    // Assess: the first answer stands, is audited once, and the round is done.
    await expect(again).rejects.toBeInstanceOf(LinkGoneError);
    expect(out.next).toBe('done');
    expect((await job(ports, 'manual'))?.state).toBe('NOT_FOUND');
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorConfirmed'),
    ).toEqual([
      expect.objectContaining({
        actor: 'processor:manual',
        details: { processorId: 'manual', outcome: 'not-found' },
      }),
    ]);
    expect(
      ports.audit.events.filter((e) => e.type === 'ProcessorJobCompleted'),
    ).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ outcome: 'NOT_FOUND', round: 1 }),
      }),
    ]);
    await check(ports, 3);
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

  /** An async job at `acme-async` waiting for a callback; the round's wait is `tok-cb`. */
  async function awaitingCallback(verdict: CallbackVerdict) {
    const setupResult = await setup();
    const { ports, async } = setupResult;
    async.answer = async () => pending('callback', 'sr-9', 3600);
    await runProcessorJob({ requestId: ID, processorId: 'acme-async' }, ports);
    await wait(ports, 'tok-cb');
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
    expect(await job(ports, 'acme-async')).toMatchObject({ state: 'PENDING' });
    expect(ports.workflow.resumed).toHaveLength(0);
  });

  it('finishes the job and resumes the round’s wait on a completed callback, once', async () => {
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
      { taskToken: 'tok-cb', output: { round: 1 } },
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
      { taskToken: 'tok-cb', output: { round: 1 } },
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
