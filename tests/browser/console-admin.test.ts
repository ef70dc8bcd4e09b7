/**
 * The console's reports and settings in Chromium against the embedded stack: the reports of a
 * month of lastu's requests (with one overdue letter), exporting the register with and without
 * emails, changing a processor (audited, with a refusal that keeps what was typed), adding a
 * member; every reports and settings page in every language passes axe (WCAG 2.2 AA) and fits a
 * 390 px phone. Screenshots of the reports and the settings at desktop and phone width are kept.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import type { EmbeddedStack } from '#infra/local/embedded-stack.ts';
import { ADMIN_MESSAGES } from '#presentation/i18n/console-admin/index.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { lastLink, SCREENSHOTS, screenshot } from './browser.ts';
import {
  accessible,
  type ConsoleDesk,
  fits,
  postJson,
  signInFromMailbox,
  startConsoleDesk,
} from './console-desk.ts';

const OWNER = 'owner@lastu.example';

let desk: ConsoleDesk;
let stack: EmbeddedStack;
let mailbox: Mailbox;
let desktop: BrowserContext;
let phone: BrowserContext;

const post = (path: string, body: unknown) => postJson(desk, path, body);

beforeAll(async () => {
  desk = await startConsoleDesk({ acceptDownloads: true });
  ({ stack, mailbox, desktop, phone } = desk);
  // A shopper's access request, confirmed; one never confirmed.
  const res = await post('/requests', {
    merchant: 'lastu',
    type: 'access',
    email: 'aino.virtanen@example.com',
  });
  const { requestId } = (await res.json()) as { requestId: string };
  const mail = await mailbox.waitFor(
    'aino.virtanen@example.com',
    'Confirm your privacy request',
  );
  await fetch(lastLink(mail.body.text, 'verify'), { method: 'POST' });
  await mailbox.waitFor(OWNER, requestId.slice(0, 8).toUpperCase());
  await post('/requests', {
    merchant: 'lastu',
    type: 'objection',
    email: 'unconfirmed@example.net',
  });
}, 120_000);

afterAll(async () => {
  await desk?.close();
});

const signIn = (context: BrowserContext, lang = 'en') =>
  signInFromMailbox(desk, context, OWNER, lang);

describe('a merchant’s reports and settings', () => {
  let page: Page;

  it('enters a letter that arrived two months ago: the reports show it overdue', async () => {
    page = await signIn(desktop);
    await page.getByRole('link', { name: 'Enter a request' }).click();
    await page.getByLabel('Erasure (Art. 17)').check();
    await page
      .getByLabel('The person’s email address')
      .fill('old.letter@example.org');
    await page.getByLabel('Post', { exact: true }).check();
    await page.getByLabel('Received on').fill('2026-09-28');
    await page.getByRole('button', { name: 'Enter the request' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('The request is entered.');
    const ref = (page.url().split('/').pop() ?? '').slice(0, 8).toUpperCase();

    await page.getByRole('link', { name: 'Reports' }).click();
    expect(await page.locator('h1').textContent()).toBe('Reports: Lastu');
    const overdue = page.locator('table', { hasText: 'Late by' });
    expect(await overdue.textContent()).toContain(ref);
    expect(await page.locator('#by-channel').textContent()).toMatch(/Post\s*1/);
    expect(await page.locator('dl.figures').textContent()).toContain(
      'Requests received',
    );
    await accessible(page, 'reports');
    await fits(page, 'reports desktop');
    await screenshot(page, 'c30-reports-desktop');
    const small = await signIn(phone);
    await small.goto(`${stack.apiUrl}/console/reports`);
    await accessible(small, 'reports phone');
    await fits(small, 'reports phone');
    await screenshot(small, 'c31-reports-390');
    await small.close();
  });

  it('exports the register without and with emails, and opens the record of processing', async () => {
    await page.goto(`${stack.apiUrl}/console/reports`);
    const download = async () => {
      const waiting = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the register' }).click();
      const file = await waiting;
      return readFileSync((await file.path()) as string, 'utf8');
    };
    const without = await download();
    expect(without.split('\r\n')[0]).toBe(
      '\uFEFFReference,Received,Channel,Request,Status,Outcome,Closed as,Ground of refusal,Due,Answered,On time,Days to answer',
    );
    expect(without).not.toContain('@');
    expect(without).toContain('Post');
    await page.getByLabel('With email addresses and names').check();
    const withEmails = await download();
    expect(withEmails).toContain('old.letter@example.org');
    expect(withEmails).toContain('aino.virtanen@example.com');

    await page.getByRole('link', { name: 'Open the record' }).click();
    expect(await page.locator('h1').textContent()).toBe(
      'Record of processing activities: Lastu',
    );
    const record = (await page.locator('main').textContent()) ?? '';
    expect(record).toContain('Judge.me (product reviews)');
    expect(record).toContain('Lastu Oy');
    await accessible(page, 'record');
    await fits(page, 'record');
    await screenshot(page, 'c34-record-desktop');
  });

  it('changes a processor: a refusal keeps what was typed, the change is saved and in the trail', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    expect(await page.locator('h1').textContent()).toBe('Settings: Lastu');
    await accessible(page, 'settings');
    await screenshot(page, 'c32-settings-desktop');
    await page.getByRole('link', { name: /^Edit Unifaun/ }).click();
    await page
      .getByLabel('Days before the deadline it must answer by')
      .fill('7');
    await page
      .getByLabel('Credentials: the secret’s name')
      .fill('sk_live_51HxAbCdEfGhIjKlMnOpQrStUv');
    await page.getByRole('button', { name: 'Save the processor' }).click();
    await expect
      .poll(() => page.locator('.error-summary').textContent())
      .toContain('Credentials: the secret’s name: this value is not accepted');
    expect(
      await page
        .getByLabel('Days before the deadline it must answer by')
        .inputValue(),
    ).toBe('7');
    await accessible(page, 'processor refused');
    await page.getByLabel('Credentials: the secret’s name').fill('');
    await page.getByRole('button', { name: 'Save the processor' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('The processor registry is saved (posti).');
    expect(await page.locator('#trail ~ table').textContent()).toContain(
      'Edited the processor posti',
    );
    await page.getByRole('link', { name: /^Edit Unifaun/ }).click();
    expect(
      await page
        .getByLabel('Days before the deadline it must answer by')
        .inputValue(),
    ).toBe('7');
    await page.getByRole('link', { name: 'Back to the settings' }).click();
  });

  it('adds a member from the members form', async () => {
    await page
      .getByLabel('Email', { exact: true })
      .fill('auditor@lastu.example');
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('The members are saved.');
    expect(await page.locator('main').textContent()).toContain(
      'auditor@lastu.example',
    );
  });
});

describe('reports and settings, in every language, at both widths', () => {
  for (const lang of SUPPORTED_LOCALES)
    it(`pass axe and fit 390 px in ${lang}`, async () => {
      const a = ADMIN_MESSAGES[lang];
      for (const context of [desktop, phone]) {
        const page = await signIn(context, lang);
        for (const path of [
          '/console/reports',
          '/console/reports?months=3',
          '/console/reports/processing',
          '/console/settings',
          '/console/settings/processors/judgeme',
          '/console/settings/new-processor',
        ]) {
          await page.goto(`${stack.apiUrl}${path}`);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          await accessible(
            page,
            `${lang} ${path} ${context === phone ? '390' : 'desktop'}`,
          );
          await fits(page, `${lang} ${path}`);
        }
        await page.goto(`${stack.apiUrl}/console/settings`);
        expect(await page.locator('h1').textContent()).toBe(
          a.settings.heading('Lastu'),
        );
        if (context === phone && lang === 'fi') {
          await screenshot(page, 'c33-settings-390-fi');
          await page.goto(`${stack.apiUrl}/console/reports`);
          await page.screenshot({
            path: `${SCREENSHOTS}/c35-reports-390-fi-top.png`,
          });
        }
        await page.close();
      }
    });
});
