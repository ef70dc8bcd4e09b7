import { describe, expect, it } from 'vitest';
import { memberKey } from '#domain/member-roles.ts';
import {
  checkSameSite,
  cookieName,
  csrfToken,
  operatorKeys,
  sessionCookie,
  sessionSecretOf,
  signInLimits,
} from '#shared/console-guard.ts';
import { httpEvent } from '../../helpers/lambda-events.ts';

const SECRET = 'k'.repeat(40);
const NOW = new Date('2026-03-15T10:00:00.000Z');

describe('the console session cookie', () => {
  it('over https: the __Host- prefix, Secure, HttpOnly, SameSite=Lax, the whole site, until the session ends', () => {
    const cookie = sessionCookie(
      'https://privacy.shop.example',
      'abc',
      '2026-03-22T10:00:00.000Z',
      NOW,
    );
    expect(cookie).toBe(
      '__Host-dsr-console=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=604800; Secure',
    );
    expect(cookieName('http://127.0.0.1:3000')).toBe('dsr-console');
    expect(
      sessionCookie(
        'http://127.0.0.1:3000',
        'abc',
        '2026-03-22T10:00:00.000Z',
        NOW,
      ),
    ).not.toContain('Secure');
  });

  it('is read from API Gateway’s cookies, never from another cookie of the same value', () => {
    const event = {
      ...httpEvent('GET', '/console/requests'),
      cookies: ['other=x', '__Host-dsr-console=abc=='],
    };
    expect(sessionSecretOf(event, 'https://p.example')).toBe('abc==');
    expect(sessionSecretOf(event, 'http://p.example')).toBeUndefined();
  });
});

describe('cross-site refusals', () => {
  const base = 'https://privacy.shop.example';
  const form =
    (headers: Record<string, string>, body: Record<string, unknown>) => () =>
      checkSameSite(
        httpEvent('POST', '/console/requests', {
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            ...headers,
          },
        }),
        body,
        { hash: 'session-a' },
        base,
        SECRET,
      );
  const token = csrfToken('session-a', SECRET);

  it('takes a form only with the session’s token and our Origin (or none)', () => {
    expect(form({ origin: base }, { csrf: token })).not.toThrow();
    expect(form({}, { csrf: token })).not.toThrow();
    for (const bad of [
      form({ origin: base }, {}),
      form({ origin: base }, { csrf: csrfToken('session-b', SECRET) }),
      form({ origin: base }, { csrf: csrfToken('session-a', 'x'.repeat(40)) }),
      form({ origin: 'null' }, { csrf: token }),
      form({ origin: 'https://evil.example' }, { csrf: token }),
    ])
      expect(bad).toThrow(
        expect.objectContaining({ code: 'CROSS_SITE_REFUSED' }),
      );
  });

  it('takes JSON only with our Origin', () => {
    const json = (origin?: string) => () =>
      checkSameSite(
        httpEvent('POST', '/console/requests', {
          headers: {
            'content-type': 'application/json',
            ...(origin ? { origin } : {}),
          },
        }),
        {},
        { hash: 'session-a' },
        base,
        SECRET,
      );
    expect(json(base)).not.toThrow();
    expect(json()).toThrow(expect.objectContaining({ statusCode: 403 }));
    expect(json('https://privacy.shop.example.evil')).toThrow();
  });
});

describe('deployment settings', () => {
  it('reads the operators as member keys only, and the sign-in limits with 0 for off', () => {
    const key = memberKey('ops@host.example');
    expect(
      operatorKeys({ CONSOLE_OPERATOR_KEYS: `${key}, ops@host.example,` }),
    ).toEqual(new Set([key]));
    expect(signInLimits({}).perAddress.max).toBe(5);
    expect(
      signInLimits({ CONSOLE_SIGNIN_LIMIT_PER_CLIENT: '0' }).perClient.max,
    ).toBe(0);
    expect(() =>
      signInLimits({ CONSOLE_SIGNIN_LIMIT_PER_ADDRESS: 'x' }),
    ).toThrow(/CONSOLE_SIGNIN_LIMIT_PER_ADDRESS/);
  });
});
