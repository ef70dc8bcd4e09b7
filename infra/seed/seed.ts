/**
 * Seeds a merchant's configuration and demo customers through the same ports the handlers use.
 * Used by the local stack at start; against AWS: `npm run seed` with TABLE_NAME set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectRef } from '#domain/links.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import type { MerchantDirectory, SubjectDataStore } from '#ports/index.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';

const SEED_DIR = import.meta.dirname;

export interface DemoCustomer {
  email: string;
  records: SubjectRecord[];
}

export function loadSeed(merchantId: string): {
  merchant: MerchantConfig;
  customers: DemoCustomer[];
} {
  const merchant = MerchantConfig.parse(
    JSON.parse(
      readFileSync(join(SEED_DIR, `${merchantId}.merchant.json`), 'utf8'),
    ),
  );
  const customers = JSON.parse(
    readFileSync(join(SEED_DIR, `${merchantId}.customers.json`), 'utf8'),
  ) as DemoCustomer[];
  return { merchant, customers };
}

/** Writes the merchant and (re)writes each demo customer's records. Idempotent. */
export async function seedMerchant(
  merchantId: string,
  ports: { merchants: MerchantDirectory; subjectData: SubjectDataStore },
  {
    customers: withCustomers = true,
    patch,
  }: {
    customers?: boolean;
    /** Adjusts the configuration before it is stored (the local stack points processors at its fakes). */
    patch?: (merchant: MerchantConfig) => MerchantConfig;
  } = {},
): Promise<{ merchant: MerchantConfig; customers: DemoCustomer[] }> {
  const loaded = loadSeed(merchantId);
  const seed = {
    ...loaded,
    merchant: patch ? patch(loaded.merchant) : loaded.merchant,
  };
  await ports.merchants.put(seed.merchant);
  if (withCustomers) {
    for (const customer of seed.customers) {
      await ports.subjectData.put(
        merchantId,
        subjectRef(merchantId, customer.email),
        customer.records,
      );
    }
  }
  return seed;
}
