import { InvalidTransitionError } from '#domain/errors.ts';
import { notConcerned } from '#domain/processor-scope.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import { adoptDecision } from './adopt-decision.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * After approval (Art. 12(3), 19): record the merchant's decision from the link that resumed the
 * workflow, mark the request IN_PROGRESS and list one job per processor the request concerns, so
 * every recipient is reached and no other (domain/processor-scope.ts: an objection goes only to
 * processors that may market or profile, a rectification only to those holding corrected data).
 * A processor it does not concern gets a `NOT_CONCERNED` job record instead, so every result
 * states why it was not asked. The list holds references only. Safe to repeat (Retry, operator
 * retry).
 */
export async function planJobs(
  input: { requestId: string; decisionLink?: string | null },
  ports: Pick<Ports, 'requests' | 'audit' | 'links' | 'merchants' | 'clock'>,
): Promise<{
  next: 'run';
  jobs: { processorId: string }[];
  round: number;
  notBefore: null;
}> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  let plannedAt = request.updatedAt;
  if (request.status !== 'IN_PROGRESS') {
    await adoptDecision(request, input.decisionLink, 'approve', ports);
    plannedAt = ports.clock.now().toISOString();
    const moved = await ports.requests.transition(
      request.requestId,
      ['AWAITING_DECISION'],
      'IN_PROGRESS',
      { updatedAt: plannedAt },
    );
    if (!moved)
      throw new InvalidTransitionError(request.requestId, 'IN_PROGRESS');
  }
  // The decision may have brought the merchant's note for processors: read what was stored.
  const current = (await ports.requests.get(request.requestId)) ?? request;
  const asked = merchant.processors.filter((p) => !notConcerned(p, current));
  const left = merchant.processors.filter((p) => notConcerned(p, current));
  for (const processor of left)
    await recordNotConcerned(current, processor.processorId, plannedAt, ports);
  // Keyed: a step retried after it moved the request but before it audited the move (or an
  // operator's retry) appends the event then, and a repeat stores nothing.
  await auditJobsPlanned(request.requestId, plannedAt, ports, {
    jobs: asked.length,
    ...(left.length
      ? { notConcerned: left.map((p) => p.processorId).join(',') }
      : {}),
  });
  return {
    next: 'run',
    jobs: asked.map((p) => ({ processorId: p.processorId })),
    round: 1,
    notBefore: null,
  };
}

/**
 * The job record of a processor the request does not concern: finished when planned, nothing
 * sent. A job already recorded (a repeat of this step) is left as it is.
 */
async function recordNotConcerned(
  request: DsrRequest,
  processorId: string,
  at: string,
  ports: Pick<Ports, 'requests'>,
): Promise<void> {
  if (await ports.requests.getJob(request.requestId, processorId)) return;
  await ports.requests.saveJob({
    requestId: request.requestId,
    processorId,
    state: 'NOT_CONCERNED',
    startedAt: at,
    finishedAt: at,
    round: 1,
    records: 0,
  });
}

/** The planning's one audit event, keyed: first writer wins (the step, or the reconciler). */
export async function auditJobsPlanned(
  requestId: string,
  at: string,
  ports: Pick<Ports, 'audit'>,
  details: Record<string, string | number>,
): Promise<void> {
  await ports.audit.append({
    requestId,
    type: 'JobsPlanned',
    at,
    actor: 'system',
    fromStatus: 'AWAITING_DECISION',
    toStatus: 'IN_PROGRESS',
    key: 'jobs-planned',
    details,
  });
}
