/**
 * Shopify's mandatory compliance webhooks (shopify.dev, "Privacy law compliance"): sent to the
 * merchant's app when the merchant acts in Shopify admin. `customers/data_request` (Request
 * customer data) becomes an access request, `customers/redact` (Erase personal data) an erasure
 * request; `shop/redact` (48 hours after the app is uninstalled) the merchant's offboarding.
 * Authenticity: `X-Shopify-Hmac-Sha256` is base64(HMAC-SHA256(app secret, raw body bytes)),
 * compared in constant time; a bad or missing one is answered 401 (an App Store requirement).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from '../zod.ts';

export const SHOPIFY_TOPICS = [
  'customers/data_request',
  'customers/redact',
  'shop/redact',
] as const;
export type ShopifyTopic = (typeof SHOPIFY_TOPICS)[number];

/** Whether `signature` (the header, base64) is the HMAC of the raw body under `secret`. */
export function shopifySignatureValid(
  rawBody: Uint8Array,
  signature: string | undefined,
  secret: string,
): boolean {
  if (!signature || !secret) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  let given: Buffer;
  try {
    given = Buffer.from(signature.trim(), 'base64');
  } catch {
    return false;
  }
  // Equal lengths first: timingSafeEqual throws on different lengths; the length is public.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The topics' payloads. The declaration is pure (zod builds a schema's objects where it is
 * declared): the front, which checks only the signature and the topic, leaves it out of its
 * bundle, and only the worker builds it.
 */
export const ShopifyPayload = /* @__PURE__ */ (() => {
  /** Shopify sends numeric REST ids; fields may be missing (shopify.dev, community reports). */
  const ShopifyId = z.pipe(
    z.union([
      z.number().check(z.int(), z.nonnegative()),
      z.string().check(z.regex(/^\d{1,20}$/)),
    ]),
    z.transform(String),
  );

  const Customer = z.object({
    id: z.optional(ShopifyId),
    email: z.optional(z.email()),
    phone: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  });

  /** Every topic names the shop; the customer topics the customer and up to 10,000 orders. */
  const shop = {
    shop_id: ShopifyId,
    shop_domain: z.string().check(z.maxLength(255)),
  };
  const orders = z._default(z.array(ShopifyId).check(z.maxLength(10_000)), []);

  return {
    'customers/data_request': z.object({
      ...shop,
      customer: Customer,
      orders_requested: orders,
      data_request: z.optional(z.object({ id: ShopifyId })),
    }),
    'customers/redact': z.object({
      ...shop,
      customer: Customer,
      orders_to_redact: orders,
    }),
    'shop/redact': z.object(shop),
  } as const;
})();

/** What a request that came from Shopify keeps of its webhook: references, no content. */
export interface ShopifyOrigin {
  topic: ShopifyTopic;
  webhookId: string;
  shopDomain: string;
  /** Shopify's customer id (numeric); the erasure connector erases this customer. */
  customerId?: string;
  /** `orders_requested` / `orders_to_redact`: the orders Shopify named. */
  orderIds: string[];
  /** `data_request.id`, quoted back to the merchant. */
  dataRequestId?: string;
}

/** The request type of a customer topic. */
export function requestTypeOf(
  topic: Exclude<ShopifyTopic, 'shop/redact'>,
): 'access' | 'erasure' {
  return topic === 'customers/data_request' ? 'access' : 'erasure';
}

/** The credentials keys that may hold the app's webhook secret, in order of preference. */
export const WEBHOOK_SECRET_KEYS = ['webhookSecret', 'clientSecret'] as const;
