/**
 * People-facing surfaces in a real browser (Debian's Chromium via playwright-core) against the
 * embedded stack: the shopper's form, the mailbox, the confirm page, the merchant's decision page
 * and the download; plus the Finnish form, a validation error and the form without JavaScript.
 * Every page visited is checked with axe-core (zero violations) and screenshotted.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import type { EmbeddedStack } from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { unzip } from '../helpers/unzip.ts';
import { waitFor } from '../helpers/wait-for.ts';
import {
  axeViolations,
  type BrowserSession,
  describeViolations,
  lastLink,
  PHONE,
  screenshot,
  sidewaysOverflow,
  startBrowserSession,
} from './browser.ts';

const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const EMMA = 'emma.lindqvist@example.com';
const APPROVER = 'owner@lastu.example';

let session: BrowserSession;
let stack: EmbeddedStack;
let mailbox: Mailbox;
let context: BrowserContext;

beforeAll(async () => {
  session = await startBrowserSession({
    acceptDownloads: true,
    locale: 'en-GB',
    viewport: { width: 1024, height: 800 },
  });
  ({ stack, mailbox, context } = session);
});

afterAll(() => session?.close());

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('the shopper and the merchant in a browser', () => {
  let verifyLink: string;
  let statusLink: string;

  it('fills the form, which is accessible', async () => {
    const page = await context.newPage();
    const res = await page.goto(`${stack.apiUrl}/m/lastu`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page);
    await screenshot(page, '01-form-en');

    await page.getByLabel('See my data').check();
    await page.getByLabel('Your email address').fill(AINO);
    await page.getByLabel('Your name').fill('Aino Virtanen');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Check your email');
    await expectAccessible(page);
    await screenshot(page, '02-submitted');
    await page.close();
  });

  it('opens the mailbox, then the verification link, and confirms', async () => {
    const page = await context.newPage();
    const mail = await mailbox.waitFor(AINO, 'Confirm your privacy request');
    await page.goto(stack.mailUrl);
    await screenshot(page, '03-mailbox');
    verifyLink = lastLink(mail.body.text, 'verify');

    // The email itself, as its HTML part renders.
    await page.setContent(mail.body.html ?? '');
    await expectAccessible(page);
    await screenshot(page, '04-verification-email');
    expect(
      await page
        .getByRole('link', { name: 'Confirm your request' })
        .getAttribute('href'),
    ).toBe(verifyLink);

    await page.goto(verifyLink);
    expect(await page.locator('h1').textContent()).toBe('Confirm your request');
    await expectAccessible(page);
    await screenshot(page, '05-confirm');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Thank you, your request is confirmed');
    await expectAccessible(page);
    await screenshot(page, '06-confirmed');

    // The read-only status page, reached from the confirmation.
    await page.getByRole('link', { name: 'Follow your request' }).click();
    expect(await page.locator('h1').textContent()).toBe(
      'Your request to Lastu',
    );
    statusLink = page.url();
    expect(statusLink).toMatch(/\/status\/[A-Za-z0-9_-]{43}$/);
    expect(await page.textContent('body')).not.toContain(AINO);
    await expectAccessible(page);
    await screenshot(page, '06b-status-verified');
    await page.close();
  });

  it('shows an accessible error page when the used link is opened again', async () => {
    const page = await context.newPage();
    const res = await page.goto(verifyLink);
    expect(res?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe(
      'This link can no longer be used',
    );
    await expectAccessible(page);
    await screenshot(page, '07-link-error');
    await page.close();
  });

  it('lets the merchant approve from its email', async () => {
    const page = await context.newPage();
    const brief = await mailbox.waitFor(APPROVER, 'Decision needed');
    await page.setContent(brief.body.html ?? '');
    await screenshot(page, '08-decision-email');
    await page.goto(lastLink(brief.body.text, 'decide'));
    expect(await page.locator('h1').textContent()).toBe(
      'A privacy request needs your decision',
    );
    await expectAccessible(page);
    await screenshot(page, '09-decision');
    await page.getByRole('radio', { name: /^Approve/ }).check();
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Approved');
    await expectAccessible(page);
    await screenshot(page, '10-approved');
    await page.close();
  });

  it('gives the shopper the result email and the download', async () => {
    const page = await context.newPage();
    const ready = await mailbox.waitFor(AINO, 'Your data from Lastu is ready');
    await page.setContent(ready.body.html ?? '');
    await expectAccessible(page);
    await screenshot(page, '11-result-email');
    // The link answers 302 to a presigned S3 URL that the browser saves as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your data (zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lastu-data-.*\.zip$/);
    const files = unzip(readFileSync(await download.path()));
    const doc = JSON.parse(files['data.json'] ?? '{}') as {
      subject: { email: string };
    };
    expect(doc.subject.email).toBe(AINO);

    // report.html opens from disk, as the shopper would open it from the unzipped folder.
    const folder = mkdtempSync(join(tmpdir(), 'dsr-package-'));
    const report = join(folder, 'report.html');
    writeFileSync(report, files['report.html'] ?? '');
    await page.goto(pathToFileURL(report).href);
    expect(await page.locator('h1').textContent()).toBe(
      'Your personal data at Lastu',
    );
    expect(
      await page.getByRole('heading', { level: 2 }).allTextContents(),
    ).toEqual([
      'Who holds your data',
      'Where the data comes from',
      'Your consents',
      'Automated decisions',
      'Profiling',
      'Your rights',
      'Your right to complain',
      'Who is responsible for your data',
      'What the shop’s request service keeps',
      'Files in this package',
    ]);
    expect(await page.textContent('body')).toContain(
      'Lastu: customer and order records',
    );
    await expectAccessible(page);
    await screenshot(page, '17-access-report');

    // The status link still works (read-only, reusable) and now shows the answer.
    await page.goto(statusLink);
    expect(await page.locator('li[aria-current="step"]').count()).toBe(0);
    expect(await page.textContent('body')).toContain('Answered on');
    await expectAccessible(page);
    await screenshot(page, '16-status-answered');
    await page.close();
  });
});

describe('the form in other situations', () => {
  it('speaks Finnish from Accept-Language and from the switcher, and emails in Finnish', async () => {
    const fi = await session.chromium.browser.newContext({ locale: 'fi-FI' });
    try {
      const page = await fi.newPage();
      await page.goto(`${stack.apiUrl}/m/lastu`);
      expect(await page.getAttribute('html', 'lang')).toBe('fi');
      expect(await page.locator('h1').textContent()).toBe(
        'Tietosuojaoikeutesi: Lastu',
      );
      await expectAccessible(page);
      await screenshot(page, '12-form-fi');

      // The switcher is a plain GET link; English is one click away.
      await page.getByRole('link', { name: 'English' }).click();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.getByRole('link', { name: 'Suomi' }).click();
      expect(page.url()).toContain('?lang=fi');

      await page.getByLabel('Poista tietoni').check();
      await page.getByLabel('Sähköpostiosoitteesi').fill(EMMA);
      await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Tarkista sähköpostisi');
      await screenshot(page, '13-submitted-fi');
      const mail = await mailbox.waitFor(EMMA, 'Vahvista tietosuojapyyntösi');
      expect(mail.body.text).toContain('Poista tietoni');
      expect(mail.body.html).toContain('lang="fi"');
    } finally {
      await fi.close();
    }
  });

  it('shows a validation error next to the field, announced and linked', async () => {
    const page = await context.newPage();
    await page.goto(`${stack.apiUrl}/m/lastu`);
    await page.getByLabel('See my data').check();
    await page.getByLabel('Your email address').fill('not-an-email');
    await page.getByRole('button', { name: 'Send request' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('There is a problem');
    const email = page.getByLabel('Your email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain(
      'email-error',
    );
    expect(await page.locator('#email-error').textContent()).toBe(
      'Enter your email address, like name@example.com.',
    );
    expect(await email.inputValue()).toBe('not-an-email');
    // The choice made stays made.
    expect(await page.getByLabel('See my data').isChecked()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, '14-validation-error');
    // The summary's link moves focus to the field.
    await summary.getByRole('link').click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('email');
    await page.close();
  });

  it('works without JavaScript', async () => {
    const noJs = await session.chromium.browser.newContext({
      javaScriptEnabled: false,
      locale: 'en-GB',
    });
    try {
      const page = await noJs.newPage();
      await page.goto(`${stack.apiUrl}/m/lastu`);
      expect(await page.locator('script').count()).toBe(0);
      await page.getByLabel('Stop using my data (object)').check();
      await page.getByLabel('Direct marketing').check();
      await page.getByLabel('Your email address').fill(MATTI);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Check your email');
      await screenshot(page, '15-submitted-no-js');
      await mailbox.waitFor(MATTI, 'Confirm your privacy request');
    } finally {
      await noJs.close();
    }
  });
});

describe('the merchant reviews an access package before release', () => {
  it('shows the release-review page, requires a reason to withhold, and confirms', async () => {
    const ports = dynamoPorts(readConfig());
    const merchant = await ports.merchants.get('lastu');
    if (!merchant) throw new Error('lastu is not seeded');
    await ports.merchants.put({ ...merchant, releaseReview: true });
    const page = await context.newPage();
    try {
      // A customer the shop holds data about: for an address it holds nothing about there is no
      // package to review, only a plain answer saying so.
      await page.goto(`${stack.apiUrl}/m/lastu`);
      await page.getByLabel('See my data').check();
      await page.getByLabel('Your email address').fill(EMMA);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Check your email');
      const mail = await mailbox.waitFor(EMMA, 'Confirm your privacy request');
      await page.goto(lastLink(mail.body.text, 'verify'));
      await page.getByRole('button', { name: 'Confirm' }).click();
      const brief = await waitFor(async () =>
        (await mailbox.all()).find(
          (m) =>
            m.destination.to.includes(APPROVER) &&
            (m.body.text ?? '').includes(EMMA),
        ),
      );
      await page.goto(lastLink(brief.body.text, 'decide'));
      await page.getByRole('radio', { name: /^Approve/ }).check();
      await page.getByRole('button', { name: 'Submit decision' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Approved');

      const review = await mailbox.waitFor(APPROVER, 'Review before release');
      expect(review.body.text).not.toContain(EMMA);
      await page.setContent(review.body.html ?? '');
      await expectAccessible(page);
      await screenshot(page, '18-release-review-email');
      await page.goto(lastLink(review.body.text, 'release'));
      expect(await page.locator('h1').textContent()).toBe(
        'Release the data to the shopper?',
      );
      await expectAccessible(page);
      await screenshot(page, '19-release-review');

      // Nothing is chosen for the merchant.
      expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
      const mailsToEmma = await mailbox.count(EMMA);
      // Withhold without a reason: it comes back as withhold, saying what is missing.
      await page.getByRole('radio', { name: /^Withhold/ }).check();
      await page.getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => page.locator('[role="alert"]').textContent())
        .toBe('There is a problemGive a reason to withhold the package.');
      expect(
        await page.getByRole('radio', { name: /^Withhold/ }).isChecked(),
      ).toBe(true);
      expect(
        await page.getByRole('radio', { name: /^Release/ }).isChecked(),
      ).toBe(false);
      expect(await page.getAttribute('#reason', 'aria-invalid')).toBe('true');
      await expectAccessible(page);
      await screenshot(page, '20-release-review-error');
      // On a phone, without sideways scrolling.
      await page.setViewportSize(PHONE);
      expect(await sidewaysOverflow(page)).toBe(0);
      await screenshot(page, '20b-release-review-error-390');
      await page.setViewportSize({ width: 1024, height: 800 });
      // Nothing happened: the shopper got nothing.
      expect(await mailbox.count(EMMA)).toBe(mailsToEmma);

      await page
        .getByLabel('Reason, shown to the shopper')
        .fill('The order notes name another customer.');
      await page.getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Withheld');
      await expectAccessible(page);
      await screenshot(page, '21-release-withheld');

      const told = await mailbox.waitFor(EMMA, 'cannot fulfil');
      expect(told.body.text).toContain(
        'The order notes name another customer.',
      );
      expect(told.body.text).not.toContain('/download/');
    } finally {
      await ports.merchants.put(merchant);
      await page.close();
    }
  });
});
