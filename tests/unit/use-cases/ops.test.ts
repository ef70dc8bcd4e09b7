import { describe, expect, it } from 'vitest';
import {
  MemoryExecutions,
  MemoryOpsQuery,
} from '#adapters/memory/memory-ops.ts';
import type { DsrRequest } from '#domain/request.ts';
import { cancelRequest } from '#use-cases/ops/cancel-request.ts';
import { buildEvidence, verifyEvidence } from '#use-cases/ops/evidence.ts';
import { listRequests } from '#use-cases/ops/list-requests.ts';
import { retryRequest } from '#use-cases/ops/retry-request.ts';
import { showRequest } from '#use-cases/ops/show-request.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';

const ID = '00000000-0000-4000-8000-000000000001';

async function setup(request: Partial<DsrRequest>, canRedrive = false) {
  const { ports } = await seededMemoryPorts(new Date('2026-03-20T10:00:00Z'));
  const base: DsrRequest = {
    requestId: ID,
    merchantId: 'lastu',
    type: 'access',
    status: 'IN_PROGRESS',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref',
    locale: 'en',
    receivedAt: '2026-03-15T10:00:00Z',
    dueDate: '2026-04-15',
    dueAt: '2026-04-15T20:59:59.999Z',
    updatedAt: '2026-03-15T10:00:00Z',
  };
  await ports.requests.create({ ...base, ...request });
  const executions = new MemoryExecutions(ports.clock, { canRedrive });
  const ops = {
    ...ports,
    executions,
    query: new MemoryOpsQuery(ports.requests, ports.merchants),
  };
  return { ops, executions, audit: ports.audit };
}

describe('retryRequest', () => {
  it('restarts a request failed in the jobs phase as <id>-1 at the jobs, audited once', async () => {
    // Prepare
    const { ops, executions, audit } = await setup({
      status: 'FAILED',
      failure: { phase: 'jobs', error: 'JobsFailedError' },
    });
    executions.add(ID, 'FAILED');

    // Act
    const result = await retryRequest({ requestId: ID }, ops);

    // Assess
    expect(result).toMatchObject({
      mode: 'restart',
      execution: `${ID}-1`,
      resumeAt: 'jobs',
      toStatus: 'IN_PROGRESS',
    });
    expect((await ops.requests.get(ID))?.failure).toBeUndefined();
    expect((await ops.requests.get(ID))?.executionNumber).toBe(1);
    expect(executions.executions[1]?.input).toMatchObject({ resumeAt: 'jobs' });
    expect(
      audit.events.filter((e) => e.type === 'ExecutionRedriven'),
    ).toHaveLength(1);
    await expect(retryRequest({ requestId: ID }, ops)).rejects.toThrow(
      /running/,
    );
  });

  it('restarts a deferred round at the deferral with its round, never at round 1’s jobs', async () => {
    // Prepare: round 2 re-ran the held jobs and one failed; another failed while waiting.
    const deferral = { until: '2026-05-01', processorIds: ['shopify'] };
    const inRerun = await setup({
      status: 'FAILED',
      failure: { phase: 'jobs', error: 'JobsFailedError' },
      deferral: { ...deferral, round: 1 },
    });
    const whileWaiting = await setup({
      status: 'FAILED',
      failure: { phase: 'deferral', error: 'States.Timeout' },
      deferral: { ...deferral, round: 2 },
    });

    // Act
    const rerun = await retryRequest({ requestId: ID }, inRerun.ops);
    const waiting = await retryRequest({ requestId: ID }, whileWaiting.ops);

    // Assess
    expect(rerun).toMatchObject({
      resumeAt: 'deferral',
      toStatus: 'IN_PROGRESS',
    });
    expect(inRerun.executions.executions[0]?.input).toMatchObject({
      resumeAt: 'deferral',
      round: 1,
    });
    expect(waiting).toMatchObject({
      resumeAt: 'deferral',
      toStatus: 'DEFERRED',
    });
    expect(whileWaiting.executions.executions[0]?.input).toMatchObject({
      resumeAt: 'deferral',
      round: 2,
    });
  });

  it('redrives an aborted execution of an open request where the engine can', async () => {
    const { ops, executions } = await setup(
      { status: 'AWAITING_DECISION' },
      true,
    );
    const e = executions.add(ID, 'ABORTED');

    const result = await retryRequest({ requestId: ID }, ops);

    expect(result.mode).toBe('redrive');
    expect(executions.redriven).toEqual([e.executionArn]);
  });

  it('refuses closed requests', async () => {
    const { ops } = await setup({ status: 'COMPLETED' });
    await expect(retryRequest({ requestId: ID }, ops)).rejects.toThrow(
      /COMPLETED/,
    );
  });
});

describe('cancelRequest', () => {
  it('stops the running execution and closes the request CANCELLED with the reason', async () => {
    const { ops, executions, audit } = await setup({
      status: 'AWAITING_DECISION',
    });
    executions.add(ID, 'RUNNING');

    await cancelRequest(
      { requestId: ID, reason: ' dupli\u202Ecate\u0007\u0085 ' },
      ops,
    );

    expect((await ops.requests.get(ID))?.status).toBe('CANCELLED');
    expect(executions.stopped).toHaveLength(1);
    expect(audit.events.at(-1)).toMatchObject({
      type: 'RequestCancelled',
      actor: 'operator',
      details: { reason: 'duplicate' },
    });
    await expect(
      cancelRequest({ requestId: ID, reason: 'again' }, ops),
    ).rejects.toThrow(/already CANCELLED/);
  });
});

describe('listRequests and showRequest', () => {
  it('lists overdue requests from the index with masked emails, most urgent first', async () => {
    const { ops } = await setup({ dueAt: '2026-03-19T00:00:00Z' });

    const { requests, source } = await listRequests(
      { overdue: true, sort: 'urgent' },
      ops,
    );

    expect(source).toBe('index');
    expect(requests).toMatchObject([{ requestId: ID, overdue: true }]);
    const all = await listRequests({}, ops);
    expect(all.source).toBe('scan');
    expect(all.requests[0]?.emailMasked).toBe('a***@example.com');
  });

  it('merges audit events and execution steps into one timeline', async () => {
    const { ops, executions, audit } = await setup({});
    await audit.append({
      requestId: ID,
      type: 'JobsPlanned',
      at: '2026-03-16T10:00:01Z',
      actor: 'system',
    });
    executions.add(ID, 'RUNNING', [
      {
        at: '2026-03-16T10:00:00Z',
        kind: 'StateEntered',
        type: 'TaskStateEntered',
        state: 'Plan Processor Jobs',
      },
      {
        at: '2026-03-16T10:00:02Z',
        kind: 'TaskFailed',
        type: 'LambdaFunctionFailed',
        state: 'Run Processor Job',
        error: 'TransientError',
      },
    ]);

    const view = await showRequest({ requestId: ID }, ops);

    expect(view.timeline.map((t) => t.what)).toEqual([
      'StateEntered',
      'JobsPlanned',
      'TaskFailed',
    ]);
    expect(view.request.emailMasked).toBe('a***@example.com');
    expect(JSON.stringify(view)).not.toContain('aino.virtanen');
  });
});

describe('audit idempotency and evidence', () => {
  it('stores a keyed event once however often it is appended', async () => {
    const { audit } = await setup({});
    const event = {
      requestId: ID,
      type: 'RequestCancelled' as const,
      at: '2026-03-20T10:00:00Z',
      actor: 'operator' as const,
      key: 'cancel',
    };
    await audit.append(event);
    await audit.append({ ...event, at: '2026-03-20T10:05:00Z' });
    expect(await audit.list(ID)).toHaveLength(1);
  });

  it('verifies a bundle and names the altered event', async () => {
    const { ops, audit } = await setup({ status: 'COMPLETED' });
    for (const type of [
      'RequestReceived',
      'IdentityVerified',
      'RequestCompleted',
    ] as const)
      await audit.append({
        requestId: ID,
        type,
        at: `2026-03-1${audit.events.length + 5}T10:00:00Z`,
        actor: 'system',
      });

    const bundle = await buildEvidence({ requestId: ID }, ops);
    expect(verifyEvidence(bundle)).toMatchObject({ valid: true, events: 3 });

    const altered = structuredClone(bundle);
    const first = altered.auditChain.events[1];
    if (first) first.event.at = '2026-03-01T00:00:00Z';
    expect(verifyEvidence(altered)).toMatchObject({
      valid: false,
      brokenAt: 1,
    });
    const relabelled = structuredClone(bundle);
    relabelled.request.status = 'DENIED';
    expect(verifyEvidence(relabelled)).toMatchObject({
      valid: false,
      reason: /bundle hash/,
    });
  });
});
