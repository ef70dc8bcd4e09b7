import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { withStatusLink } from '#presentation/emails.ts';
import { acknowledgementEmail } from '#presentation/notice-emails.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

/**
 * The acknowledgement the shopper gets once the request is confirmed and its workflow runs
 * (Art. 12(3)): the reference, the receipt date, the deadline counted from receipt and how, what
 * happens next and a status link. Sent once however often the first workflow step runs (a retry,
 * an operator's or the reconciler's restart), before the merchant is asked or the policy
 * approves; audited `AcknowledgementSent` (keyed).
 */
export async function acknowledgeRequest(
  request: DsrRequest,
  merchant: MerchantConfig,
  /** When the step began: the event is dated then, before the merchant is asked. */
  at: Date,
  ports: Pick<
    Ports,
    'audit' | 'links' | 'mailer' | 'sentMail' | 'clock' | 'settings'
  >,
): Promise<void> {
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose: 'acknowledgement' },
    async () => ({
      email: withStatusLink(
        acknowledgementEmail(merchant, request),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    }),
  );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'AcknowledgementSent',
    at: at.toISOString(),
    actor: 'system',
    key: 'AcknowledgementSent',
    details: { messageId: sent.messageId },
  });
}
