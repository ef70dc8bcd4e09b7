import { ValidationError } from '#domain/errors.ts';
import { objectTags, PART_KIND, partKey } from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import type {
  MerchantConfig,
  ProcessorConfig,
  ProcessorJobResult,
} from '#domain/schemas.ts';
import {
  CAPABILITY_OF,
  type ConnectorResult,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { askForConfirmation } from './ask-for-confirmation.ts';
import { loadRequestAndMerchant } from './load.ts';
import {
  auditJobFinished,
  connectorFor,
  contextFor,
  finishJob,
  processorOf,
  type RunJobPorts,
  resultOf,
} from './processor-job-support.ts';

/**
 * One job at one processor, through the connector of the processor's kind (ports/connectors.ts):
 * its first contact only, never a wait, so the dispatch reaches every processor within seconds.
 * Synchronous connectors finish here: access records go to the export store; erasure reports
 * what was erased or kept under a legal hold (Art. 17(3)). Asynchronous and manual ones end
 * PENDING (a person gets the request email with a confirmation link); the workflow then checks
 * and waits for all of the round's pending jobs at once ({@link ./check-processor-jobs.ts}). A
 * processor that refuses for a reason retrying cannot fix ends FAILED with that reason. A retried
 * job that already finished this round returns its recorded outcome instead of acting twice.
 */
export async function runProcessorJob(
  input: {
    requestId: string;
    processorId: string;
    round?: number;
    notBefore?: string | null;
  },
  ports: RunJobPorts,
): Promise<ProcessorJobResult> {
  const round = input.round ?? 1;
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  const processor = processorOf(merchant, input.processorId);
  if (!processor)
    throw new ValidationError(
      `Processor ${input.processorId} is not registered for this merchant`,
    );
  const previous = await ports.requests.getJob(
    request.requestId,
    processor.processorId,
  );
  if (
    previous &&
    (previous.round ?? 1) === round &&
    previous.state !== 'RUNNING' &&
    previous.state !== 'FAILED'
  ) {
    if (previous.state !== 'PENDING') {
      // Finished by an earlier try that may have stopped before auditing it.
      await auditJobFinished(previous, ports);
      return resultOf(previous);
    }
    // A retry after the request email to a person failed: send it now.
    if (previous.pending?.via === 'confirmation' && !previous.pending.notified)
      await notify(previous, request, merchant, processor, ports);
    return pendingResult(previous);
  }

  const clock = ports.clock.now();
  // After a Wait for a hold to end, act as of the Wait's end at least (the engine guarantees it on AWS).
  const now =
    input.notBefore && Date.parse(input.notBefore) > clock.getTime()
      ? new Date(input.notBefore)
      : clock;
  const job: JobRecord = {
    requestId: request.requestId,
    processorId: processor.processorId,
    state: 'RUNNING',
    startedAt: clock.toISOString(),
    // Processors are chased before the merchant's deadline, not after it.
    dueAt: new Date(
      Date.parse(request.dueAt) - processor.leadTimeDays * 86_400_000,
    ).toISOString(),
    round,
    disclosures: previous?.disclosures,
    evidence: previous?.evidence,
    // An earlier attempt of this round that stopped after some calls took effect.
    progress:
      previous && (previous.round ?? 1) === round
        ? previous.progress
        : undefined,
  };
  await ports.requests.saveJob(job);

  const connector = connectorFor(request, processor, ports);
  if (!connector)
    return (await finishJob(job, { outcome: 'SKIPPED', records: 0 }, ports))
      .result;

  let found: ConnectorResult;
  try {
    const ctx = await contextFor(
      request,
      merchant,
      processor,
      round,
      now,
      ports,
      connector.kind !== 'email',
    );
    found = await connector.run({
      ...ctx,
      ...(job.progress ? { progress: job.progress } : {}),
      checkpoint: async (references) => {
        job.progress = { ...job.progress, ...references };
        await ports.requests.saveJob(job);
      },
    });
  } catch (error) {
    if (error instanceof ProcessorRejectedError)
      return (
        await finishJob(
          job,
          { outcome: 'FAILED', records: 0, error: error.message },
          ports,
        )
      ).result;
    throw error;
  }

  const at = clock.toISOString();
  job.disclosures = [
    ...(job.disclosures ?? []),
    ...found.disclosures.map((d) => ({ ...d, at, round })),
  ];
  job.evidence = { ...job.evidence, ...found.evidence };

  if (found.outcome === 'PENDING') {
    const pending: JobRecord = {
      ...job,
      state: 'PENDING',
      pending: {
        ref: found.pending.ref,
        via: found.pending.via,
        confirmBy: found.pending.confirmBy,
        checkAfterSeconds: found.pending.checkAfterSeconds,
        ...(found.pending.via === 'confirmation' ? { notified: false } : {}),
      },
      chased: [],
    };
    await ports.requests.saveJob(pending);
    if (found.pending.via === 'confirmation')
      await notify(pending, request, merchant, processor, ports);
    else
      await ports.audit.append({
        requestId: request.requestId,
        type: 'ProcessorJobPending',
        at,
        actor: `processor:${processor.processorId}`,
        key: `confirm:${processor.processorId}:${round}:request`,
        details: { processorId: processor.processorId, via: found.pending.via },
      });
    return pendingResult(pending);
  }

  // Shopify's erasure sends `customers/redact` to the store's apps (Judge.me, Nosto, Justuno):
  // recorded, so the report names every recipient the erasure reached (Art. 19).
  const erasedAtShopify =
    processor.kind === 'shopify' &&
    request.type === 'erasure' &&
    (found.outcome === 'COMPLETED' ||
      (found.outcome === 'PARTIAL' && !found.holds.some((h) => h.deferrable)));
  if (erasedAtShopify) {
    const apps = merchant.processors.filter((p) => p.shopifyApp);
    job.evidence = {
      ...job.evidence,
      redactCascade: apps.map((p) => p.processorId).join(','),
    };
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ShopifyRedactCascade',
      at,
      actor: `processor:${processor.processorId}`,
      key: `cascade:${processor.processorId}`,
      details: { apps: apps.map((p) => p.processorId).join(','), round },
    });
  }

  let key: string | undefined;
  if (found.data && CAPABILITY_OF[request.type] === 'access') {
    // Large data never travels in execution state: the records go to the export store.
    key = partKey(request.requestId, processor.processorId);
    // One record per line (NDJSON): the package streams it back a line at a time.
    await ports.exports.put(
      key,
      found.data.map((r) => JSON.stringify(r)).join('\n'),
      'application/x-ndjson',
      // Working material: kept until the request can no longer need it (data-stack lifecycle).
      objectTags(PART_KIND, merchant.merchantId),
    );
  }
  const { result } = await finishJob(
    job,
    {
      outcome: found.outcome,
      records: found.records,
      holds: found.outcome === 'PARTIAL' ? found.holds : undefined,
      partKey: key,
      changes: found.changes,
    },
    ports,
  );
  return result;
}

/** Emails the person who confirms a manual job, then records that it went out. */
async function notify(
  job: JobRecord,
  request: DsrRequest,
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  ports: RunJobPorts,
) {
  await askForConfirmation('request', request, merchant, processor, job, ports);
  if (job.pending)
    await ports.requests.saveJob(
      { ...job, pending: { ...job.pending, notified: true } },
      'PENDING',
    );
}

/** The dispatch's answer for a job that answers later: the round's checks take it from here. */
export function pendingResult(job: JobRecord): ProcessorJobResult {
  return { processorId: job.processorId, outcome: 'PENDING', records: 0 };
}
