/** The intake's edge checks: signed form tokens, Origin, the keyed IP hash, limits from env. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { FormTokenError, OriginNotAllowedError } from '#domain/intake.ts';
import {
  checkSubmissionOrigin,
  clientKey,
  clientNetwork,
  FORM_TOKEN_TTL_SECONDS,
  intakeLimits,
  intakeSecret,
  issueFormToken,
  issueResendToken,
  isValidFormToken,
  resendRequestId,
} from '#shared/intake-guard.ts';

const SECRET = 'a-test-secret-that-is-long-enough-000000';
const NOW = new Date('2026-03-15T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

const event = (
  headers: Record<string, string>,
  sourceIp = '198.51.100.7',
): APIGatewayProxyEventV2 =>
  ({
    headers,
    requestContext: { http: { method: 'POST', sourceIp } },
  }) as unknown as APIGatewayProxyEventV2;

describe('form tokens', () => {
  const token = issueFormToken('lastu', NOW, SECRET);

  it('accept a token of this merchant within a day', () => {
    expect(isValidFormToken(token, 'lastu', NOW, SECRET)).toBe(true);
    expect(
      isValidFormToken(token, 'lastu', later(FORM_TOKEN_TTL_SECONDS), SECRET),
    ).toBe(true);
  });

  it('refuse expired, future, tampered, foreign and malformed tokens', () => {
    const [issued, sig = ''] = token.split('.');
    const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    for (const [bad, merchant, now, secret] of [
      [token, 'lastu', later(FORM_TOKEN_TTL_SECONDS + 1), SECRET],
      [token, 'lastu', later(-3600), SECRET],
      [`${issued}.${flipped}`, 'lastu', NOW, SECRET],
      [`${Number(issued) + 1}.${sig}`, 'lastu', NOW, SECRET],
      [token, 'other-shop', NOW, SECRET],
      [token, 'lastu', NOW, `${SECRET}x`],
      ['', 'lastu', NOW, SECRET],
      [`${token}.x`, 'lastu', NOW, SECRET],
      [12345, 'lastu', NOW, SECRET],
      [['a'], 'lastu', NOW, SECRET],
    ] as const)
      expect(isValidFormToken(bad, merchant, now, secret), String(bad)).toBe(
        false,
      );
  });
});

describe('resend tokens (“send the email again”)', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const token = issueResendToken('lastu', id, NOW, SECRET);

  it('name their request, for this merchant, within a day', () => {
    expect(resendRequestId(token, 'lastu', NOW, SECRET)).toBe(id);
    expect(
      resendRequestId(token, 'lastu', later(FORM_TOKEN_TTL_SECONDS), SECRET),
    ).toBe(id);
    // A request id, not the shopper: nothing in it is personal data.
    expect(token).toMatch(/^0f8fad5b-[\w-]+\.\d+\.[\w-]{43}$/);
  });

  it('refuse expired, tampered, foreign and malformed tokens', () => {
    const [, issued, sig = ''] = token.split('.');
    const other = '1f8fad5b-d9cb-469f-a165-70867728950e';
    for (const [bad, merchant, now] of [
      [token, 'lastu', later(FORM_TOKEN_TTL_SECONDS + 1)],
      [token, 'other-shop', NOW],
      [`${other}.${issued}.${sig}`, 'lastu', NOW],
      [`${id}.${Number(issued) + 1}.${sig}`, 'lastu', NOW],
      [issueFormToken('lastu', NOW, SECRET), 'lastu', NOW],
      ['', 'lastu', NOW],
      [undefined, 'lastu', NOW],
    ] as const)
      expect(resendRequestId(bad, merchant, now, SECRET), String(bad)).toBe(
        undefined,
      );
  });
});

describe('checkSubmissionOrigin', () => {
  const merchant = {
    merchantId: 'lastu',
    embedOrigins: ['https://shop.lastu.example'],
  };
  const own = 'https://dsr.example';
  const check =
    (headers: Record<string, string>, body = {}) =>
    () =>
      checkSubmissionOrigin(event(headers), body, merchant, own, NOW, SECRET);
  const json = { 'content-type': 'application/json' };
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const formToken = issueFormToken('lastu', NOW, SECRET);

  it('lets JSON through from callers without Origin, our origin and the merchant’s', () => {
    expect(check(json)).not.toThrow();
    expect(check({ ...json, origin: own })).not.toThrow();
    expect(
      check({ ...json, origin: 'https://shop.lastu.example' }),
    ).not.toThrow();
  });

  it('refuses browsers on other sites', () => {
    for (const origin of [
      'https://evil.example',
      'http://shop.lastu.example',
      'https://shop.lastu.example.evil',
    ])
      expect(check({ ...json, origin })).toThrow(OriginNotAllowedError);
  });

  it('needs a valid form token on a form post, whoever sends it', () => {
    expect(check(form)).toThrow(FormTokenError);
    expect(check(form, { formToken: 'x' })).toThrow(FormTokenError);
    expect(check({ ...form, origin: own }, { formToken })).not.toThrow();
    expect(check(form, { formToken })).not.toThrow();
    expect(
      check({ ...form, origin: 'https://evil.example' }, { formToken }),
    ).toThrow(OriginNotAllowedError);
  });

  it('refuses `Origin: null` even with a valid token: any site can make a browser send it', () => {
    // A cross-site page with <meta name="referrer" content="no-referrer"> posting the form,
    // with a token its server fetched from our form page.
    expect(check({ ...form, origin: 'null' }, { formToken })).toThrow(
      OriginNotAllowedError,
    );
    expect(check({ ...json, origin: 'null' })).toThrow(
      /does not say which web site/,
    );
  });
});

describe('clientNetwork', () => {
  it('keeps IPv4 (also when mapped into IPv6) and folds IPv6 to its /64', () => {
    expect(clientNetwork('198.51.100.7')).toBe('198.51.100.7');
    expect(clientNetwork('::ffff:198.51.100.7')).toBe('198.51.100.7');
    for (const ip of [
      '2001:db8:1:2:3:4:5:6',
      '2001:db8:1:2::9',
      '2001:DB8:0001:0002:aaaa::1',
      '2001:db8:1:2::1.2.3.4',
    ])
      expect(clientNetwork(ip), ip).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('2001:db8:1:3::9')).not.toBe(
      clientNetwork('2001:db8:1:2::9'),
    );
  });
});

describe('clientKey', () => {
  it('gives every address of one IPv6 /64 the same key (one budget per host)', () => {
    const a = clientKey(event({}, '2001:db8:1:2::1'), SECRET);
    expect(clientKey(event({}, '2001:db8:1:2:ffff::77'), SECRET)).toBe(a);
    expect(clientKey(event({}, '2001:db8:1:3::1'), SECRET)).not.toBe(a);
  });

  it('is a keyed hash of the source IP: stable, distinct, never the address', () => {
    const a = clientKey(event({}), SECRET);
    expect(a).toBe(clientKey(event({}), SECRET));
    expect(a).not.toContain('198.51.100.7');
    expect(clientKey(event({}, '198.51.100.8'), SECRET)).not.toBe(a);
    expect(clientKey(event({}), `${SECRET}x`)).not.toBe(a);
  });
});

describe('intakeSecret', () => {
  it('is required inside Lambda and made once per process elsewhere', () => {
    expect(() =>
      intakeSecret({ AWS_LAMBDA_FUNCTION_NAME: 'SubmitRequest' }),
    ).toThrow(/INTAKE_SECRET/);
    const env: NodeJS.ProcessEnv = {};
    const made = intakeSecret(env);
    expect(made.length).toBeGreaterThanOrEqual(32);
    expect(intakeSecret(env)).toBe(made);
    expect(intakeSecret({ INTAKE_SECRET: SECRET })).toBe(SECRET);
  });
});

describe('intakeLimits', () => {
  it('reads the limits from the environment, 0 turning one off, and rejects junk', () => {
    expect(
      intakeLimits({
        INTAKE_LIMIT_PER_CLIENT: '0',
        INTAKE_LIMIT_PER_SUBJECT: '3',
      }),
    ).toEqual({
      perClient: { max: 0, windowSeconds: 3600 },
      perSubject: { max: 3, windowSeconds: 86400 },
    });
    expect(() => intakeLimits({ INTAKE_LIMIT_PER_CLIENT: '-1' })).toThrow(
      /INTAKE_LIMIT_PER_CLIENT/,
    );
  });
});
