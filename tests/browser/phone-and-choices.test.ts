/**
 * On a 390 px phone, in Debian's Chromium against the embedded stack: no page turns a choice into
 * its opposite (the form chooses no request type and refuses corrections with "See my data"; a
 * denial without a reason comes back as a denial and nothing happens), people know where they
 * stand (the thank-you page, the sender's name, the status page, a used link's page), and every
 * page fits the width without sideways scrolling, with zero axe violations.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { opsPorts } from '#composition/aws/ops.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { subjectRef } from '#domain/links.ts';
import type { EmbeddedStack } from '#infra/local/embedded-stack.ts';
import { evidenceHtml } from '#presentation/ops-pages.ts';
import { readConfig } from '#shared/config.ts';
import { issueLink } from '#use-cases/links.ts';
import { buildEvidence } from '#use-cases/ops/evidence.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
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

const APPROVER = 'owner@lastu.example';
const SHOPPER = 'ville.phone@example.org';

let session: BrowserSession;
let stack: EmbeddedStack;
let mailbox: Mailbox;
let context: BrowserContext;

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'en-GB', viewport: PHONE });
  ({ stack, mailbox, context } = session);
});

afterAll(() => session?.close());

/** The page fits 390 px and has no axe violations; a screenshot is kept. */
async function fitsAndIsAccessible(page: Page, name: string) {
  expect(await sidewaysOverflow(page), `${name} scrolls sideways`).toBe(0);
  expect(
    (await page.evaluate('document.documentElement.scrollWidth')) as number,
  ).toBeLessThanOrEqual(PHONE.width);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await screenshot(page, name);
}

const checkedRadios = (page: Page) =>
  page
    .locator('input[type=radio]:checked')
    .evaluateAll((els) => els.map((e) => (e as unknown as { id: string }).id));

describe('the request form on a phone', () => {
  it('chooses no request type, and refuses corrections with “See my data”, keeping everything typed', async () => {
    const page = await context.newPage();
    await page.goto(`${stack.apiUrl}/m/lastu`);
    expect(await checkedRadios(page)).toEqual([]);
    await fitsAndIsAccessible(page, 'p01-form-390');

    // No type chosen: the form says so and keeps the address.
    await page.getByLabel('Your email address').fill(SHOPPER);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Choose what you would like to do.');
    expect(await checkedRadios(page)).toEqual([]);
    expect(await page.getByLabel('Your email address').inputValue()).toBe(
      SHOPPER,
    );
    await fitsAndIsAccessible(page, 'p02-form-error-no-type-390');
    await page.getByRole('alert').getByRole('link').click();
    expect(await page.evaluate('document.activeElement?.id')).toBe(
      'type-access',
    );

    // "See my data" with a correction filled in: refused, saying why; nothing is filed.
    await page.getByLabel('See my data').check();
    await page.locator('details.corrections summary').click();
    await page.getByLabel('What is wrong (1)').selectOption('phone');
    await page.getByLabel('What it should be (1)').fill('+358 40 765 4321');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(
        'You filled in corrections but chose “See my data”. To have your data corrected, choose “Correct my data”',
      );
    expect(await checkedRadios(page)).toEqual(['type-access']);
    expect(await page.getByLabel('What it should be (1)').inputValue()).toBe(
      '+358 40 765 4321',
    );
    expect(await page.getByLabel('What is wrong (1)').inputValue()).toBe(
      'phone',
    );
    await fitsAndIsAccessible(page, 'p03-form-error-corrections-390');
    expect(await mailbox.count(SHOPPER)).toBe(0);
    await page.close();
  });
});

describe('the shopper and the merchant on a phone', () => {
  let verifyLink: string;
  let statusLink: string;
  let decideLink: string;
  let reference: string;

  it('the thank-you page gives the reference, what happens next, and sends the email again', async () => {
    const page = await context.newPage();
    await page.goto(`${stack.apiUrl}/m/lastu`);
    await page.getByLabel('Correct my data').check();
    await page.locator('details.corrections summary').click();
    await page.getByLabel('What is wrong (1)').selectOption('phone');
    await page.getByLabel('What it should be (1)').fill('+358 40 765 4321');
    await page.getByLabel('Your email address').fill(SHOPPER);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Check your email');
    const mail = await mailbox.waitFor(SHOPPER, 'Confirm your privacy request');
    reference = /\[([0-9A-F]{8})\]/.exec(mail.subject)?.[1] ?? '';
    expect(await page.textContent('main')).toContain(`Reference: ${reference}`);
    expect(await page.textContent('main')).toContain(
      'Look in your spam or junk folder for an email from “Lastu”.',
    );
    // The sender's display name, as the mailbox shows it.
    expect(mail.from).toMatch(/^Lastu <[^>]+@[^>]+>$/);
    await fitsAndIsAccessible(page, 'p04-thank-you-390');

    await page.getByRole('button', { name: 'Send the email again' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('If your request is still waiting to be confirmed');
    await fitsAndIsAccessible(page, 'p05-thank-you-resent-390');
    // Less than five minutes after the first: no second email, and no second request.
    expect(await mailbox.count(SHOPPER)).toBe(1);
    verifyLink = lastLink(mail.body.text, 'verify');
    await page.close();
  });

  it('the mailbox shows the shop’s name as the sender', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(stack.mailUrl);
    await expect
      .poll(async () => (await page.textContent('body')) ?? '')
      .toContain('Lastu <');
    await screenshot(page, 'p06-mailbox-sender');
    await page.close();
  });

  it('confirming leads to the status page, which fits the phone', async () => {
    const page = await context.newPage();
    await page.goto(verifyLink);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('link', { name: 'Follow your request' }).click();
    statusLink = page.url();
    expect(await page.textContent('main')).toContain(`Reference: ${reference}`);
    await fitsAndIsAccessible(page, 'p07-status-waiting-390');

    // The used verification link says what became of it and leads to the same page.
    const gone = await page.goto(verifyLink);
    expect(gone?.status()).toBe(410);
    expect(await page.textContent('main')).toContain(
      'You confirmed this request on',
    );
    await fitsAndIsAccessible(page, 'p08-used-verify-link-390');
    await page
      .getByRole('link', { name: 'See where the request stands' })
      .click();
    expect(await page.locator('h1').textContent()).toBe(
      'Your request to Lastu',
    );
    await page.close();
  });

  it('a denial without a reason comes back as a denial, and nothing happens', async () => {
    const page = await context.newPage();
    const brief = await waitFor(async () =>
      (await mailbox.all()).find(
        (m) =>
          m.destination.to.includes(APPROVER) && m.subject.includes(reference),
      ),
    );
    decideLink = lastLink(brief.body.text, 'decide');
    await page.goto(decideLink);
    expect(await checkedRadios(page)).toEqual([]);
    expect(await page.textContent('dl')).toContain(reference);
    expect(await page.textContent('dl')).toContain('Shopper’s language');
    await fitsAndIsAccessible(page, 'p09-decision-390');

    // Deny, no ground, no reason.
    await page.getByRole('radio', { name: /^Deny/ }).check();
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('A reason is required to deny a request.');
    expect(await checkedRadios(page)).toEqual(['deny']);
    expect(await page.getAttribute('#reason', 'aria-invalid')).toBe('true');
    await fitsAndIsAccessible(page, 'p10-decision-error-390');

    // Approve with a refusal ground: refused too, both choices shown as made.
    await page.getByRole('radio', { name: /^Approve/ }).check();
    await page.getByRole('radio', { name: /^Excessive/ }).check();
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('A refusal ground goes only with Deny.');
    expect(await checkedRadios(page)).toEqual(['approve', 'ground-excessive']);
    await fitsAndIsAccessible(page, 'p11-decision-contradiction-390');

    // Deny on a listed ground without the reasons of this case (Art. 12(4)): refused, as posted.
    await page.getByRole('radio', { name: /^Deny/ }).check();
    await page.getByRole('radio', { name: /^Excessive/ }).check();
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('A listed ground is not enough');
    expect(await checkedRadios(page)).toEqual(['deny', 'ground-excessive']);
    expect(await page.getAttribute('#reason', 'aria-invalid')).toBe('true');
    await page.getByRole('alert').getByRole('link').click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('reason');
    await fitsAndIsAccessible(page, 'p11b-decision-ground-without-reason-390');

    // Nothing happened: the request still waits for the decision, the shopper got nothing more
    // than the verification and the acknowledgement.
    const status = await context.newPage();
    await status.goto(statusLink);
    expect(
      await status.locator('li[aria-current="step"]').textContent(),
    ).toContain('Waiting for the shop’s decision');
    await status.close();
    expect(await mailbox.count(SHOPPER)).toBe(2);

    // Now the merchant denies with a reason: that is what happens.
    await page.getByRole('radio', { name: /^Deny/ }).check();
    await page.getByRole('radio', { name: /^Other/ }).check();
    await page
      .getByLabel(/^Sent to the shopper/)
      .fill('We need the order number to find your records.');
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Denied');
    await mailbox.waitFor(SHOPPER, 'cannot fulfil');
    await page.close();
  });

  it('the status page of the denied request says refused, never carried out', async () => {
    const page = await context.newPage();
    await page.goto(statusLink);
    const steps = (await page.locator('ol.steps').textContent()) ?? '';
    expect(steps).toContain('The shop refused your request');
    expect(steps).not.toContain('carried out');
    expect(await page.locator('li[aria-current="step"]').count()).toBe(0);
    expect(await page.textContent('main')).toContain('Answered on');
    await fitsAndIsAccessible(page, 'p12-status-denied-390');

    // The used decision link says what was decided, naming no one.
    const gone = await page.goto(decideLink);
    expect(gone?.status()).toBe(410);
    expect(await page.textContent('main')).toContain(
      'This request was refused on',
    );
    expect(await page.textContent('main')).not.toContain(SHOPPER);
    await fitsAndIsAccessible(page, 'p13-used-decision-link-390');
    await page.close();
  });
});

describe('asking for more information on a phone', () => {
  it('the merchant asks, the shopper answers on a page that fits, and the merchant sees the answer', async () => {
    const email = 'ask.phone@example.org';
    const page = await context.newPage();
    await page.goto(`${stack.apiUrl}/m/lastu`);
    await page.getByLabel('See my data').check();
    await page.getByLabel('Your email address').fill(email);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Check your email');
    const confirm = await mailbox.waitFor(
      email,
      'Confirm your privacy request',
    );
    const ref = /\[([0-9A-F]{8})\]/.exec(confirm.subject)?.[1] ?? '';
    await page.goto(lastLink(confirm.body.text, 'verify'));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const brief = await mailbox.waitFor(APPROVER, ref);

    // The merchant asks: nothing chosen for them, the question typed, the page says it went.
    await page.goto(lastLink(brief.body.text, 'decide'));
    expect(await page.textContent('main')).toContain(
      'Earlier requests from the same email address',
    );
    await page
      .getByRole('radio', { name: /^Ask for more information/ })
      .check();
    await page
      .getByLabel(/^Sent to the shopper/)
      .fill('Please give the number of one of your orders.');
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Your question has been emailed to the shopper.');
    expect(await checkedRadios(page)).toEqual([]);
    await fitsAndIsAccessible(page, 'p18-decision-asked-390');

    // The shopper's page: an empty answer comes back with the problem, then the answer goes.
    const question = await mailbox.waitFor(email, 'needs more information');
    await page.goto(lastLink(question.body.text, 'information'));
    await fitsAndIsAccessible(page, 'p19-information-390');
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Write your answer.');
    await fitsAndIsAccessible(page, 'p20-information-error-390');
    await page.getByLabel('Your answer').fill('Order 1003.');
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you');
    await fitsAndIsAccessible(page, 'p21-information-sent-390');

    // The merchant's email brings the answer and a link to decide with it shown.
    const answered = await mailbox.waitFor(
      APPROVER,
      'The shopper has answered',
    );
    await page.goto(lastLink(answered.body.text, 'decide'));
    expect(await page.textContent('main')).toContain('Order 1003.');
    await fitsAndIsAccessible(page, 'p22-decision-answered-390');
    await page.close();
  });
});

describe('the merchant’s deferral page and the ops page on a phone', () => {
  it('the deferral page keeps the reason typed after a refusal', async () => {
    // Prepare: an erasure answered with part of it waiting for a legal hold.
    const config = readConfig();
    const ports = { ...dynamoPorts(config), ...runtimePorts(config) };
    const requestId = crypto.randomUUID();
    const at = new Date().toISOString();
    await ports.requests.create({
      requestId,
      merchantId: 'lastu',
      type: 'erasure',
      status: 'DEFERRED',
      email: 'held.data@example.org',
      subjectRef: subjectRef('lastu', 'held.data@example.org'),
      locale: 'en',
      receivedAt: at,
      verifiedAt: at,
      decidedAt: at,
      dueDate: at.slice(0, 10),
      dueAt: at,
      updatedAt: at,
      deferral: { until: '2027-06-01', processorIds: ['lastu-store'] },
    });
    const link = await issueLink('deferral', requestId, ports);
    const page = await context.newPage();
    await page.goto(link.url);
    await fitsAndIsAccessible(page, 'p14-deferral-390');
    const long = `${'The claim is pending. '.repeat(48)}`;
    await page.getByLabel('Reason').fill(long);
    await page
      .getByRole('button', { name: 'Cancel the deferred erasure' })
      .click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The reason must be at most 1000 characters.');
    expect(await page.getByLabel('Reason').inputValue()).toBe(long);
    await fitsAndIsAccessible(page, 'p15-deferral-error-390');
    expect((await ports.requests.get(requestId))?.status).toBe('DEFERRED');
    await page.close();
  });

  it('the ops page lists requests and shows one without sideways scrolling', async () => {
    const page = await context.newPage();
    await page.goto(stack.opsUrl);
    await fitsAndIsAccessible(page, 'p16-ops-list-390');
    // The shopper's request above: its timeline and jobs are wide tables.
    await page.locator('tr', { hasText: 'rectification' }).locator('a').click();
    expect(await page.locator('h1').textContent()).toMatch(/^Request /);
    await fitsAndIsAccessible(page, 'p17-ops-request-390');
    // The auditor's evidence bundle of the same request (written by `npm run ops -- evidence`).
    const requestId = decodeURIComponent(
      new URL(page.url()).pathname.split('/').pop() ?? '',
    );
    const bundle = await buildEvidence({ requestId }, opsPorts(readConfig()));
    expect(bundle.auditChain.events.length).toBeGreaterThan(3);
    await page.setContent(evidenceHtml(bundle));
    expect(await page.locator('h1').textContent()).toBe(
      'Evidence of a data-subject request',
    );
    await fitsAndIsAccessible(page, 'p18-evidence-390');
    await page.close();
  });
});
