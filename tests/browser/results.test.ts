/**
 * Results as people read them, in Chromium: a processor's confirmation page that keeps what was
 * chosen after an error, and the erasure certificate and report.html at a 390 px phone width,
 * without horizontal scrolling and with their stylesheet. Screenshots in .screenshots/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox, type StoredMail } from '../helpers/mailbox.ts';
import { unzip } from '../helpers/unzip.ts';
import {
  axeViolations,
  type Chromium,
  describeViolations,
  launchChromium,
  screenshot,
} from './browser.ts';

const MATTI = 'matti.korhonen@example.com';
const AINO = 'aino.virtanen@example.com';
const APPROVER = 'owner@lastu.example';
const JUDGEME = 'privacy@judgeme.example';
const JUSTUNO = 'privacy@justuno.example';
const POSTI = 'tietosuoja@posti.example';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let chromium: Chromium;
let phone: BrowserContext;

beforeAll(async () => {
  chromium = await launchChromium();
  stack = await startEmbeddedStack({ fastTimers: true });
  mailbox = new Mailbox(stack.mailUrl);
  phone = await chromium.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 390, height: 844 },
  });
});

afterAll(async () => {
  await phone?.close();
  await chromium?.close();
  await stack?.close();
});

const link = (mail: StoredMail, kind: string) =>
  `${stack.apiUrl}/${kind}/${linkFrom(mail.body.text ?? '', kind as never)}`;

const post = (url: string, form: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });

async function approved(type: string, email: string) {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', type, email, locale: 'en' }),
  });
  const { requestId } = (await res.json()) as { requestId: string };
  const ref = requestId.slice(0, 8).toUpperCase();
  const verify = await mailbox.waitFor(email, 'Confirm your privacy request');
  await post(link(verify, 'verify'), {});
  const decide = await mailbox.waitFor(APPROVER, ref);
  await post(link(decide, 'decide'), { decision: 'approve' });
  return ref;
}

/** No horizontal scrolling: the document is no wider than the viewport. */
async function fitsWidth(page: Page) {
  const widths = await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
  );
  expect(widths).toMatchObject({ view: 390 });
  const { scroll, view } = widths as { scroll: number; view: number };
  expect(scroll).toBeLessThanOrEqual(view);
}

describe('results in a browser, on a phone', () => {
  it('the confirmation page keeps “could not be done” after a missing note, and records it with one', async () => {
    // Prepare
    const ref = await approved('erasure', MATTI);
    const page = await phone.newPage();
    await page.goto(link(await mailbox.waitFor(JUSTUNO, ref), 'processor'));
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    await fitsWidth(page);

    // Act: could not, without the required note
    await page.check('#outcome-could-not');
    await page.click('button[type=submit]');

    // Assess: the same choice comes back, with the error beside the note
    expect(await page.isChecked('#outcome-could-not')).toBe(true);
    expect(await page.isChecked('#outcome-done')).toBe(false);
    await expect
      .poll(() => page.locator('#note-error').textContent())
      .toContain('required');
    await fitsWidth(page);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'processor-page-error-390');

    // Act: with the note, it is recorded as could-not
    await page.fill('#note', 'The pop-up archive is offline');
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain('Thank you');

    // The others answer; Posti keeps shipment records.
    await post(link(await mailbox.waitFor(JUDGEME, ref), 'processor'), {
      outcome: 'done',
    });
    await post(link(await mailbox.waitFor(POSTI, ref), 'processor'), {
      outcome: 'kept',
      keptWhat: 'lähetystiedot',
      keptReason: 'legal-obligation',
      keptUntil: '2028-12-31',
    });
    await post(
      link(
        await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`),
        'processor',
      ),
      { outcome: 'done' },
    );

    // The certificate, as the shopper opens it on a phone
    const report = await mailbox.waitFor(MATTI, 'has been erased');
    // It downloads as a file (Content-Disposition): the shopper opens the saved copy.
    const saved = join(mkdtempSync(join(tmpdir(), 'certificate-')), 'c.html');
    writeFileSync(saved, await (await fetch(link(report, 'download'))).text());
    const certificate = await phone.newPage();
    await certificate.goto(pathToFileURL(saved).href);
    await fitsWidth(certificate);
    expect(
      await certificate.evaluate('getComputedStyle(document.body).fontFamily'),
    ).toContain('system-ui');
    const body = (await certificate.textContent('main')) ?? '';
    expect(body).toContain('could not carry out your request. Its reason:');
    expect(body).toContain('erased your data, except what it must keep');
    await screenshot(certificate, 'certificate-390');
  });

  it('report.html reads as a document on a phone', async () => {
    // Prepare
    const ref = await approved('access', AINO);
    for (const to of [JUDGEME, JUSTUNO, POSTI])
      await post(link(await mailbox.waitFor(to, ref), 'processor'), {
        outcome: 'not-found',
      });
    await post(
      link(
        await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`),
        'processor',
      ),
      { outcome: 'not-found' },
    );
    const ready = await mailbox.waitFor(AINO, 'is ready');
    const zip = await fetch(link(ready, 'download'));
    const files = unzip(Buffer.from(await zip.arrayBuffer()));
    const folder = mkdtempSync(join(tmpdir(), 'report-'));
    const path = join(folder, 'report.html');
    writeFileSync(path, files['report.html'] ?? '');

    // Act
    const page = await phone.newPage();
    await page.goto(pathToFileURL(path).href);

    // Assess
    await fitsWidth(page);
    expect(
      await page.evaluate('getComputedStyle(document.body).fontFamily'),
    ).toContain('system-ui');
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('Marketing consent');
    expect(text).not.toContain('marketingConsent.given');
    expect(text).toContain('holds no data about you');
    expect(text).not.toContain('Nothing found');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'report-390');
  });
});
