/**
 * The result of a rectification (Art. 16), objection (Art. 21) or restriction (Art. 18): the
 * shopper is told what each processor answered; the merchant's privacy contact gets the same
 * with the processors' notes and, for a restriction carried out, the link that lifts it later
 * (use-cases/lift-restriction.ts).
 */
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { requestDoneEmail, withStatusLink } from '#presentation/emails.ts';
import { resultCopyEmail } from '#presentation/package-emails.ts';
import { issueLink } from '../links.ts';
import { issueStatusLink } from '../request-status.ts';
import {
  type CompletionResult,
  closeCompleted,
  type ResultPorts,
  sendResult,
} from './closing.ts';
import type { ResultRow } from './rows.ts';

export async function completeAction(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  round: number,
  ports: ResultPorts,
): Promise<CompletionResult> {
  await sendResult(request, `result:${round}`, ports, async () =>
    withStatusLink(
      requestDoneEmail(merchant, request, rows),
      merchant,
      request,
      (await issueStatusLink(request.requestId, ports)).url,
    ),
  );
  // A restriction carried out somewhere can be lifted later: the merchant's copy holds the link.
  const restricted =
    request.type === 'restriction' &&
    rows.some((r) => r.statement.kind === 'carried-out');
  await sendResult(
    request,
    'result-copy',
    ports,
    async () =>
      resultCopyEmail(
        merchant,
        request,
        rows,
        restricted
          ? (await issueLink('lift', request.requestId, ports)).url
          : undefined,
      ),
    false,
  );
  return closeCompleted(request, merchant, ports, round);
}
