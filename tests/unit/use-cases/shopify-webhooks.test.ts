/**
 * Shopify's compliance webhooks through the memory adapters: the front claims a delivery with its
 * body in one write and starts the worker with references only; the worker reads the body, makes
 * the request and discards the body (the claim stays). An expired or missing body is not acted on.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryWebhookInbox } from '#adapters/memory/memory-webhooks.ts';
import type { WebhookWork } from '#ports/webhooks.ts';
import { processShopifyWebhook } from '#use-cases/inbound/process-shopify-webhook.ts';
import {
  acceptShopifyWebhook,
  requestIdOf,
  WEBHOOK_CLAIM_DAYS,
} from '#use-cases/inbound/shopify-webhook.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';

const SHOP = 'lastu.myshopify.com';
const SECRET = 'shpss_unit_secret';
const WEBHOOK_ID = 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043';
const DAY = 86_400_000;

const payload = {
  shop_id: 954889,
  shop_domain: SHOP,
  customer: { id: 191167, email: 'matti.korhonen@example.com' },
  orders_requested: [299938, 280263],
  data_request: { id: 9999 },
};

async function setup() {
  const { ports } = await seededMemoryPorts(
    new Date('2026-03-15T10:00:00.000Z'),
    { allProcessors: true },
  );
  ports.credentials.secrets.set('dsr/lastu/shopify', { clientSecret: SECRET });
  const started: WebhookWork[] = [];
  let startFails = false;
  const all = {
    ...ports,
    webhooks: new MemoryWebhookInbox(),
    work: {
      start: async (work: WebhookWork) => {
        if (startFails) throw new Error('Lambda: Invoke throttled');
        started.push(structuredClone(work));
      },
    },
    offboarding: {
      schedule: async () => {
        throw new Error('not a shop/redact test');
      },
    },
  };
  return {
    ports: all,
    started,
    failStart: (fails: boolean) => {
      startFails = fails;
    },
  };
}

function delivery(body = JSON.stringify(payload), id = WEBHOOK_ID) {
  return {
    merchantId: 'lastu',
    rawBody: Buffer.from(body),
    headers: {
      'x-shopify-topic': 'customers/data_request',
      'x-shopify-shop-domain': SHOP,
      'x-shopify-webhook-id': id,
      'x-shopify-hmac-sha256': createHmac('sha256', SECRET)
        .update(body, 'utf8')
        .digest('base64'),
    },
  };
}

describe('the Shopify webhook front', () => {
  it('claims the delivery with its body in one write and starts the worker with references only', async () => {
    // Prepare
    const { ports, started } = await setup();

    // Act
    const outcome = await acceptShopifyWebhook(delivery(), ports);

    // Assess: one delivery kept, its body byte for byte; the worker told no personal data.
    expect(outcome).toEqual({ status: 200 });
    expect([...ports.webhooks.deliveries.values()]).toEqual([
      {
        merchantId: 'lastu',
        webhookId: WEBHOOK_ID,
        body: Buffer.from(JSON.stringify(payload)),
        receivedAt: '2026-03-15T10:00:00.000Z',
        expiresAt: new Date(
          Date.parse('2026-03-15T10:00:00.000Z') + WEBHOOK_CLAIM_DAYS * DAY,
        ).toISOString(),
      },
    ]);
    expect(started).toEqual([
      {
        merchantId: 'lastu',
        webhookId: WEBHOOK_ID,
        topic: 'customers/data_request',
        receivedAt: '2026-03-15T10:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(started)).not.toContain('@');
  });

  it('answers a repeat as a duplicate, keeps the first body and starts nothing more', async () => {
    const { ports, started } = await setup();
    await acceptShopifyWebhook(delivery(), ports);
    ports.clock.advance(60_000);

    const again = await acceptShopifyWebhook(
      delivery(JSON.stringify({ ...payload, orders_requested: [] })),
      ports,
    );

    expect(again).toEqual({ status: 200, duplicate: true });
    expect(started).toHaveLength(1);
    const kept = await ports.webhooks.read(
      'lastu',
      WEBHOOK_ID,
      ports.clock.now().toISOString(),
    );
    expect(JSON.parse(Buffer.from(kept ?? []).toString())).toEqual(payload);
  });

  it('stores nothing from a delivery whose signature does not match', async () => {
    const { ports, started } = await setup();
    const forged = delivery();
    forged.headers['x-shopify-hmac-sha256'] = createHmac('sha256', 'other')
      .update(JSON.stringify(payload))
      .digest('base64');

    expect(await acceptShopifyWebhook(forged, ports)).toEqual({
      status: 401,
      reason: 'signature does not match',
    });
    expect(ports.webhooks.deliveries.size).toBe(0);
    expect(started).toEqual([]);
  });

  it("gives the claim back when the worker cannot be started, so Shopify's retry is worked on", async () => {
    const { ports, started, failStart } = await setup();
    failStart(true);

    await expect(acceptShopifyWebhook(delivery(), ports)).rejects.toThrow(
      /throttled/,
    );
    expect(ports.webhooks.deliveries.size).toBe(0);

    // Shopify retries the delivery it was not answered 200 for.
    failStart(false);
    expect(await acceptShopifyWebhook(delivery(), ports)).toEqual({
      status: 200,
    });
    expect(started).toHaveLength(1);
  });
});

describe('the Shopify webhook worker', () => {
  it('makes the request from the kept body, then discards the body and keeps the claim', async () => {
    // Prepare
    const { ports, started } = await setup();
    await acceptShopifyWebhook(delivery(), ports);
    const [work] = started;
    if (!work) throw new Error('no work');

    // Act
    const outcome = await processShopifyWebhook(work, ports);

    // Assess: the request as the body says, verified, its workflow started, the merchant told.
    const requestId = requestIdOf('lastu', WEBHOOK_ID);
    expect(outcome).toEqual({ requestId });
    expect(await ports.requests.get(requestId)).toMatchObject({
      type: 'access',
      status: 'VERIFIED',
      email: 'matti.korhonen@example.com',
      channel: 'shopify',
      shopify: { orderIds: ['299938', '280263'], dataRequestId: '9999' },
    });
    expect(ports.workflow.started.map((s) => s.requestId)).toEqual([requestId]);
    expect(ports.mailer.sent).toHaveLength(1);
    // The body is gone; the claim still answers a repeat.
    const now = ports.clock.now().toISOString();
    expect(await ports.webhooks.read('lastu', WEBHOOK_ID, now)).toBeUndefined();
    expect(
      JSON.stringify([...ports.webhooks.deliveries.values()]),
    ).not.toContain('matti');
    expect(await acceptShopifyWebhook(delivery(), ports)).toEqual({
      status: 200,
      duplicate: true,
    });
  });

  it('keeps the body through a failed attempt, so the retry makes the one request', async () => {
    const { ports, started } = await setup();
    await acceptShopifyWebhook(delivery(), ports);
    const [work] = started;
    if (!work) throw new Error('no work');
    const start = ports.workflow.start.bind(ports.workflow);
    ports.workflow.start = async () => {
      throw new Error('Step Functions unavailable');
    };

    await expect(processShopifyWebhook(work, ports)).rejects.toThrow(
      /unavailable/,
    );
    const now = ports.clock.now().toISOString();
    expect(await ports.webhooks.read('lastu', WEBHOOK_ID, now)).toBeDefined();

    ports.workflow.start = start;
    expect(await processShopifyWebhook(work, ports)).toEqual({
      requestId: requestIdOf('lastu', WEBHOOK_ID),
    });
    expect(ports.workflow.started).toHaveLength(1);
    expect(
      (await ports.requests.listByMerchant('lastu', 10)).requests,
    ).toHaveLength(1);
    expect(await ports.webhooks.read('lastu', WEBHOOK_ID, now)).toBeUndefined();
  });

  it('does not act on a body past its expiry (the table may still hold it until TTL deletes it)', async () => {
    const { ports, started } = await setup();
    await acceptShopifyWebhook(delivery(), ports);
    const [work] = started;
    if (!work) throw new Error('no work');
    ports.clock.advance(WEBHOOK_CLAIM_DAYS * DAY);

    expect(await processShopifyWebhook(work, ports)).toEqual({
      ignored: 'gone',
    });
    expect(await ports.requests.get(requestIdOf('lastu', WEBHOOK_ID))).toBe(
      undefined,
    );
    expect(ports.workflow.started).toEqual([]);
    // An expired claim no longer deduplicates: the same id is claimed afresh.
    expect(await acceptShopifyWebhook(delivery(), ports)).toEqual({
      status: 200,
    });
  });

  it('ignores work whose body was never kept', async () => {
    const { ports } = await setup();

    expect(
      await processShopifyWebhook(
        {
          merchantId: 'lastu',
          webhookId: WEBHOOK_ID,
          topic: 'customers/data_request',
          receivedAt: '2026-03-15T10:00:00.000Z',
        },
        ports,
      ),
    ).toEqual({ ignored: 'gone' });
    expect(ports.workflow.started).toEqual([]);
    expect(ports.mailer.sent).toEqual([]);
  });
});
