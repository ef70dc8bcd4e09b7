/**
 * The processors' fake servers that `npm start` and the integration tests run beside the
 * embedded stack: Shopify, SendGrid and Nosto (the lastu merchant's API processors), seeded
 * with the merchant's demo customers. Email-only processors need no server: their mail lands in
 * the local mailbox. Each fake follows its documented contract (see the files beside this one).
 */
import { credentialEnvName } from '#adapters/connectors/credentials.ts';
import type { DemoCustomer } from '../../seed/seed.ts';
import { createNostoFake, NOSTO_TEST_TOKEN } from './nosto.ts';
import { createSendGridFake, SENDGRID_FAKE_API_KEY } from './sendgrid.ts';
import {
  createShopifyFake,
  SHOPIFY_FAKE_CLIENT_ID,
  SHOPIFY_FAKE_CLIENT_SECRET,
  type ShopifySeedCustomer,
} from './shopify.ts';

export interface FakeProcessors {
  shopify: ReturnType<typeof createShopifyFake>;
  sendgrid: ReturnType<typeof createSendGridFake>;
  nosto: ReturnType<typeof createNostoFake>;
  /** Base URL per processor kind, patched into the seeded registry's `settings.baseUrl`. */
  baseUrls: Record<'shopify' | 'sendgrid' | 'nosto', string>;
  /** `DSR_SECRET_*` variables holding each fake's credentials, by the seed's credentialsRef. */
  secrets: Record<string, string>;
  close(): Promise<void>;
}

/** The demo customers in the fakes' common seed shape. */
export function fakeCustomers(
  customers: DemoCustomer[],
): ShopifySeedCustomer[] {
  return customers.map((c) => {
    const profile = c.records.find((r) => r.category === 'customer')?.data as
      | { name?: string; phone?: string; address?: Record<string, string> }
      | undefined;
    const [firstName = '', ...rest] = (profile?.name ?? '').split(' ');
    return {
      email: c.email,
      firstName,
      lastName: rest.join(' '),
      phone: profile?.phone,
      orders: c.records
        .filter((r) => r.category === 'order')
        .map((r) => {
          const o = r.data as {
            placedAt: string;
            total: string;
            currency: string;
          };
          return {
            id: r.id,
            createdAt: o.placedAt,
            total: o.total,
            currency: o.currency,
          };
        }),
    };
  });
}

export async function startFakeProcessors(
  customers: ShopifySeedCustomer[],
  refs: { shopify: string; sendgrid: string; nosto: string },
  merchantEmail: string,
): Promise<FakeProcessors> {
  const shopify = createShopifyFake({ customers });
  const sendgrid = createSendGridFake({ customers, pendingPolls: 0 });
  const nosto = createNostoFake({ customers, merchantEmail });
  const baseUrls = {
    shopify: await shopify.start(),
    sendgrid: await sendgrid.start(),
    nosto: await nosto.start(),
  };
  return {
    shopify,
    sendgrid,
    nosto,
    baseUrls,
    secrets: {
      [credentialEnvName(refs.shopify)]: JSON.stringify({
        clientId: SHOPIFY_FAKE_CLIENT_ID,
        clientSecret: SHOPIFY_FAKE_CLIENT_SECRET,
      }),
      [credentialEnvName(refs.sendgrid)]: JSON.stringify({
        apiKey: SENDGRID_FAKE_API_KEY,
      }),
      [credentialEnvName(refs.nosto)]: JSON.stringify({
        apiToken: NOSTO_TEST_TOKEN,
      }),
    },
    close: async () => {
      await Promise.all([shopify.stop(), sendgrid.stop(), nosto.stop()]);
    },
  };
}
