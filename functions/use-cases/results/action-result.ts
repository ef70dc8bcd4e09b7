/**
 * The result of a rectification (Art. 16), objection (Art. 21) or restriction (Art. 18): the
 * shopper is told what each processor answered; the merchant's privacy contact gets the same
 * with the processors' notes.
 */
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { requestDoneEmail, withStatusLink } from '#presentation/emails.ts';
import { resultCopyEmail } from '#presentation/package-emails.ts';
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
  await sendResult(
    request,
    'result-copy',
    ports,
    async () => resultCopyEmail(merchant, request, rows),
    false,
  );
  return closeCompleted(request, merchant, ports, round);
}
