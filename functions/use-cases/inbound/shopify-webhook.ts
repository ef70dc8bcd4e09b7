/**
 * Shopify's compliance webhooks (domain/inbound/shopify-webhooks.ts), in two steps so Shopify
 * is answered within its timeout whatever the work:
 * - accept (`POST /webhooks/shopify/{merchantId}`): the shop domain must be the merchant's
 *   Shopify shop, the HMAC of the raw body must match the app secret named by the Shopify
 *   processor's `credentialsRef` (else 401, nothing stored); a repeated `X-Shopify-Webhook-Id`
 *   is answered 200 and nothing more; the delivery is claimed with its body in one write
 *   (WebhookInbox.claim) and the worker started; 200. When the worker cannot be started the
 *   claim is given back and the answer is an error, so Shopify's retry is worked on, not
 *   answered as a repeat.
 * - process (the worker, asynchronous): `customers/data_request` → an access request,
 *   `customers/redact` → an erasure request, channel `shopify`, the identity attested by the
 *   merchant (Shopify admin acted for the shop): verified at once and the workflow started; the
 *   merchant is told. `shop/redact` schedules the merchant's offboarding: its data erased
 *   after the documented delay (use-cases/offboarding/schedule.ts).
 * This module accepts; process-shopify-webhook.ts processes (the front function loads neither the
 * worker's texts nor its request-making).
 */
import { sha256Hex } from '#domain/hash.ts';
import { WEBHOOK_ID } from '#domain/inbound/inbound-keys.ts';
import {
  SHOPIFY_TOPICS,
  type ShopifyTopic,
  shopifySignatureValid,
  WEBHOOK_SECRET_KEYS,
} from '#domain/inbound/shopify-webhooks.ts';
import type { Ports } from '#ports/index.ts';
import type { AsyncWork, WebhookInbox } from '#ports/webhooks.ts';

export type AcceptWebhookPorts = Pick<
  Ports,
  'merchants' | 'credentials' | 'clock'
> & { webhooks: WebhookInbox; work: AsyncWork };

export interface ShopifyDelivery {
  merchantId: string;
  rawBody: Uint8Array;
  /** Lower-case header names (the handler normalizes them). */
  headers: Record<string, string | undefined>;
}

export type AcceptOutcome =
  | { status: 200; duplicate?: true }
  | { status: 400 | 401; reason: string };

/**
 * Replays stay deduplicated this long, and the body is kept no longer (less, once its worker is
 * done): Shopify retries for 4 hours and Lambda's asynchronous queue keeps an event at most
 * 6 hours; a month is plenty.
 */
export const WEBHOOK_CLAIM_DAYS = 30;

/** Shopify's header, or the newer events delivery's unprefixed one. */
const header = (h: ShopifyDelivery['headers'], name: string) =>
  h[`x-shopify-${name}`] ?? h[`shopify-${name}`];

export async function acceptShopifyWebhook(
  delivery: ShopifyDelivery,
  ports: AcceptWebhookPorts,
): Promise<AcceptOutcome> {
  const refuse = (reason: string) => ({ status: 401 as const, reason });
  // A path that cannot name a merchant is refused before any lookup (a key is at most 2 KB).
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(delivery.merchantId))
    return refuse('unknown merchant');
  const merchant = await ports.merchants.get(delivery.merchantId);
  if (!merchant) return refuse('unknown merchant');
  const shop = header(delivery.headers, 'shop-domain')?.trim().toLowerCase();
  const processor = merchant.processors.find(
    (p) =>
      p.kind === 'shopify' &&
      String(p.settings?.shopDomain ?? '').toLowerCase() === shop,
  );
  if (!shop || !processor?.credentialsRef)
    return refuse('not the shop of this merchant');
  const credentials = await ports.credentials.get(
    processor.credentialsRef,
    merchant.merchantId,
  );
  const secret = WEBHOOK_SECRET_KEYS.map((k) => credentials[k]).find(Boolean);
  if (
    !secret ||
    !shopifySignatureValid(
      delivery.rawBody,
      header(delivery.headers, 'hmac-sha256'),
      secret,
    )
  )
    return refuse('signature does not match');
  // Authentic from here on.
  const topic = header(delivery.headers, 'topic') as ShopifyTopic | undefined;
  if (!topic || !SHOPIFY_TOPICS.includes(topic))
    return { status: 400, reason: 'not a compliance topic' };
  const webhookId = header(delivery.headers, 'webhook-id') ?? '';
  if (!WEBHOOK_ID.test(webhookId))
    return { status: 400, reason: 'missing or malformed webhook id' };
  const now = ports.clock.now();
  const won = await ports.webhooks.claim({
    merchantId: merchant.merchantId,
    webhookId,
    body: delivery.rawBody,
    receivedAt: now.toISOString(),
    expiresAt: new Date(
      now.getTime() + WEBHOOK_CLAIM_DAYS * 86_400_000,
    ).toISOString(),
  });
  if (!won) return { status: 200, duplicate: true };
  try {
    await ports.work.start({
      merchantId: merchant.merchantId,
      webhookId,
      topic,
      receivedAt: now.toISOString(),
    });
  } catch (error) {
    await ports.webhooks.release(merchant.merchantId, webhookId);
    throw error;
  }
  return { status: 200 };
}

/**
 * The request id of a webhook's request: derived from merchant and webhook id, so a retried
 * worker finds the request it made instead of making a second one.
 */
export function requestIdOf(merchantId: string, webhookId: string): string {
  const h = sha256Hex(`shopify-request\u0000${merchantId}\u0000${webhookId}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
