/**
 * The lastu merchant with all seven processors on the embedded stack and the processors' fakes:
 * Shopify, SendGrid and Nosto through their APIs, Judge.me, Justuno and Posti by email with a
 * signed confirmation link, and the merchant's own records. Access and erasure end to end,
 * including a Shopify legal hold that defers part of an erasure and completes it when the hold
 * ends (the Wait states run instantly: `fastTimers`; the hold check acts as of the Wait's end).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { endOfLocalDay } from '#domain/deadlines/calendar.ts';
import {
  type ErasureCertificate,
  verifyCertificate,
} from '#domain/erasure-certificate.ts';
import { subjectRef } from '#domain/links.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox, type StoredMail } from '../helpers/mailbox.ts';
import { SAMPLES } from '../helpers/sample-files.ts';
import { unzip } from '../helpers/unzip.ts';
import { uploadFormOf, uploadOnPage } from '../helpers/upload-form.ts';
import { waitFor } from '../helpers/wait-for.ts';

const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const EMMA = 'emma.lindqvist@example.com';
const APPROVER = 'owner@lastu.example';
const JUDGEME = 'privacy@judgeme.example';
const JUSTUNO = 'privacy@justuno.example';
const POSTI = 'tietosuoja@posti.example';
/** Matti ordered 40 days ago: Shopify's chargeback window holds his erasure. */
const RECENT_ORDER_AT = new Date(Date.now() - 40 * 86_400_000).toISOString();
/** Finland keeps that order to the end of the sixth year after its (calendar) financial year. */
const ORDER_KEPT_UNTIL = `${
  Number(
    new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
    }).format(new Date(RECENT_ORDER_AT)),
  ) + 6
}-12-31`;

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    fakeCustomers: (customers) =>
      customers.map((c) =>
        c.email === MATTI
          ? {
              ...c,
              orders: [
                ...c.orders,
                {
                  id: '#1201',
                  createdAt: RECENT_ORDER_AT,
                  total: '29.00',
                  currency: 'EUR',
                },
              ],
            }
          : c,
      ),
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
  // The same order in the shop's own records.
  await ports.subjectData.put('lastu', subjectRef('lastu', MATTI), [
    {
      category: 'order',
      id: '#1201',
      data: { placedAt: RECENT_ORDER_AT, total: '29.00', currency: 'EUR' },
    },
  ]);
});
afterAll(async () => stack?.close());

const url = (mail: StoredMail, kind: 'verify' | 'decide' | 'processor') =>
  `${stack.apiUrl}/${kind}/${linkFrom(mail.body.text ?? '', kind)}`;

async function post(link: string, form: Record<string, string> = {}) {
  return fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

/** Submits, verifies and approves a request, as the shopper and the merchant would. */
async function approvedRequest(type: string, email: string) {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', type, email }),
  });
  const { requestId } = (await res.json()) as { requestId: string };
  const verify = await mailbox.waitFor(email, 'Confirm your privacy request');
  expect((await post(url(verify, 'verify'))).status).toBe(200);
  const decide = await mailbox.waitFor(
    APPROVER,
    requestId.slice(0, 8).toUpperCase(),
  );
  expect(
    (await post(url(decide, 'decide'), { decision: 'approve' })).status,
  ).toBe(200);
  return requestId;
}

/** Opens a confirmation link (a page that changes nothing) and posts the answer. */
async function confirm(mail: StoredMail, outcome: string, note = '') {
  const link = url(mail, 'processor');
  const page = await fetch(link);
  expect(page.status).toBe(200);
  expect(await page.text()).toMatch(
    /<form method="post" action="\/processor\/[A-Za-z0-9_-]+">/,
  );
  const answer = await post(link, { outcome, note });
  expect(answer.status).toBe(200);
  // Single use: the second click changes nothing.
  expect((await post(link, { outcome })).status).toBe(410);
}

/** Uploads a file with the page's form; the page the store sends the browser back to lists it. */
async function handOver(mail: StoredMail, name: string, body: Uint8Array) {
  const answer = await uploadOnPage(url(mail, 'processor'), name, body);
  expect(answer.status, answer.error).toBe(303);
  expect(answer.page?.status).toBe(200);
  expect(answer.page?.html).toContain(`<strong>${name}</strong>`);
}

/**
 * The package behind the shopper's download link, once the request has closed (building a
 * package that holds a 60 MB file takes a while on a loaded machine: bounded by the wait).
 */
async function downloadPackage(email: string, requestId: string) {
  await waitFor(
    async () =>
      (await ports.requests.get(requestId))?.status === 'COMPLETED' ||
      undefined,
    { timeoutMs: 50_000, intervalMs: 100, message: 'request COMPLETED' },
  );
  const ready = await mailbox.waitFor(email, 'is ready');
  const [link] = [
    ...(ready.body.text ?? '').matchAll(/\/download\/([A-Za-z0-9_-]+)/g),
  ].map((m) => `${stack.apiUrl}/download/${m[1]}`);
  const redirect = await fetch(link ?? '', { redirect: 'manual' });
  const file = await fetch(redirect.headers.get('location') ?? '');
  expect(file.status).toBe(200);
  return unzip(new Uint8Array(await file.arrayBuffer()));
}

const jobsOf = async (requestId: string) =>
  Object.fromEntries(
    (await ports.requests.listJobs(requestId)).map((j) => [j.processorId, j]),
  );

describe('the lastu merchant with all seven processors', () => {
  it('answers an access request: API processors at once, email processors by their confirmation', async () => {
    // Prepare / Act
    const requestId = await approvedRequest('access', AINO);
    const ref = requestId.slice(0, 8).toUpperCase();
    const judgeme = await mailbox.waitFor(JUDGEME, ref);
    const justuno = await mailbox.waitFor(JUSTUNO, ref);
    const posti = await mailbox.waitFor(POSTI, ref);
    const nosto = await mailbox.waitFor(APPROVER, 'Nosto');

    // Assess: each processor is asked in its language, with the identifiers and the deadline.
    expect(posti.subject).toContain('Rekisteröidyn pyyntö');
    expect(posti.body.text).toContain('Toteuttakaa ja vahvistakaa viimeistään');
    expect(posti.body.text).toContain(AINO);
    expect(judgeme.subject).toContain('Data-subject request');
    expect(judgeme.body.html).toContain('Art. 28(3)(e)');
    expect(nosto.subject).toContain('Confirm when Nosto');

    // They are asked to upload the data on the page, not to email it.
    expect(judgeme.body.text).toContain('Please upload a copy');
    expect(judgeme.body.text).toContain(
      'Please do not send personal data by email',
    );
    expect(posti.body.text).toContain(
      'Älkää lähettäkö henkilötietoja sähköpostitse',
    );
    expect(nosto.body.text).toContain('Upload those files on the same page');

    // Act: the people hand the data over and answer (the merchant for Nosto, whose takeout
    // reached it by email).
    await handOver(judgeme, 'reviews.csv', SAMPLES.csv);
    await handOver(judgeme, 'review-photos.pdf', SAMPLES.pdf);
    await confirm(judgeme, 'done');
    await handOver(justuno, 'signups.json', SAMPLES.json);
    await confirm(justuno, 'done');
    await confirm(posti, 'not-found');
    await handOver(nosto, 'nosto-takeout.json', SAMPLES.json);
    await confirm(nosto, 'done');

    // Assess
    await mailbox.waitFor(AINO, 'Your data from Lastu is ready');
    // The result email goes out just before the request closes.
    await waitFor(
      async () =>
        (await ports.requests.get(requestId))?.status === 'COMPLETED' ||
        undefined,
      { message: 'request COMPLETED' },
    );
    const jobs = await jobsOf(requestId);
    expect(
      Object.fromEntries(Object.entries(jobs).map(([id, j]) => [id, j.state])),
    ).toEqual({
      'lastu-store': 'COMPLETED',
      shopify: 'COMPLETED',
      sendgrid: 'COMPLETED',
      nosto: 'COMPLETED',
      judgeme: 'COMPLETED',
      justuno: 'COMPLETED',
      posti: 'NOT_FOUND',
    });
    expect(jobs.shopify?.records).toBe(3); // the customer and two orders
    expect(jobs.posti?.confirmation).toMatchObject({ by: 'processor' });
    expect(jobs.nosto?.confirmation).toMatchObject({ by: 'merchant' });
    // The record of disclosures: what identifiers went to whom (never the values).
    expect(jobs.shopify?.disclosures?.[0]).toMatchObject({
      identifiers: ['email'],
      round: 1,
    });
    expect(JSON.stringify(jobs)).not.toContain(AINO);
    const events = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(events.filter((t) => t === 'ProcessorConfirmed')).toHaveLength(4);
    expect(stack.fakes.nosto.pending().map((j) => j.kind)).toContain('takeout');
    // The files are in the package, named in data.json and report.html.
    expect(
      jobs.judgeme?.files?.map((f) => [f.name, f.mediaType]).sort(),
    ).toEqual([
      ['review-photos.pdf', 'application/pdf'],
      ['reviews.csv', 'text/csv'],
    ]);
    const zip = await downloadPackage(AINO, requestId);
    expect(zip['processors/judgeme/reviews.csv']).toBe(SAMPLES.csv.toString());
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        'processors/judgeme/review-photos.pdf',
        'processors/justuno/signups.json',
        'processors/nosto/nosto-takeout.json',
      ]),
    );
    const data = JSON.parse(zip['data.json'] ?? '{}') as {
      sources: { processorId: string; files?: { path: string }[] }[];
    };
    expect(
      data.sources.flatMap((x) => (x.files ?? []).map((f) => f.path)).sort(),
    ).toEqual([
      'processors/judgeme/review-photos.pdf',
      'processors/judgeme/reviews.csv',
      'processors/justuno/signups.json',
      'processors/nosto/nosto-takeout.json',
    ]);
    expect(zip['report.html']).toContain(
      '<code>processors/judgeme/review-photos.pdf</code>',
    );
  });

  it('takes a 60 MB file and refuses one over 100 MB through the store, removes a file keeping the answer, and records nothing after the confirmation', async () => {
    // Prepare
    const requestId = await approvedRequest('portability', EMMA);
    const ref = requestId.slice(0, 8).toUpperCase();
    const judgeme = await mailbox.waitFor(JUDGEME, ref);
    const link = url(judgeme, 'processor');
    // Act / Assess: 60 MB goes straight to the store (API Gateway would refuse > 10 MB).
    const large = new Uint8Array(60 * 1024 * 1024);
    large.set(SAMPLES.zip);
    const taken = await uploadOnPage(link, 'photos.zip', large);
    expect(taken.status).toBe(303);
    expect(taken.page?.html).toContain('60\u00a0MB · ZIP');
    const refused = await uploadOnPage(
      link,
      'too-big.zip',
      new Uint8Array(100 * 1024 * 1024 + 1),
    );
    expect(refused).toMatchObject({ status: 400, error: 'EntityTooLarge' });
    await handOver(judgeme, 'letter.docx', SAMPLES.docx);
    let page = await (await fetch(link)).text();
    expect(page).not.toContain('too-big.zip');
    expect(page).toContain('DOCX: not accepted, please remove it');
    // Confirming with the Word file still there is refused, and says why.
    const blocked = await post(link, { outcome: 'done', note: 'Kaikki' });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain('is still in the list');
    // Remove it: the page comes back with the answer and note as posted.
    const docxId = /name="remove" value="([^"]+letter\.docx)"/.exec(page)?.[1];
    const removed = await post(link, {
      outcome: 'done',
      note: 'Kaikki kuvat',
      remove: (docxId ?? '').replace(/&quot;/g, '"'),
    });
    expect(removed.status).toBe(200);
    page = await removed.text();
    expect(page).not.toContain('letter.docx');
    expect(page).toMatch(/value="done" checked/);
    expect(page).toContain('>Kaikki kuvat</textarea>');
    // A form still open in another tab, used after the confirmation.
    const stale = await fetch(link);
    const staleHtml = await stale.text();
    await confirm(judgeme, 'done');
    expect((await fetch(link)).status).toBe(410);
    const form = uploadFormOf(staleHtml);
    const late = new FormData();
    for (const [k, v] of form.fields) late.append(k, v);
    late.append('file', new Blob([SAMPLES.pdf]), 'late.pdf');
    const lateAnswer = await fetch(form.action, {
      method: 'POST',
      body: late,
      redirect: 'manual',
    });
    // The store still takes it (the form is signed for up to an hour), but the page it returns
    // to is gone and the job's files do not change.
    expect(lateAnswer.status).toBe(303);
    expect((await fetch(lateAnswer.headers.get('location') ?? '')).status).toBe(
      410,
    );
    expect(
      (await ports.requests.getJob(requestId, 'judgeme'))?.files?.map(
        (f) => f.name,
      ),
    ).toEqual(['photos.zip']);
    // The others answer; the package holds the recorded file only.
    await confirm(await mailbox.waitFor(JUSTUNO, ref), 'not-found');
    await confirm(await mailbox.waitFor(POSTI, ref), 'not-found');
    await confirm(
      await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`),
      'not-found',
    );
    const zip = await downloadPackage(EMMA, requestId);
    expect(Object.keys(zip).filter((k) => k.startsWith('processors/'))).toEqual(
      ['processors/judgeme/photos.zip'],
    );
    expect(zip['processors/judgeme/photos.zip']?.length).toBeGreaterThan(0);
    // 160 MB through the store and 60 MB into the package: more than the suite's default minute
    // on a loaded machine.
  }, 150_000);

  it('defers the part of an erasure a Shopify hold keeps, reports it, and erases it when the hold ends', async () => {
    // Prepare / Act
    const requestId = await approvedRequest('erasure', MATTI);
    const ref = requestId.slice(0, 8).toUpperCase();
    for (const to of [JUDGEME, JUSTUNO, POSTI])
      await confirm(await mailbox.waitFor(to, ref), 'done');
    await confirm(
      await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`),
      'done',
    );

    // Assess: the first report says what is kept, why and until when …
    const first = await mailbox.waitFor(MATTI, 'has been erased');
    const until = new Date(Date.parse(RECENT_ORDER_AT) + 180 * 86_400_000);
    expect(first.body.text).toContain('during the payment dispute');
    expect(first.body.text).toContain('Art. 17(3)(e)');
    expect(first.body.text).toContain('will be erased automatically after');
    // … then the held job re-runs when the hold ends and the shopper hears again.
    const second = await mailbox.waitFor(MATTI, 'has been erased', 2);
    expect(second.body.text).toContain('as bookkeeping law requires');
    await waitFor(
      async () =>
        (await ports.requests.get(requestId))?.status === 'COMPLETED' ||
        undefined,
      { message: 'request COMPLETED after the deferred round' },
    );
    // The merchant was told and could cancel; once the held part ran, that link is gone.
    const notice = await mailbox.waitFor(APPROVER, 'waits for a legal hold');
    const cancel = `${stack.apiUrl}/deferral/${linkFrom(notice.body.text ?? '', 'deferral')}`;
    expect((await fetch(cancel)).status).toBe(410);
    const jobs = await jobsOf(requestId);
    expect(jobs.shopify).toMatchObject({ state: 'PARTIAL', round: 2 });
    expect(jobs.shopify?.holds).toEqual([
      expect.objectContaining({
        reason: 'accounting',
        basis: 'Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §',
        until: ORDER_KEPT_UNTIL,
        deferrable: false,
      }),
    ]);
    // The shop's own records erased the profile in the first round and keep the orders for
    // bookkeeping: not deferred (nothing to re-run for years), stated in both reports.
    expect(jobs['lastu-store']).toMatchObject({
      state: 'PARTIAL',
      round: 1,
      holds: [
        expect.objectContaining({
          reason: 'accounting',
          until: ORDER_KEPT_UNTIL,
          deferrable: false,
        }),
      ],
    });
    const left = await ports.subjectData.find(
      'lastu',
      subjectRef('lastu', MATTI),
    );
    expect(left.map((r) => r.id)).toContain('#1201');
    expect(left.map((r) => r.category)).not.toContain('customer');
    // Each kept order goes by itself at the end of the day the reports name (the table's TTL
    // attribute, read back from DynamoDB); nothing of the voucher itself is changed.
    const kept = left.find((r) => r.id === '#1201');
    expect(kept?.deleteAfter).toBe(
      new Date(
        endOfLocalDay(ORDER_KEPT_UNTIL, 'Europe/Helsinki').getTime() + 1,
      ).toISOString(),
    );
    expect(first.body.text).toMatch(
      /Lastu: customer and order records[^\n]*: erased your data, except what it must keep\n {2}- kept: order records [^\n]*Kirjanpitolaki 1336\/1997, 2 luku 10 §/,
    );
    expect(jobs.shopify?.disclosures?.map((d) => d.round)).toContain(2);
    expect(stack.fakes.shopify.erasureRequests).toHaveLength(1);
    expect(jobs.shopify?.evidence?.redactCascade).toBe('nosto,judgeme,justuno');
    expect(jobs.sendgrid).toMatchObject({ state: 'COMPLETED' });
    expect(stack.fakes.sendgrid.erasejobs).toHaveLength(1);
    const events = (await ports.audit.list(requestId)).map((e) => e.type);
    expect(events).toEqual(
      expect.arrayContaining([
        'ErasureDeferred',
        'DeferredJobsResumed',
        'ShopifyRedactCascade',
        'RequestCompleted',
      ]),
    );
    expect(until.getTime()).toBeGreaterThan(Date.now());

    // Each round's certificate: the merchant gets it (HTML + JSON), fingerprinted and audited;
    // the shopper's report links the HTML, which downloads from S3 and names every processor.
    const certified = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'ErasureCertified',
    );
    expect(certified.map((e) => e.details?.round)).toEqual([1, 2]);
    const toMerchant = await mailbox.waitFor(
      'privacy@lastu.example',
      `Erasure certificate for request ${ref}`,
      2,
    );
    expect(toMerchant.body.text).toContain(
      String(certified[1]?.details?.sha256),
    );
    const jsonLink = [
      ...(toMerchant.body.text ?? '').matchAll(/\/download\/([A-Za-z0-9_-]+)/g),
    ][1]?.[1];
    const located = await fetch(`${stack.apiUrl}/download/${jsonLink}`, {
      redirect: 'manual',
    });
    const certificate = (await (
      await fetch(located.headers.get('location') ?? '')
    ).json()) as ErasureCertificate;
    expect(verifyCertificate(certificate)).toBe(true);
    expect(certificate).toMatchObject({ requestId, round: 2 });
    expect(certificate.processors.map((p) => p.processorId)).toEqual(
      expect.arrayContaining(['shopify', 'sendgrid', 'nosto', 'posti']),
    );
    expect(JSON.stringify(certificate)).not.toContain(MATTI);
    const shopperCopy = await fetch(
      `${stack.apiUrl}/download/${linkFrom(second.body.text ?? '', 'download')}`,
      { redirect: 'manual' },
    );
    const page = await (
      await fetch(shopperCopy.headers.get('location') ?? '')
    ).text();
    expect(page).toContain('Erasure certificate');
    expect(page).toContain(certificate.sha256);
  });
});
