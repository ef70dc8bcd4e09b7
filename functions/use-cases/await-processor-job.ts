import { ProcessorRejectedError } from '#ports/connectors.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { auditConfirmation } from './confirm-processor-job.ts';
import { loadRequestAndMerchant } from './load.ts';
import {
  type AwaitJobPorts,
  askForConfirmation,
  auditJobFinished,
  connectorFor,
  contextFor,
  finishJob,
  processorOf,
  REMIND_BEFORE_MS,
  resultOf,
  resumeWaiting,
} from './processor-job-support.ts';

/**
 * Called with a fresh task token each time the workflow starts (or, after a check interval,
 * restarts) waiting for an asynchronous or manual job. It keeps the token on the job, so a
 * callback or a confirmation link can resume the workflow, and does the check that is due:
 * polls the processor, or reminds the processor before the job's due date and escalates to
 * the merchant after it (each once). A job that finished meanwhile resumes the workflow at once.
 */
export async function awaitProcessorJob(
  input: {
    requestId: string;
    processorId: string;
    round?: number;
    taskToken: string;
    attempt?: number;
  },
  ports: AwaitJobPorts,
): Promise<{ state: JobRecord['state'] }> {
  const round = input.round ?? 1;
  const job = await ports.requests.getJob(input.requestId, input.processorId);
  if (!job || (job.round ?? 1) !== round)
    throw new ProcessorRejectedError(
      `No job of processor ${input.processorId} in round ${round}`,
    );
  if (job.state !== 'PENDING') {
    // Finished by a click or callback whose function may have stopped before auditing: keyed.
    await auditJobFinished(job, ports);
    await auditConfirmation(job, ports);
    await resumeWaiting(input.taskToken, resultOf(job), ports);
    return { state: job.state };
  }
  const waiting: JobRecord = { ...job, taskToken: input.taskToken };
  // Conditional: a confirmation that finished the job in between is not overwritten.
  if (!(await ports.requests.saveJob(waiting, 'PENDING'))) {
    const now = await ports.requests.getJob(job.requestId, job.processorId);
    if (now) {
      await auditJobFinished(now, ports);
      await auditConfirmation(now, ports);
      await resumeWaiting(input.taskToken, resultOf(now), ports);
    }
    return { state: now?.state ?? 'FAILED' };
  }

  const { request, merchant } = await loadRequestAndMerchant(
    job.requestId,
    ports,
  );
  const processor = processorOf(merchant, job.processorId);
  const connector = processor && connectorFor(request, processor, ports);
  // Finishes the job from this wait and resumes the token waiting on it (this one, or a newer
  // one a later check stored); if someone finished it first, they resumed the workflow.
  const finish = async (outcome: Parameters<typeof finishJob>[1]) => {
    const done = await finishJob(waiting, outcome, ports, 'PENDING');
    if (done.stored)
      await ports.workflow.resume(
        done.taskToken ?? input.taskToken,
        done.result,
      );
    return { state: done.result.outcome };
  };
  if (!processor || !connector)
    return finish({
      outcome: 'FAILED',
      records: 0,
      error: `Processor ${job.processorId} is no longer registered`,
    });

  const via = job.pending?.via;
  if ((via === 'poll' || via === 'callback') && connector.poll) {
    // A callback usually answers first; a poll on each check is the fallback.
    if (via === 'poll' || (input.attempt ?? 1) > 1) {
      const now = ports.clock.now();
      try {
        const ctx = await contextFor(
          request,
          merchant,
          processor,
          round,
          now,
          ports,
        );
        const polled = await connector.poll(ctx, job.pending?.ref ?? '');
        if (polled.outcome !== 'PENDING')
          return await finish({
            outcome: polled.outcome,
            records: polled.records,
            evidence: polled.evidence,
            holds: polled.outcome === 'PARTIAL' ? polled.holds : undefined,
          });
      } catch (error) {
        if (!(error instanceof ProcessorRejectedError)) throw error;
        return finish({
          outcome: 'FAILED',
          records: 0,
          error: error.message,
        });
      }
    }
    return { state: 'PENDING' };
  }

  // Manual confirmation: chase the person, once before the due date and once after it.
  const now = ports.clock.now().getTime();
  const due = Date.parse(job.dueAt ?? request.dueAt);
  const chased = new Set(job.chased ?? []);
  let kind: 'reminder' | 'escalation' | undefined;
  if (now > due && !chased.has('escalation')) kind = 'escalation';
  else if (
    now >= due - REMIND_BEFORE_MS &&
    !chased.has('reminder') &&
    !chased.has('escalation')
  )
    kind = 'reminder';
  if (kind) {
    // Sent first (once per kind: see sendOnce), recorded after: a failed send is retried.
    await askForConfirmation(
      kind,
      request,
      merchant,
      processor,
      waiting,
      ports,
    );
    await ports.requests.saveJob(
      { ...waiting, chased: [...chased, kind] },
      'PENDING',
    );
  }

  return { state: 'PENDING' };
}
