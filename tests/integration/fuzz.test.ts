/**
 * Fuzz suite: generated hostile requests against every public route of infra/wiring.ts, over
 * loopback HTTP to the embedded stack. Every input is invalid by construction (malformed JSON,
 * wrong types, huge strings, unicode, CRLF in email and name fields, header-injection attempts,
 * bad tokens in path parameters, form-encoded and unsupported bodies), so every answer must be
 * a 4xx: never a 5xx, never a stored item, never an email.
 *
 * Routes run concurrently (one fast-check property each); runs within a route are sequential so
 * a failure shrinks. The seed is fixed and printed; set FUZZ_SEED to replay another.
 */
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { ROUTES } from '#infra/wiring.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { waitFor } from '../helpers/wait-for.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Runs per route: at least 10,400 requests in all, however many routes wiring.ts has. */
const RUNS_PER_ROUTE = Math.ceil(10_400 / ROUTES.length);
const MAX_STRING = 64 * 1024;

interface FuzzRequest {
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string;
}

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ddb: DynamoDBClient;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    onlyProcessors: ['lastu-store'],
    logLevel: 'ERROR',
  });
  // The handlers' logger was made before the stack set its level: thousands of refusals
  // would otherwise each print an INFO line.
  (await import('#shared/powertools.ts')).logger.setLogLevel('ERROR');
  mailbox = new Mailbox(stack.mailUrl);
  ddb = new DynamoDBClient({
    endpoint: stack.environment.AWS_ENDPOINT_URL_DYNAMODB,
    region: stack.environment.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => stack?.close());

/** Every item in the table (merchant config, seeded customers, and whatever a request stored). */
async function countItems(): Promise<number> {
  let count = 0;
  let start: Record<string, never> | undefined;
  do {
    const out = await ddb.send(
      new ScanCommand({
        TableName: stack.tableName,
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey as typeof start;
  } while (start);
  return count;
}

// ---- building blocks -------------------------------------------------------------------------

/** Short strings most of the time, sometimes long ones up to 64 KB (cheap to generate). */
const anyText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: MAX_STRING }),
        fc.constantFrom('x', 'ä', '😀', '\u0000', '<'),
      )
      .map(([n, c]) => c.repeat(Math.ceil(n / Buffer.byteLength(c)))),
  },
);

const CRLF = fc.constantFrom(
  '\r\n',
  '\n',
  '\r',
  '\r\n\r\n',
  '\u0085',
  '\u2028',
);
/** Email header injection: a plausible address followed by a line break and more headers. */
const crlfEmail = fc
  .tuple(
    fc.constantFrom(
      'aino.virtanen@example.com',
      'a@b.co',
      'victim@example.org',
    ),
    CRLF,
    fc.constantFrom(
      'Bcc: attacker@evil.example',
      'Subject: hi',
      'Content-Type: text/html',
      '',
    ),
  )
  .map(([a, nl, h]) => `${a}${nl}${h}`);
const badEmail = fc.oneof(
  crlfEmail,
  fc.constantFrom(
    '',
    'x',
    '@',
    'a@',
    '@b.c',
    'a b@c.d',
    `${'a'.repeat(250)}@example.com`,
    'aino@example.com\u0000',
    '"><script>alert(1)</script>@x.y',
  ),
  anyText.filter((s) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s)),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), {
    maxKeys: 3,
  }),
);
const crlfName = fc
  .tuple(
    fc.constantFrom('Aino', 'Matti'),
    CRLF,
    fc.constantFrom('Bcc: x@evil.example', 'X: y'),
  )
  .map(([a, nl, b]) => `${a}${nl}${b}`);

/** Field values that no string can make valid, per field (also what a form can carry). */
const badStringOf = {
  merchant: fc.constantFrom('', 'UPPER', 'a', '-x', 'lastu/../x', 'lastu\r\n'),
  type: fc.constantFrom('', 'everything', 'ACCESS', 'access ', 'null'),
  email: badEmail.filter((v) => typeof v === 'string'),
  name: fc.oneof(crlfName, fc.constant('n'.repeat(201))),
  locale: fc.constantFrom('xx', 'EN', 'fi-FI', ''),
};
type Field = keyof typeof badStringOf;

/** Fields of a submission, some drawn freely, and one (`broken`) certainly invalid. */
const submissionFields = (asString: boolean) =>
  fc
    .record({
      merchant: fc.oneof(fc.constant('lastu'), anyText, wrongType),
      type: fc.oneof(
        fc.constantFrom('access', 'erasure', 'objection'),
        anyText,
        wrongType,
      ),
      email: fc.oneof(
        fc.constant('aino.virtanen@example.com'),
        badEmail,
        wrongType,
      ),
      name: fc.option(fc.oneof(crlfName, anyText, wrongType), {
        nil: undefined,
      }),
      orderNumber: fc.option(fc.oneof(anyText, wrongType), { nil: undefined }),
      details: fc.option(anyText, { nil: undefined }),
      locale: fc.option(fc.oneof(fc.constant('fi'), anyText), {
        nil: undefined,
      }),
      website: fc.option(anyText, { nil: undefined }),
      broken: fc.constantFrom<Field>(
        'merchant',
        'type',
        'email',
        'name',
        'locale',
      ),
    })
    .chain((r) => {
      const bad = asString
        ? badStringOf[r.broken]
        : fc.oneof(badStringOf[r.broken], wrongType);
      return bad.map((value) => {
        const { broken, ...fields } = r;
        return { ...fields, [broken]: value } as Record<string, unknown>;
      });
    });

const asForm = (fields: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, string] => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
  ).toString();

/** A submission that fails validation, as JSON or as a form (a browser's or a script's). */
const invalidSubmission = fc.oneof(
  submissionFields(false).map((fields) => ({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  })),
  fc
    .tuple(submissionFields(true), fc.constantFrom('text/html', '*/*'))
    .map(([fields, accept]) => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
      body: asForm(fields),
    })),
);

/** Link-page fields as JSON or as a form. */
const encodeBody = (fields: Record<string, unknown>) =>
  fc.constantFrom(
    {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    },
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: asForm(fields),
    },
    {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      body: asForm(fields),
    },
  );

/** A valid submission that a CSRF check must stop (and so stores nothing). */
const csrfAttempt = fc
  .tuple(
    fc.constantFrom('access', 'erasure', 'objection'),
    fc.constantFrom(
      undefined,
      '',
      'x',
      '1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      `${Math.floor(Date.now() / 1000) - 2 * 86400}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
    ),
    fc.constantFrom(
      'https://evil.example',
      'http://127.0.0.1',
      'https://lastu.example.evil',
    ),
    fc.boolean(),
  )
  .map(([type, formToken, origin, asForm]) => {
    const fields = {
      merchant: 'lastu',
      type,
      email: 'fuzz.victim@example.org',
      ...(formToken === undefined ? {} : { formToken }),
    };
    return asForm
      ? {
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'text/html',
          },
          body: new URLSearchParams(fields).toString(),
        }
      : {
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify(fields),
        };
  });

/** Bodies that are broken as documents, whatever their fields. */
const brokenBody = fc.oneof(
  fc.record({
    headers: fc.constant({ 'content-type': 'application/json' }),
    body: fc.oneof(
      fc.constantFrom(
        '{',
        '[]',
        'null',
        '"x"',
        '1',
        '{"a":',
        '\u0000',
        '{}}',
        '[{}]',
      ),
      anyText,
    ),
  }),
  fc.record({
    headers: fc.record({
      'content-type': fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        'APPLICATION/JSON',
        'application/json, text/html',
        'application/x-www-form-urlencoded; charset=iso-8859-1',
        '',
      ),
    }),
    body: anyText,
  }),
  fc.record({
    headers: fc.constant({
      'content-type': 'application/x-www-form-urlencoded',
    }),
    body: fc.oneof(
      fc.constantFrom('%', '%%%', 'a=%ZZ', '&&&=', '=x', 'email=%0d%0aBcc:x'),
      anyText,
    ),
  }),
);

/** Header values a client can send that try to smuggle or confuse (no raw CR/LF: HTTP forbids them). */
const hostileHeaders = fc.record(
  {
    'accept-language': fc.constantFrom(
      'fi;q=abc, *;q=2',
      'x'.repeat(4000),
      ',,,;;;',
      'sv-SE;q=0.9, de;q=NaN',
      '\u00ff\u00fe',
    ),
    origin: fc.constantFrom(
      'null',
      'https://evil.example',
      'https://shop.example%0d%0aSet-Cookie:x',
      'javascript:alert(1)',
    ),
    'x-forwarded-for': fc.constantFrom('1.2.3.4, 5.6.7.8', 'not-an-ip', '::1'),
    accept: fc.constantFrom('text/html', 'application/json', '*/*', ''),
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT'),
  },
  { requiredKeys: [] },
);

/** Path parameters that are not live link secrets: junk, traversal, encodings, near-misses. */
const badToken = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{42,44}$/),
  fc.constantFrom(
    '..',
    '../..',
    '%2e%2e',
    'null',
    'undefined',
    '0',
    "' OR 1=1 --",
    '$',
    '{token}',
  ),
  fc.integer({ min: 44, max: 3000 }).map((n) => 'A'.repeat(n)),
);
const seg = (token: string) => encodeURIComponent(token);

const withHeaders = (
  req: fc.Arbitrary<{
    headers?: Readonly<Record<string, string | undefined>>;
    body?: string;
  }>,
) =>
  fc
    .tuple(req, fc.option(hostileHeaders, { nil: undefined }))
    .map(([r, extra]) => ({
      ...r,
      headers: { ...extra, ...r.headers },
    }));

// ---- one generator per route of wiring.ts -----------------------------------------------------

const linkGet = (prefix: string) =>
  fc.tuple(badToken, fc.option(hostileHeaders, { nil: undefined })).map(
    ([t, headers]): FuzzRequest => ({
      path: `/${prefix}/${seg(t)}`,
      headers,
    }),
  );
const linkPost = (
  prefix: string,
  fields: fc.Arbitrary<Record<string, unknown>>,
) =>
  fc
    .tuple(
      badToken,
      withHeaders(
        fc.oneof(fields.chain(encodeBody), brokenBody, fc.constant({})),
      ),
    )
    .map(([t, r]): FuzzRequest => ({ path: `/${prefix}/${seg(t)}`, ...r }));
const anyFields = fc.dictionary(
  fc.constantFrom('decision', 'reason', 'ground', 'outcome', 'note', 'x'),
  fc.oneof(anyText, wrongType),
  { maxKeys: 4 },
);

/** A console page asked for without a session (sometimes with a forged session cookie). */
const consoleCookie = fc.option(
  fc.oneof(
    badToken.map((t) => `dsr-console=${encodeURIComponent(t)}`),
    badToken.map((t) => `__Host-dsr-console=${encodeURIComponent(t)}`),
  ),
  { nil: undefined },
);
const consoleGet = (path: fc.Arbitrary<string>) =>
  fc
    .tuple(path, fc.option(hostileHeaders, { nil: undefined }), consoleCookie)
    .map(
      ([p, headers, cookie]): FuzzRequest => ({
        path: p,
        headers: { ...headers, cookie },
      }),
    );
const consolePost = (path: fc.Arbitrary<string>) =>
  fc
    .tuple(
      path,
      withHeaders(
        fc.oneof(consoleFields.chain(encodeBody), brokenBody, fc.constant({})),
      ),
      consoleCookie,
    )
    .map(
      ([p, r, cookie]): FuzzRequest => ({
        path: p,
        ...r,
        headers: { ...r.headers, cookie },
      }),
    );
const consoleFields = fc.dictionary(
  fc.constantFrom('email', 'csrf', 'type', 'merchant', 'lang', 'decision', 'x'),
  fc.oneof(anyText, wrongType),
  { maxKeys: 4 },
);

const GENERATORS: Record<string, fc.Arbitrary<FuzzRequest>> = {
  'GET /m/{merchantId}': fc
    .tuple(
      fc.oneof(badToken, fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,62}$/)),
      fc.option(
        fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('fi', 'xx', '')),
        { nil: undefined },
      ),
      fc.option(hostileHeaders, { nil: undefined }),
    )
    .filter(([id]) => id !== 'lastu')
    .map(([id, lang, headers]) => ({
      path: `/m/${seg(id)}${lang === undefined ? '' : `?lang=${encodeURIComponent(lang)}`}`,
      headers,
    })),
  'POST /requests': withHeaders(
    fc.oneof(
      { weight: 4, arbitrary: invalidSubmission },
      { weight: 2, arbitrary: brokenBody },
      {
        weight: 1,
        arbitrary: fc.constant({
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'x'.repeat(33 * 1024) }),
        }),
      },
      // Valid fields, failing the CSRF checks: a form without a good token, or a browser's
      // JSON from a site the merchant does not list.
      { weight: 2, arbitrary: csrfAttempt },
    ),
  ).map((r) => ({ path: '/requests', ...r })),
  'OPTIONS /requests': fc
    .tuple(
      fc.option(fc.oneof(badToken, fc.constant('lastu')), { nil: undefined }),
      fc.option(
        fc.constantFrom(
          'https://evil.example',
          'null',
          'https://lastu.example.evil',
          'http://lastu.example',
        ),
        { nil: undefined },
      ),
      fc.constantFrom('POST', 'PUT', 'DELETE', 'post'),
    )
    .map(([merchant, origin, method]) => ({
      path: `/requests${merchant === undefined ? '' : `?merchant=${encodeURIComponent(merchant)}`}`,
      headers: {
        ...(origin ? { origin } : {}),
        'access-control-request-method': method,
        'access-control-request-headers': 'content-type, x-evil',
      },
    })),
  // "Send the email again": without a signed reference we issued, nothing is sent.
  'POST /requests/resend': withHeaders(
    fc.oneof(
      fc
        .record({
          merchant: fc.oneof(fc.constant('lastu'), badToken),
          locale: fc.oneof(fc.constantFrom('fi', 'en'), anyText),
          resend: fc.oneof(
            badToken,
            fc
              .tuple(fc.uuid(), fc.integer({ min: 0, max: 2 ** 40 }))
              .map(([id, t]) => `${id}.${t}.${'A'.repeat(43)}`),
          ),
          formToken: fc.oneof(badToken, wrongType),
        })
        .chain(encodeBody),
      brokenBody,
    ),
  ).map((r) => ({ path: '/requests/resend', ...r })),
  'GET /verify/{token}': linkGet('verify'),
  'POST /verify/{token}': linkPost('verify', anyFields),
  'GET /decide/{token}': linkGet('decide'),
  'POST /decide/{token}': linkPost('decide', anyFields),
  'GET /information/{token}': linkGet('information'),
  'POST /information/{token}': linkPost('information', anyFields),
  'GET /download/{token}': linkGet('download'),
  'GET /status/{token}': linkGet('status'),
  'GET /authority/{token}': linkGet('authority'),
  'POST /authority/{token}': linkPost('authority', anyFields),
  'GET /processor/{token}': linkGet('processor'),
  'POST /processor/{token}': linkPost('processor', anyFields),
  'GET /deferral/{token}': linkGet('deferral'),
  'POST /deferral/{token}': linkPost('deferral', anyFields),
  'GET /lift/{token}': linkGet('lift'),
  'POST /lift/{token}': linkPost('lift', anyFields),
  'GET /release/{token}': linkGet('release'),
  'POST /release/{token}': linkPost('release', anyFields),
  'POST /callbacks/opendsr/{requestId}/{processorId}': fc
    .tuple(
      fc.oneof(badToken, fc.uuid()),
      fc.oneof(
        badToken,
        fc.constantFrom('lastu-store', 'shopify', 'opendsr-x'),
      ),
      withHeaders(
        fc.oneof(
          brokenBody,
          anyFields.chain(encodeBody),
          fc.record({
            headers: fc.record({
              'content-type': fc.constant('application/json'),
              'x-opendsr-signature': fc.oneof(
                fc
                  .string({ unit: 'binary-ascii', maxLength: 200 })
                  .map((v) =>
                    [...v].filter((c) => c >= ' ' && c !== '\u007f').join(''),
                  ),
                fc.base64String(),
              ),
              'x-opendsr-processor-domain': fc.constantFrom(
                'evil.example',
                'localhost',
                '127.0.0.1',
              ),
            }),
            body: fc
              .record({
                request_status: fc.constantFrom('completed', 'open', 'x'),
                subject_request_id: fc.uuid(),
                expected_completion_time: anyText,
              })
              .map((b) => JSON.stringify(b)),
          }),
        ),
      ),
    )
    .map(([requestId, processorId, r]) => ({
      path: `/callbacks/opendsr/${seg(requestId)}/${seg(processorId)}`,
      ...r,
    })),
  // Shopify's compliance webhook with a forged, missing or malformed signature: 401, nothing
  // stored; hostile shop domains, topics and webhook ids change nothing.
  'POST /webhooks/shopify/{merchantId}': fc
    .tuple(
      fc.oneof(badToken, fc.constantFrom('lastu', 'nobody')),
      withHeaders(
        fc.oneof(
          brokenBody,
          anyFields.chain(encodeBody),
          fc.record({
            headers: fc.record({
              'content-type': fc.constant('application/json'),
              'x-shopify-hmac-sha256': fc.oneof(
                fc.base64String(),
                fc
                  .string({ unit: 'binary-ascii', maxLength: 100 })
                  .map((v) =>
                    [...v].filter((c) => c >= ' ' && c !== '\u007f').join(''),
                  ),
              ),
              'x-shopify-shop-domain': fc.constantFrom(
                'lastu.myshopify.com',
                'evil.myshopify.com',
                '',
              ),
              'x-shopify-topic': fc.constantFrom(
                'customers/redact',
                'customers/data_request',
                'shop/redact',
                'orders/create',
              ),
              // Header values are bytes: printable ASCII only (fetch refuses the rest).
              'x-shopify-webhook-id': fc.oneof(
                fc.uuid(),
                fc.stringMatching(/^[ -~]{0,80}$/),
              ),
            }),
            body: fc
              .record({
                shop_id: fc.integer(),
                shop_domain: fc.constant('lastu.myshopify.com'),
                customer: fc.record({
                  id: fc.integer(),
                  email: fc.emailAddress(),
                }),
              })
              .map((b) => JSON.stringify(b)),
          }),
        ),
      ),
    )
    .map(([merchant, r]) => ({
      path: `/webhooks/shopify/${seg(merchant)}`,
      ...r,
    })),
  // The console without a session: every call is refused (401, 403) or sent to sign in (303);
  // only the sign-in form itself is a page (200), and it changes nothing.
  'GET /console': consoleGet(fc.constant('/console')),
  'GET /console/sign-in': consoleGet(
    fc
      .option(
        fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('fi', 'xx')),
        {
          nil: undefined,
        },
      )
      .map((lang) =>
        lang === undefined
          ? '/console/sign-in'
          : `/console/sign-in?lang=${encodeURIComponent(lang)}`,
      ),
  ),
  'POST /console/sign-in': consolePost(fc.constant('/console/sign-in')),
  'GET /console/sign-in/{token}': consoleGet(
    badToken.map((t) => `/console/sign-in/${seg(t)}`),
  ),
  'POST /console/sign-in/{token}': consolePost(
    badToken.map((t) => `/console/sign-in/${seg(t)}`),
  ),
  'POST /console/sign-out': consolePost(fc.constant('/console/sign-out')),
  'POST /console/merchant': consolePost(fc.constant('/console/merchant')),
  'POST /console/language': consolePost(fc.constant('/console/language')),
  'GET /console/requests': consoleGet(
    fc
      .dictionary(
        fc.constantFrom(
          'status',
          'type',
          'overdue',
          'dueWithin',
          'channel',
          'q',
        ),
        anyText,
        { maxKeys: 3 },
      )
      .map(
        (q) =>
          `/console/requests?${new URLSearchParams(q as Record<string, string>)}`,
      ),
  ),
  'POST /console/requests': consolePost(fc.constant('/console/requests')),
  'GET /console/requests/new': consoleGet(fc.constant('/console/requests/new')),
  'POST /console/requests/bulk': consolePost(
    fc.constant('/console/requests/bulk'),
  ),
  'POST /console/requests/agents': consolePost(
    fc.constant('/console/requests/agents'),
  ),
  'GET /console/requests/{requestId}/authority': consoleGet(
    fc
      .tuple(
        fc.oneof(badToken, fc.uuid()),
        fc.option(anyText, { nil: undefined }),
      )
      .map(
        ([id, file]) =>
          `/console/requests/${seg(id)}/authority${file === undefined ? '' : `?file=${encodeURIComponent(file)}`}`,
      ),
  ),
  'GET /console/requests/{requestId}': consoleGet(
    fc.oneof(badToken, fc.uuid()).map((id) => `/console/requests/${seg(id)}`),
  ),
  'POST /console/requests/{requestId}/{action}': consolePost(
    fc
      .tuple(
        fc.oneof(badToken, fc.uuid()),
        fc.oneof(
          badToken,
          fc.constantFrom('decide', 'release', 'cancel', 'spam'),
        ),
      )
      .map(([id, action]) => `/console/requests/${seg(id)}/${seg(action)}`),
  ),
  'GET /console/requests/{requestId}/answer/{processorId}': consoleGet(
    fc
      .tuple(
        fc.oneof(badToken, fc.uuid()),
        fc.oneof(badToken, fc.constant('judgeme')),
      )
      .map(([id, p]) => `/console/requests/${seg(id)}/answer/${seg(p)}`),
  ),
  'POST /console/requests/{requestId}/answer/{processorId}': consolePost(
    fc
      .tuple(
        fc.oneof(badToken, fc.uuid()),
        fc.oneof(badToken, fc.constant('judgeme')),
      )
      .map(([id, p]) => `/console/requests/${seg(id)}/answer/${seg(p)}`),
  ),
  'GET /console/reports': consoleGet(
    fc
      .dictionary(fc.constantFrom('merchant', 'months'), anyText, {
        maxKeys: 2,
      })
      .map(
        (q) =>
          `/console/reports?${new URLSearchParams(q as Record<string, string>)}`,
      ),
  ),
  'GET /console/reports/register.csv': consoleGet(
    fc
      .tuple(fc.oneof(badToken, fc.constant('lastu')), anyText)
      .map(
        ([m, e]) =>
          `/console/reports/register.csv?${new URLSearchParams({ merchant: m, emails: e })}`,
      ),
  ),
  'GET /console/reports/processing': consoleGet(
    fc
      .oneof(badToken, fc.constant('lastu'))
      .map((m) => `/console/reports/processing?merchant=${seg(m)}`),
  ),
  'GET /console/reports/processing.csv': consoleGet(
    fc
      .oneof(badToken, fc.constant('lastu'))
      .map((m) => `/console/reports/processing.csv?merchant=${seg(m)}`),
  ),
  'GET /console/settings': consoleGet(fc.constant('/console/settings')),
  'GET /console/settings/new-processor': consoleGet(
    fc.constant('/console/settings/new-processor'),
  ),
  'GET /console/settings/processors/{processorId}': consoleGet(
    fc
      .oneof(badToken, fc.constant('judgeme'))
      .map((p) => `/console/settings/processors/${seg(p)}`),
  ),
  'POST /console/settings/{section}': consolePost(
    fc
      .oneof(badToken, fc.constantFrom('general', 'members', 'processors'))
      .map((section) => `/console/settings/${seg(section)}`),
  ),
};

// ---- the suite -------------------------------------------------------------------------------

/**
 * What a hostile request may be answered: a 4xx everywhere; on the console, without a session,
 * also the redirect to sign in (303), and the sign-in form itself (200: a page that acts on nothing).
 */
function acceptable(key: string, status: number): boolean {
  if (status >= 400 && status < 500) return true;
  if (key.startsWith('GET /console/sign-in')) return status === 200;
  if (key.includes(' /console')) return status === 303;
  return false;
}

interface RouteStats {
  runs: number;
  statuses: Map<number, number>;
}

describe('fuzzing every public route', () => {
  it('has a generator for every route of infra/wiring.ts', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    const covered = keys.filter((k) => k in GENERATORS);
    expect(covered).toEqual(keys);
  });

  it('answers every invalid request with a 4xx, storing nothing and sending no email', async () => {
    // Prepare
    process.stdout.write(`[fuzz] seed ${SEED} (FUZZ_SEED to replay)\n`);
    const itemsBefore = await countItems();
    const mailBefore = (await mailbox.all()).length;
    const stats = new Map<string, RouteStats>();
    const serverErrors: string[] = [];
    const started = Date.now();

    // Act: one property per route, all routes at once.
    await Promise.all(
      ROUTES.filter(
        (route) => `${route.method} ${route.path}` in GENERATORS,
      ).map(async (route, i) => {
        const key = `${route.method} ${route.path}`;
        const routeStats: RouteStats = { runs: 0, statuses: new Map() };
        stats.set(key, routeStats);
        await fc.assert(
          fc.asyncProperty(
            GENERATORS[key] as fc.Arbitrary<FuzzRequest>,
            async (req) => {
              const res = await fetch(`${stack.apiUrl}${req.path}`, {
                method: route.method,
                headers: req.headers,
                body: route.method === 'GET' ? undefined : req.body,
                redirect: 'manual',
              });
              await res.arrayBuffer();
              routeStats.runs += 1;
              routeStats.statuses.set(
                res.status,
                (routeStats.statuses.get(res.status) ?? 0) + 1,
              );
              if (res.status >= 500)
                serverErrors.push(`${key} → ${res.status}`);
              // A preflight is answered 204; a refused one carries no CORS permission.
              if (route.method === 'OPTIONS')
                return (
                  res.status === 204 &&
                  !res.headers.has('access-control-allow-origin')
                );
              return acceptable(key, res.status);
            },
          ),
          { numRuns: RUNS_PER_ROUTE, seed: SEED + i, endOnFailure: true },
        );
      }),
    );

    // Assess
    const total = [...stats.values()].reduce((n, s) => n + s.runs, 0);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const [key, s] of stats)
      process.stdout.write(
        `[fuzz] ${key}: ${s.runs} requests, statuses ${JSON.stringify(Object.fromEntries(s.statuses))}\n`,
      );
    process.stdout.write(
      `[fuzz] ${total} requests in ${seconds} s, ${serverErrors.length} answered 5xx\n`,
    );
    expect(serverErrors).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(await countItems()).toBe(itemsBefore);
    expect((await mailbox.all()).length).toBe(mailBefore);
  }, 180_000);
});

describe('fuzzing a live decision link', () => {
  /** Bodies a merchant's decision POST must refuse: no valid decision, or one missing its reason. */
  const invalidDecision = fc.oneof(
    fc.record({
      decision: fc.oneof(
        anyText.filter((v) => !['approve', 'deny', 'extend'].includes(v)),
        wrongType,
        fc.constantFrom('Approve', 'approve ', 'APPROVE', 'deny\r\n'),
      ),
      reason: fc.option(anyText, { nil: undefined }),
    }),
    fc.record({
      decision: fc.constant('deny'),
      reason: fc.constantFrom('', '   ', '\r\n'),
      ground: fc.oneof(
        fc.constant('other'),
        anyText.filter((g) => g.length > 30),
      ),
    }),
    fc.record({
      decision: fc.constant('extend'),
      reason: fc.constantFrom('', ' \t '),
    }),
    fc.record({
      decision: fc.constantFrom('approve', 'deny', 'extend'),
      reason: fc.integer({ min: 2001, max: 20_000 }).map((n) => 'r'.repeat(n)),
    }),
  );

  it('refuses every invalid decision with a 4xx and leaves the request waiting', async () => {
    // Prepare: a request waiting for the merchant's decision, through the public routes.
    const email = 'fuzz.decision@example.org';
    const submitted = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ merchant: 'lastu', type: 'access', email }),
    });
    const { requestId } = (await submitted.json()) as { requestId: string };
    const verify = await mailbox.waitFor(email, 'Confirm');
    const verifyUrl = /https?:\/\/\S+\/verify\/[A-Za-z0-9_-]{43}/.exec(
      verify.body.text ?? '',
    )?.[0];
    expect((await fetch(verifyUrl ?? '', { method: 'POST' })).status).toBe(200);
    const brief = await mailbox.waitFor(
      'owner@lastu.example',
      requestId.slice(0, 8).toUpperCase(),
    );
    const decideUrl =
      /https?:\/\/\S+\/decide\/[A-Za-z0-9_-]{43}/.exec(
        brief.body.text ?? '',
      )?.[0] ?? '';
    // Imported late: the handlers' logger takes its level from the stack's environment.
    const { dynamoPorts } = await import('#composition/aws/dynamo.ts');
    const { readConfig } = await import('#shared/config.ts');
    const ports = dynamoPorts(readConfig());
    // The step that emailed the brief records it just after sending.
    await waitFor(
      async () =>
        (await ports.audit.list(requestId)).some(
          (e) => e.type === 'DecisionRequested',
        ),
      { timeoutMs: 10_000, message: 'DecisionRequested' },
    );
    const before = {
      request: await ports.requests.get(requestId),
      trail: await ports.audit.list(requestId),
    };
    expect(before.request?.status).toBe('AWAITING_DECISION');
    const statuses = new Map<number, number>();

    // Act
    await fc.assert(
      fc.asyncProperty(
        invalidDecision,
        fc.boolean(),
        async (fields, asForm) => {
          const res = await fetch(decideUrl, {
            method: 'POST',
            headers: {
              'content-type': asForm
                ? 'application/x-www-form-urlencoded'
                : 'application/json',
            },
            body: asForm ? asFormBody(fields) : JSON.stringify(fields),
          });
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          return res.status >= 400 && res.status < 500;
        },
      ),
      { numRuns: 300, seed: SEED, endOnFailure: true },
    );

    // Assess: nothing moved, and the link still works.
    process.stdout.write(
      `[fuzz] POST /decide/{live}: 300 requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(await ports.requests.get(requestId)).toEqual(before.request);
    expect(await ports.audit.list(requestId)).toEqual(before.trail);
    expect((await fetch(decideUrl)).status).toBe(200);
  });
});

function asFormBody(fields: Record<string, unknown>): string {
  return new URLSearchParams(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, string] => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
  ).toString();
}
