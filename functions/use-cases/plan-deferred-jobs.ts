import { RequestNotFoundError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';

/** Longest single Wait: the local engine's timers overflow past 24.8 days, so longer holds wait in steps. */
export const MAX_WAIT_STEP_MS = 24 * 86_400_000;

export type DeferredPlan =
  | { next: 'done' }
  | { next: 'wait'; wakeAt: string; round: number }
  | {
      next: 'run';
      jobs: { processorId: string }[];
      round: number;
      notBefore: string;
    };

/** When to wake next for a deferral that ends on `until` (a date), from `from`. */
export function nextWake(until: string, from: Date): string {
  const end = Date.parse(`${until}T00:00:00.000Z`);
  return new Date(
    Math.min(end, from.getTime() + MAX_WAIT_STEP_MS),
  ).toISOString();
}

/**
 * After a Wait for legal holds to end (Art. 17(3)): when the merchant cancelled the deferred
 * part, or the request left DEFERRED, nothing is left to do; when the holds still run, wait
 * another step; otherwise move the request back to IN_PROGRESS and re-run the held jobs as the
 * next round. The Wait's end counts as now at least, so the engine's timer and this check agree.
 */
export async function planDeferredJobs(
  input: { requestId: string; wakeAt: string; round: number },
  ports: Pick<Ports, 'requests' | 'audit' | 'clock'>,
): Promise<DeferredPlan> {
  const request = await ports.requests.get(input.requestId);
  if (!request) throw new RequestNotFoundError(input.requestId);
  const deferral = request.deferral;
  const clock = ports.clock.now();
  const now = new Date(Math.max(clock.getTime(), Date.parse(input.wakeAt)));
  const round = input.round + 1;
  const run: DeferredPlan = {
    next: 'run',
    jobs: (deferral?.processorIds ?? []).map((processorId) => ({
      processorId,
    })),
    round,
    notBefore: now.toISOString(),
  };
  if (!deferral || deferral.cancelledAt) return { next: 'done' };
  const ended = now.getTime() >= Date.parse(`${deferral.until}T00:00:00.000Z`);
  // A retry of this step after it moved the request: carry on with the held jobs.
  if (request.status === 'IN_PROGRESS' && ended) return run;
  if (request.status !== 'DEFERRED') return { next: 'done' };
  if (!ended)
    return {
      next: 'wait',
      wakeAt: nextWake(deferral.until, now),
      round: input.round,
    };
  // Audited first (idempotent by key), so a retry after a failed write still records it.
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DeferredJobsResumed',
    at: clock.toISOString(),
    actor: 'system',
    fromStatus: 'DEFERRED',
    toStatus: 'IN_PROGRESS',
    key: `deferred-round:${round}`,
    details: { round, jobs: deferral.processorIds.length },
  });
  const moved = await ports.requests.transition(
    request.requestId,
    ['DEFERRED'],
    'IN_PROGRESS',
    { updatedAt: clock.toISOString() },
  );
  return moved ? run : { next: 'done' };
}
