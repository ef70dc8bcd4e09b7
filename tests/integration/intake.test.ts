/**
 * The intake's abuse controls over loopback HTTP on the embedded stack: identical answers for
 * customers and strangers, honeypot, idempotent repeats, CSRF (form token, Origin), CORS
 * preflight for the merchant's embed origins, the body size limit, the per-client limit, and
 * what a shopper gets when SES throttles the verification email (SES is the in-process mail
 * sink of infra/local/mail-sink.ts, which can throttle like SES).
 */
import {
  type AttributeValue,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { submissionKey } from '#domain/intake.ts';
import { subjectRef } from '#domain/links.ts';
import { requestReference } from '#domain/request.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import {
  type MailSink,
  type SinkMail,
  startMailSink,
} from '#infra/local/mail-sink.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { pageMessages } from '#presentation/i18n/pages/index.ts';
import { readConfig } from '#shared/config.ts';
import { MAX_BODY_BYTES, PREFLIGHT_MAX_AGE_SECONDS } from '#shared/http.ts';
import { INTAKE_RETRY_AFTER_SECONDS } from '#shared/intake-guard.ts';
import { formTokenFrom } from '../helpers/form.ts';
import { Mailbox } from '../helpers/mailbox.ts';

const SHOP = 'https://shop.lastu.example';
const PER_CLIENT = 40;

let stack: EmbeddedStack;
let sink: MailSink;
let mailbox: Mailbox;
let ddb: DynamoDBClient;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  // Handlers read it on first use; this file's submissions all come from 127.0.0.1.
  process.env.INTAKE_LIMIT_PER_CLIENT = String(PER_CLIENT);
  sink = await startMailSink();
  // All seven of lastu's processors, pointed at the fakes: the intake must call none of them.
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    sesEndpoint: sink.url,
  });
  // The handlers' logger was made before the stack set its level: thousands of refusals
  // would otherwise each print an INFO line.
  (await import('#shared/powertools.ts')).logger.setLogLevel('ERROR');
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
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
  await sink?.close();
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

/** Status, headers (but the per-answer date and API Gateway request id) and body of an answer. */
async function answerOf(res: Response) {
  const {
    date: _date,
    'apigw-requestid': _id,
    ...headers
  } = Object.fromEntries(res.headers);
  return { status: res.status, headers, body: await res.text() };
}

/**
 * A thank-you page without what is its own by design: the request's reference, and the signed
 * tokens of its "send the email again" form (they name the request and the time, no one else).
 */
const ownPartsBlanked = (page: string) =>
  page
    .replace(/(Reference: )[0-9A-F]{8}/, '$1REF')
    .replace(/(name="(?:resend|formToken)" value=")[^"]+/g, '$1TOKEN');

/** Every stored item that names the request, as its key kinds and attribute types (no values). */
async function storedShape(requestId: string) {
  const out = await ddb.send(
    new ScanCommand({
      TableName: stack.tableName,
      FilterExpression: 'requestId = :id',
      ExpressionAttributeValues: { ':id': { S: requestId } },
      ConsistentRead: true,
    }),
  );
  const typeOf = (value: AttributeValue): unknown => {
    if (value.M)
      return Object.fromEntries(
        Object.entries(value.M)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, typeOf(v)]),
      );
    if (value.L) return value.L.map(typeOf);
    return Object.keys(value)[0];
  };
  return (out.Items ?? [])
    .map((item) => ({
      pk: item.pk?.S?.split('#')[0],
      sk: item.sk?.S?.replace(/\d.*/, 'N'),
      attributes: typeOf({ M: item }),
    }))
    .sort((a, b) =>
      `${a.pk}${a.sk}${JSON.stringify(a.attributes)}`.localeCompare(
        `${b.pk}${b.sk}${JSON.stringify(b.attributes)}`,
      ),
    );
}

/** One email with what is the request's own (its reference, the link's secret) blanked. */
function mailShape(mail: SinkMail | undefined, requestId: string) {
  const blank = (text = '') =>
    text
      .replaceAll(requestReference(requestId), 'REF')
      .replace(/\/verify\/[A-Za-z0-9_-]{43}/g, '/verify/SECRET');
  return {
    from: mail?.from,
    recipients: mail?.destination.to.length,
    subject: blank(mail?.subject),
    text: blank(mail?.body.text),
    html: blank(mail?.body.html),
  };
}

/** Calls the processors' fake servers have received so far. */
const processorCalls = () =>
  [stack.fakes.shopify, stack.fakes.sendgrid, stack.fakes.nosto].map(
    (fake) => fake.server.calls.length,
  );

describe('a customer and a stranger submitting the same form', () => {
  it('get byte-identical answers and emails and the same stored items, and no processor is asked', async () => {
    // Prepare: two of lastu's demo customers, known to its own store and to the fakes.
    const [, matti, emma] = loadSeed('lastu').customers.map((c) => c.email);
    if (!matti || !emma) throw new Error('lastu has fewer demo customers');
    for (const email of [matti, emma])
      expect(
        await ports.subjectData.find('lastu', subjectRef('lastu', email)),
      ).not.toEqual([]);
    const callsBefore = processorCalls();
    const mailsBefore = (await mailbox.all()).length;
    const strangers = [
      'never.a.customer@example.org',
      'also.not@example.org',
    ] as const;
    // Act: JSON (a script on the shop's site), then the HTML form, customer first.
    const json = [];
    for (const email of [matti, strangers[0]]) {
      const res = await postJson({ merchant: 'lastu', type: 'erasure', email });
      json.push({ email, ...(await answerOf(res)) });
    }
    const pages = [];
    for (const email of [emma, strangers[1]]) {
      const res = await postForm({
        merchant: 'lastu',
        type: 'objection',
        objectionScope: 'direct-marketing',
        email,
        formToken: await formTokenFrom(stack.apiUrl),
      });
      pages.push({ email, ...(await answerOf(res)) });
    }
    // Assess: the answers.
    const ids = json.map(
      (a) => (JSON.parse(a.body) as { requestId: string }).requestId,
    );
    expect(ids[0]).not.toBe(ids[1]);
    expect(json[0]?.status).toBe(202);
    const blanked = json.map(({ email: _, ...a }, i) => ({
      ...a,
      body: a.body.replace(ids[i] ?? '', 'ID'),
    }));
    expect(blanked[0]).toEqual(blanked[1]);
    expect(pages[0]?.status).toBe(202);
    expect(pages[0]?.headers).toEqual(pages[1]?.headers);
    expect(ownPartsBlanked(pages[0]?.body ?? '')).toBe(
      ownPartsBlanked(pages[1]?.body ?? ''),
    );
    // The stored items and the emails.
    const claims = await Promise.all(
      pages.map((p) =>
        ports.requests.getSubmissionClaim(
          submissionKey('lastu', p.email ?? '', 'objection'),
        ),
      ),
    );
    const requestIds = [...ids, ...claims.map((c) => c?.requestId ?? '')];
    const shapes = await Promise.all(requestIds.map(storedShape));
    expect(shapes[0]?.length).toBeGreaterThanOrEqual(4);
    expect(shapes[0]).toEqual(shapes[1]);
    expect(shapes[2]).toEqual(shapes[3]);
    const emailed = await Promise.all(
      [...json, ...pages].map(async (a, i) =>
        mailShape(
          await mailbox.waitFor(a.email ?? '', 'Confirm'),
          requestIds[i] ?? '',
        ),
      ),
    );
    expect(emailed[0]).toEqual(emailed[1]);
    expect(emailed[2]).toEqual(emailed[3]);
    expect(emailed[0]?.text).toContain('/verify/SECRET');
    // No processor was asked, by API or by email: the only mail is the four verifications.
    expect(processorCalls()).toEqual(callsBefore);
    expect((await mailbox.all()).slice(mailsBefore)).toHaveLength(4);
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
    expect(ownPartsBlanked(await trapped.text())).toBe(
      ownPartsBlanked(realPage),
    );
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

describe('a verification email that SES throttles', () => {
  it('answers 503 with Retry-After in the shopper’s language; the same form again continues the request and mails its link', async () => {
    // Prepare
    const email = 'throttled.shopper@example.org';
    const form = { merchant: 'lastu', type: 'access', email, locale: 'de' };
    const key = submissionKey('lastu', email, 'access');
    const throttledBefore = sink.throttled;
    sink.throttle(1);
    // Act
    let refused: Response;
    let page: Response;
    try {
      refused = await postJson(form);
      page = await postForm({
        merchant: 'lastu',
        type: 'erasure',
        email,
        locale: 'fi',
        formToken: await formTokenFrom(stack.apiUrl),
      });
    } finally {
      sink.throttle(0);
    }
    const kept = await ports.requests.getSubmissionClaim(key);
    const again = await postJson(form);
    // Assess: a clear, retryable refusal, not a bare 500.
    expect(sink.throttled).toBeGreaterThan(throttledBefore);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe(
      String(INTAKE_RETRY_AFTER_SECONDS),
    );
    expect(await refused.json()).toEqual({
      error: {
        code: 'TRY_AGAIN_LATER',
        message: pageMessages('de').errors.tryAgainBody,
      },
    });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe(
      String(INTAKE_RETRY_AFTER_SECONDS),
    );
    const form503 = await page.text();
    expect(form503).toContain(pageMessages('fi').errors.tryAgainBody);
    expect(form503).toContain(`value="${email}"`);
    // Nothing lost, nothing doubled: the request was kept and the retry answers with it.
    expect(again.status).toBe(202);
    const { requestId } = (await again.json()) as { requestId: string };
    expect(kept?.requestId).toBe(requestId);
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'PENDING_VERIFICATION',
      type: 'access',
    });
    const mail = await mailbox.waitFor(email, requestReference(requestId));
    expect(mail.body.text).toMatch(/\/verify\/[A-Za-z0-9_-]{43}/);
    expect(mail.subject).toContain(requestReference(requestId));
    expect(await mailbox.count(email)).toBe(1);
    expect((await ports.audit.list(requestId)).map((e) => e.type)).toEqual([
      'RequestReceived',
      'VerificationEmailSent',
    ]);
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

describe('Origin: null', () => {
  it('is refused on a form post even with a token from our form page, storing nothing', async () => {
    // A cross-site page under <meta name="referrer" content="no-referrer"> makes the browser
    // send `Origin: null`; its server fetched a valid token from our form page first.
    const formToken = await formTokenFrom(stack.apiUrl);
    const items = await countItems();
    const fields = {
      merchant: 'lastu',
      type: 'access',
      email: 'null.origin@example.org',
      formToken,
    };
    const json = await postForm(fields, {
      accept: 'application/json',
      origin: 'null',
    });
    const page = await postForm(fields, {
      accept: 'text/html',
      origin: 'null',
    });
    const finnish = await postForm(fields, {
      accept: 'text/html',
      'accept-language': 'fi',
      origin: 'null',
    });
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({
      error: { code: 'ORIGIN_NOT_ALLOWED' },
    });
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain(
      pageMessages('en').errors.originRefusedBody,
    );
    expect(finnish.status).toBe(403);
    expect(await finnish.text()).toContain(
      pageMessages('fi').errors.originRefusedBody,
    );
    expect(await countItems()).toBe(items);
    expect(await mailbox.count('null.origin@example.org')).toBe(0);
  });

  it('is not what our own form sends: its pages name our origin to us, and no referrer elsewhere', async () => {
    const form = await fetch(`${stack.apiUrl}/m/lastu`);
    expect(form.headers.get('referrer-policy')).toBe('same-origin');
    const own = await postForm(
      {
        merchant: 'lastu',
        type: 'access',
        email: 'own.form@example.org',
        formToken: await formTokenFrom(stack.apiUrl),
      },
      { accept: 'text/html', origin: new URL(stack.apiUrl).origin },
    );
    expect(own.status).toBe(202);
    // The form sent back with a message keeps the policy, so sending it again works.
    const back = await postForm(
      { merchant: 'lastu', type: 'access', email: 'not-an-email' },
      { accept: 'text/html', origin: new URL(stack.apiUrl).origin },
    );
    expect(back.status).toBe(400);
    expect(back.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('text-direction and control characters', () => {
  it('are refused in every free-text field with a 400 naming it, storing and sending nothing', async () => {
    const items = await countItems();
    for (const [field, value] of [
      ['name', 'Aino \u202Enenatriv'],
      ['orderNumber', '#10\u206642'],
      ['details', 'see \u0085below'],
      ['correction1Value', 'Isokatu\u001B[2J 1'],
    ] as const) {
      const res = await postJson({
        merchant: 'lastu',
        type: 'rectification',
        email: 'bidi.probe@example.org',
        details: 'my address is wrong',
        ...(field === 'correction1Value'
          ? { corrections: [{ field: 'address', value }] }
          : { [field]: value }),
      });
      expect(res.status, field).toBe(400);
      const body = (await res.json()) as {
        error: { fields: Record<string, string> };
      };
      expect(Object.values(body.error.fields).join(' '), field).toContain(
        'text-direction overrides',
      );
    }
    expect(await countItems()).toBe(items);
    expect(await mailbox.count('bidi.probe@example.org')).toBe(0);
  });
});

describe('the per-mailbox rate limit', () => {
  it('counts +tag, dot and case variants of one Gmail inbox in one daily budget', async () => {
    // Defaults: 10 requests a day per merchant and mailbox.
    const variants = Array.from(
      { length: 10 },
      (_, i) =>
        [
          `bomb+${i}@gmail.com`,
          `b.omb+${i}@googlemail.com`,
          `B.O.M.B+${i}@gmail.com`,
        ][i % 3] ?? '',
    );
    for (const email of variants) {
      const res = await postJson({ merchant: 'lastu', type: 'access', email });
      expect(res.status, email).toBe(202);
    }
    const items = await countItems();
    const refused = await postJson({
      merchant: 'lastu',
      type: 'access',
      email: 'bo.mb+eleven@gmail.com',
    });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      error: {
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringContaining('this email address'),
      },
    });
    expect(await countItems()).toBe(items);
    expect(await mailbox.count('bo.mb+eleven@gmail.com')).toBe(0);
    // Each accepted request mailed the address as it was typed.
    expect(await mailbox.count('b.omb+1@googlemail.com')).toBe(1);
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
