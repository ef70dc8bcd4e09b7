import { merchantActor } from '#domain/audit.ts';
import { parseDeferralCancellation } from '#domain/deferral-keep.ts';
import { LinkGoneError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import { closing } from '#domain/retention.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { isTransient } from '#shared/task-errors.ts';
import { deferralCancelledAftermath } from './deferral-cancelled.ts';
import { consumeLink } from './links.ts';
import { previewDeferral } from './preview-deferral.ts';
import {
  type WithdrawPorts,
  withdrawPendingErasures,
} from './withdraw-erasure.ts';

export { previewDeferral };

/**
 * What a cancellation of a deferred erasure posts: the reasons of this case, the Art. 17(3)
 * ground the data is kept on and until when (domain/deferral-keep.ts), checked as of the clock's
 * day; refused (400, nothing stored) otherwise.
 */
export function parseCancellation(
  body: Record<string, unknown>,
  ports: Pick<Ports, 'clock'>,
): DeferralCancellation {
  return parseDeferralCancellation(
    body,
    ports.clock.now().toISOString().slice(0, 10),
  );
}

export type DeferralCancellation = ReturnType<typeof parseDeferralCancellation>;

type DeferralPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'clock'
  | 'mailer'
  | 'sentMail'
  | 'settings'
> &
  WithdrawPorts;

/**
 * POST of the deferral link: the merchant keeps the held data on an Art. 17(3) ground until a
 * date or an event, with the reasons (cancelDeferredErasure closes, then tells the shopper).
 */
export async function cancelDeferral(
  secret: string,
  body: Record<string, unknown>,
  ports: DeferralPorts,
): Promise<void> {
  const cancellation = parseCancellation(body, ports);
  const view = await previewDeferral(secret, ports);
  await cancelDeferredErasure(
    view.request,
    view.merchant,
    cancellation,
    'merchant',
    ports,
    () => consumeLink(secret, 'deferral', ports),
  );
}

/**
 * Cancels the deferred part of an erasure, keeping the held data: by the merchant's emailed
 * link, or by a console member (`by` `member:<key>`), whose cancellation leaves every deferral
 * link of the request answered (it is no longer deferred). An erasure already asked of a
 * processor is withdrawn first (a transient failure refuses with nothing changed). Then
 * DEFERRED → COMPLETED, in one conditional write that stores the cancellation and the aftermath
 * it owes (`pendingAftermath`); `afterClosing` uses the emailed link up (a link whose request is
 * no longer DEFERRED is gone anyway), and {@link deferralCancelledAftermath} tells the shopper
 * and records it. A process that dies after the write leaves the request in the index's
 * AFTERMATH partition, where the reconciler finishes it (use-cases/aftermath.ts): the shopper
 * is never left without the notice while the held data is kept. The waiting workflow wakes,
 * finds the deferral cancelled and ends.
 */
export async function cancelDeferredErasure(
  request: DsrRequest,
  merchant: MerchantConfig,
  { reason, keep }: DeferralCancellation,
  by: string,
  ports: DeferralPorts,
  afterClosing?: () => Promise<unknown>,
): Promise<void> {
  const deferral = request.deferral;
  if (request.status !== 'DEFERRED' || !deferral || deferral.cancelledAt)
    throw new LinkGoneError('used');
  // Before anything is written or sent: an erasure we asked a processor for (Shopify's, carried
  // out days later) is withdrawn, and its answer recorded on the job, so the notice can say what
  // happened; a transient failure refuses the cancellation with nothing changed (the merchant
  // retries).
  await withdrawPendingErasures(request, merchant, by, ports);
  const at = ports.clock.now().toISOString();
  const moved = await ports.requests.transition(
    request.requestId,
    ['DEFERRED'],
    'COMPLETED',
    {
      ...closing(at, merchant),
      updatedAt: at,
      deferral: {
        ...deferral,
        cancelledAt: at,
        cancelledBy: merchantActor(by),
        reason,
        keep,
      },
      pendingAftermath: 'DeferralCancelled',
    },
  );
  if (!moved) throw new LinkGoneError('used');
  // The cancellation is stored: what it owes is the reconciler's when this attempt cannot finish
  // it now (the email service or the table throttled), so the merchant is not told a stored cancellation
  // failed; the page says only that the held data is kept, which is true.
  try {
    await afterClosing?.();
    await deferralCancelledAftermath(moved, merchant, ports);
  } catch (error) {
    if (!isTransient(error)) throw error;
  }
}
