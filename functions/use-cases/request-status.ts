import { RequestNotFoundError } from '#domain/errors.ts';
import { pauseEffect } from '#domain/information-request.ts';
import { requestProgress } from '#domain/progress.ts';
import { requestReference } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import type { RequestStatusView } from '#presentation/status-pages.ts';
import { inspectLink, issueLink } from './links.ts';
import { resultRows } from './results/rows.ts';

/**
 * A read-only link to the shopper's status page (reusable until it expires). `secret`: the one
 * derived from the link the shopper used (`siblingSecret`), so that link's page can point here.
 */
export function issueStatusLink(
  requestId: string,
  ports: Pick<Ports, 'links' | 'clock' | 'settings'>,
  secret?: string,
) {
  return issueLink('status', requestId, ports, secret ? { secret } : {});
}

/** GET of a status link. Changes nothing; the link stays usable until it expires. */
export async function showRequestStatus(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
): Promise<RequestStatusView> {
  const link = await inspectLink(secret, 'status', ports, { singleUse: false });
  const request = await ports.requests.get(link.requestId);
  if (!request) throw new RequestNotFoundError(link.requestId);
  const merchant = await ports.merchants.get(request.merchantId);
  return {
    reference: requestReference(request.requestId),
    merchant: {
      name: merchant?.name ?? request.merchantId,
      locale: merchant?.locale ?? 'en',
      ...(merchant?.branding && { branding: merchant.branding }),
    },
    type: request.type,
    locale: request.locale,
    dueDate: request.dueDate,
    extended: Boolean(request.extension),
    progress: requestProgress(request),
    ...(merchant && request.informationRequest
      ? { informationPause: pauseEffect(merchant.regime) }
      : {}),
    // Once the processors were asked: what each has answered, in the words of every result.
    ...(merchant &&
    ['IN_PROGRESS', 'DEFERRED', 'COMPLETED', 'FAILED'].includes(request.status)
      ? {
          answers: (await resultRows(request, merchant, ports)).map((r) => ({
            processor: r.processor,
            statement: r.statement,
          })),
        }
      : {}),
  };
}
