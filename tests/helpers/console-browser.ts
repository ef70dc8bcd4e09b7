/**
 * A browser's requests to the merchant console over loopback HTTP, for the integration suites:
 * a cookie jar holding the session cookie, form posts from our pages (our `Origin`), the CSRF
 * token a page's forms carry, and signing in through the emailed link.
 */
import { expect } from 'vitest';
import type { Mailbox } from './mailbox.ts';

const FORM = 'application/x-www-form-urlencoded';

export class ConsoleBrowser {
  cookie = '';
  constructor(private readonly base: string) {}

  async fetch(path: string, init: RequestInit & { json?: boolean } = {}) {
    const { json, ...rest } = init;
    const res = await fetch(`${this.base}${path}`, {
      redirect: 'manual',
      ...rest,
      headers: {
        ...(json ? { accept: 'application/json' } : { accept: 'text/html' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(rest.headers as Record<string, string>),
      },
    });
    const set = res.headers.get('set-cookie');
    if (set)
      this.cookie = set.split(';')[0]?.endsWith('=')
        ? ''
        : (set.split(';')[0] ?? '');
    return res;
  }

  /** A form post from one of our pages (our `Origin`). */
  post(
    path: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ) {
    return this.fetch(path, {
      method: 'POST',
      headers: { 'content-type': FORM, origin: this.base, ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** A JSON call from the console (our `Origin`). */
  json(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.fetch(path, {
      method: 'POST',
      json: true,
      headers: {
        'content-type': 'application/json',
        origin: this.base,
        ...headers,
      },
      body: JSON.stringify(body),
    });
  }

  /** The CSRF token the page's forms carry. */
  async csrf(path = '/console/requests') {
    const html = await (await this.fetch(path)).text();
    const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no csrf token on ${path}`);
    return token;
  }
}

/** Signs people in through the emailed link, counting each person's emails. */
export class ConsoleSignIn {
  private readonly sent = new Map<string, number>();
  constructor(
    private readonly base: string,
    private readonly mailbox: Mailbox,
  ) {}

  /** Sign-in emails sent to `email` another way (a form posted by the test itself). */
  counted(email: string, n: number): void {
    this.sent.set(email, n);
  }

  /** Asks for a link and returns its path (the email's link). */
  async link(email: string): Promise<string> {
    const res = await new ConsoleBrowser(this.base).post('/console/sign-in', {
      email,
    });
    expect(res.status).toBe(200);
    const n = (this.sent.get(email) ?? 0) + 1;
    this.sent.set(email, n);
    const mail = await this.mailbox.waitFor(email, 'sign-in link', n);
    const link =
      /https?:\/\/[^\s]+(\/console\/sign-in\/[A-Za-z0-9_-]{43})/.exec(
        mail.body.text ?? '',
      )?.[1];
    if (!link) throw new Error('no link in the email');
    return link;
  }

  async as(email: string, browser = new ConsoleBrowser(this.base)) {
    const res = await browser.post(await this.link(email), {});
    expect(res.status).toBe(303);
    return browser;
  }
}
