/**
 * The intake's abuse controls over loopback HTTP on the embedded stack: identical answers for
 * customers and strangers, honeypot, idempotent repeats, CSRF (form token, Origin), CORS
 * preflight for the merchant's embed origins, the body size limit and the per-client limit.
 */
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { MAX_BODY_BYTES, PREFLIGHT_MAX_AGE_SECONDS } from '#shared/http.ts';
import { formTokenFrom } from '../helpers/form.ts';
import { Mailbox } from '../helpers/mailbox.ts';

const SHOP = 'https://shop.lastu.example';
const PER_CLIENT = 12;

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ddb: DynamoDBClient;

beforeAll(async () => {
  // Handlers read it on first use; this file's submissions all come from 127.0.0.1.
  process.env.INTAKE_LIMIT_PER_CLIENT = String(PER_CLIENT);
  stack = await startEmbeddedStack({
    fastTimers: true,
    onlyProcessors: ['lastu-store'],
    logLevel: 'ERROR',
  });
  // The handlers' logger was made before the stack set its level: thousands of refusals
  // would otherwise each print an INFO line.
  (await import('#shared/powertools.ts')).logger.setLogLevel('ERROR');
  mailbox = new Mailbox(stack.mailUrl);
  const ports = dynamoPorts(readConfig());
  const lastu = await ports.merchants.get('lastu');
  if (!lastu) throw new Error('lastu is not seeded');
  await ports.merchants.put({ ...lastu, embedOrigins: [SHOP] });
  ddb = new DynamoDBClient({
    endpoint: stack.environment.AWS_ENDPOINT_URL_DYNAMODB,
    region: stack.environment.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => {
  delete process.env.INTAKE_LIMIT_PER_CLIENT;
  await stack?.close();
});

async function countItems(): Promise<number> {
  const out = await ddb.send(
    new ScanCommand({ TableName: stack.tableName, Select: 'COUNT' }),
  );
  return out.Count ?? 0;
}

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const postForm = (
  fields: Record<string, string>,
  headers: Record<string, string> = { accept: 'text/html' },
) =>
  fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body: new URLSearchParams(fields),
  });

describe('POST /requests answers', () => {
  it('are byte-identical for a customer and a stranger, but for the request id', async () => {
    // Act
    const answers = [];
    for (const email of [
      'matti.korhonen@example.com',
      'never.a.customer@example.org',
    ]) {
      const res = await postJson({ merchant: 'lastu', type: 'erasure', email });
      answers.push({
        status: res.status,
        type: res.headers.get('content-type'),
        body: await res.text(),
      });
    }
    const pages = [];
    for (const email of [
      'emma.lindqvist@example.com',
      'also.not.a.customer@example.org',
    ]) {
      const res = await postForm({
        merchant: 'lastu',
        type: 'objection',
        email,
        formToken: await formTokenFrom(stack.apiUrl),
      });
      pages.push({ status: res.status, body: await res.text() });
    }
    // Assess
    const ids = answers.map(
      (a) => (JSON.parse(a.body) as { requestId: string }).requestId,
    );
    expect(ids[0]).not.toBe(ids[1]);
    expect(answers[0]?.status).toBe(202);
    expect({
      ...answers[0],
      body: answers[0]?.body.replace(ids[0] ?? '', 'ID'),
    }).toEqual({
      ...answers[1],
      body: answers[1]?.body.replace(ids[1] ?? '', 'ID'),
    });
    expect(pages[0]?.status).toBe(202);
    expect(pages[0]).toEqual(pages[1]);
  });
});

describe('the honeypot', () => {
  it('is in the form, hidden from people and assistive technology', async () => {
    const page = await (await fetch(`${stack.apiUrl}/m/lastu`)).text();
    expect(page).toMatch(
      /<div style="display:none"><label for="website">[^<]+<\/label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"><\/div>/,
    );
  });

  it('when filled, answers as a success does, storing and sending nothing', async () => {
    // Prepare
    const items = await countItems();
    const mails = (await mailbox.all()).length;
    const real = await postForm({
      merchant: 'lastu',
      type: 'restriction',
      email: 'real.person@example.org',
      formToken: await formTokenFrom(stack.apiUrl),
    });
    const realPage = await real.text();
    const afterReal = await countItems();
    // Act
    const trapped = await postForm({
      merchant: 'lastu',
      type: 'restriction',
      email: 'bot.victim@example.org',
      website: 'https://buy-pills.example',
      formToken: await formTokenFrom(stack.apiUrl),
    });
    const trappedJson = await postJson({
      merchant: 'lastu',
      type: 'access',
      email: 'bot.victim@example.org',
      website: 'x',
    });
    // Assess
    expect(afterReal).toBeGreaterThan(items);
    expect(trapped.status).toBe(real.status);
    expect(await trapped.text()).toBe(realPage);
    expect(trappedJson.status).toBe(202);
    expect(await trappedJson.json()).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'PENDING_VERIFICATION',
    });
    expect(await countItems()).toBe(afterReal);
    expect(await mailbox.count('bot.victim@example.org')).toBe(0);
    expect((await mailbox.all()).length).toBe(mails + 1);
  });
});

describe('a repeated submission', () => {
  it('returns the open request and sends no second email', async () => {
    const body = {
      merchant: 'lastu',
      type: 'portability',
      email: 'twice@example.org',
    };
    const first = (await (await postJson(body)).json()) as {
      requestId: string;
    };
    const items = await countItems();
    const again = (await (await postJson(body)).json()) as {
      requestId: string;
    };
    expect(again.requestId).toBe(first.requestId);
    expect(await countItems()).toBe(items);
    await mailbox.waitFor('twice@example.org', 'Confirm');
    expect(await mailbox.count('twice@example.org')).toBe(1);
  });
});

describe('CSRF', () => {
  it('refuses a form post without a token from us, storing nothing', async () => {
    const items = await countItems();
    const fields = {
      merchant: 'lastu',
      type: 'access',
      email: 'csrf.victim@example.org',
    };
    const json = await postForm(fields, { accept: 'application/json' });
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({
      error: { code: 'FORM_EXPIRED' },
    });
    const forged = await postForm({
      ...fields,
      formToken: `${Math.floor(Date.now() / 1000)}.${'A'.repeat(43)}`,
    });
    expect(forged.status).toBe(403);
    expect(await countItems()).toBe(items);
  });

  it('gives a browser its form back with a fresh token that works', async () => {
    // Act
    const expired = await postForm({
      merchant: 'lastu',
      type: 'access',
      email: 'tab.left.open@example.org',
      formToken: `${Math.floor(Date.now() / 1000) - 2 * 86400}.${'A'.repeat(43)}`,
    });
    const page = await expired.text();
    // Assess
    expect(expired.status).toBe(403);
    expect(page).toContain('role="alert"');
    expect(page).toContain('The form had expired');
    expect(page).toContain('value="tab.left.open@example.org"');
    const token = /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const resent = await postForm({
      merchant: 'lastu',
      type: 'access',
      email: 'tab.left.open@example.org',
      formToken: token,
    });
    expect(resent.status).toBe(202);
  });

  it('refuses JSON a browser posts from a site the merchant does not list', async () => {
    const items = await countItems();
    const res = await postJson(
      { merchant: 'lastu', type: 'access', email: 'csrf.json@example.org' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      error: { code: 'ORIGIN_NOT_ALLOWED' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await countItems()).toBe(items);
  });
});

describe('CORS preflight of POST /requests', () => {
  const preflight = (query: string, origin?: string) =>
    fetch(`${stack.apiUrl}/requests${query}`, {
      method: 'OPTIONS',
      headers: {
        ...(origin ? { origin } : {}),
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it("allows the merchant's embed origin to POST JSON", async () => {
    const res = await preflight('?merchant=lastu', SHOP);
    expect(res.status).toBe(204);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'access-control-allow-origin': SHOP,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      vary: 'origin',
    });
    // The request the preflight allowed: answered with CORS, readable by the shop's script.
    const post = await postJson(
      { merchant: 'lastu', type: 'access', email: 'embedded@example.org' },
      { origin: SHOP },
    );
    expect(post.status).toBe(202);
    expect(post.headers.get('access-control-allow-origin')).toBe(SHOP);
  });

  it('gives no permission to other origins, unknown or missing merchants', async () => {
    for (const [query, origin] of [
      ['?merchant=lastu', 'https://evil.example'],
      ['?merchant=lastu', undefined],
      ['?merchant=no-such-shop', SHOP],
      ['?merchant=%00', SHOP],
      ['', SHOP],
    ] as const) {
      const res = await preflight(query, origin);
      expect(res.status, `${query} ${origin}`).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('is routed for /requests only', async () => {
    const res = await fetch(`${stack.apiUrl}/m/lastu`, { method: 'OPTIONS' });
    expect(res.status).toBe(404);
  });
});

describe('the body size limit', () => {
  it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413 and reads one at the limit`, async () => {
    const body = (size: number) => {
      const base = JSON.stringify({ merchant: 'lastu', details: '' });
      return base.replace(
        '"details":""',
        `"details":"${'x'.repeat(size - base.length)}"`,
      );
    };
    const send = (text: string) =>
      fetch(`${stack.apiUrl}/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
    const over = await send(body(MAX_BODY_BYTES + 1));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    // At the limit the body is read, and refused for its fields instead.
    const at = await send(body(MAX_BODY_BYTES));
    expect(at.status).toBe(400);
  });
});

describe('the per-client rate limit', () => {
  it('answers 429 with Retry-After once the hourly budget is spent, storing nothing more', async () => {
    // Act: fresh emails until refused (earlier tests spent part of the budget).
    let refused: Response | undefined;
    for (let i = 0; i <= PER_CLIENT && !refused; i++) {
      const res = await postJson({
        merchant: 'lastu',
        type: 'access',
        email: `burst-${i}@example.org`,
      });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(202);
    }
    // Assess
    expect(refused?.status).toBe(429);
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await refused?.json()).toMatchObject({
      error: { code: 'TOO_MANY_REQUESTS', message: expect.any(String) },
    });
    const items = await countItems();
    const again = await postJson({
      merchant: 'lastu',
      type: 'access',
      email: 'one-more@example.org',
    });
    expect(again.status).toBe(429);
    expect(await countItems()).toBe(items);
    expect(await mailbox.count('one-more@example.org')).toBe(0);
  });
});
