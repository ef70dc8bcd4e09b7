import { InvalidTransitionError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * After approval: mark the request IN_PROGRESS and list one job per registered processor
 * (Art. 19: every recipient is reached). The list holds references only.
 */
export async function planJobs(
  input: { requestId: string },
  ports: Pick<Ports, 'requests' | 'audit' | 'merchants' | 'clock'>,
): Promise<{ jobs: { processorId: string }[] }> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  const now = ports.clock.now().toISOString();
  if (request.status !== 'IN_PROGRESS') {
    const moved = await ports.requests.transition(
      request.requestId,
      ['AWAITING_DECISION'],
      'IN_PROGRESS',
      {
        updatedAt: now,
      },
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
    jobs: merchant.processors.map((p) => ({ processorId: p.processorId })),
  };
}
