import type { Ports } from '#ports/index.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { TaskTokenGoneError } from '#ports/workflow.ts';

type WaitPorts = Pick<Ports, 'requests' | 'workflow' | 'clock'>;

/**
 * The jobs of `round` still waited for: PENDING, or RUNNING (dispatched, its step stopped).
 * Every other state is the job's answer, `UNANSWERED` (the merchant closed it) included.
 */
export function stillOpen(jobs: readonly JobRecord[], round: number) {
  return jobs.filter(
    (j) =>
      (j.round ?? 1) === round &&
      (j.state === 'PENDING' || j.state === 'RUNNING'),
  );
}

/**
 * Wait For Processors: the workflow's one wait for the processors of a round, between two checks
 * (./check-processor-jobs.ts). Stores the task token on the request, where whoever finishes the
 * round's last job finds it ({@link wakeRound}), then looks at the jobs again: if the last one
 * answered meanwhile, its finisher may have read the previous token, so this resumes itself.
 * Written before the jobs are read, read after the job is written: one of the two always sees
 * the other, so no answer waits for the next check.
 */
export async function awaitProcessorJobs(
  input: { requestId: string; round: number; taskToken: string },
  ports: WaitPorts,
): Promise<{ waiting: boolean }> {
  await ports.requests.update(input.requestId, {
    jobsWait: {
      round: input.round,
      taskToken: input.taskToken,
      since: ports.clock.now().toISOString(),
    },
  });
  const jobs = await ports.requests.listJobs(input.requestId);
  if (stillOpen(jobs, input.round).length > 0) return { waiting: true };
  await resume(input.taskToken, input.round, ports);
  return { waiting: false };
}

/**
 * After a job of `round` finished (a confirmation click, an OpenDSR callback): when no job of the
 * round is still open, resumes the round's wait at once instead of at its next check. A
 * token that no longer waits is fine: the workflow is between two checks, and the next check
 * (or the wait that stores a fresh token) finds every job answered.
 */
export async function wakeRound(
  requestId: string,
  round: number,
  ports: Pick<Ports, 'requests' | 'workflow'>,
): Promise<void> {
  const jobs = await ports.requests.listJobs(requestId);
  if (stillOpen(jobs, round).length > 0) return;
  const wait = (await ports.requests.get(requestId))?.jobsWait;
  if (wait?.round === round) await resume(wait.taskToken, round, ports);
}

async function resume(
  taskToken: string,
  round: number,
  ports: Pick<Ports, 'workflow'>,
): Promise<void> {
  try {
    await ports.workflow.resume(taskToken, { round });
  } catch (error) {
    if (!(error instanceof TaskTokenGoneError)) throw error;
  }
}
