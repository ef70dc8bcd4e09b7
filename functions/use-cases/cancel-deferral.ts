import {
  DecisionRefusedError,
  type DeferralProblem,
} from '#domain/decision.ts';
import { LinkGoneError } from '#domain/errors.ts';
import { closing } from '#domain/retention.ts';
import { reasonText } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { withStatusLink } from '#presentation/emails.ts';
import { deferralCancelledEmail } from '#presentation/notice-emails.ts';
import { processorName } from '#presentation/register.ts';
import { consumeLink, inspectLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

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
 * POST of the deferral link: the merchant keeps the held data (for example for a legal claim),
 * with a reason. The shopper, who was told the held part would be erased and that the shop
 * would write again, is told first (once: a retried POST does not repeat it) that the data is
 * kept, where, and the merchant's reason, with the right to complain (Art. 12(4)). Then the
 * request closes COMPLETED (the shopper was answered when it was deferred); the waiting
 * workflow wakes, finds the deferral cancelled and ends.
 */
export async function cancelDeferral(
  secret: string,
  body: Record<string, unknown>,
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'links'
    | 'merchants'
    | 'clock'
    | 'mailer'
    | 'sentMail'
    | 'settings'
  >,
): Promise<void> {
  const reason = reasonText(body.reason);
  if (!reason)
    throw new DecisionRefusedError<DeferralProblem>(
      'Give a reason for cancelling',
      { reason: 'is required' },
      'reasonRequired',
    );
  if (reason.length > 1000)
    throw new DecisionRefusedError<DeferralProblem>(
      'The reason is too long',
      { reason: 'must be at most 1000 characters' },
      'reasonTooLong',
    );
  const view = await previewDeferral(secret, ports);
  const deferral = view.request.deferral;
  const held = view.merchant.processors.filter((p) =>
    deferral?.processorIds.includes(p.processorId),
  );
  const notice = await sendOnce(
    ports,
    { requestId: view.request.requestId, purpose: 'deferral-cancelled' },
    async () => ({
      email: withStatusLink(
        deferralCancelledEmail(
          view.merchant,
          view.request,
          held,
          view.until,
          reason,
        ),
        view.merchant,
        view.request,
        (await issueStatusLink(view.request.requestId, ports)).url,
      ),
    }),
  );
  await consumeLink(secret, 'deferral', ports);
  const at = ports.clock.now().toISOString();
  const moved = await ports.requests.transition(
    view.request.requestId,
    ['DEFERRED'],
    'COMPLETED',
    {
      ...closing(at, view.merchant),
      updatedAt: at,
      deferral: deferral ? { ...deferral, cancelledAt: at, reason } : undefined,
    },
  );
  if (!moved) throw new LinkGoneError('used');
  await ports.audit.append({
    requestId: view.request.requestId,
    type: 'DeferralCancelled',
    at,
    actor: 'merchant',
    fromStatus: 'DEFERRED',
    toStatus: 'COMPLETED',
    // Free text may name people: the reason is kept on the request, the trail keeps its length.
    details: {
      processors: deferral?.processorIds.join(',') ?? '',
      reasonChars: reason.length,
    },
  });
  await ports.audit.append({
    requestId: view.request.requestId,
    type: 'SubjectNotified',
    at,
    actor: 'system',
    key: 'notice:deferral-cancelled',
    details: { notice: 'deferral-cancelled', messageId: notice.messageId },
  });
}
