import { ValidationError } from '#domain/errors.ts';
import { partKey } from '#domain/object-keys.ts';
import type { ProcessorJobResult } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * One job at one processor, through the connector of the processor's kind (ports/connectors.ts).
 * Access/portability records go to the export store; erasure reports what was erased (Art. 17,
 * 19). Types the connector cannot carry out end SKIPPED, which the result email states.
 * A retried job that already finished returns its recorded outcome instead of acting twice.
 */
export async function runProcessorJob(
  input: { requestId: string; processorId: string },
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'merchants'
    | 'connectors'
    | 'exports'
    | 'clock'
    | 'metrics'
  >,
): Promise<ProcessorJobResult> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  const processor = merchant.processors.find(
    (p) => p.processorId === input.processorId,
  );
  if (!processor)
    throw new ValidationError(
      `Processor ${input.processorId} is not registered for this merchant`,
    );
  // A retried job that already finished returns its recorded outcome instead of acting twice.
  const previous = (await ports.requests.listJobs(request.requestId)).find(
    (j) => j.processorId === processor.processorId,
  );
  if (previous && previous.state !== 'RUNNING' && previous.state !== 'FAILED') {
    return {
      processorId: processor.processorId,
      outcome: previous.state,
      records: previous.records ?? 0,
      partKey: previous.partKey,
    };
  }
  const startedAt = ports.clock.now().toISOString();
  // Processors are chased before the merchant's deadline, not after it.
  const dueAt = new Date(
    Date.parse(request.dueAt) - processor.leadTimeDays * 86_400_000,
  ).toISOString();
  await ports.requests.saveJob({
    requestId: request.requestId,
    processorId: processor.processorId,
    state: 'RUNNING',
    startedAt,
    dueAt,
  });

  const connector = ports.connectors.get(processor.kind);
  const style = connector?.capabilities[request.type];
  let result: ProcessorJobResult;
  if (!connector || !style) {
    result = {
      processorId: processor.processorId,
      outcome: 'SKIPPED',
      records: 0,
    };
  } else {
    const found = await connector.run(
      request.type,
      {
        requestId: request.requestId,
        merchantId: merchant.merchantId,
        email: request.email,
        subjectRef: request.subjectRef,
        name: request.name,
      },
      processor,
    );
    result = {
      processorId: processor.processorId,
      outcome: found.outcome,
      records: found.records,
    };
    if (request.type === 'access' || request.type === 'portability') {
      // Large data never travels in execution state: the records go to the export store.
      const key = partKey(request.requestId, processor.processorId);
      await ports.exports.put(
        key,
        JSON.stringify(found.data ?? []),
        'application/json',
      );
      result.partKey = key;
    }
  }

  const finishedAt = ports.clock.now().toISOString();
  await ports.requests.saveJob({
    requestId: request.requestId,
    processorId: processor.processorId,
    state: result.outcome,
    startedAt,
    dueAt,
    finishedAt,
    records: result.records,
    partKey: result.partKey,
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ProcessorJobCompleted',
    at: finishedAt,
    actor: `processor:${processor.processorId}`,
    details: {
      processorId: processor.processorId,
      outcome: result.outcome,
      records: result.records,
    },
  });
  ports.metrics.record('JobsFinished', 1, {
    dimensions: { processor: processor.processorId, outcome: result.outcome },
  });
  return result;
}
