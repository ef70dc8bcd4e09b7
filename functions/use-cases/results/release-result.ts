/**
 * The release step of a reviewed access package (Art. 15(4)), after the merchant's review link
 * resumed the workflow: only the link that resumed it decides. Release: the shopper gets the
 * link and the request completes. Withhold: the shopper is told the reason and the right to
 * complain, and the request ends DENIED.
 */
import { LinkGoneError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { denialEmail, withStatusLink } from '#presentation/emails.ts';
import { closeDenied } from '../deny-request.ts';
import { issueStatusLink } from '../request-status.ts';
import { sendOnce } from '../send-once.ts';
import { sendPackage } from './access-result.ts';
import {
  type CompletionResult,
  closeCompleted,
  type ResultPorts,
  resultEvent,
} from './closing.ts';
import { resultRows } from './rows.ts';

export async function releasePackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  releaseLink: string | null,
  round: number,
  ports: ResultPorts,
): Promise<CompletionResult> {
  const link = releaseLink ? await ports.links.get(releaseLink) : undefined;
  const decision = link?.purpose === 'release' ? link.decision : undefined;
  if (
    !decision ||
    link?.requestId !== request.requestId ||
    request.status !== 'IN_PROGRESS' ||
    !request.exportKeys?.package
  )
    throw new LinkGoneError('used');
  const at = ports.clock.now().toISOString();
  if (decision.outcome === 'approve') {
    const rows = await resultRows(request, merchant, ports);
    await sendPackage(
      request,
      merchant,
      request.exportKeys.package,
      rows,
      ports,
    );
    await ports.requests.update(request.requestId, {
      release: { state: 'RELEASED', at },
      updatedAt: at,
    });
    await resultEvent(ports, request, 'ExportReleased', {
      by: 'merchant-link',
    });
    return closeCompleted(request, merchant, ports, round);
  }
  const reason = decision.reason ?? '';
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose: 'withheld' },
    async () => ({
      email: withStatusLink(
        denialEmail(merchant, request, reason),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    }),
  );
  await ports.requests.update(request.requestId, {
    release: { state: 'WITHHELD', reason, at },
    decision: { outcome: 'deny', reason, by: 'merchant-link', at },
    updatedAt: at,
  });
  await resultEvent(ports, request, 'ExportWithheld', {
    messageId: sent.messageId,
  });
  await closeDenied(request, merchant, 'IN_PROGRESS', at, ports);
  return { status: 'DENIED', round };
}
