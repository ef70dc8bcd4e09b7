/**
 * An agent's journey on a 390 px phone (issue 20, requirement 3), in Chromium with axe: the form's
 * "I am asking on someone else's behalf" (nothing ticked or chosen), a refused post that keeps what
 * was typed, the page after it with the upload link, the upload page taking a PDF; then the
 * merchant's request page showing the agent, the file and the two decisions. No page scrolls
 * sideways; each is screenshotted.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_MESSAGES } from '#presentation/i18n/console/index.ts';
import { SAMPLES } from '../helpers/sample-files.ts';
import {
  axeViolations,
  type BrowserSession,
  describeViolations,
  PHONE,
  screenshot,
  sidewaysOverflow,
  startBrowserSession,
} from './browser.ts';

const OWNER = 'owner@lastu.example';
const PERSON = 'helmi.agent-browser@example.org';
const AGENT = 'sisko.agent-browser@example.org';
let session: BrowserSession;
let phone: BrowserContext;

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'en-GB', viewport: PHONE });
  phone = session.context;
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function fits(page: Page, name: string) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(await sidewaysOverflow(page), name).toBe(0);
  await screenshot(page, name);
}

describe('an agent asks for someone else, on a phone', () => {
  let uploadUrl = '';

  it('fills the agent’s part, is told what is missing with everything kept, and gets the upload page', async () => {
    const { stack } = session;
    const page = await phone.newPage();
    await page.goto(`${stack.apiUrl}/m/lastu?lang=en`);
    // Nothing is chosen for the agent.
    const box = page.getByLabel('I am asking on someone else’s behalf');
    expect(await box.isChecked()).toBe(false);
    expect(
      await page.getByLabel('Who you are to the person').inputValue(),
    ).toBe('');
    await page.getByRole('radio', { name: /^Erase my data/ }).check();
    await page.getByLabel('Your email address').fill(PERSON);
    await box.check();
    await page.getByLabel('Your own name').fill('Sisko Salo');
    await page.getByLabel('Your own email address').fill(AGENT);
    await page.getByRole('button', { name: 'Send request' }).click();
    // Refused: the relation is missing; what was typed is still there.
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Choose who you are to the person.');
    expect(await page.locator('#agentName').inputValue()).toBe('Sisko Salo');
    expect(await page.locator('#agentEmail').inputValue()).toBe(AGENT);
    expect(
      await page.getByLabel('I am asking on someone else’s behalf').isChecked(),
    ).toBe(true);
    await fits(page, 'a01-agent-form-refused-390');
    await page
      .getByLabel('Who you are to the person')
      .selectOption('family-member');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Check your email');
    await fits(page, 'a02-agent-submitted-390');
    uploadUrl =
      (await page
        .getByRole('link', { name: 'Upload your authorisation' })
        .getAttribute('href')) ?? '';
    expect(uploadUrl).toMatch(/\/authority\/[A-Za-z0-9_-]{43}$/);
    await page.goto(uploadUrl);
    await page.getByLabel('File to upload').setInputFiles({
      name: 'valtakirja.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLES.pdf,
    });
    await Promise.all([
      page.waitForURL((url) => url.search !== ''),
      page.getByRole('button', { name: 'Upload', exact: true }).click(),
    ]);
    await expect
      .poll(() => page.locator('li strong').allTextContents())
      .toEqual(['valtakirja.pdf']);
    await fits(page, 'a03-agent-upload-390');
    await page.close();
  });

  it('shows the merchant the agent, the relation and the file, with both decisions and nothing ticked', async () => {
    const { stack, mailbox } = session;
    const page = await phone.newPage();
    const s = CONSOLE_MESSAGES.en.signIn;
    await page.goto(`${stack.apiUrl}/console/sign-in?lang=en`);
    await page.getByLabel(s.email).fill(OWNER);
    await page.getByRole('button', { name: s.submit }).click();
    const mail = await mailbox.waitFor(OWNER, s.mailSubject);
    const link = /https?:\/\/\S+\/console\/sign-in\/[A-Za-z0-9_-]{43}/.exec(
      mail.body.text ?? '',
    )?.[0];
    await page.goto(link ?? '');
    await page.getByRole('button', { name: s.linkButton }).click();
    await expect.poll(() => page.url()).toContain('/console/requests');
    await expect
      .poll(() => page.getByText('Requests from agents').count())
      .toBe(1);
    await page.getByRole('link', { name: 'Show these requests' }).click();
    await page.locator('tbody a').first().click();
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: 'Asked on the person’s behalf' })
          .count(),
      )
      .toBe(1);
    const section = await page.locator('main').innerText();
    expect(section).toContain(`Sisko Salo (${AGENT})`);
    expect(section).toContain('family member');
    expect(section).toContain('valtakirja.pdf');
    expect(
      await page.getByLabel(/I have opened the authorisation/).isChecked(),
    ).toBe(false);
    await fits(page, 'a04-console-agent-request-390');
    // Accepting without the tick is refused and says why.
    await page.getByRole('button', { name: 'Accept the authority' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Tick to say that you checked the authorisation.');
    await page.getByLabel(/I have opened the authorisation/).check();
    await page.getByRole('button', { name: 'Accept the authority' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Authority accepted.');
    await fits(page, 'a05-console-authority-accepted-390');
    await page.close();
  });
});
