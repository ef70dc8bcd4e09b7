import { InvalidTransitionError, JobsFailedError } from '#domain/errors.ts';
import {
  buildExportDocument,
  type ExportRecord,
  exportCsv,
} from '#domain/export-package.ts';
import { erasureReportKey, exportKeys } from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  type MerchantConfig,
  ProcessorConfig,
  type ProcessorJobResult,
} from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import {
  accessResultEmail,
  erasureDeferredEmail,
  erasureReportEmail,
  requestDoneEmail,
  withStatusLink,
} from '#presentation/emails.ts';
import { issueLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { nextWake } from './plan-deferred-jobs.ts';
import { processorOf, resultOf } from './processor-job-support.ts';
import { issueStatusLink } from './request-status.ts';

type CompletePorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'exports'
  | 'mailer'
  | 'clock'
  | 'settings'
  | 'metrics'
>;

/**
 * Closes an approved request once every processor job has ended.
 * Any FAILED job: record each failure and throw {@link JobsFailedError} (the workflow's jobs failure path).
 * Access/portability (Arts 15, 20): assemble data.json + data.csv from the parts and email download links.
 * Erasure (Art. 17): store the per-processor report and email it. Others: email the outcome.
 * The email goes out before the status closes: a retry may repeat an email but never loses one.
 */
export async function completeRequest(
  input: { requestId: string; jobs: ProcessorJobResult[]; round?: number },
  ports: CompletePorts,
): Promise<{ status: DsrRequest['status']; wakeAt?: string; round: number }> {
  const round = input.round ?? 1;
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  if (request.status === 'COMPLETED') return { status: request.status, round };
  // A retry after the deferral was recorded: wait as planned, without a second report.
  if (request.status === 'DEFERRED' && request.deferral)
    return {
      status: request.status,
      wakeAt: nextWake(request.deferral.until, ports.clock.now()),
      round,
    };

  // Every processor's latest job (a deferred round re-runs only the held ones).
  const stored = new Map(
    (await ports.requests.listJobs(request.requestId)).map((j) => [
      j.processorId,
      j,
    ]),
  );
  const failed = input.jobs.filter((j) => j.outcome === 'FAILED');
  if (failed.length > 0) {
    for (const job of failed) {
      const record = stored.get(job.processorId);
      // Already recorded FAILED by the job step (audited and counted there).
      if (record?.state === 'FAILED') continue;
      // Failed in the workflow (retries exhausted, no answer): record it, keeping what the job
      // recorded (disclosures, evidence, round).
      const now = ports.clock.now().toISOString();
      await ports.requests.saveJob({
        ...record,
        requestId: request.requestId,
        processorId: job.processorId,
        state: 'FAILED',
        startedAt: record?.startedAt ?? now,
        finishedAt: now,
        error: job.error ?? 'Unknown',
        taskToken: undefined,
      });
      await ports.audit.append({
        requestId: request.requestId,
        type: 'ProcessorJobFailed',
        at: now,
        actor: `processor:${job.processorId}`,
        details: {
          processorId: job.processorId,
          error: job.error ?? 'Unknown',
        },
      });
      ports.metrics.record('JobsFinished', 1, {
        dimensions: { processor: job.processorId, outcome: 'FAILED' },
      });
    }
    throw new JobsFailedError(failed.map((j) => j.processorId));
  }

  const fromInput = new Map(input.jobs.map((j) => [j.processorId, j]));
  const ids = [...new Set([...fromInput.keys(), ...stored.keys()])];
  const rows = ids.map((id) => {
    const record = stored.get(id);
    return {
      job: record
        ? resultOf(record)
        : (fromInput.get(id) as ProcessorJobResult),
      processor: reportedProcessor(merchant, id),
      holds: record?.holds,
      disclosures: record?.disclosures ?? [],
    };
  });
  const deferred = rows.filter((r) => r.job.holdUntil);
  const deferredUntil =
    request.type === 'erasure' && deferred.length
      ? (deferred
          .map((r) => r.job.holdUntil as string)
          .sort()
          .at(-1) as string)
      : undefined;
  if (request.type === 'access' || request.type === 'portability') {
    await deliverExport(request, merchant, rows, ports);
  } else if (request.type === 'erasure') {
    const key = erasureReportKey(request.requestId);
    const report = {
      schema: 'dsr-erasure-report/1',
      requestId: request.requestId,
      merchantId: merchant.merchantId,
      completedAt: ports.clock.now().toISOString(),
      processors: rows.map((r) => ({
        processorId: r.processor.processorId,
        name: r.processor.name,
        outcome: r.job.outcome,
        records: r.job.records,
        kept: r.holds ?? [],
      })),
      // Art. 19: every recipient told of the erasure, with what was sent and when.
      recipients: rows
        .filter((r) => r.disclosures.length > 0)
        .map((r) => ({
          processorId: r.processor.processorId,
          name: r.processor.name,
          disclosures: r.disclosures,
        })),
      ...(deferredUntil ? { deferredUntil } : {}),
    };
    await ports.exports.put(
      key,
      JSON.stringify(report, null, 2),
      'application/json',
    );
    await audit(ports, request, 'ErasureReportWritten', { key });
    const sent = await ports.mailer.send(
      withStatusLink(
        erasureReportEmail(merchant, request, rows, deferredUntil),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    );
    await audit(ports, request, 'ResultSent', { messageId: sent.messageId });
  } else {
    const sent = await ports.mailer.send(
      withStatusLink(
        requestDoneEmail(merchant, request, rows),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    );
    await audit(ports, request, 'ResultSent', { messageId: sent.messageId });
  }

  if (deferredUntil) {
    const at = ports.clock.now();
    const processorIds = deferred.map((r) => r.processor.processorId);
    const moved = await ports.requests.transition(
      request.requestId,
      ['IN_PROGRESS'],
      'DEFERRED',
      {
        updatedAt: at.toISOString(),
        deferral: { until: deferredUntil, processorIds },
      },
    );
    if (!moved) throw new InvalidTransitionError(request.requestId, 'DEFERRED');
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ErasureDeferred',
      at: at.toISOString(),
      actor: 'system',
      fromStatus: 'IN_PROGRESS',
      toStatus: 'DEFERRED',
      key: `deferred:${round}`,
      details: { until: deferredUntil, jobs: processorIds.length, round },
    });
    // The merchant learns what waits and may cancel it (e.g. the data is needed for a claim).
    const cancel = await issueLink('deferral', request.requestId, ports);
    await ports.mailer.send(
      erasureDeferredEmail(
        merchant,
        request,
        deferred.map((r) => r.processor.name),
        deferredUntil,
        cancel.url,
      ),
    );
    return {
      status: 'DEFERRED',
      wakeAt: nextWake(deferredUntil, at),
      round,
    };
  }

  const now = ports.clock.now().toISOString();
  const completed = await ports.requests.transition(
    request.requestId,
    ['IN_PROGRESS'],
    'COMPLETED',
    { completedAt: now, updatedAt: now },
  );
  // Cancelled or failed meanwhile: the result went out, but the request is not COMPLETED.
  if (!completed)
    throw new InvalidTransitionError(request.requestId, 'COMPLETED');
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestCompleted',
    at: now,
    actor: 'system',
    fromStatus: 'IN_PROGRESS',
    toStatus: 'COMPLETED',
  });
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'COMPLETED' },
  });
  ports.metrics.record(
    'TimeToComplete',
    Date.parse(now) - Date.parse(request.receivedAt),
    { unit: 'Milliseconds', dimensions: { type: request.type } },
  );
  return { status: 'COMPLETED', round };
}

async function deliverExport(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: {
    job: ProcessorJobResult;
    processor: MerchantConfig['processors'][number];
  }[],
  ports: CompletePorts,
) {
  const parts = [];
  for (const { job, processor } of rows) {
    const text = job.partKey
      ? await ports.exports.getText(job.partKey)
      : undefined;
    parts.push({
      processor,
      records: text ? (JSON.parse(text) as ExportRecord[]) : [],
    });
  }
  const doc = buildExportDocument(
    request,
    merchant,
    parts,
    ports.clock.now().toISOString(),
  );
  const keys = exportKeys(request.requestId);
  await ports.exports.put(
    keys.json,
    JSON.stringify(doc, null, 2),
    'application/json',
  );
  await ports.exports.put(keys.csv, exportCsv(doc), 'text/csv');
  await ports.requests.update(request.requestId, { exportKeys: keys });
  await audit(ports, request, 'ExportWritten', {
    json: keys.json,
    csv: keys.csv,
    sources: parts.length,
  });

  const base = `${merchant.merchantId}-data-${request.requestId.slice(0, 8)}`;
  const json = await issueLink('download', request.requestId, ports, {
    objectKey: keys.json,
    filename: `${base}.json`,
  });
  const csv = await issueLink('download', request.requestId, ports, {
    objectKey: keys.csv,
    filename: `${base}.csv`,
  });
  const status = await issueStatusLink(request.requestId, ports);
  const sent = await ports.mailer.send(
    withStatusLink(
      accessResultEmail(
        merchant,
        request,
        [
          { kind: 'json', url: json.url },
          { kind: 'csv', url: csv.url },
        ],
        json.expiresAt,
      ),
      merchant,
      request,
      status.url,
    ),
  );
  await audit(ports, request, 'ResultSent', {
    messageId: sent.messageId,
    links: 2,
  });
}

/** A processor removed from the registry while the request ran still gets a row in the report. */
function reportedProcessor(merchant: MerchantConfig, processorId: string) {
  return (
    processorOf(merchant, processorId) ??
    ProcessorConfig.parse({
      processorId,
      kind: 'internal-dynamodb',
      name: processorId,
    })
  );
}

async function audit(
  ports: Pick<Ports, 'audit' | 'clock'>,
  request: DsrRequest,
  type: 'ExportWritten' | 'ErasureReportWritten' | 'ResultSent',
  details: Record<string, string | number>,
) {
  await ports.audit.append({
    requestId: request.requestId,
    type,
    at: ports.clock.now().toISOString(),
    actor: 'system',
    details,
  });
}
