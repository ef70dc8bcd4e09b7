/**
 * Requests from the other doors in the merchant console (issue 20 on top of issue 19): a
 * privacy email forwarded to lastu@inbound.localhost appears in the inbox as an email request
 * within seconds; one whose type is unclear waits on the merchant, shows the message on its
 * page and, once a member confirms the type, sends the sender the verification link; a Shopify
 * request shows its channel; a bounced verification link flags the request.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { SHOPIFY_FAKE_CLIENT_SECRET } from '#infra/local/fakes/shopify.ts';
import { sesMailEvent } from '#infra/local/inbound.ts';
import { readConfig } from '#shared/config.ts';
import { requestIdOf } from '#use-cases/inbound/shopify-webhook.ts';
import { CORPUS } from '../fixtures/inbound/corpus.ts';
import { signInToConsole } from '../helpers/console-sign-in.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { rawMessage, smtpClient } from '../helpers/smtp.ts';
import { waitFor } from '../helpers/wait-for.ts';

const OWNER = 'owner@lastu.example';
const TO = 'lastu@inbound.localhost';
let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;
let smtp: ReturnType<typeof smtpClient>;
let cookie = '';

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store', 'shopify'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
  smtp = smtpClient(stack.smtpPort);
  cookie = await signInToConsole(stack.apiUrl, mailbox, OWNER);
});

afterAll(async () => {
  smtp?.close();
  await stack?.close();
});

async function call(path: string, body?: unknown, accept = 'application/json') {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      accept,
      cookie,
      ...(body === undefined
        ? {}
        : { 'content-type': 'application/json', origin: stack.apiUrl }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

type Row = { requestId: string; channel: string; waitingOn: string[] };
const inboxRow = async (requestId: string) =>
  (JSON.parse((await call('/console/requests')).text).requests as Row[]).find(
    (r) => r.requestId === requestId,
  );

async function mailed(from: string, subject: string, body: string) {
  await smtp.send(from, TO, rawMessage({ from, to: TO, subject, body }));
  const found = await waitFor(
    async () => {
      const rows = JSON.parse(
        (await call('/console/requests?channel=email')).text,
      ).requests as Row[];
      for (const row of rows) {
        const r = await ports.requests.get(row.requestId);
        if (r?.email === from) return r;
      }
      return undefined;
    },
    { timeoutMs: 10_000, message: `console row for ${from}` },
  );
  return found;
}

describe('the console inbox and the other doors', () => {
  it('lists a forwarded privacy email as an email request within seconds', async () => {
    const mail = CORPUS.en.find((m) => m.id === 'en-forward-gmail');
    if (!mail) throw new Error('corpus');
    const started = Date.now();
    await smtp.send(
      mail.from,
      TO,
      rawMessage({
        from: mail.from,
        to: TO,
        subject: mail.subject,
        body: mail.body,
      }),
    );
    const request = await waitFor(
      async () => {
        const rows = JSON.parse(
          (await call('/console/requests?channel=email')).text,
        ).requests as Row[];
        for (const row of rows) {
          const r = await ports.requests.get(row.requestId);
          if (r?.email === 'emily.carter@example.com') return { row, r };
        }
        return undefined;
      },
      { timeoutMs: 10_000, message: 'the forwarded request in the inbox' },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(request.row).toMatchObject({
      channel: 'email',
      waitingOn: ['shopper'],
    });
    expect(request.r).toMatchObject({
      type: 'access',
      inbound: { forwardedBy: 'info@lastucase.com' },
    });
  });

  it('keeps an unclear email waiting on the merchant, shows its message, and sends the link once the type is confirmed', async () => {
    const mail = CORPUS.de.find((m) => m.id === 'de-auskunft-und-loeschung');
    if (!mail) throw new Error('corpus');
    const request = await mailed(mail.from, mail.subject, mail.body);
    expect(await inboxRow(request.requestId)).toMatchObject({
      waitingOn: ['type'],
    });
    const page = await call(
      `/console/requests/${request.requestId}`,
      undefined,
      'text/html',
    );
    expect(page.text).toContain('The message received');
    expect(page.text).toContain('Auskunft und Löschung');
    expect(page.text).toContain('Confirm the type of request');
    expect(page.text).toMatch(/<option value="">Choose…<\/option>/);
    expect(page.text).not.toMatch(/<option[^>]+selected/);
    expect(await mailbox.count(mail.from)).toBe(0);
    // No type chosen: refused, nothing changes.
    expect(
      (await call(`/console/requests/${request.requestId}/confirm-type`, {}))
        .status,
    ).toBe(400);
    const done = await call(
      `/console/requests/${request.requestId}/confirm-type`,
      { type: 'erasure' },
    );
    expect(JSON.parse(done.text)).toEqual({ notice: 'typeConfirmed' });
    const after = await ports.requests.get(request.requestId);
    expect(after).toMatchObject({
      type: 'erasure',
      typePending: false,
      status: 'PENDING_VERIFICATION',
    });
    await mailbox.waitFor(mail.from, 'Lastu');
    expect(
      (await ports.audit.list(request.requestId)).find(
        (e) => e.type === 'RequestTypeConfirmed',
      ),
    ).toMatchObject({
      details: { requestType: 'erasure', classifiedAs: 'erasure' },
    });
    expect(await inboxRow(request.requestId)).toMatchObject({
      waitingOn: ['shopper'],
    });
    expect(
      (
        await call(`/console/requests/${request.requestId}/confirm-type`, {
          type: 'access',
        })
      ).status,
    ).toBe(409);
  });

  it('flags a request whose verification link bounced', async () => {
    const mail = CORPUS.sv.find((m) => m.id === 'sv-radera');
    if (!mail) throw new Error('corpus');
    const request = await mailed(
      'erik.typo@exmaple.se',
      mail.subject,
      mail.body,
    );
    await stack.invoker.invoke(
      'RecordMailEvent',
      sesMailEvent({
        eventType: 'Bounce',
        requestId: request.requestId,
        purpose: 'verification',
        recipient: request.email,
      }),
    );
    expect(await inboxRow(request.requestId)).toMatchObject({
      waitingOn: ['address', 'shopper'],
    });
    const page = await call(
      `/console/requests/${request.requestId}`,
      undefined,
      'text/html',
    );
    expect(page.text).toContain('they may have mistyped their address');
  });

  it('lists a Shopify webhook request with its channel', async () => {
    const body = JSON.stringify({
      shop_id: 954889,
      shop_domain: 'lastu.myshopify.com',
      customer: { id: 42, email: 'shopify.admin@example.com' },
      orders_to_redact: [],
    });
    const id = randomUUID();
    const res = await fetch(`${stack.apiUrl}/webhooks/shopify/lastu`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': 'customers/redact',
        'x-shopify-shop-domain': 'lastu.myshopify.com',
        'x-shopify-webhook-id': id,
        'x-shopify-hmac-sha256': createHmac(
          'sha256',
          SHOPIFY_FAKE_CLIENT_SECRET,
        )
          .update(body)
          .digest('base64'),
      },
      body,
    });
    expect(res.status).toBe(200);
    const requestId = requestIdOf('lastu', id);
    const row = await waitFor(() => inboxRow(requestId), {
      timeoutMs: 10_000,
      message: 'shopify row',
    });
    expect(row.channel).toBe('shopify');
    const page = await call(
      `/console/requests/${requestId}`,
      undefined,
      'text/html',
    );
    expect(page.text).toContain('customers/redact');
  });
});
