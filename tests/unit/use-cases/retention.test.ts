/**
 * Storage limitation of closed requests (Art. 5(1)(e)): every way a request closes sets its
 * retention end, and what shows a request still works once its personal data is pseudonymised.
 * The sweep itself: sweep-deadlines.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MemoryExecutions,
  MemoryOpsQuery,
} from '#adapters/memory/memory-ops.ts';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import type { DsrRequest } from '#domain/request.ts';
import { RetentionMissingError } from '#domain/retention.ts';
import { renderShow, styleFor } from '#infra/ops/render.ts';
import { evidenceHtml, opsRequestHtml } from '#presentation/ops-pages.ts';
import { requestStatusPage } from '#presentation/status-pages.ts';
import { cancelDeferral } from '#use-cases/cancel-deferral.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { decideRequest } from '#use-cases/decide-request.ts';
import { issueLink } from '#use-cases/links.ts';
import { cancelRequest } from '#use-cases/ops/cancel-request.ts';
import { buildEvidence } from '#use-cases/ops/evidence.ts';
import { retryRequest } from '#use-cases/ops/retry-request.ts';
import { showRequest } from '#use-cases/ops/show-request.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import {
  issueStatusLink,
  showRequestStatus,
} from '#use-cases/request-status.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { sweepDeadlines } from '#use-cases/sweep-deadlines.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

const DAY = 86_400_000;
const AINO = 'aino.virtanen@example.com';

const plusDays = (iso: string | undefined, days: number) =>
  new Date(Date.parse(iso ?? '') + days * DAY).toISOString();

async function keepFor(ports: Ports, requestRetentionDays: number) {
  const merchant = await ports.merchants.get('lastu');
  if (!merchant) throw new Error('no merchant');
  await ports.merchants.put({ ...merchant, requestRetentionDays });
}

/** Submit, verify and approve an access request and run its jobs: it waits for Complete Request. */
async function completed(ports: Ports) {
  const { requestId } = await submitRequest(
    {
      merchant: 'lastu',
      type: 'access',
      email: AINO,
      name: 'Aino Virtanen',
      details: 'Everything since 2024',
    },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  const workflow = ports.workflow as MemoryWorkflow;
  workflow.waiting.add(`task-${requestId}`);
  await requestDecision({ requestId, taskToken: `task-${requestId}` }, ports);
  await decideRequest(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
    { decision: 'approve' },
    ports,
  );
  const plan = await planJobs(
    {
      requestId,
      decisionLink: String(workflow.resumed.at(-1)?.output.link ?? ''),
    },
    ports,
  );
  const jobs = [];
  for (const job of plan.jobs)
    jobs.push(await runProcessorJob({ requestId, ...job }, ports));
  await completeRequest({ requestId, jobs }, ports);
  return requestId;
}

function opsPorts(ports: Ports) {
  return {
    ...ports,
    executions: new MemoryExecutions(ports.clock),
    query: new MemoryOpsQuery(ports.requests, ports.merchants),
  };
}

describe('closing a request', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it("completing it sets its retention end from the merchant's setting and indexes it there", async () => {
    // Prepare
    await keepFor(ports, 400);
    // Act
    const requestId = await completed(ports);
    // Assess
    const stored = await ports.requests.get(requestId);
    expect(stored?.status).toBe('COMPLETED');
    expect(stored?.retainUntil).toBe(plusDays(stored?.completedAt, 400));
    const retained = async (until: string) =>
      (await ports.requests.findScheduled('RETAINED', until)).map(
        (r) => r.requestId,
      );
    expect(
      await retained(
        new Date(Date.parse(stored?.retainUntil ?? '') - 1).toISOString(),
      ),
    ).not.toContain(requestId);
    expect(await retained(stored?.retainUntil ?? '')).toContain(requestId);
  });

  it("the merchant's cancellation of a deferred erasure sets it", async () => {
    // Prepare
    await keepFor(ports, 90);
    const { requestId } = await submitRequest(
      { merchant: 'lastu', type: 'erasure', email: AINO },
      ports,
    );
    for (const [from, to] of [
      ['PENDING_VERIFICATION', 'VERIFIED'],
      ['VERIFIED', 'AWAITING_DECISION'],
      ['AWAITING_DECISION', 'IN_PROGRESS'],
    ] as const)
      await ports.requests.transition(requestId, [from], to, {});
    await ports.requests.transition(requestId, ['IN_PROGRESS'], 'DEFERRED', {
      deferral: { until: '2026-09-01', processorIds: ['shopify'] },
    });
    const link = await issueLink('deferral', requestId, ports);
    // Act
    await cancelDeferral(
      link.url.split('/').at(-1) ?? '',
      {
        reason: 'A payment dispute',
        keepGround: 'legal-claims',
        keepUntilEvent: 'the payment dispute is settled',
      },
      ports,
    );
    // Assess
    const stored = await ports.requests.get(requestId);
    expect(stored?.status).toBe('COMPLETED');
    expect(stored?.retainUntil).toBe(plusDays(stored?.completedAt, 90));
  });

  it("an operator's cancel sets it, with the default when the merchant is gone", async () => {
    // Prepare
    const ops = opsPorts(ports);
    const base: DsrRequest = {
      requestId: '00000000-0000-4000-8000-0000000000a1',
      merchantId: 'lastu',
      type: 'access',
      status: 'IN_PROGRESS',
      email: AINO,
      subjectRef: 'ref',
      locale: 'en',
      receivedAt: '2026-03-15T10:00:00.000Z',
      dueDate: '2026-04-15',
      dueAt: '2026-04-15T20:59:59.999Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    };
    await keepFor(ports, 60);
    await ports.requests.create(base);
    const orphan = {
      ...base,
      requestId: '00000000-0000-4000-8000-0000000000a2',
      merchantId: 'gone',
    };
    await ports.requests.create(orphan);
    // Act
    for (const r of [base, orphan])
      await cancelRequest({ requestId: r.requestId, reason: 'duplicate' }, ops);
    // Assess
    const kept = await ports.requests.get(base.requestId);
    expect(kept?.status).toBe('CANCELLED');
    expect(kept?.retainUntil).toBe(plusDays(kept?.completedAt, 60));
    const gone = await ports.requests.get(orphan.requestId);
    expect(gone?.retainUntil).toBe(plusDays(gone?.completedAt, 1095));
  });

  it('the store refuses a closing write that forgot the retention end', async () => {
    const requestId = (
      await submitRequest(
        { merchant: 'lastu', type: 'access', email: AINO },
        ports,
      )
    ).requestId;
    await expect(
      ports.requests.transition(
        requestId,
        ['PENDING_VERIFICATION'],
        'CANCELLED',
        { completedAt: ports.clock.now().toISOString() },
      ),
    ).rejects.toBeInstanceOf(RetentionMissingError);
    expect((await ports.requests.get(requestId))?.status).toBe(
      'PENDING_VERIFICATION',
    );
  });
});

describe('a pseudonymised request', () => {
  let ports: Ports;
  let requestId: string;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
    requestId = await completed(ports);
    const retainUntil = (await ports.requests.get(requestId))?.retainUntil;
    await sweepDeadlines({ now: retainUntil ?? '' }, ports);
    expect((await ports.requests.get(requestId))?.pseudonymisedAt).toBe(
      retainUntil,
    );
  });

  it("still shows on the shopper's status page, without personal data", async () => {
    const link = await issueStatusLink(requestId, ports);
    const view = await showRequestStatus(link.url.split('/').at(-1) ?? '', {
      ...ports,
      clock: { now: () => new Date(Date.parse(link.expiresAt) - 1) },
    });
    expect(view.progress.end).toMatchObject({ how: 'answered' });
    expect(requestStatusPage(view, 'en')).not.toMatch(/aino|undefined/i);
  });

  it('still shows to operators and in the evidence bundle, marked as pseudonymised', async () => {
    const ops = opsPorts(ports);
    const view = await showRequest({ requestId }, ops);
    expect(view.request).toMatchObject({
      emailMasked: '',
      pseudonymisedAt: expect.any(String),
    });
    expect(renderShow(view, styleFor(false))).toContain(
      'subject (pseudonymised)',
    );
    expect(opsRequestHtml(view)).toContain('pseudonymised');

    const bundle = await buildEvidence({ requestId }, ops);
    expect(bundle.request.subject.subjectRef).toBeUndefined();
    expect(bundle.request.subject.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(bundle.request.pseudonymisedAt).toBeDefined();
    const html = evidenceHtml(bundle);
    expect(html).toContain('pseudonymised');
    for (const text of [JSON.stringify(bundle), html])
      expect(text).not.toMatch(/aino|virtanen|since 2024|undefined/i);
  });

  it('cannot be retried', async () => {
    await expect(retryRequest({ requestId }, opsPorts(ports))).rejects.toThrow(
      /COMPLETED request cannot be retried/,
    );
  });
});
