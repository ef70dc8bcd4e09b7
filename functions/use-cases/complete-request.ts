import { JobsFailedError } from '#domain/errors.ts';
import { owedAftermath } from '#domain/request.ts';
import type { ProcessorJobResult } from '#domain/schemas.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { loadRequestAndMerchant } from './load.ts';
import { nextWake } from './plan-deferred-jobs.ts';
import { completeAccess } from './results/access-result.ts';
import { completeAction } from './results/action-result.ts';
import {
  type CompletionResult,
  completionAftermath,
  type ResultPorts,
} from './results/closing.ts';
import { completeErasure } from './results/erasure-result.ts';
import { releasePackage } from './results/release-result.ts';
import { resultRows } from './results/rows.ts';

export type { CompletionResult } from './results/closing.ts';

/**
 * Closes an approved request once every processor job has ended, with one module per outcome:
 * - any FAILED job: record each failure and throw {@link JobsFailedError} (the jobs failure path);
 * - access/portability (Arts 15, 20): the package and its download link (results/access-result.ts),
 *   or, after the merchant's release review, release or withhold (results/release-result.ts);
 * - erasure (Art. 17): certificate, report, deferral of held parts (results/erasure-result.ts);
 * - rectification, objection, restriction: the answers (results/action-result.ts).
 * Every result states each processor's answer through `statementOf` (results/rows.ts). An
 * email goes out before the status closes: a retry may repeat an email but never loses one.
 */
export async function completeRequest(
  input: {
    requestId: string;
    jobs: ProcessorJobResult[];
    round?: number;
    /** Set by the release step: the hash of the review link that resumed the workflow. */
    releaseLink?: string | null;
  },
  ports: ResultPorts,
): Promise<CompletionResult> {
  const round = input.round ?? 1;
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  if (request.status === 'COMPLETED' || request.status === 'DENIED') {
    // A retry after a crash between the status change and its event: the event, once.
    if (owedAftermath(request) === 'RequestCompleted')
      await completionAftermath(request, ports);
    return { status: request.status, round };
  }
  if (input.releaseLink !== undefined)
    return releasePackage(request, merchant, input.releaseLink, round, ports);
  // A retry after the deferral was recorded: wait as planned, without a second report.
  if (request.status === 'DEFERRED' && request.deferral)
    return {
      status: request.status,
      wakeAt: nextWake(request.deferral.until, ports.clock.now()),
      round,
    };

  await recordFailures(request.requestId, input.jobs, round, ports);
  const rows = await resultRows(request, merchant, ports, input.jobs);
  switch (request.type) {
    case 'access':
    case 'portability':
      return completeAccess(request, merchant, rows, round, ports);
    case 'erasure':
      return completeErasure(request, merchant, rows, round, ports);
    default:
      return completeAction(request, merchant, rows, round, ports);
  }
}

/**
 * Jobs of the round that failed: those the dispatch ended FAILED (retries exhausted) that the job
 * step could not record itself, recorded here (keeping what the job recorded: disclosures,
 * evidence, round), audited and counted; and those that failed after the dispatch (no answer in
 * time, a refused poll), which the store holds already: the input has only what the dispatch
 * answered. Any of them: throw {@link JobsFailedError}.
 */
async function recordFailures(
  requestId: string,
  jobs: readonly ProcessorJobResult[],
  round: number,
  ports: ResultPorts,
) {
  const stored = new Map<string, JobRecord>(
    (await ports.requests.listJobs(requestId)).map((j) => [j.processorId, j]),
  );
  const failed = jobs.filter((j) => j.outcome === 'FAILED');
  const failedLater = [...stored.values()].filter(
    (j) =>
      (j.round ?? 1) === round &&
      j.state === 'FAILED' &&
      !failed.some((f) => f.processorId === j.processorId),
  );
  if (failed.length + failedLater.length === 0) return;
  for (const job of failed) {
    const record = stored.get(job.processorId);
    // Already recorded FAILED by the job step (audited and counted there).
    if (record?.state === 'FAILED') continue;
    const now = ports.clock.now().toISOString();
    await ports.requests.saveJob({
      ...record,
      requestId,
      processorId: job.processorId,
      state: 'FAILED',
      startedAt: record?.startedAt ?? now,
      finishedAt: now,
      error: job.error ?? 'Unknown',
    });
    await ports.audit.append({
      requestId,
      type: 'ProcessorJobFailed',
      at: now,
      actor: `processor:${job.processorId}`,
      details: { processorId: job.processorId, error: job.error ?? 'Unknown' },
    });
    ports.metrics.record('JobsFinished', 1, {
      dimensions: { processor: job.processorId, outcome: 'FAILED' },
    });
  }
  throw new JobsFailedError(
    [...failed, ...failedLater].map((j) => j.processorId),
  );
}
