import { LinkGoneError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { processorName } from '#presentation/processor-name.ts';
import { inspectLinkedRequest } from './links.ts';

/** GET of the merchant's deferral link: what is held, where and until when. Changes nothing. */
export async function previewDeferral(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const { request, merchant } = await inspectLinkedRequest(
    secret,
    'deferral',
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
