/**
 * The SubmitRequest handler through its full middy chain, on in-memory ports (the composition
 * modules are replaced): a throttled verification email answers 503 with Retry-After and a
 * message in the shopper's language, never a bare 500; sending the same form again continues
 * the request; an SES refusal (AccessDenied, a sandbox recipient) is a 503 logged with what to
 * fix; an unknown failure stays a 500. No log line holds the shopper's email.
 * The intake never reads the merchant's customer data.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { MailRefusedError } from '#ports/mailer.ts';
import { pageMessages } from '#presentation/i18n/pages/index.ts';
import { issueFormToken } from '#shared/intake-guard.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';
import {
  captureOutput,
  context,
  httpEvent,
} from '../../helpers/lambda-events.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const composed = vi.hoisted(() => ({ ports: undefined as unknown }));
vi.mock('#composition/aws/dynamo.ts', () => ({
  dynamoPorts: () => composed.ports,
}));
vi.mock('#composition/aws/ses.ts', () => ({
  sesMailer: () => ({ mailer: (composed.ports as Ports).mailer }),
}));

const SECRET = 'unit-test-intake-secret-0123456789abcdef';
let ports: Ports;
let handler: (
  event: unknown,
  ctx: typeof context,
) => Promise<APIGatewayProxyStructuredResultV2>;
let output: ReturnType<typeof captureOutput>;

/** What SES v2 throws when the sending rate is exceeded; its message names no one here. */
const sesThrottling = () =>
  Object.assign(new Error('Maximum sending rate exceeded.'), {
    name: 'TooManyRequestsException',
    $metadata: { httpStatusCode: 429 },
  });

beforeAll(async () => {
  vi.stubEnv('TABLE_NAME', 'unit');
  vi.stubEnv('PUBLIC_BASE_URL', 'https://dsr.test');
  vi.stubEnv('INTAKE_SECRET', SECRET);
  ({ ports } = await seededMemoryPorts(new Date()));
  composed.ports = ports;
  ({ handler } = (await import(
    '#handlers/submit-request.handler.ts'
  )) as unknown as { handler: typeof handler });
});
beforeEach(() => {
  output = captureOutput();
});
afterEach(() => {
  output.stop();
  vi.restoreAllMocks();
});

const postJson = (body: Record<string, string>, headers = {}) =>
  handler(
    httpEvent('POST', '/requests', {
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    context,
  );

describe('SubmitRequest handler when SES throttles the verification email', () => {
  it('answers JSON 503 with Retry-After in the shopper’s language, and the same form again gets the link', async () => {
    // Prepare
    const email = 'throttled.json@example.org';
    const form = { merchant: 'lastu', type: 'access', email, locale: 'fi' };
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(sesThrottling());
    // Act
    const refused = await postJson(form);
    const again = await postJson(form);
    // Assess
    expect(refused.statusCode).toBe(503);
    expect(refused.headers?.['retry-after']).toBe('60');
    expect(JSON.parse(refused.body ?? '')).toEqual({
      error: {
        code: 'TRY_AGAIN_LATER',
        message: pageMessages('fi').errors.tryAgainBody,
      },
    });
    expect(again.statusCode).toBe(202);
    const { requestId } = JSON.parse(again.body ?? '') as {
      requestId: string;
    };
    expect([...ports.requests.items.values()]).toEqual([
      expect.objectContaining({ requestId, email }),
    ]);
    expect(ports.mailer.sent.map((m) => m.to)).toEqual([[email]]);
    expect(output.text()).toContain('TooManyRequestsException');
    expect(output.text()).not.toContain(email);
  });

  it('gives a browser its form back as text when a JSON body held objects (never “[object Object]”, never a 500)', async () => {
    const page = await handler(
      httpEvent('POST', '/requests', {
        headers: { 'content-type': 'application/json', accept: 'text/html' },
        body: JSON.stringify({
          merchant: 'lastu',
          type: null,
          email: 'aino.virtanen@example.com',
          name: { first: 'Aino' },
        }),
      }),
      context,
    );
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('value="aino.virtanen@example.com"');
    expect(page.body).not.toContain('[object Object]');
  });

  it('gives a browser its form back with its answers, a fresh token and “send it again”', async () => {
    // Prepare
    const email = 'throttled.form@example.org';
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(sesThrottling());
    // Act
    const page = await handler(
      httpEvent('POST', '/requests', {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
        },
        body: new URLSearchParams({
          merchant: 'lastu',
          type: 'erasure',
          email,
          locale: 'sv',
          formToken: issueFormToken('lastu', new Date(), SECRET),
        }).toString(),
      }),
      context,
    );
    // Assess
    expect(page.statusCode).toBe(503);
    expect(page.headers?.['retry-after']).toBe('60');
    expect(page.headers?.['content-type']).toContain('text/html');
    expect(page.body).toContain('role="alert"');
    expect(page.body).toContain(pageMessages('sv').errors.tryAgain);
    expect(page.body).toContain(`value="${email}"`);
    expect(page.body).toMatch(/name="formToken" value="\d+\.[\w-]{43}"/);
    expect(output.text()).not.toContain(email);
  });

  it('answers 503 and logs what to fix when SES refuses (AccessDenied, sandbox), never a bare 500', async () => {
    // Prepare: what the SES adapter throws for IAM's AccessDeniedException (ses-mailer.test.ts).
    const email = 'refused@example.org';
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(
      new MailRefusedError('not-authorized', 'AccessDeniedException'),
    );
    // Act
    const refused = await postJson({
      merchant: 'lastu',
      type: 'access',
      email,
    });
    // Assess: the shopper may send the form again later; on-call reads why and what to fix.
    expect(refused.statusCode).toBe(503);
    expect(refused.headers?.['retry-after']).toBe('60');
    const log = output
      .text()
      .split('\n')
      .find((l) => l.includes('could not send the verification email'));
    expect(JSON.parse(log ?? '{}')).toMatchObject({
      level: 'ERROR',
      reason: 'not-authorized',
      serviceError: 'AccessDeniedException',
      remedy: expect.stringContaining('ses:SendEmail'),
    });
    expect(output.text()).not.toContain(email);
  });

  it('keeps an unknown permanent failure a 500 that names no one', async () => {
    // Prepare
    const email = 'rejected@example.org';
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(
      Object.assign(new Error(`Something failed for ${email}`), {
        name: 'SomethingUnexpected',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    // Act
    const failed = await postJson({ merchant: 'lastu', type: 'access', email });
    // Assess
    expect(failed.statusCode).toBe(500);
    expect(JSON.parse(failed.body ?? '')).toEqual({
      error: { code: 'INTERNAL', message: 'Internal error' },
    });
    expect(output.text()).toContain('SomethingUnexpected');
    expect(output.text()).not.toContain(email);
  });
});

describe('SubmitRequest handler and customer data', () => {
  it('never reads the merchant’s customer data, for a customer or a stranger', async () => {
    // Prepare: aino is one of lastu's demo customers, with records in its own store.
    const store = ports.subjectData;
    const touched = (['find', 'erase', 'put', 'update'] as const).map((m) =>
      vi.spyOn(store, m),
    );
    // Act
    const answers = [];
    for (const email of ['aino.virtanen@example.com', 'nobody@example.org'])
      answers.push(
        await postJson({ merchant: 'lastu', type: 'erasure', email }),
      );
    // Assess
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202]);
    for (const spy of touched) expect(spy).not.toHaveBeenCalled();
  });
});

describe('SubmitRequest handler: the page after the form and “send the email again”', () => {
  const form = (body: Record<string, string>, path = '/requests') =>
    handler(
      httpEvent('POST', path, {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
        },
        body: new URLSearchParams(body).toString(),
      }),
      context,
    );
  /** The hidden fields of the page's resend form. */
  const resendFields = (page: string) =>
    Object.fromEntries(
      [
        ...(
          /<form[^>]*action="[^"]*\/requests\/resend"[\s\S]*?<\/form>/.exec(
            page,
          )?.[0] ?? ''
        ).matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g),
      ].map((m) => [m[1], m[2]]),
    ) as Record<string, string>;

  it('gives the reference the emails use, and a resend form that names no one', async () => {
    // Prepare
    const email = 'thanks.page@example.org';
    // Act
    const page = await form({
      merchant: 'lastu',
      type: 'access',
      email,
      locale: 'de',
      formToken: issueFormToken('lastu', new Date(), SECRET),
    });
    // Assess
    expect(page.statusCode).toBe(202);
    const stored = [...ports.requests.items.values()].find(
      (r) => r.email === email,
    );
    const reference = stored?.requestId.slice(0, 8).toUpperCase();
    expect(page.body).toContain(`Referenz: ${reference}`);
    expect(ports.mailer.sent.at(-1)?.subject).toContain(`[${reference}]`);
    const fields = resendFields(page.body ?? '');
    expect(Object.keys(fields).sort()).toEqual([
      'formToken',
      'locale',
      'merchant',
      'resend',
    ]);
    expect(JSON.stringify(fields)).not.toContain(email);
  });

  it('sends the email again at most every five minutes, storing no new request, with the same answer each time', async () => {
    // Prepare
    const email = 'resend.me@example.org';
    const first = await form({
      merchant: 'lastu',
      type: 'erasure',
      email,
      locale: 'en',
      formToken: issueFormToken('lastu', new Date(), SECRET),
    });
    const fields = resendFields(first.body ?? '');
    const requests = ports.requests.items.size;
    const mailsTo = () =>
      ports.mailer.sent.filter((m) => m.to.includes(email)).length;
    // Act: at once (too soon), then six minutes later.
    const soon = await form(fields, '/requests/resend');
    const soonMails = mailsTo();
    // The handler's clock is the runtime's: move the system time on.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 6 * 60_000);
    const later = await form(fields, '/requests/resend').finally(() =>
      vi.useRealTimers(),
    );
    // Assess
    expect(soonMails).toBe(1);
    expect(mailsTo()).toBe(2);
    expect(ports.requests.items.size).toBe(requests);
    for (const answer of [soon, later]) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toContain(
        'If your request is still waiting to be confirmed, the email has been sent again, unless the last one went out less than 5 minutes ago.',
      );
    }
    expect(output.text()).not.toContain(email);
  });

  it('answers a resend of a request that does not wait for anyone exactly the same, sending nothing', async () => {
    // Prepare: a signed reference to no stored request (as a bot's honeypot answer gets).
    const { issueResendToken } = await import('#shared/intake-guard.ts');
    const sent = ports.mailer.sent.length;
    // Act
    const answer = await form(
      {
        merchant: 'lastu',
        locale: 'en',
        formToken: issueFormToken('lastu', new Date(), SECRET),
        resend: issueResendToken(
          'lastu',
          '00000000-0000-4000-8000-999999999999',
          new Date(),
          SECRET,
        ),
      },
      '/requests/resend',
    );
    // Assess
    expect(answer.statusCode).toBe(202);
    expect(answer.body).toContain('the email has been sent again, unless');
    expect(ports.mailer.sent.length).toBe(sent);
  });

  it('refuses a resend reference that is not ours with the form, ready to send again', async () => {
    const sent = ports.mailer.sent.length;
    const answer = await form(
      {
        merchant: 'lastu',
        locale: 'en',
        formToken: issueFormToken('lastu', new Date(), SECRET),
        resend: `00000000-0000-4000-8000-000000000001.${Math.floor(Date.now() / 1000)}.${'A'.repeat(43)}`,
      },
      '/requests/resend',
    );
    expect(answer.statusCode).toBe(403);
    expect(answer.body).toContain('The form had expired.');
    expect(ports.mailer.sent.length).toBe(sent);
  });
});
