/**
 * The worker of Shopify's compliance webhooks (shopify-webhook.ts accepts them and says what each
 * topic becomes): reads the kept body and makes the request, or schedules the offboarding, then
 * discards the body (the claim stays, so a repeat is still a repeat). A retry after a failure
 * finds the body again and the request it made (requestIdOf); a body past its claim's expiry
 * is not acted on (`gone`), though the table may still hold it for a while (TTL).
 */
import {
  requestTypeOf,
  type ShopifyOrigin,
  ShopifyPayload,
  type ShopifyTopic,
} from '#domain/inbound/shopify-webhooks.ts';
import { subjectRef } from '#domain/links.ts';
import { approversOf } from '#domain/members.ts';
import type { OffboardingRecord } from '#domain/offboarding.ts';
import type { DsrRequest } from '#domain/request.ts';
import { requestDeadline } from '#domain/request-deadline.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { WebhookInbox, WebhookWork } from '#ports/webhooks.ts';
import { inboundNoticeEmail } from '#presentation/inbound-emails.ts';
import type { ScheduleOffboardingPorts } from '../offboarding/schedule.ts';
import { requestIdOf } from './shopify-webhook.ts';

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
> & { webhooks: WebhookInbox } & ScheduleOffboardingPorts;

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
  const raw = await ports.webhooks.read(
    work.merchantId,
    work.webhookId,
    ports.clock.now().toISOString(),
  );
  if (!raw) return { ignored: 'gone' };
  const outcome = await processBody(
    merchant,
    work,
    JSON.parse(new TextDecoder().decode(raw)),
    ports,
  );
  // Done: what the worker needed of the body is in the request (or the offboarding record).
  await ports.webhooks.discard(work.merchantId, work.webhookId);
  return outcome;
}

async function processBody(
  merchant: MerchantConfig,
  work: WebhookWork,
  body: unknown,
  ports: ProcessWebhookPorts,
): Promise<ProcessOutcome> {
  const topic = work.topic as ShopifyTopic;
  if (topic === 'shop/redact') {
    ShopifyPayload['shop/redact'].parse(body);
    // Loaded here, not with the module: `shop/redact` comes once in a shop's life (48 hours
    // after it uninstalled the app); the usual delivery is a customer's request.
    const { scheduleOffboarding } = await import('../offboarding/schedule.ts');
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
