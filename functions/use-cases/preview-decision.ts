import { earlierRequests } from '#domain/earlier-requests.ts';
import { LinkGoneError } from '#domain/errors.ts';
import { subjectHash } from '#domain/links.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import { inspectLinkedRequest } from './links.ts';

/** GET of the decision link: the brief the merchant decides on. Changes nothing. */
export async function previewDecision(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const { request, merchant } = await inspectLinkedRequest(
    secret,
    'decide',
    ports,
  );
  if (request.status !== 'AWAITING_DECISION') throw new LinkGoneError('used');
  return {
    request,
    merchant,
    processors: merchant.processors,
    earlier: await earlierRequestsOf(request, ports),
    now: ports.clock.now().toISOString(),
  };
}

/**
 * The same person's other requests to this merchant (Art. 12(5): before refusing as excessive),
 * found by the request's `subjectHash`, or by the hash of its email when it was confirmed before
 * requests carried one.
 */
async function earlierRequestsOf(
  request: DsrRequest,
  ports: Pick<Ports, 'requests'>,
) {
  const hash =
    request.subjectHash ??
    (request.email ? subjectHash(request.merchantId, request.email) : '');
  const found = hash
    ? await ports.requests.findBySubject(request.merchantId, hash)
    : [];
  return earlierRequests(found, request);
}
