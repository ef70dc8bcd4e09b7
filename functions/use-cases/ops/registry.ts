import { MerchantNotFoundError } from '#domain/errors.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { OpsPorts } from './ports.ts';

/** The merchant's processor registry (today: its configuration's `processors`). */
export async function listProcessors(
  input: { merchantId: string },
  ports: Pick<OpsPorts, 'merchants'>,
): Promise<MerchantConfig['processors']> {
  const merchant = await ports.merchants.get(input.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  return merchant.processors;
}

/** Merchants with what ops needs at a glance (no approver addresses). */
export async function listMerchants(ports: Pick<OpsPorts, 'query'>) {
  return (await ports.query.listMerchants()).map((m) => ({
    merchantId: m.merchantId,
    name: m.name,
    country: m.country,
    regime: m.regime,
    timezone: m.timezone,
    processors: m.processors.length,
    approvers: m.approverEmails.length,
  }));
}
