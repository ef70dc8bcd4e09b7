import type { MerchantConfig } from '#domain/schemas.ts';

/** Merchant configuration, kept as data. */
export interface MerchantDirectory {
  get(merchantId: string): Promise<MerchantConfig | undefined>;
  put(config: MerchantConfig): Promise<void>;
}
