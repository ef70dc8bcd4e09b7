import { describe, expect, it } from 'vitest';
import { MemoryExecutions } from '#adapters/memory/memory-ops.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { stalledRequestEmail } from '#presentation/emails.ts';
import { CATALOGUES } from '#presentation/i18n/index.ts';
import {
  lastProgress,
  reconcileRequests,
} from '#use-cases/reconcile-requests.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const NOW = '2026-03-20T10:00:00.000Z';
const DAY = 86_400_000;
const daysBefore = (days: number) =>
  new Date(Date.parse(NOW) - days * DAY).toISOString();

async function setup(request: Partial<DsrRequest> = {}) {
  const { ports, seed } = await seededMemoryPorts(new Date(NOW));
  const base: DsrRequest = {
    requestId: ID,
    merchantId: 'lastu',
    type: 'access',
    status: 'VERIFIED',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref',
    locale: 'en',
    receivedAt: daysBefore(5),
    dueDate: '2026-04-15',
    dueAt: '2026-04-15T20:59:59.999Z',
    updatedAt: daysBefore(1),
  };
  await ports.requests.create({ ...base, ...request });
  const executions = new MemoryExecutions(ports.clock);
  return { ports: { ...ports, executions }, executions, seed };
}

const job = (state: JobRecord['state'], extra: Partial<JobRecord> = {}) =>
  ({
    requestId: ID,
    processorId: 'shopify',
    state,
    startedAt: daysBefore(9),
    finishedAt: state === 'PENDING' ? undefined : daysBefore(9),
    ...extra,
  }) as JobRecord;

const eventsOf = async (
  ports: Awaited<ReturnType<typeof setup>>['ports'],
  type: string,
) => (await ports.audit.list(ID)).filter((e) => e.type === type);

describe('reconcileRequests', () => {
  it('starts a verified request whose start failed, with the input verification gives it, and audits it once', async () => {
    // Prepare
    const { ports, executions } = await setup();

    // Act
    const first = await reconcileRequests({ now: NOW }, ports);
    const second = await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(first).toMatchObject({ read: 1, resumed: 1, running: 0 });
    expect(second).toMatchObject({ read: 1, resumed: 0, running: 1 });
    expect(executions.executions.map((e) => [e.name, e.input])).toEqual([
      [ID, { requestId: ID, merchantId: 'lastu', type: 'access' }],
    ]);
    const resumed = await eventsOf(ports, 'ExecutionResumed');
    expect(resumed).toHaveLength(1);
    expect(resumed[0]?.details).toMatchObject({
      execution: ID,
      resumeAt: 'decision',
      previous: 'none',
    });
    expect(ports.metrics.flushed[0]).toMatchObject({ ExecutionsResumed: 1 });
  });

  it('fills in the verification event of a request verified but not audited', async () => {
    // Prepare: verification moved it, then stopped before its event.
    const { ports } = await setup({ verifiedAt: daysBefore(1) });

    // Act
    await reconcileRequests({ now: NOW }, ports);
    await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(await eventsOf(ports, 'IdentityVerified')).toEqual([
      expect.objectContaining({ at: daysBefore(1), actor: 'subject' }),
    ]);
  });

  it('resumes an approved request whose execution ended without closing it at the jobs, as the next execution', async () => {
    // Prepare
    const { ports, executions } = await setup({ status: 'IN_PROGRESS' });
    executions.add(ID, 'ABORTED');

    // Act
    await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(executions.executions.at(-1)).toMatchObject({
      name: `${ID}-1`,
      status: 'RUNNING',
      input: { requestId: ID, resumeAt: 'jobs' },
    });
    const [event] = await eventsOf(ports, 'ExecutionResumed');
    expect(event?.details).toMatchObject({ previous: 'ABORTED' });
  });

  it('leaves a deferral alone whose running execution continued the first one, after Step Functions forgot the first', async () => {
    // Prepare: the first execution handed the deferral to <id>-1 and closed; 90 days later it is gone.
    const { ports, executions } = await setup({
      status: 'DEFERRED',
      deferral: { until: '2026-09-01', processorIds: ['shopify'], round: 1 },
      executionNumber: 1,
    });
    executions.add(ID, 'SUCCEEDED');
    executions.add(ID, 'RUNNING');
    executions.forget(ID);

    // Act
    const summary = await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(summary).toMatchObject({ running: 1, resumed: 0 });
    expect(executions.executions.map((e) => e.name)).toEqual([`${ID}-1`]);
  });

  it('names a restart after the newest execution the request recorded, and records it', async () => {
    // Prepare: executions 0 to 3 are forgotten; the request says 3 was the newest.
    const { ports, executions } = await setup({
      status: 'IN_PROGRESS',
      executionNumber: 3,
    });

    // Act
    await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(executions.executions.map((e) => e.name)).toEqual([`${ID}-4`]);
    expect((await ports.requests.get(ID))?.executionNumber).toBe(4);
  });

  it('resumes a request whose approval was recorded but not audited at the jobs, and audits the decision', async () => {
    // Prepare: the decision step stored the decision, then the process died.
    const { ports, executions } = await setup({
      status: 'AWAITING_DECISION',
      decision: {
        outcome: 'approve',
        by: 'merchant-link',
        at: daysBefore(1),
      },
    });

    // Act
    await reconcileRequests({ now: NOW }, ports);
    await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(executions.executions[0]?.input).toMatchObject({ resumeAt: 'jobs' });
    const approved = await eventsOf(ports, 'RequestApproved');
    expect(approved).toHaveLength(1);
    expect(approved[0]).toMatchObject({ actor: 'merchant', key: 'decision' });
  });

  it('leaves alone a request changed within the grace period (its start may be in flight)', async () => {
    // Prepare
    const { ports, executions } = await setup({
      updatedAt: new Date(Date.parse(NOW) - 30_000).toISOString(),
    });

    // Act
    const summary = await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(summary.resumed).toBe(0);
    expect(executions.executions).toHaveLength(0);
  });

  it('does not touch closed or failed requests', async () => {
    // Prepare
    const { ports, executions } = await setup({
      status: 'FAILED',
      failure: { phase: 'jobs', error: 'JobsFailedError' },
    });

    // Act
    const summary = await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(summary).toMatchObject({ resumed: 0, flagged: 0 });
    expect(executions.executions).toHaveLength(0);
  });

  it('flags a running request without progress once, with its failed jobs, to ops and to the merchant', async () => {
    // Prepare
    const { ports, executions } = await setup({
      status: 'IN_PROGRESS',
      updatedAt: daysBefore(10),
    });
    executions.add(ID, 'RUNNING');
    await ports.requests.saveJob(job('FAILED'));
    await ports.requests.saveJob(job('COMPLETED', { processorId: 'sendgrid' }));

    // Act
    const first = await reconcileRequests({ now: NOW }, ports);
    const second = await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(first).toMatchObject({ flagged: 1, stalled: 1, resumed: 0 });
    expect(second).toMatchObject({ flagged: 0, stalled: 1 });
    const stalled = await eventsOf(ports, 'RequestStalled');
    expect(stalled).toHaveLength(1);
    expect(stalled[0]?.details).toMatchObject({
      reason: 'no-progress',
      status: 'IN_PROGRESS',
      failedJobs: 'shopify',
      merchantNotified: true,
    });
    expect(ports.mailer.sent).toHaveLength(1);
    const [mail] = ports.mailer.sent;
    expect(mail?.to).toContain('owner@lastu.example');
    expect(mail?.subject).toContain(ID.slice(0, 8).toUpperCase());
    expect(mail?.text).toContain('shopify');
    expect(mail?.text).not.toContain('aino.virtanen');
    expect(ports.metrics.flushed.map((f) => f.RequestsStalled)).toEqual([1, 0]);
    expect(ports.metrics.flushed.map((f) => f.StalledRequests)).toEqual([1, 1]);
  });

  it('counts a job waiting on a processor within its window as progress', async () => {
    // Prepare
    const { ports, executions } = await setup({
      status: 'IN_PROGRESS',
      updatedAt: daysBefore(10),
    });
    executions.add(ID, 'RUNNING');
    await ports.requests.saveJob(
      job('PENDING', { dueAt: '2026-04-10T00:00:00.000Z' }),
    );

    // Act
    const summary = await reconcileRequests({ now: NOW }, ports);

    // Assess
    expect(summary).toMatchObject({ stalled: 0, flagged: 0 });
    expect(ports.mailer.sent).toHaveLength(0);
  });

  it('resumes a deferred erasure whose execution is lost at the deferral, with the round its holds follow', async () => {
    // Prepare
    const { ports, executions } = await setup({
      type: 'erasure',
      status: 'DEFERRED',
      updatedAt: daysBefore(3),
      deferral: { until: '2026-05-01', processorIds: ['shopify'], round: 2 },
    });

    // Act
    const summary = await reconcileRequests({ now: NOW }, ports);

    // Assess: found through the index and restarted there, not at round 1's jobs.
    expect(summary).toMatchObject({ read: 1, resumed: 1, flagged: 0 });
    expect(executions.executions.map((e) => e.input)).toEqual([
      expect.objectContaining({ resumeAt: 'deferral', round: 2 }),
    ]);
    const [event] = await eventsOf(ports, 'ExecutionResumed');
    expect(event?.details).toMatchObject({
      resumeAt: 'deferral',
      status: 'DEFERRED',
    });
  });

  it('resumes a re-run round lost in progress at the deferral too, and flags a deferral recorded without its round', async () => {
    // Prepare
    const inProgress = await setup({
      type: 'erasure',
      status: 'IN_PROGRESS',
      updatedAt: daysBefore(3),
      deferral: { until: '2026-05-01', processorIds: ['shopify'], round: 1 },
    });
    const legacy = await setup({
      type: 'erasure',
      status: 'DEFERRED',
      updatedAt: daysBefore(3),
      deferral: { until: '2026-05-01', processorIds: ['shopify'] },
    });

    // Act
    await reconcileRequests({ now: NOW }, inProgress.ports);
    const flagged = await reconcileRequests({ now: NOW }, legacy.ports);

    // Assess
    expect(inProgress.executions.executions.map((e) => e.input)).toEqual([
      expect.objectContaining({ resumeAt: 'deferral', round: 1 }),
    ]);
    expect(flagged).toMatchObject({ resumed: 0, flagged: 1 });
    const [event] = await eventsOf(legacy.ports, 'RequestStalled');
    expect(event?.details).toMatchObject({ reason: 'cannot-resume' });
  });

  it('stops restarting after maxRestarts and flags the request instead', async () => {
    // Prepare
    const { ports, executions } = await setup({ status: 'IN_PROGRESS' });

    // Act: each restarted execution ends without closing the request.
    for (let run = 0; run < 3; run++) {
      await reconcileRequests({ now: NOW, maxRestarts: 2 }, ports);
      for (const e of executions.executions) e.status = 'FAILED';
    }

    // Assess
    expect(executions.executions.map((e) => e.name)).toEqual([ID, `${ID}-1`]);
    const [event] = await eventsOf(ports, 'RequestStalled');
    expect(event?.details).toMatchObject({ reason: 'restarts-exhausted' });
  });

  it('treats an execution start that another run made first as done', async () => {
    // Prepare: verification started the same execution between the read and the start.
    const { ports, executions } = await setup();
    const racing = {
      ...ports,
      executions: {
        forRequest: async () => [],
        // The port's answer for a name already used (the adapters map AWS's error to it).
        start: async () => ({
          executionArn: 'arn:started',
          alreadyStarted: true,
        }),
      },
    };

    // Act / Assess
    await expect(
      reconcileRequests({ now: NOW }, racing),
    ).resolves.toMatchObject({ resumed: 1 });
    expect(executions.executions).toHaveLength(0);
  });
});

describe('lastProgress', () => {
  const request = {
    requestId: ID,
    status: 'AWAITING_DECISION',
    updatedAt: daysBefore(3),
    dueAt: '2026-04-15T20:59:59.999Z',
  } as DsrRequest;

  it('is now while the merchant has a week to decide, then the last ask', () => {
    expect(lastProgress(request, [], new Date(NOW))).toBe(NOW);
    const late = { ...request, updatedAt: daysBefore(9) };
    expect(lastProgress(late, [], new Date(NOW))).toBe(daysBefore(9));
  });

  it('is the latest job activity when that is newer than the request', () => {
    const inProgress = { ...request, status: 'IN_PROGRESS' as const };
    const jobs = [job('COMPLETED', { finishedAt: daysBefore(2) })];
    expect(lastProgress(inProgress, jobs, new Date(NOW))).toBe(daysBefore(2));
  });
});

describe('stalledRequestEmail', () => {
  it('speaks each of the five locales, with the reference and no personal data', async () => {
    const { seed } = await seededMemoryPorts(new Date(NOW), {
      allProcessors: true,
    });
    const request = {
      requestId: ID,
      type: 'access',
      status: 'IN_PROGRESS',
      dueDate: '2026-04-15',
      email: 'aino.virtanen@example.com',
    } as DsrRequest;
    const subjects = new Set<string>();
    for (const locale of Object.keys(CATALOGUES)) {
      const mail = stalledRequestEmail(
        { ...seed.merchant, locale: locale as 'en' },
        request,
        {
          since: daysBefore(8),
          reason: 'no-progress',
          failedJobs: ['nosto', 'posti', 'retired-processor'],
        },
      );
      subjects.add(mail.subject);
      expect(mail.subject).toContain(ID.slice(0, 8).toUpperCase());
      // Processors are named as every other output names them, never by their ids.
      const names = seed.merchant.processors
        .filter((p) => p.processorId === 'nosto' || p.processorId === 'posti')
        .map((p) => (p.name as Record<string, string>)[locale]);
      expect(names).toHaveLength(2);
      for (const name of names) expect(mail.text).toContain(name);
      expect(mail.text).not.toMatch(/nosto, posti|nosto and posti/);
      expect(mail.text).toContain('retired-processor');
      expect(mail.html).not.toContain('aino.virtanen');
    }
    expect(subjects.size).toBe(5);
  });
});
