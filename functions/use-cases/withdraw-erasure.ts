/**
 * Withdrawing an erasure a processor carries out later (Shopify's `customerCancelDataErasure`):
 * when the merchant cancels a deferred erasure to keep the shopper's data on an Art. 17(3)
 * ground, the customer we asked Shopify to erase (queued there for days) must not be erased
 * behind the shopper's notice. Each job of the request whose evidence says we asked for the
 * erasure (`erasureRequestedAt`; a job deferred by a hold never asked) is withdrawn through its
 * connector, and what the processor answered is recorded on the job (`evidence.erasureCancel`,
 * `erasureCancelAt`) and audited, before the shopper is told (cancel-deferral.ts). A transient
 * failure changes nothing and refuses the cancellation, so the merchant can try again.
 */
import { merchantActor } from '#domain/audit.ts';
import {
  DecisionRefusedError,
  type DeferralProblem,
} from '#domain/decision.ts';
import { TransientError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import {
  type ErasureCancellation,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { Ports } from '#ports/index.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { contextFor, processorOf } from './processor-job-support.ts';

/** What became of a withdrawal: the processor's answer, or its refusal (`refused`). */
export type ErasureWithdrawal = ErasureCancellation | 'refused';

export type WithdrawPorts = Pick<
  Ports,
  'requests' | 'audit' | 'connectors' | 'credentials' | 'clock' | 'settings'
>;

/** The processor's reference of the subject that a pending erasure was asked for with. */
function pendingRef(job: JobRecord): string | undefined {
  const e = job.evidence;
  if (!e?.erasureRequestedAt || e.erasureCancel) return undefined;
  return e.shopifyCustomerId;
}

/**
 * Withdraws the request's pending erasures, once: a job whose withdrawal is recorded is not
 * asked again (a retried cancellation). Returns every job with a recorded withdrawal (this
 * attempt's or an earlier one's), for the shopper's notice.
 */
export async function withdrawPendingErasures(
  request: DsrRequest,
  merchant: MerchantConfig,
  by: string,
  ports: WithdrawPorts,
): Promise<JobRecord[]> {
  const jobs = await ports.requests.listJobs(request.requestId);
  const done: JobRecord[] = [];
  for (const job of jobs) {
    const ref = pendingRef(job);
    const processor = processorOf(merchant, job.processorId);
    const connector = processor && ports.connectors.get(processor.kind);
    if (job.evidence?.erasureCancel) done.push(job);
    if (!ref || !processor || !connector?.cancelErasure) continue;
    const now = ports.clock.now();
    let outcome: ErasureWithdrawal;
    let disclosures: JobRecord['disclosures'] = [];
    try {
      const ctx = await contextFor(
        request,
        merchant,
        processor,
        job.round ?? 1,
        now,
        ports,
      );
      const answer = await connector.cancelErasure(ctx, ref);
      outcome = answer.outcome;
      disclosures = answer.disclosures.map((d) => ({
        ...d,
        at: now.toISOString(),
        round: job.round ?? 1,
      }));
    } catch (error) {
      if (error instanceof ProcessorRejectedError) outcome = 'refused';
      else if (error instanceof TransientError)
        throw new DecisionRefusedError<DeferralProblem>(
          `${processor.kind} could not withdraw the erasure now; nothing was changed, try again`,
          {},
          'processorUnavailable',
        );
      else throw error;
    }
    const at = now.toISOString();
    const recorded: JobRecord = {
      ...job,
      evidence: {
        ...job.evidence,
        erasureCancel: outcome,
        erasureCancelAt: at,
      },
      ...(disclosures.length
        ? { disclosures: [...(job.disclosures ?? []), ...disclosures] }
        : {}),
    };
    await ports.requests.saveJob(recorded);
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ProcessorErasureWithdrawn',
      at,
      actor: merchantActor(by),
      key: `erasure-withdrawn:${job.processorId}`,
      details: { processorId: job.processorId, outcome },
    });
    done.push(recorded);
  }
  return done;
}
