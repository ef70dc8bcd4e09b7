import { merchantActor } from '#domain/audit.ts';
import { parseDeferralCancellation } from '#domain/deferral-keep.ts';
import { LinkGoneError } from '#domain/errors.ts';
import { statementOf } from '#domain/processor-answer.ts';
import type { DsrRequest } from '#domain/request.ts';
import { closing } from '#domain/retention.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { withStatusLink } from '#presentation/emails.ts';
import { deferralCancelledEmail } from '#presentation/notice-emails.ts';
import { processorName } from '#presentation/register.ts';
import { consumeLink, inspectLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';
import {
  type WithdrawPorts,
  withdrawPendingErasures,
} from './withdraw-erasure.ts';

/** GET of the merchant's deferral link: what is held, where and until when. Changes nothing. */
export async function previewDeferral(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const link = await inspectLink(secret, 'deferral', ports);
  const { request, merchant } = await loadRequestAndMerchant(
    link.requestId,
    ports,
  );
  const deferral = request.deferral;
  if (request.status !== 'DEFERRED' || !deferral || deferral.cancelledAt)
    throw new LinkGoneError('used');
  const processors = deferral.processorIds.map((id) => {
    const p = merchant.processors.find((x) => x.processorId === id);
    return p ? processorName(p, merchant.locale) : id;
  });
  return { request, merchant, processors, until: deferral.until };
}

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
 * date or an event, with the reasons (cancelDeferredErasure tells the shopper, then closes).
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
 * link of the request answered (it is no longer deferred). The shopper, who was told the held
 * part would be erased and that the shop would write again, is told first (once: a retried
 * POST does not repeat it) that the data is kept, where, on which Art. 17(3) ground, until which
 * date or event (after which the shop erases it), and the merchant's reasons, with the right to
 * complain (Art. 12(4)). Then DEFERRED → COMPLETED, audited; the waiting workflow
 * wakes, finds the deferral cancelled and ends. `beforeClosing` uses the emailed link up.
 */
export async function cancelDeferredErasure(
  request: DsrRequest,
  merchant: MerchantConfig,
  { reason, keep }: DeferralCancellation,
  by: string,
  ports: DeferralPorts,
  beforeClosing?: () => Promise<unknown>,
): Promise<void> {
  const deferral = request.deferral;
  if (request.status !== 'DEFERRED' || !deferral || deferral.cancelledAt)
    throw new LinkGoneError('used');
  const held = merchant.processors.filter((p) =>
    deferral.processorIds.includes(p.processorId),
  );
  // Before anything is written or sent: an erasure we asked a processor for (Shopify's, carried
  // out days later) is withdrawn, and its answer recorded, so the notice can say what happened;
  // a transient failure refuses the cancellation with nothing changed (the merchant retries).
  const withdrawals = (
    await withdrawPendingErasures(request, merchant, by, ports)
  ).flatMap((job) => {
    const processor = merchant.processors.find(
      (p) => p.processorId === job.processorId,
    );
    return processor
      ? [{ processor, statement: statementOf(job, request.type) }]
      : [];
  });
  const notice = await sendOnce(
    ports,
    { requestId: request.requestId, purpose: 'deferral-cancelled' },
    async () => ({
      email: withStatusLink(
        deferralCancelledEmail(
          merchant,
          request,
          held,
          deferral.until,
          reason,
          keep,
          withdrawals,
        ),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    }),
  );
  await beforeClosing?.();
  const at = ports.clock.now().toISOString();
  const moved = await ports.requests.transition(
    request.requestId,
    ['DEFERRED'],
    'COMPLETED',
    {
      ...closing(at, merchant),
      updatedAt: at,
      deferral: { ...deferral, cancelledAt: at, reason, keep },
    },
  );
  if (!moved) throw new LinkGoneError('used');
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DeferralCancelled',
    at,
    actor: merchantActor(by),
    fromStatus: 'DEFERRED',
    toStatus: 'COMPLETED',
    // Free text may name people: the reason is kept on the request, the trail keeps its length.
    details: {
      processors: deferral.processorIds.join(','),
      reasonChars: reason.length,
      keepGround: keep.ground,
      ...(keep.until ? { keepUntil: keep.until } : { keepUntilEvent: true }),
    },
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'SubjectNotified',
    at,
    actor: 'system',
    key: 'notice:deferral-cancelled',
    details: { notice: 'deferral-cancelled', messageId: notice.messageId },
  });
}
