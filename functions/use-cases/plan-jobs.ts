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
  if (request.status !== 'IN_PROGRESS') {
    await adoptDecision(request, input.decisionLink, 'approve', ports);
    const now = ports.clock.now().toISOString();
    const moved = await ports.requests.transition(
      request.requestId,
      ['AWAITING_DECISION'],
      'IN_PROGRESS',
      { updatedAt: now },
    );
    if (!moved)
      throw new InvalidTransitionError(request.requestId, 'IN_PROGRESS');
    await ports.audit.append({
      requestId: request.requestId,
      type: 'JobsPlanned',
      at: now,
      actor: 'system',
      fromStatus: 'AWAITING_DECISION',
      toStatus: 'IN_PROGRESS',
      details: { jobs: merchant.processors.length },
    });
  }
  return {
    next: 'run',
    jobs: merchant.processors.map((p) => ({ processorId: p.processorId })),
    round: 1,
    notBefore: null,
  };
}
