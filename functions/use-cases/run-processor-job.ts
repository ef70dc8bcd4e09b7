import { ValidationError } from '#domain/errors.ts';
import { partKey } from '#domain/object-keys.ts';
import type { ProcessorJobResult } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * One job at one processor. The spine's connector is `internal-dynamodb`: the merchant's own
 * customer records in our table. Access/portability write the records to the export store
 * (large data never travels in execution state); erasure deletes them (Art. 17).
 * Types the connector cannot perform end SKIPPED, which the result email states.
 */
export async function runProcessorJob(
  input: { requestId: string; processorId: string },
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'merchants'
    | 'subjectData'
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

  let result: ProcessorJobResult;
  switch (request.type) {
    case 'access':
    case 'portability': {
      const records = await ports.subjectData.find(
        merchant.merchantId,
        request.subjectRef,
      );
      const key = partKey(request.requestId, processor.processorId);
      await ports.exports.put(key, JSON.stringify(records), 'application/json');
      result = {
        processorId: processor.processorId,
        outcome: records.length > 0 ? 'COMPLETED' : 'NOT_FOUND',
        records: records.length,
        partKey: key,
      };
      break;
    }
    case 'erasure': {
      const erased = await ports.subjectData.erase(
        merchant.merchantId,
        request.subjectRef,
      );
      result = {
        processorId: processor.processorId,
        outcome: erased > 0 ? 'COMPLETED' : 'NOT_FOUND',
        records: erased,
      };
      break;
    }
    default:
      result = {
        processorId: processor.processorId,
        outcome: 'SKIPPED',
        records: 0,
      };
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
