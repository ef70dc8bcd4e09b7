/**
 * Shopify's compliance webhooks on the embedded stack, signed as Shopify signs them
 * (base64 HMAC-SHA256 of the raw body with the app's client secret): each topic, a forged,
 * missing or foreign signature (401, nothing created), a replay (200, still one request), and
 * a body API Gateway handed over base64-encoded.
 */
import { createHmac, randomUUID } from 'node:crypto';
import {
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#adapters/aws/dynamo-keys.ts';
import { documentClient } from '#composition/aws/document-client.ts';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { legacyWebhookKey } from '#domain/inbound/inbound-keys.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { SHOPIFY_FAKE_CLIENT_SECRET } from '#infra/local/fakes/shopify.ts';
import { ENV, readConfig } from '#shared/config.ts';
import { requestIdOf } from '#use-cases/inbound/shopify-webhook.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { waitFor } from '../helpers/wait-for.ts';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;
const SHOP = 'lastu.myshopify.com';

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store', 'shopify'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
});

afterAll(async () => {
  await stack?.close();
});

const sign = (body: string, secret = SHOPIFY_FAKE_CLIENT_SECRET) =>
  createHmac('sha256', secret).update(body, 'utf8').digest('base64');

function deliver(
  topic: string,
  payload: unknown,
  options: { id?: string; signature?: string | null; shop?: string } = {},
) {
  const body = JSON.stringify(payload);
  const id = options.id ?? randomUUID();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-shopify-topic': topic,
    'x-shopify-shop-domain': options.shop ?? SHOP,
    'x-shopify-webhook-id': id,
    'x-shopify-api-version': '2026-07',
  };
  if (options.signature !== null)
    headers['x-shopify-hmac-sha256'] = options.signature ?? sign(body);
  return {
    id,
    response: fetch(`${stack.apiUrl}/webhooks/shopify/lastu`, {
      method: 'POST',
      headers,
      body,
    }),
  };
}

const redact = (email: string) => ({
  shop_id: 954889,
  shop_domain: SHOP,
  customer: { id: 191167, email, phone: '555-625-1199' },
  orders_to_redact: [299938, 280263],
});

describe('POST /webhooks/shopify/{merchantId}', () => {
  it('makes customers/redact an erasure request attested by the merchant, started at once', async () => {
    const email = 'redact.one@example.com';
    const { id, response } = deliver('customers/redact', redact(email));
    const started = performance.now();
    expect((await response).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThan(0);
    const requestId = requestIdOf('lastu', id);
    const request = await waitFor(
      async () => {
        const r = await ports.requests.get(requestId);
        return r && r.status !== 'PENDING_VERIFICATION' ? r : undefined;
      },
      { timeoutMs: 10_000, message: 'the webhook request' },
    );
    expect(request).toMatchObject({
      type: 'erasure',
      channel: 'shopify',
      email,
      shopify: {
        topic: 'customers/redact',
        customerId: '191167',
        orderIds: ['299938', '280263'],
      },
    });
    const verified = await waitFor(
      async () =>
        (await ports.audit.list(requestId)).find(
          (e) => e.type === 'IdentityVerified',
        ),
      { timeoutMs: 10_000, message: 'IdentityVerified' },
    );
    expect(verified).toMatchObject({
      actor: 'merchant',
      details: { method: 'attested-by-merchant' },
    });
    // The merchant is told where it came from; the shopper gets no verification link.
    await mailbox.waitFor('owner@lastu.example', 'from Shopify admin');
    expect(await mailbox.count(email, 'Confirm')).toBe(0);
    // The body was kept in the table with the delivery's claim; once the request is made it is
    // removed and the claim stays (with its TTL), so a repeat is still a repeat.
    const doc = documentClient();
    const claim = await waitFor(
      async () => {
        const { Item } = await doc.send(
          new GetCommand({
            TableName: stack.tableName,
            Key: keys.webhook('lastu', id),
            ConsistentRead: true,
          }),
        );
        return Item && !('body' in Item) ? Item : undefined;
      },
      { timeoutMs: 10_000, message: 'the body discarded' },
    );
    expect(claim).toMatchObject({ webhookId: id, ttl: expect.any(Number) });
    expect(JSON.stringify(claim)).not.toContain(email);
    doc.destroy();
  });

  it('makes customers/data_request an access request', async () => {
    const { id, response } = deliver('customers/data_request', {
      shop_id: 954889,
      shop_domain: SHOP,
      orders_requested: [299938],
      customer: { id: 191168, email: 'data.request@example.com' },
      data_request: { id: 9999 },
    });
    expect((await response).status).toBe(200);
    const request = await waitFor(
      () => ports.requests.get(requestIdOf('lastu', id)),
      { timeoutMs: 10_000, message: 'access request' },
    );
    expect(request).toMatchObject({
      type: 'access',
      shopify: { dataRequestId: '9999' },
    });
  });

  it.each([
    ['a forged signature', { signature: sign('{}') }],
    ['a missing signature', { signature: null }],
    ['another app secret', { signature: undefined, secret: 'not-the-secret' }],
    ['another shop', { shop: 'someone-else.myshopify.com' }],
  ])('answers 401 to %s and creates nothing', async (_what, options) => {
    const payload = redact('forged@example.com');
    const body = JSON.stringify(payload);
    const { id, response } = deliver('customers/redact', payload, {
      ...options,
      ...('secret' in options
        ? { signature: sign(body, options.secret as string) }
        : {}),
    });
    expect((await response).status).toBe(401);
    await stack.invoker.settled();
    expect(await ports.requests.get(requestIdOf('lastu', id))).toBeUndefined();
  });

  it('answers a replay 200 and makes no second request', async () => {
    const email = 'replayed@example.com';
    const first = deliver('customers/redact', redact(email));
    expect((await first.response).status).toBe(200);
    const again = deliver('customers/redact', redact(email), { id: first.id });
    expect((await again.response).status).toBe(200);
    await waitFor(() => ports.requests.get(requestIdOf('lastu', first.id)), {
      timeoutMs: 10_000,
    });
    await stack.invoker.settled();
    await mailbox.waitFor('owner@lastu.example', 'from Shopify admin');
    const notices = (await mailbox.all()).filter(
      (m) => m.body.text?.includes(email) && m.subject.includes('Shopify'),
    );
    expect(notices).toHaveLength(1);
  });

  it('verifies the raw bytes when API Gateway base64-encodes the body', async () => {
    const body = JSON.stringify(redact('base64.body@example.com'));
    const id = randomUUID();
    const result = (await stack.invoker.invoke('ShopifyWebhook', {
      version: '2.0',
      routeKey: 'POST /webhooks/shopify/{merchantId}',
      rawPath: '/webhooks/shopify/lastu',
      rawQueryString: '',
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': 'customers/redact',
        'x-shopify-shop-domain': SHOP,
        'x-shopify-webhook-id': id,
        'x-shopify-hmac-sha256': sign(body),
      },
      pathParameters: { merchantId: 'lastu' },
      requestContext: {
        http: {
          method: 'POST',
          path: '/webhooks/shopify/lastu',
          sourceIp: '127.0.0.1',
        },
      },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
    })) as { statusCode: number };
    expect(result.statusCode).toBe(200);
  });

  // A deployment updating from bodies in S3 updates the worker first (the front names it), so
  // for a while the old front keeps a body under webhooks/ and starts the new worker with the
  // same references: the worker finds it there, makes the request and deletes it.
  it('makes the request from a body an earlier front kept in the inbound bucket, then deletes it', async () => {
    const s3 = new S3Client({});
    const bucket = process.env[ENV.inboundBucket];
    const webhookId = randomUUID();
    const key = legacyWebhookKey('lastu', webhookId);
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: JSON.stringify(redact('kept.in.s3@example.com')),
        ContentType: 'application/json',
      }),
    );
    const outcome = await stack.invoker.invoke('ProcessShopifyWebhook', {
      merchantId: 'lastu',
      webhookId,
      topic: 'customers/redact',
      receivedAt: new Date().toISOString(),
    });
    const requestId = requestIdOf('lastu', webhookId);
    expect(outcome).toEqual({ requestId });
    expect(await ports.requests.get(requestId)).toMatchObject({
      type: 'erasure',
      shopify: { topic: 'customers/redact', webhookId },
    });
    const gone = await s3
      .send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      .then(
        () => 'still there',
        (error: Error) => error.name,
      );
    expect(gone).toBe('NoSuchKey');
    // Neither here nor there: a delivery with no body anywhere is not acted on.
    expect(
      await stack.invoker.invoke('ProcessShopifyWebhook', {
        merchantId: 'lastu',
        webhookId: randomUUID(),
        topic: 'customers/redact',
        receivedAt: new Date().toISOString(),
      }),
    ).toEqual({ ignored: 'gone' });
  });

  it('answers shop/redact 200 and makes no request', async () => {
    const { id, response } = deliver('shop/redact', {
      shop_id: 954889,
      shop_domain: SHOP,
    });
    expect((await response).status).toBe(200);
    await stack.invoker.settled();
    expect(await ports.requests.get(requestIdOf('lastu', id))).toBeUndefined();
  });
});
