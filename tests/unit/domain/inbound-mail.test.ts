import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  automatedBecause,
  readInbound,
} from '../../../functions/domain/inbound/inbound-mail.ts';
import { merchantMustKnow } from '../../../functions/domain/inbound/mail-events.ts';
import { shopifySignatureValid } from '../../../functions/domain/inbound/shopify-webhooks.ts';

const message = (headers: Record<string, string>, from = 'a@example.com') => ({
  headers,
  from,
  subject: 'Delete my account',
  text: 'Please delete my account and all my personal data.',
  attachments: [],
});

describe('automatedBecause', () => {
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'auto-reply'],
    [{ 'auto-submitted': 'auto-generated' }, 'auto-reply'],
    [{ 'x-auto-response-suppress': 'All' }, 'auto-reply'],
    [
      {
        'content-type':
          'multipart/report; report-type=delivery-status; boundary="b"',
      },
      'bounce',
    ],
    [{ 'return-path': '<>' }, 'bounce'],
    [{ 'list-id': '<news.example.com>' }, 'mailing-list'],
    [{ 'list-unsubscribe': '<mailto:u@example.com>' }, 'mailing-list'],
    [{ precedence: 'bulk' }, 'bulk'],
  ])('reads %o as %s', (headers, why) => {
    expect(automatedBecause(message(headers))).toBe(why);
  });

  it('takes Auto-Submitted: no and a daemon sender as they are', () => {
    expect(
      automatedBecause(message({ 'auto-submitted': 'no' })),
    ).toBeUndefined();
    expect(automatedBecause(message({}, 'MAILER-DAEMON@example.com'))).toBe(
      'bounce',
    );
    // The address, not the display name before it.
    expect(
      automatedBecause(
        message({}, '"Mail Delivery Subsystem" <mailer-daemon@example.com>'),
      ),
    ).toBe('bounce');
    expect(
      automatedBecause(message({}, '"noreply@example.com" <aino@example.com>')),
    ).toBeUndefined();
  });
});

describe('the sender of an emailed request', () => {
  it('is the address in angle brackets, never an address written as the display name', () => {
    const from = (f: string) =>
      (readInbound({ ...message({}), from: f }, {}, 'en') as { email?: string })
        .email;
    expect(from('"victim@example.org" <attacker@example.net>')).toBe(
      'attacker@example.net',
    );
    expect(from('victim@example.org <attacker@example.net>')).toBe(
      'attacker@example.net',
    );
    expect(from('"<victim@example.org>" <attacker@example.net>')).toBe(
      'attacker@example.net',
    );
    expect(from('Aino Virtanen <Aino.Virtanen@example.com>')).toBe(
      'aino.virtanen@example.com',
    );
    expect(from('aino@example.com')).toBe('aino@example.com');
  });
});

describe('readInbound', () => {
  it('deletes a message SES found a virus in', () => {
    expect(readInbound(message({}), { virus: 'FAIL' }, 'en')).toEqual({
      ignored: 'virus',
    });
  });

  it('leaves a clear request to the merchant when it is spam or its sender is not authenticated', () => {
    const spam = readInbound(message({}), { spam: 'FAIL' }, 'en');
    const forged = readInbound(
      message({}),
      { spf: 'FAIL', dkim: 'FAIL' },
      'en',
    );
    const clean = readInbound(message({}), { spf: 'PASS', dkim: 'FAIL' }, 'en');
    expect(spam).toMatchObject({ confirmBecause: 'spam' });
    expect(spam).not.toHaveProperty('typed');
    expect(forged).toMatchObject({ confirmBecause: 'spoofed' });
    expect(clean).toMatchObject({ typed: 'erasure' });
  });

  it('falls back to the merchant’s language when the words do not tell', () => {
    const r = readInbound(
      { ...message({}), subject: 'GDPR', text: 'Art. 17' },
      {},
      'fi',
    );
    expect(r).toMatchObject({ locale: 'fi' });
  });
});

describe('shopifySignatureValid', () => {
  const body = Buffer.from('{"shop_id":1,"shop_domain":"lastu.myshopify.com"}');
  const sign = (secret: string) =>
    createHmac('sha256', secret).update(body).digest('base64');

  it('accepts the base64 HMAC of the raw body under the secret and nothing else', () => {
    expect(shopifySignatureValid(body, sign('s3cret'), 's3cret')).toBe(true);
    expect(shopifySignatureValid(body, sign('other'), 's3cret')).toBe(false);
    expect(
      shopifySignatureValid(
        Buffer.concat([body, Buffer.from(' ')]),
        sign('s3cret'),
        's3cret',
      ),
    ).toBe(false);
    expect(shopifySignatureValid(body, undefined, 's3cret')).toBe(false);
    expect(shopifySignatureValid(body, '', 's3cret')).toBe(false);
    expect(shopifySignatureValid(body, 'not base64!', 's3cret')).toBe(false);
    expect(
      shopifySignatureValid(body, sign('s3cret').slice(0, 20), 's3cret'),
    ).toBe(false);
    expect(shopifySignatureValid(body, sign(''), '')).toBe(false);
  });
});

describe('merchantMustKnow', () => {
  it('tells of a hard bounce or reject of an email the shopper needed, and of every complaint', () => {
    const at = '2026-11-03T10:00:00Z';
    expect(
      merchantMustKnow({
        purpose: 'verification',
        fate: 'bounced',
        bounceType: 'Permanent',
        at,
      }),
    ).toBe('bounce');
    expect(
      merchantMustKnow({
        purpose: 'verification',
        fate: 'bounced',
        bounceType: 'Transient',
        at,
      }),
    ).toBeUndefined();
    expect(merchantMustKnow({ purpose: 'result', fate: 'rejected', at })).toBe(
      'bounce',
    );
    expect(
      merchantMustKnow({
        purpose: 'reminder',
        fate: 'bounced',
        bounceType: 'Permanent',
        at,
      }),
    ).toBeUndefined();
    expect(
      merchantMustKnow({ purpose: 'reminder', fate: 'complained', at }),
    ).toBe('complaint');
    expect(
      merchantMustKnow({ purpose: 'result', fate: 'delivered', at }),
    ).toBeUndefined();
  });
});
