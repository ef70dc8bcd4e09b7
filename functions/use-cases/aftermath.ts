import { type DsrRequest, owedAftermath } from '#domain/request.ts';
import { type FailPorts, failureAftermath } from './fail-request.ts';
import { loadRequestAndMerchant } from './load.ts';
import { completionAftermath } from './results/closing.ts';

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
    default:
      return false;
  }
}
