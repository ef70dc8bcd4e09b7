import { MerchantNotFoundError } from '#domain/errors.ts';
import { MerchantId } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';

/** The merchant whose public form is shown; unknown or malformed ids are 404. */
export async function showRequestForm(
  merchantId: string,
  ports: Pick<Ports, 'merchants'>,
) {
  if (!MerchantId.safeParse(merchantId).success)
    throw new MerchantNotFoundError();
  const merchant = await ports.merchants.get(merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  return merchant;
}
