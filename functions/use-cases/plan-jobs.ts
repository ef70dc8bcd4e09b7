import { InvalidTransitionError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { adoptDecision } from './adopt-decision.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * After approval (Art. 12(3), 19): record the merchant's decision from the link that resumed the
 * workflow, mark the request IN_PROGRESS and list one job per registered processor, so every
 * recipient is reached. The list holds references only. Safe to repeat (Retry, operator retry).
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
  // Keyed: a step retried after it moved the request but before it audited the move (or an
  // operator's retry) appends the event then, and a repeat stores nothing.
  await auditJobsPlanned(request.requestId, plannedAt, ports, {
    jobs: merchant.processors.length,
  });
  return {
    next: 'run',
    jobs: merchant.processors.map((p) => ({ processorId: p.processorId })),
    round: 1,
    notBefore: null,
  };
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
