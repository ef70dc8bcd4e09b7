/**
 * The merchant console in Chromium against the embedded stack with all of lastu's processors:
 * signing in from the mailbox, working the inbox, denying with reasons, entering a request that
 * came by post; every console page in every language passes axe (WCAG 2.2 AA) and fits a 390 px
 * phone. Screenshots of the inbox and a request page at desktop and phone width are kept.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import type { EmbeddedStack } from '#infra/local/embedded-stack.ts';
import { CONSOLE_MESSAGES } from '#presentation/i18n/console/index.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { lastLink, screenshot } from './browser.ts';
import {
  accessible,
  type ConsoleDesk,
  fits,
  postJson,
  signInFromMailbox,
  startConsoleDesk,
} from './console-desk.ts';

const OWNER = 'owner@lastu.example';
const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const EMMA = 'emma.lindqvist@example.com';
const LETTER = 'liisa.kirje@example.org';

let desk: ConsoleDesk;
let stack: EmbeddedStack;
let mailbox: Mailbox;
let desktop: BrowserContext;
let phone: BrowserContext;
const ids: Record<string, string> = {};

const post = (path: string, body: unknown) => postJson(desk, path, body);

/** A shopper's request from the form, confirmed from their mailbox. */
async function confirmed(type: string, email: string, n = 1) {
  const res = await post('/requests', { merchant: 'lastu', type, email });
  const { requestId } = (await res.json()) as { requestId: string };
  const mail = await mailbox.waitFor(email, 'Confirm your privacy request', n);
  await fetch(lastLink(mail.body.text, 'verify'), { method: 'POST' });
  return requestId;
}

beforeAll(async () => {
  desk = await startConsoleDesk();
  ({ stack, mailbox, desktop, phone } = desk);

  // The shop's week: two requests to decide, one with the processors, one never confirmed.
  ids.aino = await confirmed('access', AINO);
  ids.matti = await confirmed('erasure', MATTI);
  ids.emma = await confirmed('access', EMMA);
  await post('/requests', {
    merchant: 'lastu',
    type: 'erasure',
    email: 'unconfirmed@example.net',
  });
  // Emma's is approved from the decision email: the processors are asked.
  const decide = await mailbox.waitFor(
    OWNER,
    ids.emma.slice(0, 8).toUpperCase(),
  );
  await fetch(lastLink(decide.body.text, 'decide'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'decision=approve',
  });
  // Judge.me is asked by email (with its confirmation link): the request waits on it.
  await mailbox.waitFor(
    'privacy@judgeme.example',
    ids.emma.slice(0, 8).toUpperCase(),
  );
}, 120_000);

afterAll(async () => {
  await desk?.close();
});

/** Signs `context` in as `email` from the mailbox, the way a person does. */
const signIn = (context: BrowserContext, email = OWNER, lang = 'en') =>
  signInFromMailbox(desk, context, email, lang);

describe('a merchant at the privacy desk', () => {
  let page: Page;

  it('signs in from the mailbox: the link’s page asks before signing in', async () => {
    page = await desktop.newPage();
    await page.goto(`${stack.apiUrl}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await accessible(page, 'sign-in');
    await screenshot(page, 'c01-sign-in');
    await page.getByLabel('Your email address').fill(OWNER);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Check your email');
    await accessible(page, 'sent');

    const mail = await mailbox.waitFor(
      OWNER,
      'Your sign-in link to the privacy desk',
    );
    const link = /https?:\/\/\S+\/console\/sign-in\/[A-Za-z0-9_-]{43}/.exec(
      mail.body.text ?? '',
    )?.[0] as string;
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.locator('main').textContent()).toContain(OWNER);
    await accessible(page, 'link page');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Requests: Lastu');
    expect(await page.locator('header').textContent()).toContain(
      'Signed in as owner@lastu.example (admin)',
    );
    await accessible(page, 'inbox');
    // The used link signs no one in.
    const again = await desktop.newPage();
    await again.goto(link);
    expect(await again.locator('main').textContent()).toContain(
      'This link has been used already.',
    );
    await accessible(again, 'used link');
    await again.close();
  });

  it('works the inbox: filters by status, finds a person by email, opens the request', async () => {
    const rows = () => page.locator('tbody tr').count();
    expect(await rows()).toBe(4);
    await page.getByLabel('Status').selectOption('AWAITING_DECISION');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(rows).toBe(2);
    expect(await page.locator('tbody').textContent()).toContain(
      'your decision',
    );
    await page.getByLabel('Status').selectOption('');
    await page
      .getByLabel('Email address or reference')
      .fill('Matti.Korhonen@example.com');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(rows).toBe(1);
    await accessible(page, 'inbox filtered');
    await page
      .getByRole('link', { name: ids.matti?.slice(0, 8).toUpperCase() })
      .click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe(`Request ${ids.matti?.slice(0, 8).toUpperCase()}`);
    await accessible(page, 'request page');
  });

  it('denies with a ground and reasons; a denial without a reason comes back as posted', async () => {
    await page.locator('#deny').check();
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('reason');
    expect(await page.locator('#deny').isChecked()).toBe(true);
    await accessible(page, 'deny refused');
    await page.locator('#ground-manifestly-unfounded').check();
    await page
      .locator('#reason')
      .fill(
        'The same erasure was carried out last week; this request repeats it.',
      );
    await page.getByRole('button', { name: 'Submit decision' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Refused. The shopper is being told your reasons.');
    await expect
      .poll(async () =>
        (await mailbox.all()).some(
          (m) =>
            m.destination.to.includes(MATTI) &&
            (m.body.text ?? '').includes('carried out last week'),
        ),
      )
      .toBe(true);
    await page.reload();
    expect(await page.locator('main').textContent()).toContain('Refused');
    await accessible(page, 'request refused');
  });

  it('enters a request that came by post, with the day it arrived', async () => {
    await page.getByRole('link', { name: 'Enter a request' }).click();
    await page.getByRole('button', { name: 'Enter the request' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Choose what the person asked for.');
    await accessible(page, 'entry refused');
    await page.getByLabel('Erasure (Art. 17)').check();
    await page.getByLabel('The person’s email address').fill(LETTER);
    await page.getByLabel('Their name (optional)').fill('Liisa Kirje');
    await page.getByLabel('Post', { exact: true }).check();
    await page.getByLabel('Received on').fill('2026-11-20');
    await page
      .getByLabel('What they wrote or said (optional)')
      .fill('Please delete my account. Signed letter of 18 November.');
    await page.getByRole('button', { name: 'Enter the request' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('The request is entered.');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Post');
    expect(main).toContain('20 November 2026');
    expect(main).toContain('entered by owner@lastu.example');
    await accessible(page, 'entered request');
    await mailbox.waitFor(LETTER, 'Confirm your privacy request');
    ids.letter = page.url().split('/').pop()?.split('?')[0] ?? '';
  });

  it('shows the inbox and a request at desktop and phone width, without sideways scrolling', async () => {
    await page.goto(`${stack.apiUrl}/console/requests`);
    await fits(page, 'inbox desktop');
    await screenshot(page, 'c10-inbox-desktop');
    await page.goto(`${stack.apiUrl}/console/requests/${ids.emma}`);
    expect(await page.locator('main').textContent()).toContain('Judge.me');
    await accessible(page, 'request in progress');
    await screenshot(page, 'c11-request-desktop');
    const small = await signIn(phone);
    await fits(small, 'inbox phone');
    await accessible(small, 'inbox phone');
    await screenshot(small, 'c12-inbox-390');
    await small.goto(`${stack.apiUrl}/console/requests/${ids.emma}`);
    await fits(small, 'request phone');
    await accessible(small, 'request phone');
    await screenshot(small, 'c13-request-390');
    await small.close();
  });
});

describe('every console page, in every language, at both widths', () => {
  // Twenty pages through axe at two widths: minutes on a loaded two-core machine.
  for (const lang of SUPPORTED_LOCALES)
    it(`passes axe and fits 390 px in ${lang}`, async () => {
      const c = CONSOLE_MESSAGES[lang];
      for (const context of [desktop, phone]) {
        const signedOut = await context.newPage();
        for (const path of [
          '/console/sign-in',
          '/console/sign-in/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        ]) {
          await signedOut.goto(`${stack.apiUrl}${path}?lang=${lang}`);
          expect(await signedOut.getAttribute('html', 'lang')).toBe(lang);
          await accessible(signedOut, `${lang} ${path}`);
          await fits(signedOut, `${lang} ${path}`);
        }
        await signedOut.close();
        const page = await signIn(context, OWNER, lang);
        // The session keeps the language the sign-in page was in.
        expect(await page.locator('h1').textContent()).toBe(
          c.inbox.heading('Lastu'),
        );
        const pages = [
          '/console/requests',
          '/console/requests?status=IN_PROGRESS&overdue=1',
          `/console/requests/${ids.emma}`,
          `/console/requests/${ids.aino}`,
          `/console/requests/${ids.letter}`,
          '/console/requests/new',
          `/console/requests/${ids.emma}/answer/judgeme`,
          '/console/requests/00000000-0000-4000-8000-000000000000',
        ];
        for (const path of pages) {
          await page.goto(`${stack.apiUrl}${path}`);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          await accessible(
            page,
            `${lang} ${path} ${context === phone ? '390' : 'desktop'}`,
          );
          await fits(page, `${lang} ${path}`);
        }
        if (lang !== 'en') await screenshot(page, `c20-not-found-${lang}`);
        await page.goto(`${stack.apiUrl}/console/requests/${ids.emma}`);
        await page.getByRole('button', { name: c.layout.signOut }).click();
        await expect
          .poll(() => new URL(page.url()).pathname)
          .toBe('/console/sign-in');
        // Not closed here: Chromium's close of a page just sent back to sign in sometimes never
        // returns (seen on an idle machine); the contexts close with the suite.
      }
    }, 240_000);
});
