/**
 * Issue 15 (1) in a real browser (Debian's Chromium via playwright-core): Judge.me opens its
 * confirmation email, uploads a CSV and a PDF on the page (the form posts straight to the S3
 * front, which sends the browser back), tries a Word file (listed as not accepted), removes it
 * with the answer already chosen (which comes back as chosen), and confirms; once every processor
 * has answered, the shopper's zip holds `processors/judgeme/…`, named in report.html and
 * data.json. The page is checked with axe-core and screenshotted at desktop width and at 390 px.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { SAMPLES } from '../helpers/sample-files.ts';
import { unzip } from '../helpers/unzip.ts';
import {
  axeViolations,
  type Chromium,
  describeViolations,
  launchChromium,
  screenshot,
} from './browser.ts';

const AINO = 'aino.virtanen@example.com';
const APPROVER = 'owner@lastu.example';
const JUDGEME = 'privacy@judgeme.example';
const JUSTUNO = 'privacy@justuno.example';
const POSTI = 'tietosuoja@posti.example';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let chromium: Chromium;
let context: BrowserContext;

beforeAll(async () => {
  chromium = await launchChromium();
  stack = await startEmbeddedStack({ fastTimers: true });
  mailbox = new Mailbox(stack.mailUrl);
  context = await chromium.browser.newContext({
    acceptDownloads: true,
    locale: 'en-GB',
    viewport: { width: 1024, height: 800 },
  });
});

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await stack?.close();
});

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const post = (url: string, form: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });

/** Aino's access request, verified and approved (the shopper's pages have their own test). */
async function approvedAccessRequest(): Promise<string> {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', type: 'access', email: AINO }),
  });
  const { requestId } = (await res.json()) as { requestId: string };
  const verify = await mailbox.waitFor(AINO, 'Confirm your privacy request');
  await post(
    `${stack.apiUrl}/verify/${linkFrom(verify.body.text ?? '', 'verify')}`,
    {},
  );
  const decide = await mailbox.waitFor(
    APPROVER,
    requestId.slice(0, 8).toUpperCase(),
  );
  await post(
    `${stack.apiUrl}/decide/${linkFrom(decide.body.text ?? '', 'decide')}`,
    { decision: 'approve' },
  );
  return requestId;
}

/** Chooses a file and presses Upload; the store sends the browser back to the page. */
async function upload(
  page: Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
) {
  const pageUrl = page.url().split('?')[0] ?? '';
  await page.getByLabel('File to upload').setInputFiles({
    name,
    mimeType,
    buffer,
  });
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(pageUrl) && url.search !== ''),
    page.getByRole('button', { name: 'Upload', exact: true }).click(),
  ]);
  await expect
    .poll(() => page.locator('li strong').allTextContents())
    .toContain(name);
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(
    'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
  );

describe('a processor hands its data over on the confirmation page', () => {
  it('uploads, lists, refuses a Word file, removes it, confirms, and the files reach the package', async () => {
    // Prepare
    const requestId = await approvedAccessRequest();
    const ref = requestId.slice(0, 8).toUpperCase();
    const email = await mailbox.waitFor(JUDGEME, ref);
    expect(email.body.text).toContain('Please upload a copy');
    const page = await context.newPage();
    // The email as its HTML part renders; its link opens the page.
    await page.setContent(email.body.html ?? '');
    const link =
      (await page
        .getByRole('link', { name: 'Confirm what was done' })
        .getAttribute('href')) ?? '';
    expect(link).toMatch(/\/processor\/[A-Za-z0-9_-]{43}$/);
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toBe(
      'What did Judge.me (product reviews) do?',
    );
    await expect
      .poll(() => page.getByText('No files uploaded yet.').count())
      .toBe(1);

    // Act: two files of accepted types, then a Word file.
    await upload(page, 'reviews.csv', 'text/csv', SAMPLES.csv);
    await upload(page, 'review-photos.pdf', 'application/pdf', SAMPLES.pdf);
    await upload(
      page,
      'letter.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      SAMPLES.docx,
    );

    // Assess: the list, as a person reads it.
    // Listed by upload time (S3 keeps whole seconds), then by name.
    const rows = await page.locator('fieldset li').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim()).sort()).toEqual([
      'letter.docx 1 KB · DOCX: not accepted, please remove it Remove',
      'review-photos.pdf 1 KB · PDF Remove',
      'reviews.csv 1 KB · CSV Remove',
    ]);
    await expectAccessible(page);
    await screenshot(page, '20-processor-files-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, '21-processor-files-390');
    await page.setViewportSize({ width: 1024, height: 800 });

    // Confirming with the Word file listed is refused and says why; the answer stays chosen.
    await page.getByRole('radio', { name: /^Data provided/ }).check();
    await page
      .getByLabel('Note for the shop')
      .fill('Reviews and their photos.');
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('A file of a type that is not accepted is still in the list');
    expect(
      await page.getByRole('radio', { name: /^Data provided/ }).isChecked(),
    ).toBe(true);
    await screenshot(page, '22-processor-files-refused');

    // Remove the Word file: the page comes back with the answer and the note as they were.
    await page.getByRole('button', { name: 'Remove letter.docx' }).click();
    await expect
      .poll(async () =>
        (await page.locator('li strong').allTextContents()).sort(),
      )
      .toEqual(['review-photos.pdf', 'reviews.csv']);
    expect(
      await page.getByRole('radio', { name: /^Data provided/ }).isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('Note for the shop').inputValue()).toBe(
      'Reviews and their photos.',
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you');
    // The link is used up.
    const again = await page.goto(link);
    expect(again?.status()).toBe(410);
    await page.close();

    // The others answer that they hold nothing.
    for (const mail of [
      await mailbox.waitFor(JUSTUNO, ref),
      await mailbox.waitFor(POSTI, ref),
      await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`),
    ]) {
      const res = await post(
        `${stack.apiUrl}/processor/${linkFrom(mail.body.text ?? '', 'processor')}`,
        { outcome: 'not-found' },
      );
      expect(res.status).toBe(200);
    }

    // The shopper downloads the package.
    const ready = await mailbox.waitFor(AINO, 'Your data from Lastu is ready');
    const shopper = await context.newPage();
    await shopper.setContent(ready.body.html ?? '');
    const [download] = await Promise.all([
      shopper.waitForEvent('download'),
      shopper.getByRole('link', { name: 'Download your data (zip)' }).click(),
    ]);
    const files = unzip(readFileSync(await download.path()));
    expect(files['processors/judgeme/reviews.csv']).toBe(
      SAMPLES.csv.toString(),
    );
    expect(Object.keys(files)).toContain(
      'processors/judgeme/review-photos.pdf',
    );
    expect(Object.keys(files).some((k) => k.includes('letter'))).toBe(false);
    const data = JSON.parse(files['data.json'] ?? '{}') as {
      sources: { processorId: string; files?: { path: string }[] }[];
    };
    expect(
      data.sources
        .find((s) => s.processorId === 'judgeme')
        ?.files?.map((f) => f.path)
        .sort(),
    ).toEqual([
      'processors/judgeme/review-photos.pdf',
      'processors/judgeme/reviews.csv',
    ]);
    expect(files['report.html']).toContain(
      '<code>processors/judgeme/reviews.csv</code>',
    );
    await shopper.close();
  });
});
