/**
 * The console's settings and reports over loopback HTTP on the embedded stack: only an admin of
 * the merchant changes its settings (a viewer 403, another merchant 404, signed out 401), never
 * from another site (JSON without our `Origin`, a form without the session's token: 403), a form
 * from an older revision 409 with what was typed; the reports and the register need a session
 * and answer another merchant as one that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { ConsoleBrowser, ConsoleSignIn } from '../helpers/console-browser.ts';
import { Mailbox } from '../helpers/mailbox.ts';

const OWNER = 'owner@lastu.example';
const SUPPORT = 'support@lastu.example';
const BOSS = 'boss@other.example';

let stack: EmbeddedStack;
let ports: ReturnType<typeof dynamoPorts>;
let signIn: ConsoleSignIn;

beforeAll(async () => {
  process.env.CONSOLE_SIGNIN_LIMIT_PER_ADDRESS = '100';
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store', 'judgeme'],
  });
  (await import('#shared/powertools.ts')).logger.setLogLevel('ERROR');
  ports = dynamoPorts(readConfig());
  signIn = new ConsoleSignIn(stack.apiUrl, new Mailbox(stack.mailUrl));
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

const locale = async () => (await ports.merchants.get('lastu'))?.locale;

describe('settings', () => {
  it('are changed by the merchant’s admins only: a viewer 403, another shop’s admin 404, no session 401', async () => {
    const viewer = await signIn.as(SUPPORT);
    expect(
      (
        await viewer.json('/console/settings/general', {
          merchant: 'lastu',
          locale: 'de',
        })
      ).status,
    ).toBe(403);
    expect(
      (await viewer.fetch('/console/settings?merchant=lastu')).status,
    ).toBe(403);
    const boss = await signIn.as(BOSS);
    expect(
      (
        await boss.json('/console/settings/general', {
          merchant: 'lastu',
          locale: 'de',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await boss.fetch(
          '/console/reports/register.csv?merchant=lastu&emails=1',
        )
      ).status,
    ).toBe(404);
    const stranger = new ConsoleBrowser(stack.apiUrl);
    expect(
      (
        await stranger.json('/console/settings/general', {
          merchant: 'lastu',
          locale: 'de',
        })
      ).status,
    ).toBe(401);
    // A browser is sent to the sign-in page; a script is told 401.
    const signedOut = await stranger.fetch(
      '/console/reports/register.csv?emails=1',
    );
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toMatch(/^\/console\/sign-in/);
    expect(
      (
        await stranger.fetch('/console/reports/register.csv?emails=1', {
          json: true,
        })
      ).status,
    ).toBe(401);
    expect(await locale()).toBe('en');
  });

  it('are never changed from another site: JSON without our Origin, a form without the session’s token', async () => {
    const owner = await signIn.as(OWNER);
    const evil = { origin: 'https://evil.example' };
    expect(
      (
        await owner.json(
          '/console/settings/general',
          { merchant: 'lastu', locale: 'de' },
          evil,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await owner.post('/console/settings/general', {
          merchant: 'lastu',
          locale: 'de',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await owner.post(
          '/console/settings/members',
          {
            merchant: 'lastu',
            op: 'add',
            email: 'mallory@evil.example',
            role: 'admin',
            csrf: await owner.csrf('/console/settings'),
          },
          evil,
        )
      ).status,
    ).toBe(403);
    expect(await locale()).toBe('en');
    expect(
      await ports.merchants.memberships(
        (await import('#domain/member-roles.ts')).memberKey(
          'mallory@evil.example',
        ),
      ),
    ).toEqual([]);
  });

  it('refuse a form made before someone else saved (409), the form coming back as typed', async () => {
    const owner = await signIn.as(OWNER);
    const page = await (await owner.fetch('/console/settings')).text();
    const revision = /name="revision" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(
      (
        await owner.json('/console/settings/general', {
          merchant: 'lastu',
          locale: 'sv',
        })
      ).status,
    ).toBe(200);
    const late = await owner.post('/console/settings/general', {
      merchant: 'lastu',
      revision,
      csrf,
      locale: 'fi',
      requestRetentionDays: '400',
    });
    expect(late.status).toBe(409);
    const body = await late.text();
    expect(body).toContain('value="400"');
    expect(await locale()).toBe('sv');
  });
});
