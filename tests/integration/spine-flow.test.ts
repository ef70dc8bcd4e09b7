/**
 * The spine end to end on the embedded stack, driven the way a person would: HTTP requests to the
 * public API and links read from the emails in the mailbox emulator.
 */
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  DOWNLOAD_MAX_USES,
  DOWNLOAD_URL_TTL_SECONDS,
  subjectRef,
} from '#domain/links.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { linkFrom } from '../helpers/builders.ts';
import { formTokenFrom } from '../helpers/form.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { unzip } from '../helpers/unzip.ts';
import { waitFor } from '../helpers/wait-for.ts';

const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const EMMA = 'emma.lindqvist@example.com';
const APPROVER = 'owner@lastu.example';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;
let sfn: SFNClient;
const logLines: string[] = [];
const restore: (() => void)[] = [];

beforeAll(async () => {
  // Capture everything the process writes, to prove no personal data reaches a log line.
  // Handler log lines (JSON) are kept out of the test output; everything else passes through.
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const text =
        typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      logLines.push(text);
      return text.startsWith('{"level"') ? true : original(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original;
    });
  }
  stack = await startEmbeddedStack({
    fastTimers: true,
    // The spine's built-in processor alone (tests/integration/processors.test.ts runs all seven).
    onlyProcessors: ['lastu-store'],
    logLevel: 'DEBUG',
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
  sfn = new SFNClient({ endpoint: stack.sfnUrl, region: 'eu-north-1' });
});

afterAll(async () => {
  await stack?.close();
  for (const fn of restore) fn();
});

async function submit(body: Record<string, string>) {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({
      ...body,
      formToken: await formTokenFrom(stack.apiUrl),
    }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { requestId: string; status: string },
  };
}

/** Opens an emailed link (GET), checks it is a confirm page that posts back to itself, then posts. */
async function openAndPost(url: string, form: Record<string, string> = {}) {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(
    /<form method="post" action="\/(verify|decide)\/[A-Za-z0-9_-]+"( novalidate)?>/,
  );
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

const urlOf = (
  text: string | undefined,
  kind: 'verify' | 'decide' | 'download',
) => `${stack.apiUrl}/${kind}/${linkFrom(text ?? '', kind)}`;

async function verifiedRequest(type: string, email: string) {
  const submitted = await submit({ merchant: 'lastu', type, email });
  expect(submitted.status).toBe(202);
  const verification = await mailbox.waitFor(
    email,
    'Confirm your privacy request',
  );
  const confirmed = await openAndPost(urlOf(verification.body.text, 'verify'));
  expect(confirmed.status).toBe(200);
  return submitted.body.requestId;
}

async function waitForExecution(requestId: string, status: string) {
  const executionArn = `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${requestId}`;
  return waitFor(
    async () => {
      const out = await sfn.send(
        new DescribeExecutionCommand({ executionArn }),
      );
      return out.status === status ? out : undefined;
    },
    {
      timeoutMs: 15_000,
      intervalMs: 25,
      message: `execution ${requestId} ${status}`,
    },
  );
}

describe('the public form', () => {
  it('serves the lastu form without JavaScript and 404s unknown merchants', async () => {
    const form = await fetch(`${stack.apiUrl}/m/lastu`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain(
      `<form method="post" action="${stack.apiUrl}/requests"`,
    );
    expect(html).not.toContain('<script');
    expect((await fetch(`${stack.apiUrl}/m/no-such-shop`)).status).toBe(404);
  });

  it('rejects invalid input with a 400 naming the fields, and stores nothing', async () => {
    const before = await mailbox.all();
    const res = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        merchant: 'lastu',
        type: 'everything',
        email: 'x',
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; fields: Record<string, string> };
    };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields).sort()).toEqual(['email', 'type']);
    expect(
      (
        await fetch(`${stack.apiUrl}/requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        })
      ).status,
    ).toBe(400);
    expect((await mailbox.all()).length).toBe(before.length);
  });

  it('refuses unsupported media types and oversized bodies, storing nothing', async () => {
    const before = (await mailbox.all()).length;
    const xml = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<request/>',
    });
    expect(xml.status).toBe(415);
    const huge = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        merchant: 'lastu',
        type: 'access',
        email: AINO,
        details: 'x'.repeat(40_000),
      }),
    });
    expect(huge.status).toBe(413);
    const hugeBody = (await huge.json()) as { error: { code: string } };
    expect(hugeBody.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await mailbox.all()).length).toBe(before);
  });

  it('answers an unknown merchant with 404', async () => {
    expect(
      (await submit({ merchant: 'nope', type: 'access', email: AINO })).status,
    ).toBe(404);
  });

  it('shows a thank-you page to a browser', async () => {
    const res = await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      body: new URLSearchParams({
        merchant: 'lastu',
        type: 'objection',
        objectionScope: 'direct-marketing',
        email: 'someone@example.org',
        formToken: await formTokenFrom(stack.apiUrl),
      }),
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toContain('Check your email');
  });
});

describe('an access request, approved', () => {
  let requestId: string;

  beforeAll(async () => {
    requestId = await verifiedRequest('access', AINO);
  });

  it('asks the merchant, who approves, and the shopper downloads the export', async () => {
    const brief = await mailbox.waitFor(APPROVER, 'Decision needed');
    expect(brief.body.text).toContain(AINO);
    expect(brief.body.text).toContain('Lastu: customer and order records');
    expect(brief.body.text).toMatch(/Answer due: \d{1,2} \w+ \d{4}/);
    const decided = await openAndPost(urlOf(brief.body.text, 'decide'), {
      decision: 'approve',
    });
    expect(decided.status).toBe(200);

    const ready = await mailbox.waitFor(AINO, 'Your data from Lastu is ready');
    const links = [
      ...(ready.body.text ?? '').matchAll(/\/download\/([A-Za-z0-9_-]+)/g),
    ].map((m) => `${stack.apiUrl}/download/${m[1]}`);
    // One action: the package.
    expect(links).toHaveLength(1);
    expect(ready.body.text).toMatch(/up to 5 downloads/);

    const redirect = await fetch(links[0] ?? '', { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    const expires = Number(new URL(location).searchParams.get('X-Amz-Expires'));
    expect(expires).toBe(DOWNLOAD_URL_TTL_SECONDS);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('.zip');
    const zip = unzip(new Uint8Array(await file.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual([
      'csv/customer.csv',
      'csv/order.csv',
      'data.json',
      'report.html',
    ]);
    const doc = JSON.parse(zip['data.json'] ?? '{}') as {
      schema: string;
      subject: { email: string };
      sources: { records: { id: string }[] }[];
    };
    expect(doc.schema).toBe('dsr-export/2');
    expect(doc.subject.email).toBe(AINO);
    expect(doc.sources[0]?.records.map((r) => r.id)).toEqual([
      'C-1001',
      '#1042',
      '#1178',
    ]);
    expect(zip['csv/customer.csv']?.split('\r\n')[0] ?? '').toMatch(
      /^\uFEFF?source,record_id,/,
    );
    expect(zip['csv/customer.csv']).toContain('Aino Virtanen');
    expect(zip['report.html']).toContain('Who holds your data');

    // The result email also links the shopper's read-only status page.
    const status = (ready.body.text ?? '').match(
      /\/status\/([A-Za-z0-9_-]+)/,
    )?.[1];
    expect(status).toBeDefined();
    const statusPage = await fetch(`${stack.apiUrl}/status/${status}`);
    expect(statusPage.status).toBe(200);
    expect(await statusPage.text()).not.toContain(AINO);

    // A tampered presigned URL is refused by S3.
    const tampered = location.replace(
      /X-Amz-Signature=([0-9a-f])/,
      (_m, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`,
    );
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('ends COMPLETED with every step in the audit trail and the execution history', async () => {
    await waitForExecution(requestId, 'SUCCEEDED');
    const request = await waitFor(async () => {
      const r = await ports.requests.get(requestId);
      return r?.status === 'COMPLETED' ? r : undefined;
    });
    expect(request.exportKeys?.package).toContain(requestId);
    const events = (await ports.audit.list(requestId)).map((e) => e.type);
    // The whole trail, in order (the shopper may download before or after the request is
    // recorded closed: the download link goes out first).
    expect(events.filter((e) => e !== 'ExportDownloaded')).toEqual([
      'RequestReceived',
      'VerificationEmailSent',
      'IdentityVerified',
      'ExecutionStarted',
      'AcknowledgementSent',
      'DecisionRequested',
      'RequestApproved',
      'JobsPlanned',
      'ProcessorJobCompleted',
      'ExportWritten',
      'ResultSent',
      'RequestCompleted',
    ]);
    expect(events.indexOf('ExportDownloaded')).toBeGreaterThan(
      events.indexOf('ResultSent'),
    );
    const jobs = await ports.requests.listJobs(requestId);
    expect(jobs).toEqual([
      expect.objectContaining({
        processorId: 'lastu-store',
        state: 'COMPLETED',
        records: 3,
      }),
    ]);

    const history = await sfn.send(
      new GetExecutionHistoryCommand({
        executionArn: `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${requestId}`,
      }),
    );
    const entered = (history.events ?? [])
      .map((e) => e.stateEnteredEventDetails?.name)
      .filter(Boolean);
    expect(entered).toEqual(
      expect.arrayContaining([
        'Request Merchant Decision',
        'Merchant Approved?',
        'Plan Processor Jobs',
        'Run Processor Jobs',
        'Complete Request',
      ]),
    );
  });

  it('counts parallel downloads atomically: 20 at once get the 4 uses left, the rest 410', async () => {
    const ready = await mailbox.waitFor(AINO, 'Your data from Lastu is ready');
    const link = `${stack.apiUrl}/download/${linkFrom(ready.body.text ?? '', 'download')}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(link, { redirect: 'manual' })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 302)).toHaveLength(
      DOWNLOAD_MAX_USES - 1,
    );
    expect(statuses.filter((s) => s === 410)).toHaveLength(
      20 - (DOWNLOAD_MAX_USES - 1),
    );
    // Each redirect is a URL signed for it, valid one minute.
    for (const a of answers.filter((a) => a.status === 302))
      expect(
        new URL(a.headers.get('location') ?? '').searchParams.get(
          'X-Amz-Expires',
        ),
      ).toBe(String(DOWNLOAD_URL_TTL_SECONDS));
    const downloads = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'ExportDownloaded',
    );
    expect(downloads.map((e) => e.details?.use).sort()).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('refuses a used verification or decision link with 410 and changes nothing', async () => {
    const verification = await mailbox.waitFor(
      AINO,
      'Confirm your privacy request',
    );
    const again = await fetch(urlOf(verification.body.text, 'verify'), {
      method: 'POST',
    });
    expect(again.status).toBe(410);
    const againPage = await again.text();
    expect(againPage).toContain('Nothing was changed');
    // What became of it, and where to follow it: the status link issued on confirming.
    expect(againPage).toContain('You confirmed this request on');
    const status = /href="([^"]+\/status\/[A-Za-z0-9_-]{43})"/.exec(
      againPage,
    )?.[1];
    expect((await fetch(status ?? '')).status).toBe(200);
    expect(againPage).not.toContain(AINO);
    const brief = await mailbox.waitFor(APPROVER, 'Decision needed');
    const decideAgain = await fetch(urlOf(brief.body.text, 'decide'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        decision: 'deny',
        reason: 'changed my mind',
      }),
    });
    expect(decideAgain.status).toBe(410);
    const decidedPage = await decideAgain.text();
    expect(decidedPage).toContain('This request was approved on');
    expect(decidedPage).not.toContain(AINO);
    expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
  });

  it('refuses a tampered link with 403', async () => {
    const res = await fetch(`${stack.apiUrl}/verify/${'A'.repeat(43)}`);
    expect(res.status).toBe(403);
    expect(
      (
        await fetch(`${stack.apiUrl}/download/not-a-token`, {
          redirect: 'manual',
        })
      ).status,
    ).toBe(403);
  });
});

describe('an access request, denied', () => {
  it('sends the refusal with reasons and the right to complain; the request ends DENIED', async () => {
    const requestId = await verifiedRequest('access', MATTI);
    const brief = await mailbox.waitFor(APPROVER, 'Decision needed', 2);
    const decideUrl = urlOf(brief.body.text, 'decide');

    // Deny without a reason: shown the form again, nothing changes.
    const noReason = await fetch(decideUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'deny', reason: '' }),
    });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('A reason is required');

    const denied = await openAndPost(decideUrl, {
      decision: 'deny',
      reason: 'Manifestly unfounded: repeated identical requests.',
    });
    expect(denied.status).toBe(200);
    const refusal = await mailbox.waitFor(MATTI, 'cannot fulfil');
    expect(refusal.body.text).toContain(
      'Manifestly unfounded: repeated identical requests.',
    );
    expect(refusal.body.text).toContain(
      'Office of the Data Protection Ombudsman',
    );
    expect(refusal.body.text).toContain('GDPR Arts 77 and 79');
    expect(refusal.body.text).toContain(
      'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    );
    await waitForExecution(requestId, 'SUCCEEDED');
    expect((await ports.requests.get(requestId))?.status).toBe('DENIED');
    const events = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(events.slice(-3)).toEqual([
      'RequestDenied',
      'DenialSent',
      'RequestClosed',
    ]);
    expect(events).not.toContain('JobsPlanned');
    // The customer's data is untouched.
    expect(
      (await ports.subjectData.find('lastu', subjectRef('lastu', MATTI)))
        .length,
    ).toBe(2);
  });
});

describe('an erasure request, approved', () => {
  it("deletes the customer's records and reports what was erased", async () => {
    const requestId = await verifiedRequest('erasure', EMMA);
    const brief = await waitFor(async () =>
      (await mailbox.all()).find(
        (m) =>
          m.destination.to.includes(APPROVER) &&
          m.body.text?.includes(requestId),
      ),
    );
    await openAndPost(urlOf(brief.body.text, 'decide'), {
      decision: 'approve',
    });
    const report = await mailbox.waitFor(EMMA, 'has been erased');
    expect(report.body.text).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): erased your data (1 record)',
    );
    await waitForExecution(requestId, 'SUCCEEDED');
    expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
    expect(
      await ports.subjectData.find('lastu', subjectRef('lastu', EMMA)),
    ).toEqual([]);
    expect(
      (await ports.subjectData.find('lastu', subjectRef('lastu', AINO))).length,
    ).toBe(3);
  });
});

describe('logs', () => {
  it('never contain a subject email, name or link secret', () => {
    const text = logLines.join('');
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [
      AINO,
      MATTI,
      EMMA,
      'Aino Virtanen',
      'Matti Korhonen',
      'Emma Lindqvist',
      '/verify/',
      '/decide/',
      '/download/',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
