import { type DsrRequest, owedAftermath } from '#domain/request.ts';
import { deferralCancelledAftermath } from './deferral-cancelled.ts';
import { denialAftermath } from './deny-request.ts';
import { type FailPorts, failureAftermath } from './fail-request.ts';
import { loadRequestAndMerchant } from './load.ts';
import { cancellationAftermath } from './ops/cancel-request.ts';
import { completionAftermath } from './results/closing.ts';
import { expiryAftermath } from './sweep-deadlines.ts';

/** The failure's aftermath needs the most (links and settings for the shopper's notice). */
export type AftermathPorts = FailPorts;

/**
 * Records what a closing write still owes (`pendingAftermath`, domain/request.ts) when the
 * process that wrote the status died before recording it: the same idempotent aftermath the
 * closing step runs (keyed events, emails sent once), so nothing is recorded or sent twice.
 * Run by the reconciler on the index's AFTERMATH partition.
 * @returns whether anything was owed.
 */
export async function repairAftermath(
  request: DsrRequest,
  ports: AftermathPorts,
): Promise<boolean> {
  switch (owedAftermath(request)) {
    case 'RequestCompleted':
      await completionAftermath(request, ports);
      return true;
    case 'RequestFailed': {
      const { merchant } = await loadRequestAndMerchant(
        request.requestId,
        ports,
      );
      await failureAftermath(request, merchant, ports);
      return true;
    }
    case 'RequestClosed':
      await denialAftermath(request, ports);
      return true;
    case 'RequestCancelled':
      await cancellationAftermath(request, ports);
      return true;
    case 'RequestExpired':
      await expiryAftermath(request, ports);
      return true;
    case 'DeferralCancelled': {
      const { merchant } = await loadRequestAndMerchant(
        request.requestId,
        ports,
      );
      await deferralCancelledAftermath(request, merchant, ports);
      return true;
    }
    default:
      return false;
  }
}
