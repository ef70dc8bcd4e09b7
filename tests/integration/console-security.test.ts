/**
 * The merchant console's security over loopback HTTP on the embedded stack: the sign-in answer
 * that is the same for everyone, the emailed link (a GET never signs in, used once, expiring),
 * session fixation, sign-out, tampered cookies, cross-site posts (JSON `Origin`, the form's
 * session-bound token), another merchant's request ids, a member removed while signed in, a
 * viewer acting, and the JSON contract of `GET /console/requests` and `POST /console/requests`.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoConsoleStore } from '#adapters/aws/dynamo-console-store.ts';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { hashLinkSecret } from '#domain/links.ts';
import { memberKey } from '#domain/member-roles.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { Mailbox } from '../helpers/mailbox.ts';

const OWNER = 'owner@lastu.example';
const SUPPORT = 'support@lastu.example';
const BOSS = 'boss@other.example';
const FORM = 'application/x-www-form-urlencoded';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;
let sessions: DynamoConsoleStore;
let base: string;

beforeAll(async () => {
  // Read by the handler on first use: this file signs the same people in many times.
  process.env.CONSOLE_SIGNIN_LIMIT_PER_ADDRESS = '100';
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store'],
    operatorEmails: ['ops@host.example'],
  });
  (await import('#shared/powertools.ts')).logger.setLogLevel('ERROR');
  base = stack.apiUrl;
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
  sessions = new DynamoConsoleStore(
    DynamoDBDocumentClient.from(new DynamoDBClient({}), {
      marshallOptions: { removeUndefinedValues: true },
    }),
    readConfig().tableName,
  );
  const lastu = await ports.merchants.get('lastu');
  if (!lastu) throw new Error('lastu is not seeded');
  await ports.merchants.put({
    ...lastu,
    merchantId: 'other-shop',
    name: 'Other Shop',
    members: [{ email: BOSS, role: 'admin' }],
  });
});

afterAll(() => stack?.close());

/** A browser's requests: its cookie jar holds the console's session cookie. */
class Browser {
  cookie = '';
  async fetch(path: string, init: RequestInit & { json?: boolean } = {}) {
    const { json, ...rest } = init;
    const res = await fetch(`${base}${path}`, {
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
      headers: { 'content-type': FORM, origin: base, ...headers },
      body: new URLSearchParams(fields).toString(),
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

let sent = new Map<string, number>();
/** Asks for a link and returns its path (the email's link), counting each person's emails. */
async function signInLink(email: string): Promise<string> {
  const res = await new Browser().post('/console/sign-in', { email });
  expect(res.status).toBe(200);
  const n = (sent.get(email) ?? 0) + 1;
  sent.set(email, n);
  const mail = await mailbox.waitFor(email, 'sign-in link', n);
  const link = /https?:\/\/[^\s]+(\/console\/sign-in\/[A-Za-z0-9_-]{43})/.exec(
    mail.body.text ?? '',
  )?.[1];
  if (!link) throw new Error('no link in the email');
  return link;
}

async function signedIn(email: string, browser = new Browser()) {
  const res = await browser.post(await signInLink(email), {});
  expect(res.status).toBe(303);
  return browser;
}

async function aRequest(email = 'aino.virtanen@example.com') {
  const res = await fetch(`${base}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', type: 'access', email }),
  });
  return ((await res.json()) as { requestId: string }).requestId;
}

describe('signing in', () => {
  it('answers a member and a stranger with the same page, emailing only the member', async () => {
    sent = new Map();
    const before = (await mailbox.all()).length;
    const member = await new Browser().post('/console/sign-in', {
      email: OWNER,
      locale: 'en',
    });
    const stranger = await new Browser().post('/console/sign-in', {
      email: 'nobody@lastu.example',
      locale: 'en',
    });
    expect(member.status).toBe(stranger.status);
    expect(await member.text()).toBe(await stranger.text());
    expect(member.headers.get('set-cookie')).toBeNull();
    await mailbox.waitFor(OWNER, 'sign-in link', 1);
    sent.set(OWNER, 1);
    expect((await mailbox.all()).length - before).toBe(1);
    expect(await mailbox.count('nobody@lastu.example')).toBe(0);
    const json = await new Browser().fetch('/console/sign-in', {
      method: 'POST',
      json: true,
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: 'nobody@else.example' }),
    });
    expect([json.status, await json.json()]).toEqual([202, {}]);
  });

  it('never signs in on a GET of the emailed link (mail scanners open links), and only once on its POST', async () => {
    const link = await signInLink(OWNER);
    const browser = new Browser();
    for (let i = 0; i < 2; i++) {
      const page = await browser.fetch(link);
      expect(page.status).toBe(200);
      expect(page.headers.get('set-cookie')).toBeNull();
      expect(await page.text()).toContain(`method="post" action="${link}"`);
    }
    const first = await browser.post(link, {});
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/console/requests');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^dsr-console=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeLessThanOrEqual(
      7 * 86400,
    );
    // Used: another browser posting the same link gets nothing.
    const again = await new Browser().post(link, {});
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('This link has been used already.');
  });

  it('never signs in with an expired link, nor with one that is not ours', async () => {
    const secret = randomBytes(32).toString('base64url');
    await sessions.putSignIn({
      tokenHash: hashLinkSecret(secret),
      memberKey: memberKey(OWNER),
      email: OWNER,
      createdAt: '2026-01-01T10:00:00.000Z',
      expiresAt: '2026-01-01T10:15:00.000Z',
    });
    const expired = await new Browser().post(`/console/sign-in/${secret}`, {});
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This link has expired');
    const unknown = await new Browser().post(
      `/console/sign-in/${randomBytes(32).toString('base64url')}`,
      {},
    );
    expect(unknown.status).toBe(403);
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('starts a new session at sign-in, whatever session cookie the browser brought (no fixation)', async () => {
    // Prepare: the browser already holds a valid session (one planted on it, say).
    const browser = await signedIn(OWNER);
    const planted = browser.cookie;

    // Act: it signs in again through a fresh link.
    await signedIn(OWNER, browser);

    // Assess: a new secret; the planted session no longer works.
    expect(browser.cookie).not.toBe(planted);
    expect((await browser.fetch('/console/requests')).status).toBe(200);
    const old = new Browser();
    old.cookie = planted;
    const res = await old.fetch('/console/requests');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/console\/sign-in/);
  });
});

describe('sessions', () => {
  it('sign-out ends the session in the table: the old cookie replayed is refused', async () => {
    const browser = await signedIn(OWNER);
    const cookie = browser.cookie;
    const token = await browser.csrf();
    const out = await browser.post('/console/sign-out', { csrf: token });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^dsr-console=; .*Max-Age=0/);
    const hash = hashLinkSecret(cookie.split('=')[1] ?? '');
    expect(await sessions.getSession(hash)).toBeUndefined();
    const replay = new Browser();
    replay.cookie = cookie;
    expect((await replay.fetch('/console/requests')).status).toBe(303);
    expect(
      (await replay.fetch('/console/requests', { json: true })).status,
    ).toBe(401);
  });

  it('refuses a tampered or made-up cookie', async () => {
    const browser = await signedIn(OWNER);
    const [name, value = ''] = browser.cookie.split('=');
    const flipped = `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`;
    for (const cookie of [
      `${name}=${flipped}`,
      `${name}=${randomBytes(32).toString('base64url')}`,
      `${name}=../../etc`,
      `other=${value}`,
    ]) {
      const probe = new Browser();
      probe.cookie = cookie;
      const res = await probe.fetch('/console/requests', { json: true });
      expect(res.status).toBe(401);
    }
  });

  it('ends when idle too long', async () => {
    const browser = await signedIn(OWNER);
    const hash = hashLinkSecret(browser.cookie.split('=')[1] ?? '');
    const session = await sessions.getSession(hash);
    if (!session) throw new Error('no session');
    await sessions.endSession(hash);
    await sessions.createSession({
      ...session,
      idleExpiresAt: '2026-01-01T00:00:00.000Z',
    });
    expect(
      (await browser.fetch('/console/requests', { json: true })).status,
    ).toBe(401);
  });

  it('a member removed while signed in loses access at the next request', async () => {
    const browser = await signedIn(SUPPORT);
    expect((await browser.fetch('/console/requests')).status).toBe(200);
    const lastu = await ports.merchants.get('lastu');
    if (!lastu) throw new Error('no lastu');
    await ports.merchants.put({
      ...lastu,
      members: lastu.members.filter((m) => m.email !== SUPPORT),
    });
    const res = await browser.fetch('/console/requests', { json: true });
    expect(res.status).toBe(401);
    await ports.merchants.put(lastu);
  });
});

describe('state-changing calls from elsewhere', () => {
  it('refuses cross-site JSON and forms without the session’s token, and accepts our own', async () => {
    const owner = await signedIn(OWNER);
    const other = await signedIn(BOSS);
    const requestId = await aRequest('cross.site@example.org');
    const path = `/console/requests/${requestId}/spam`;
    const json = (origin?: string) =>
      owner.fetch(path, {
        method: 'POST',
        json: true,
        headers: {
          'content-type': 'application/json',
          ...(origin ? { origin } : {}),
        },
        body: '{}',
      });
    expect((await json('https://evil.example')).status).toBe(403);
    expect((await json()).status).toBe(403);
    expect((await json('null')).status).toBe(403);
    expect((await owner.post(path, {})).status).toBe(403);
    expect((await owner.post(path, { csrf: await other.csrf() })).status).toBe(
      403,
    );
    expect(
      (await owner.post(path, { csrf: await owner.csrf() }, { origin: 'null' }))
        .status,
    ).toBe(403);
    expect(
      (
        await owner.post(
          path,
          { csrf: await owner.csrf() },
          { origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403);
    expect((await ports.requests.get(requestId))?.status).toBe(
      'PENDING_VERIFICATION',
    );
    const ok = await json(base);
    expect([ok.status, await ok.json()]).toEqual([200, { notice: 'spam' }]);
    expect((await ports.requests.get(requestId))?.status).toBe('CANCELLED');
  });
});

describe('another merchant’s requests', () => {
  it('answers another shop’s request ids exactly as ids that do not exist (404, never 403)', async () => {
    const boss = await signedIn(BOSS);
    const requestId = await aRequest('probe@example.org');
    const theirs = await boss.fetch(`/console/requests/${requestId}`);
    const none = await boss.fetch(
      '/console/requests/00000000-0000-4000-8000-000000000000',
    );
    expect(theirs.status).toBe(404);
    expect(none.status).toBe(404);
    expect(await theirs.text()).toBe(await none.text());
    const act = await boss.post(`/console/requests/${requestId}/spam`, {
      csrf: await boss.csrf(),
    });
    expect(act.status).toBe(404);
    expect(
      (await boss.fetch(`/console/requests/${requestId}/answer/lastu-store`))
        .status,
    ).toBe(404);
    expect(
      (await boss.fetch('/console/requests?merchant=lastu', { json: true }))
        .status,
    ).toBe(404);
    const mine = (await (
      await boss.fetch('/console/requests', { json: true })
    ).json()) as {
      requests: { requestId: string }[];
    };
    expect(mine.requests.map((r) => r.requestId)).not.toContain(requestId);
    expect((await ports.requests.get(requestId))?.status).toBe(
      'PENDING_VERIFICATION',
    );
  });

  it('lets a viewer see and not act (403), and an operator see every shop', async () => {
    const requestId = await aRequest('viewer.case@example.org');
    const support = await signedIn(SUPPORT);
    expect((await support.fetch(`/console/requests/${requestId}`)).status).toBe(
      200,
    );
    const act = await support.post(`/console/requests/${requestId}/spam`, {
      csrf: await support.csrf(),
    });
    expect(act.status).toBe(403);
    const operator = await signedIn('ops@host.example');
    const all = (await (
      await operator.fetch('/console/requests?merchant=*', { json: true })
    ).json()) as { requests: { requestId: string; merchant: string }[] };
    expect(all.requests.map((r) => r.requestId)).toContain(requestId);
  });
});

describe('the JSON contract', () => {
  it('lists requests with exactly the contract’s fields, filtered, and enters one received by post (201 {requestId})', async () => {
    const owner = await signedIn(OWNER);
    const entered = await owner.fetch('/console/requests', {
      method: 'POST',
      json: true,
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({
        type: 'erasure',
        email: 'Letter.Writer@Example.org',
        name: 'Letter Writer',
        channel: 'post',
        receivedAt: '2026-01-05',
      }),
    });
    expect(entered.status).toBe(201);
    const body = (await entered.json()) as { requestId: string };
    expect(Object.keys(body)).toEqual(['requestId']);

    const list = await owner.fetch(
      '/console/requests?channel=post&q=letter.writer%40example.org',
      { json: true },
    );
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({
      requests: [
        {
          requestId: body.requestId,
          reference: body.requestId.slice(0, 8).toUpperCase(),
          merchant: 'lastu',
          type: 'erasure',
          status: 'PENDING_VERIFICATION',
          channel: 'post',
          receivedAt: '2026-01-05T10:00:00.000Z',
          dueDate: '2026-02-05',
          waitingOn: ['shopper'],
        },
      ],
    });
    const overdue = (await (
      await owner.fetch('/console/requests?overdue=1', { json: true })
    ).json()) as { requests: { requestId: string }[] };
    expect(overdue.requests.map((r) => r.requestId)).toContain(body.requestId);
    const bad = await owner.fetch('/console/requests?status=OPEN', {
      json: true,
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: { status: expect.any(String) },
      },
    });
    const future = await owner.fetch('/console/requests', {
      method: 'POST',
      json: true,
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({
        type: 'access',
        email: 'x@example.org',
        channel: 'phone',
        receivedAt: '2099-01-01',
      }),
    });
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({
      error: { fields: { receivedAt: expect.any(String) } },
    });
  });
});
