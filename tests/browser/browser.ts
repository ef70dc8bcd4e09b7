/**
 * Chromium driven by playwright-core, plus an axe-core check. The binary is Debian's when
 * installed, else the one the `@sparticuz/chromium` devDependency ships (./chromium.ts); never
 * a browser downloaded at test time.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { Mailbox } from '../helpers/mailbox.ts';

/** Where screenshots go: `SCREENSHOT_DIR` (e.g. a temp dir), else the git-ignored `.screenshots/`. */
export const SCREENSHOTS =
  process.env.SCREENSHOT_DIR ??
  fileURLToPath(new URL('./.screenshots/', import.meta.url));

import { type ChromiumBinary, resolveChromium } from './chromium.ts';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  browser: Browser;
  /** Which binary runs (Debian's, `CHROMIUM_PATH`'s or the npm package's). */
  binary: ChromiumBinary;
  close(): Promise<void>;
}

/** Launches Chromium (./chromium.ts says which) with an empty profile. */
export async function launchChromium(
  binary?: ChromiumBinary,
): Promise<Chromium> {
  const chosen = binary ?? (await resolveChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
  // playwright-core gives every launch a new, empty temporary profile (--user-data-dir).
  const browser = await chromium.launch({
    executablePath: chosen.path,
    headless: true,
    args: FLAGS,
    env: { ...process.env, ...chosen.env },
  });
  return {
    browser,
    binary: chosen,
    close: () => browser.close(),
  };
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
const AXE_OPTIONS = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  },
  resultTypes: ['violations'],
};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page as it is. The script is evaluated
 * through the DevTools protocol, which the pages' CSP (`default-src 'none'`) does not govern,
 * so the page under test is served exactly as in production.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  // A string, evaluated in the page (its DOM types are not in this project's TypeScript lib).
  const found = (await page.evaluate(`axe
    .run(document, ${JSON.stringify(AXE_OPTIONS)})
    .then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    })))`)) as AxeViolation[];
  return found;
}

/** Readable summary for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The phone width every page must fit without sideways scrolling. */
export const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways: 0 when it fits the viewport. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return (await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  )) as number;
}

/** Chromium, the embedded stack (the spine's built-in processor alone) and its mailbox. */
export interface BrowserSession {
  chromium: Chromium;
  stack: EmbeddedStack;
  mailbox: Mailbox;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts a session for a browser test file: Chromium first (a missing one fails fast, with its
 * own message), then the stack with fast timers and `lastu-store` alone
 * (tests/integration/processors.test.ts runs all seven), and a context with `options`.
 */
export async function startBrowserSession(
  options: BrowserContextOptions,
): Promise<BrowserSession> {
  const browser = await launchChromium();
  const stack = await startEmbeddedStack({
    fastTimers: true,
    onlyProcessors: ['lastu-store'],
  });
  const context = await browser.browser.newContext(options);
  return {
    chromium: browser,
    stack,
    mailbox: new Mailbox(stack.mailUrl),
    context,
    close: async () => {
      await context.close();
      await browser.close();
      await stack.close();
    },
  };
}

/** The last link of a kind (`/verify/…`, `/decide/…`) in an email's text part. */
export function lastLink(text: string | undefined, kind: string): string {
  const link = [
    ...(text ?? '').matchAll(
      new RegExp(`https?://[^\\s"<>]+/${kind}/[A-Za-z0-9_-]+`, 'g'),
    ),
  ].at(-1)?.[0];
  if (!link) throw new Error(`no ${kind} link in the email`);
  return link;
}
