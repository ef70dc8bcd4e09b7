import { MerchantNotFoundError, RequestNotFoundError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';

/** Loads a request and its merchant, failing with a named error when either is missing. */
export async function loadRequestAndMerchant(
  requestId: string,
  ports: Pick<Ports, 'requests' | 'merchants'>,
) {
  const request = await ports.requests.get(requestId);
  if (!request) throw new RequestNotFoundError(requestId);
  const merchant = await ports.merchants.get(request.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  return { request, merchant };
}
