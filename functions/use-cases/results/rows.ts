/**
 * The rows every result is written from: each processor the request reached, its latest job as
 * recorded, and the statement of what it answered (domain/processor-answer.ts). Emails, the
 * package's report, the certificate, the release review and the status page all read these.
 */
import { type PackagePart, packageParts } from '#domain/package-parts.ts';
import {
  type ProcessorStatement,
  statementOf,
} from '#domain/processor-answer.ts';
import { processorOf } from '#domain/processor-scope.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  type MerchantConfig,
  ProcessorConfig,
  type ProcessorJobResult,
} from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { JobRecord } from '#ports/request-store.ts';

export interface ResultRow {
  processor: ProcessorConfig;
  job: JobRecord;
  statement: ProcessorStatement;
}

/**
 * One row per processor: its stored job (a deferred round re-runs only the held ones, so each
 * processor's latest record counts), else the result the workflow passed on (a job the workflow
 * failed before anything was stored).
 */
export async function resultRows(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: Pick<Ports, 'requests'>,
  fromWorkflow: readonly ProcessorJobResult[] = [],
): Promise<ResultRow[]> {
  const stored = new Map(
    (await ports.requests.listJobs(request.requestId)).map((j) => [
      j.processorId,
      j,
    ]),
  );
  for (const result of fromWorkflow)
    if (!stored.has(result.processorId))
      stored.set(result.processorId, {
        requestId: request.requestId,
        processorId: result.processorId,
        state: result.outcome,
        startedAt: request.updatedAt,
        records: result.records,
        error: result.error,
      });
  // In the registry's order, so every output lists the processors alike.
  const order = new Map(merchant.processors.map((p, i) => [p.processorId, i]));
  return [...stored.values()]
    .sort(
      (a, b) =>
        (order.get(a.processorId) ?? Number.MAX_SAFE_INTEGER) -
        (order.get(b.processorId) ?? Number.MAX_SAFE_INTEGER),
    )
    .map((job) => ({
      job,
      processor: reportedProcessor(merchant, job.processorId),
      statement: statementOf(job, request.type, request.objectionScope),
    }));
}

/** A processor removed from the registry while the request ran still gets a row. */
export function reportedProcessor(
  merchant: MerchantConfig,
  processorId: string,
): ProcessorConfig {
  return (
    processorOf(merchant, processorId) ??
    ProcessorConfig.parse({
      processorId,
      kind: 'internal-dynamodb',
      name: processorId,
    })
  );
}

/**
 * The parts of the built package the review may leave out: each processor's records by the
 * categories counted when the package was written, and each file it uploaded.
 */
export function partsOf(
  request: Pick<DsrRequest, 'packageContents'>,
  sources: readonly ResultRow[],
): PackagePart[] {
  return packageParts(
    request.packageContents ?? [],
    sources.map((s) => ({
      processorId: s.processor.processorId,
      count: s.job.files?.length ?? 0,
    })),
  );
}
