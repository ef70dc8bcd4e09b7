/**
 * A merchant's offboarding on the embedded stack: Shopify's `shop/redact` (signed as Shopify
 * signs it) schedules the erasure 30 days on, the members are emailed and the console shows the
 * banner; a viewer may not cancel, an admin may (then a second `shop/redact` schedules it
 * again); when the scheduled erasure runs (the schedule's event time moved past `eraseAt`, as
 * EventBridge drives it on AWS) nothing of the merchant is left in the table or either bucket
 * but the offboarding record and its trail, and a second run changes nothing.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { offboardingStore } from '#composition/aws/offboarding.ts';
import { OFFBOARDING_DELAY_DAYS } from '#domain/offboarding.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { SHOPIFY_FAKE_CLIENT_SECRET } from '#infra/local/fakes/shopify.ts';
import { readConfig } from '#shared/config.ts';
import { requestIdOf } from '#use-cases/inbound/shopify-webhook.ts';
import type { EraseSummary } from '#use-cases/offboarding/erase.ts';
import { ConsoleSignIn } from '../helpers/console-browser.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { rawMessage, smtpClient } from '../helpers/smtp.ts';
import { waitFor } from '../helpers/wait-for.ts';

const DAY = 86_400_000;
const SHOP = 'lastu.myshopify.com';
let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts> & ReturnType<typeof offboardingStore>;
let ddb: DynamoDBClient;
let s3: S3Client;
let signIn: ConsoleSignIn;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store', 'shopify'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = { ...dynamoPorts(readConfig()), ...offboardingStore(readConfig()) };
  ddb = new DynamoDBClient({});
  s3 = new S3Client({ forcePathStyle: true });
  signIn = new ConsoleSignIn(stack.apiUrl, mailbox);
});

afterAll(async () => {
  ddb?.destroy();
  s3?.destroy();
  await stack?.close();
});

function deliver(topic: string, payload: unknown, id = randomUUID()) {
  const body = JSON.stringify(payload);
  return {
    id,
    response: fetch(`${stack.apiUrl}/webhooks/shopify/lastu`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': topic,
        'x-shopify-shop-domain': SHOP,
        'x-shopify-webhook-id': id,
        'x-shopify-hmac-sha256': createHmac(
          'sha256',
          SHOPIFY_FAKE_CLIENT_SECRET,
        )
          .update(body, 'utf8')
          .digest('base64'),
      },
      body,
    }),
  };
}

const shopRedact = () =>
  deliver('shop/redact', { shop_id: 954889, shop_domain: SHOP });

async function scanAll(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, never> | undefined;
  do {
    const out = await ddb.send(
      new ScanCommand({
        TableName: stack.tableName,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) items.push(unmarshall(item));
    startKey = out.LastEvaluatedKey as Record<string, never> | undefined;
  } while (startKey);
  return items;
}

async function objectsIn(bucket: string): Promise<string[]> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (out.Contents ?? []).map((o) => o.Key ?? '');
}

const offboard = async (at: number) =>
  (await stack.runSchedule('Offboarding', new Date(at))) as EraseSummary;

describe("shop/redact: the merchant's offboarding", () => {
  let requestIds: string[] = [];
  let eraseAt = '';

  it('gathers data of every kind first: a form request, a Shopify erasure, an email with an attachment', async () => {
    const form = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        merchant: 'lastu',
        type: 'access',
        email: 'aino.virtanen@example.com',
      }),
    });
    expect(form.status).toBe(202);
    const { id } = deliver('customers/redact', {
      shop_id: 954889,
      shop_domain: SHOP,
      customer: { id: 191167, email: 'matti.korhonen@example.com' },
      orders_to_redact: [],
    });
    const smtp = smtpClient(stack.smtpPort);
    await smtp.send(
      'emma.lindqvist@example.com',
      'lastu@inbound.localhost',
      rawMessage({
        from: 'emma.lindqvist@example.com',
        to: 'lastu@inbound.localhost',
        subject: 'Please delete my data',
        body: 'Please delete all my personal data. Emma',
        attachments: [
          {
            name: 'id.pdf',
            type: 'application/pdf',
            content: Buffer.from('%PDF-1.4 fake'),
          },
        ],
      }),
    );
    smtp.close();
    await waitFor(
      async () => {
        const all = await ports.requests.listByMerchant('lastu', 100);
        return all.requests.length >= 3 &&
          (await ports.requests.get(requestIdOf('lastu', id)))?.status !==
            'PENDING_VERIFICATION'
          ? all
          : undefined;
      },
      { timeoutMs: 15_000, message: 'three requests' },
    );
    requestIds = (
      await ports.requests.listByMerchant('lastu', 100)
    ).requests.map((r) => r.requestId);
    expect(await objectsIn(stack.environment.INBOUND_BUCKET ?? '')).not.toEqual(
      [],
    );
  });

  it('schedules the erasure 30 days on, audited, and emails the members once', async () => {
    const { id, response } = shopRedact();
    expect((await response).status).toBe(200);
    const record = await waitFor(() => ports.offboarding.get('lastu'), {
      timeoutMs: 10_000,
      message: 'the offboarding record',
    });
    expect(record).toMatchObject({
      merchantId: 'lastu',
      status: 'scheduled',
      source: { topic: 'shop/redact', webhookId: id },
    });
    expect(Date.parse(record.eraseAt) - Date.parse(record.requestedAt)).toBe(
      OFFBOARDING_DELAY_DAYS * DAY,
    );
    eraseAt = record.eraseAt;
    const mail = await mailbox.waitFor('owner@lastu.example', 'will be erased');
    expect(mail.body.text).toContain('including any still open');
    expect(mail.body.text).toContain('/console/sign-in');
    // The viewer is not asked to act; a repeated webhook moves no date and sends nothing new.
    expect(await mailbox.count('support@lastu.example', 'will be erased')).toBe(
      0,
    );
    expect((await shopRedact().response).status).toBe(200);
    await stack.invoker.settled();
    expect((await ports.offboarding.get('lastu'))?.eraseAt).toBe(eraseAt);
    expect(await mailbox.count('owner@lastu.example', 'will be erased')).toBe(
      1,
    );
    const trail = await ports.audit.list('offboarding.lastu');
    expect(trail.map((e) => e.type)).toEqual([
      'OffboardingScheduled',
      'OffboardingScheduled',
    ]);
  });

  it('shows the banner; a viewer may not cancel, an admin may, and a new shop/redact schedules it again', async () => {
    const viewer = await signIn.as('support@lastu.example');
    const seen = await (await viewer.fetch('/console/requests')).text();
    expect(seen).toContain('This shop’s data will be erased');
    expect(seen).toContain(
      'An administrator of the shop can cancel the erasure.',
    );
    expect(seen).not.toContain('Cancel the erasure</button>');
    const refused = await viewer.post('/console/offboarding', {
      csrf: await viewer.csrf(),
      merchant: 'lastu',
    });
    expect(refused.status).toBe(403);
    expect((await ports.offboarding.get('lastu'))?.status).toBe('scheduled');

    const admin = await signIn.as('owner@lastu.example');
    const page = await (await admin.fetch('/console/requests')).text();
    expect(page).toMatch(
      /requests? (is|are) still open and will be erased unfinished/,
    );
    expect(page).toContain('Cancel the erasure</button>');
    // Without the page's token the post changes nothing.
    const forged = await admin.post('/console/offboarding', {
      merchant: 'lastu',
    });
    expect(forged.status).toBe(403);
    expect((await ports.offboarding.get('lastu'))?.status).toBe('scheduled');
    const cancelled = await admin.post('/console/offboarding', {
      csrf: await admin.csrf(),
      merchant: 'lastu',
    });
    expect(cancelled.status).toBe(303);
    expect(await ports.offboarding.get('lastu')).toMatchObject({
      status: 'cancelled',
      cancelledBy: expect.stringMatching(/^member:/),
    });
    expect(await (await admin.fetch('/console/requests')).text()).not.toContain(
      'will be erased',
    );
    // Cancelled: the erasure's run finds nothing due.
    expect(await offboard(Date.parse(eraseAt) + DAY)).toMatchObject({ due: 0 });
    const again = await admin.post('/console/offboarding', {
      csrf: await admin.csrf(),
      merchant: 'lastu',
    });
    expect(again.status).toBe(409);

    const { id } = shopRedact();
    const rescheduled = await waitFor(
      async () => {
        const r = await ports.offboarding.get('lastu');
        return r?.status === 'scheduled' && r.source.webhookId === id
          ? r
          : undefined;
      },
      { timeoutMs: 10_000, message: 'scheduled again' },
    );
    eraseAt = rescheduled.eraseAt;
    const trail = await waitFor(
      async () => {
        const types = (await ports.audit.list('offboarding.lastu')).map(
          (e) => e.type,
        );
        return types.at(-1) === 'OffboardingScheduled' &&
          types.includes('OffboardingCancelled')
          ? types
          : undefined;
      },
      { timeoutMs: 10_000, message: 'the new schedule audited' },
    );
    expect(trail.filter((t) => t === 'OffboardingScheduled')).toHaveLength(3);
  });

  it('erases nothing before the date, then everything of the merchant but the record', async () => {
    expect(await offboard(Date.parse(eraseAt) - DAY)).toEqual({
      due: 0,
      erased: 0,
      unfinished: 0,
    });
    expect(await ports.merchants.get('lastu')).toBeDefined();

    expect(await ports.requests.countOpen()).toBeGreaterThan(0);
    const summary = await offboard(Date.parse(eraseAt) + 60_000);
    expect(summary).toEqual({ due: 1, erased: 1, unfinished: 0 });

    // Left to their own expiry (TTL, docs/OPERATIONS.md "Offboarding a merchant"): console
    // sessions and sign-in links (a person may belong to other shops; these end within hours),
    // intake claims and rate counters (hashes and a request id).
    const expiring = ['SESSION#', 'SIGNIN#', 'INTAKE#', 'RATE#'];
    const items = (await scanAll()).filter(
      (i) => !expiring.some((p) => String(i.pk).startsWith(p)),
    );
    const left = items.filter(
      (i) =>
        JSON.stringify(i).includes('lastu') ||
        requestIds.some((id) => JSON.stringify(i).includes(id)),
    );
    expect(new Set(left.map((i) => i.pk))).toEqual(
      new Set(['EVT#offboarding.lastu', 'OFFBOARD#lastu']),
    );
    // No personal data in what is kept: ids, dates and counts.
    for (const email of [
      'aino.virtanen@example.com',
      'matti.korhonen@example.com',
      'emma.lindqvist@example.com',
      'owner@lastu.example',
      'support@lastu.example',
    ])
      expect(JSON.stringify(items)).not.toContain(email);
    expect(await objectsIn(stack.environment.INBOUND_BUCKET ?? '')).toEqual([]);
    expect(
      (await objectsIn(stack.environment.EXPORT_BUCKET ?? '')).filter((k) =>
        requestIds.some((id) => k.includes(id)),
      ),
    ).toEqual([]);

    // The deployment's open-request count no longer counts the erased open requests.
    expect(await ports.requests.countOpen()).toBe(0);
    const record = await ports.offboarding.get('lastu');
    expect(record).toMatchObject({ status: 'erased', merchantId: 'lastu' });
    expect(record?.counts?.requests).toBe(requestIds.length);
    expect(record?.counts?.items).toBeGreaterThan(requestIds.length);
    expect(record?.counts?.objects).toBeGreaterThan(0);
    const trail = await ports.audit.list('offboarding.lastu');
    expect(trail.at(-1)).toMatchObject({
      type: 'MerchantErased',
      details: { requests: requestIds.length },
    });

    // Idempotent: a second run finds nothing due and changes nothing.
    expect(await offboard(Date.parse(eraseAt) + 2 * DAY)).toEqual({
      due: 0,
      erased: 0,
      unfinished: 0,
    });
    expect(
      (await scanAll()).filter(
        (i) => !expiring.some((p) => String(i.pk).startsWith(p)),
      ).length,
    ).toBe(items.length);
  });
});
