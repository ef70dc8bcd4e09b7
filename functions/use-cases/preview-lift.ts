import { LinkGoneError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { inspectLinkedRequest } from './links.ts';

/** GET of the lift link: where the restriction holds and since when. Changes nothing. */
export async function previewLift(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const { request, merchant } = await inspectLinkedRequest(
    secret,
    'lift',
    ports,
  );
  if (
    request.type !== 'restriction' ||
    request.status !== 'COMPLETED' ||
    request.restriction?.liftedAt ||
    !request.email
  )
    throw new LinkGoneError('used');
  const jobs = await ports.requests.listJobs(request.requestId);
  const carriedOut = new Set(
    jobs.filter((j) => j.state === 'COMPLETED').map((j) => j.processorId),
  );
  const processors = merchant.processors.filter((p) =>
    carriedOut.has(p.processorId),
  );
  return {
    request,
    merchant,
    processors,
    since: request.completedAt ?? request.updatedAt,
  };
}
