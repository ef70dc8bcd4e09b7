/**
 * What a cancelled deferral owes once DEFERRED → COMPLETED is stored (use-cases/cancel-deferral.ts),
 * a module of its own so the reconciler, which repairs it, does not load the withdrawal's
 * connectors.
 */

import { statementOf } from '#domain/processor-answer.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { withStatusLink } from '#presentation/emails.ts';
import { deferralCancelledEmail } from '#presentation/notice-emails.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

export type DeferralAftermathPorts = Pick<
  Ports,
  'requests' | 'audit' | 'links' | 'clock' | 'mailer' | 'sentMail' | 'settings'
>;

/**
 * What a cancelled deferral owes once its status is stored, from what the write recorded: the
 * shopper's notice, once (sendOnce), that the data is kept, where, on which Art. 17(3) ground,
 * until which date or event (after which the shop erases it), with the merchant's reasons, what
 * became of an erasure withdrawn from a processor, and the right to complain (Art. 12(4)); then
 * `DeferralCancelled` and `SubjectNotified` (keyed, at the instant it was cancelled), then the
 * marker cleared. Run by the cancellation and by the reconciler (use-cases/aftermath.ts).
 */
export async function deferralCancelledAftermath(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: DeferralAftermathPorts,
): Promise<void> {
  const deferral = request.deferral;
  const { cancelledAt: at, reason, keep } = deferral ?? {};
  if (!deferral || !at || reason === undefined || !keep)
    throw new Error(
      `request ${request.requestId} owes a cancelled deferral's aftermath without its cancellation`,
    );
  const held = merchant.processors.filter((p) =>
    deferral.processorIds.includes(p.processorId),
  );
  const withdrawals = (await ports.requests.listJobs(request.requestId))
    .filter((job) => job.evidence?.erasureCancel)
    .flatMap((job) => {
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
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DeferralCancelled',
    at,
    actor: deferral.cancelledBy ?? 'merchant',
    fromStatus: 'DEFERRED',
    toStatus: 'COMPLETED',
    key: 'deferral-cancelled',
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
  await ports.requests.settleAftermath(request.requestId, 'DeferralCancelled');
}
