import type { CallbackVerifier } from '#ports/connectors.ts';
import type { Ports } from '#ports/index.ts';
import { wakeRound } from './await-processor-jobs.ts';
import { contextFor, finishJob, processorOf } from './processor-job-support.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PROCESSOR_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * A processor's status callback about one job (OpenDSR `status_callback_urls`): authenticated
 * before anything is read (signature over the raw body), then recorded; a final status finishes
 * the job and, when it was the round's last, resumes the workflow's wait. Repeats answer 202 and change nothing. Answers 404
 * for a job that does not exist (no detail), 401/400 as the verifier decides.
 */
export async function receiveProcessorCallback(
  input: {
    requestId: string;
    processorId: string;
    rawBody: Buffer;
    headers: Readonly<Record<string, string | undefined>>;
  },
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'merchants'
    | 'credentials'
    | 'clock'
    | 'metrics'
    | 'settings'
    | 'workflow'
  > & { callbacks: CallbackVerifier },
): Promise<{ status: 202 | 400 | 401 | 404 }> {
  if (!UUID.test(input.requestId) || !PROCESSOR_ID.test(input.processorId))
    return { status: 404 };
  const request = await ports.requests.get(input.requestId);
  const merchant = request && (await ports.merchants.get(request.merchantId));
  if (!request || !merchant) return { status: 404 };
  const processor = processorOf(merchant, input.processorId);
  const job = await ports.requests.getJob(request.requestId, input.processorId);
  const ref = job?.pending?.ref;
  if (!processor || !job || !ref || processor.kind !== 'opendsr')
    return { status: 404 };
  const now = ports.clock.now();
  const ctx = await contextFor(
    request,
    merchant,
    processor,
    job.round ?? 1,
    now,
    ports,
  );
  const verdict = await ports.callbacks.verify({
    processor,
    credentials: ctx.credentials,
    rawBody: input.rawBody,
    headers: input.headers,
    expectedRef: ref,
    expectedCallbackUrl: ctx.callbackUrl ?? '',
    now,
  });
  if (verdict.status !== 202) return { status: verdict.status };
  const outcome = verdict.rejected ? 'FAILED' : verdict.result?.outcome;
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ProcessorCallbackReceived',
    at: now.toISOString(),
    actor: `processor:${processor.processorId}`,
    details: {
      processorId: processor.processorId,
      status: outcome ?? 'unknown',
    },
  });
  if (job.state !== 'PENDING' || !outcome || outcome === 'PENDING')
    return { status: 202 };
  const result = verdict.result;
  const { stored } = await finishJob(
    job,
    verdict.rejected || !result || result.outcome === 'PENDING'
      ? { outcome: 'FAILED', records: 0, error: verdict.rejected }
      : {
          outcome: result.outcome,
          records: result.records,
          evidence: result.evidence,
          holds: result.outcome === 'PARTIAL' ? result.holds : undefined,
        },
    ports,
    'PENDING',
  );
  if (stored) await wakeRound(request.requestId, job.round ?? 1, ports);

  return { status: 202 };
}
