/**
 * Shopify's compliance webhooks (domain/inbound/shopify-webhooks.ts), in two steps so Shopify
 * is answered within its timeout whatever the work:
 * - accept (`POST /webhooks/shopify/{merchantId}`): the shop domain must be the merchant's
 *   Shopify shop, the HMAC of the raw body must match the app secret named by the Shopify
 *   processor's `credentialsRef` (else 401, nothing stored); a repeated `X-Shopify-Webhook-Id`
 *   is answered 200 and nothing more; the body is stored and the worker started; 200.
 * - process (the worker, asynchronous): `customers/data_request` → an access request,
 *   `customers/redact` → an erasure request, channel `shopify`, the identity attested by the
 *   merchant (Shopify admin acted for the shop): verified at once and the workflow started; the
 *   merchant is told. `shop/redact` schedules the merchant's offboarding: its data erased
 *   after the documented delay (use-cases/offboarding/schedule.ts).
 */
import { sha256Hex } from '#domain/hash.ts';
import { WEBHOOK_ID } from '#domain/inbound/inbound-keys.ts';
import {
  requestTypeOf,
  SHOPIFY_TOPICS,
  type ShopifyOrigin,
  ShopifyPayload,
  type ShopifyTopic,
  shopifySignatureValid,
  WEBHOOK_SECRET_KEYS,
} from '#domain/inbound/shopify-webhooks.ts';
import { subjectRef } from '#domain/links.ts';
import { approversOf } from '#domain/members.ts';
import type { OffboardingRecord } from '#domain/offboarding.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import type { AsyncWork, WebhookInbox, WebhookWork } from '#ports/webhooks.ts';
import { inboundNoticeEmail } from '#presentation/inbound-emails.ts';
import {
  type ScheduleOffboardingPorts,
  scheduleOffboarding,
} from '../offboarding/schedule.ts';

export type AcceptWebhookPorts = Pick<
  Ports,
  'merchants' | 'credentials' | 'requests' | 'clock' | 'ids'
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

/** Replays stay deduplicated this long: Shopify retries for 4 hours; a month is plenty. */
const CLAIM_DAYS = 30;

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
  const claim = await ports.requests.claimSubmission({
    key: sha256Hex(`shopify\u0000${merchant.merchantId}\u0000${webhookId}`),
    requestId: requestIdOf(merchant.merchantId, webhookId),
    claimedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + CLAIM_DAYS * 86_400_000).toISOString(),
    mailedAt: now.toISOString(),
  });
  if (!claim.won) return { status: 200, duplicate: true };
  await ports.webhooks.store(merchant.merchantId, webhookId, delivery.rawBody);
  await ports.work.start({
    merchantId: merchant.merchantId,
    webhookId,
    topic,
    receivedAt: now.toISOString(),
  });
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

export type ProcessWebhookPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'merchants'
  | 'workflow'
  | 'mailer'
  | 'clock'
  | 'settings'
  | 'sentMail'
> & { webhooks: WebhookInbox } & Pick<ScheduleOffboardingPorts, 'offboarding'>;

export type ProcessOutcome =
  | { requestId: string }
  | { offboarding: OffboardingRecord['status']; eraseAt: string }
  | { ignored: 'gone' | 'no-email' };

export async function processShopifyWebhook(
  work: WebhookWork,
  ports: ProcessWebhookPorts,
): Promise<ProcessOutcome> {
  const merchant = await ports.merchants.get(work.merchantId);
  if (!merchant) throw new Error(`Merchant ${work.merchantId} is gone`);
  const raw = await ports.webhooks.read(work.merchantId, work.webhookId);
  if (!raw) return { ignored: 'gone' };
  const body: unknown = JSON.parse(new TextDecoder().decode(raw));
  const topic = work.topic as ShopifyTopic;
  if (topic === 'shop/redact') {
    ShopifyPayload['shop/redact'].parse(body);
    const record = await scheduleOffboarding(
      merchant,
      { webhookId: work.webhookId, receivedAt: work.receivedAt },
      ports,
    );
    return { offboarding: record.status, eraseAt: record.eraseAt };
  }
  const payload = ShopifyPayload[topic].parse(body);
  const email = payload.customer.email;
  if (!email) return { ignored: 'no-email' };
  const requestId = requestIdOf(work.merchantId, work.webhookId);
  const at = ports.clock.now().toISOString();
  let request = await ports.requests.get(requestId);
  if (!request) {
    // Loaded here, not with the module: the webhook's front function accepts without it.
    const { requestDeadline } = await import('#domain/request-deadline.ts');
    const deadline = requestDeadline(merchant, work.receivedAt, {
      reason: 'received',
      computedAt: at,
    });
    const origin: ShopifyOrigin = {
      topic,
      webhookId: work.webhookId,
      shopDomain: payload.shop_domain,
      ...(payload.customer.id ? { customerId: payload.customer.id } : {}),
      orderIds:
        'orders_requested' in payload
          ? payload.orders_requested
          : payload.orders_to_redact,
      ...('data_request' in payload && payload.data_request
        ? { dataRequestId: payload.data_request.id }
        : {}),
    };
    request = {
      requestId,
      merchantId: merchant.merchantId,
      type: requestTypeOf(topic),
      status: 'PENDING_VERIFICATION',
      email,
      subjectRef: subjectRef(merchant.merchantId, email),
      locale: merchant.locale,
      receivedAt: work.receivedAt,
      channel: 'shopify',
      shopify: origin,
      ...deadline.fields,
      deadlines: [deadline.record],
      updatedAt: at,
    } satisfies DsrRequest;
    await ports.requests.create(request);
    await ports.audit.append({
      requestId,
      type: 'RequestReceived',
      at: work.receivedAt,
      actor: 'merchant',
      toStatus: 'PENDING_VERIFICATION',
      details: {
        requestType: request.type,
        channel: 'shopify',
        topic,
        orders: origin.orderIds.length,
        dueDate: deadline.record.dueDate,
        flags: deadline.record.flags.join(' '),
        calcVersion: deadline.record.calcVersion,
      },
      key: 'RequestReceived',
    });
  }
  // Shopify admin acted for the shop: the merchant attests who asked; no link to the customer.
  const verified =
    (await ports.requests.transition(
      requestId,
      ['PENDING_VERIFICATION'],
      'VERIFIED',
      { verifiedAt: at, updatedAt: at },
    )) ?? (await ports.requests.get(requestId));
  if (verified?.status === 'VERIFIED') {
    await ports.audit.append({
      requestId,
      type: 'IdentityVerified',
      at: verified.verifiedAt ?? at,
      actor: 'merchant',
      fromStatus: 'PENDING_VERIFICATION',
      toStatus: 'VERIFIED',
      details: { method: 'attested-by-merchant', via: 'shopify-admin' },
      key: 'IdentityVerified',
    });
    const started = await ports.workflow.start({
      requestId,
      merchantId: merchant.merchantId,
      type: verified.type,
    });
    if (!started.alreadyStarted) {
      await ports.audit.append({
        requestId,
        type: 'ExecutionStarted',
        at: ports.clock.now().toISOString(),
        actor: 'system',
        details: { executionArn: started.executionArn },
        key: 'ExecutionStarted',
      });
      await ports.mailer.send(
        inboundNoticeEmail(
          merchant,
          verified,
          {
            door: 'shopify',
            pending: false,
            attachments: 0,
            baseUrl: ports.settings.publicBaseUrl,
          },
          approversOf(merchant),
        ),
      );
    }
  }
  return { requestId };
}
