/**
 * What the console's browser suites share (console.test.ts, console-admin.test.ts): Chromium and
 * the embedded stack with all of lastu's processors, a desktop and a phone context, and signing a
 * person in from the mailbox the way a person does.
 */
import type {
  BrowserContext,
  BrowserContextOptions,
  Page,
} from 'playwright-core';
import { expect } from 'vitest';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { CONSOLE_MESSAGES } from '#presentation/i18n/console/index.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import {
  axeViolations,
  type Chromium,
  describeViolations,
  launchChromium,
  PHONE,
  sidewaysOverflow,
} from './browser.ts';

const DESKTOP = { width: 1280, height: 900 };

export interface ConsoleDesk {
  chromium: Chromium;
  stack: EmbeddedStack;
  mailbox: Mailbox;
  /** 1280 × 900, en-GB. */
  desktop: BrowserContext;
  /** 390 px wide, en-GB. */
  phone: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium first (a missing one fails fast), then the stack (fast timers, its log at ERROR) and
 * the two contexts. Each language's pass of a suite signs in again: the sign-in limit per address
 * is raised for the run.
 */
export async function startConsoleDesk(
  desktopOptions: BrowserContextOptions = {},
): Promise<ConsoleDesk> {
  process.env.CONSOLE_SIGNIN_LIMIT_PER_ADDRESS = '100';
  const chromium = await launchChromium();
  const stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
  });
  // The handlers' logger was made before the stack set its level.
  (await import('#shared/powertools.ts')).logger.setLogLevel('ERROR');
  const desktop = await chromium.browser.newContext({
    locale: 'en-GB',
    viewport: DESKTOP,
    ...desktopOptions,
  });
  const phone = await chromium.browser.newContext({
    locale: 'en-GB',
    viewport: PHONE,
  });
  return {
    chromium,
    stack,
    mailbox: new Mailbox(stack.mailUrl),
    desktop,
    phone,
    close: async () => {
      await desktop.close();
      await phone.close();
      await chromium.close();
      await stack.close();
    },
  };
}

/**
 * Signs `context` in as `email` from the mailbox, the way a person does: the sign-in form, the
 * emailed link, and the link page's button (it asks before signing in). Returns the inbox page.
 */
export async function signInFromMailbox(
  desk: Pick<ConsoleDesk, 'stack' | 'mailbox'>,
  context: BrowserContext,
  email: string,
  lang = 'en',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${desk.stack.apiUrl}/console/sign-in?lang=${lang}`);
  const s = CONSOLE_MESSAGES[lang as 'en'].signIn;
  const before = await desk.mailbox.count(email, s.mailSubject);
  await page.getByLabel(s.email).fill(email);
  await page.getByRole('button', { name: s.submit }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe(s.sentTitle);
  const mail = await desk.mailbox.waitFor(email, s.mailSubject, before + 1);
  const link = /https?:\/\/\S+\/console\/sign-in\/[A-Za-z0-9_-]{43}/.exec(
    mail.body.text ?? '',
  )?.[0];
  if (!link) throw new Error('no sign-in link');
  await page.goto(link);
  await page.getByRole('button', { name: s.linkButton }).click();
  await expect.poll(() => page.url()).toContain('/console/requests');
  return page;
}

/** A JSON post to the stack's API (the public form's way in). */
export function postJson(
  desk: Pick<ConsoleDesk, 'stack'>,
  path: string,
  body: unknown,
) {
  return fetch(`${desk.stack.apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The page passes axe (WCAG 2.2 AA); `name` says which page failed. */
export async function accessible(page: Page, name: string) {
  const violations = await axeViolations(page);
  expect(violations, `${name}\n${describeViolations(violations)}`).toEqual([]);
}

/** The page fits its viewport's width. */
export async function fits(page: Page, name: string) {
  expect(await sidewaysOverflow(page), `${name} scrolls sideways`).toBe(0);
}
