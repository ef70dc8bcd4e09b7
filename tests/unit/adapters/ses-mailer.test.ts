/**
 * The From header SES gets: the shop's name as the display name, safely written (RFC 5322
 * atoms or quoted-string, RFC 2047 encoded words for non-ASCII names, never a line break). And
 * the refusals only an operator can fix become MailRefusedError (reason and remedy, never the
 * recipient SES's message quotes); throttling and 5xx pass through as they are, to be retried.
 */
import type { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { fromHeader, SesMailer } from '#adapters/aws/ses-mailer.ts';
import { MailRefusedError } from '#ports/mailer.ts';

const FROM = 'privacy-requests@dsr.example';

/** An RFC 2047 B-encoded word, decoded. */
const decodeWords = (header: string) =>
  header.replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=\s?/g, (_, b64: string) =>
    Buffer.from(b64, 'base64').toString('utf8'),
  );

describe('fromHeader', () => {
  it('puts the shop’s name before the address', () => {
    expect(fromHeader(FROM, 'Lastu')).toBe(`Lastu <${FROM}>`);
    expect(fromHeader(FROM, 'Kahvila Kuppi')).toBe(`Kahvila Kuppi <${FROM}>`);
    expect(fromHeader(FROM)).toBe(FROM);
    expect(fromHeader(FROM, '  ')).toBe(FROM);
  });

  it('quotes names with specials, escaping quotes and backslashes', () => {
    expect(fromHeader(FROM, 'Smith & Sons, Ltd.')).toBe(
      `"Smith & Sons, Ltd." <${FROM}>`,
    );
    expect(fromHeader(FROM, 'The "Best" \\ Shop')).toBe(
      `"The \\"Best\\" \\\\ Shop" <${FROM}>`,
    );
    expect(fromHeader(FROM, 'Evil <attacker@x.example>')).toBe(
      `"Evil <attacker@x.example>" <${FROM}>`,
    );
  });

  it('encodes a non-ASCII name as RFC 2047 words of at most 75 characters', () => {
    const name =
      'Kahvila Äijä & Söpö Ääriviiva Öljyvärimaalaus Oy – Pääkonttori';
    const header = fromHeader(FROM, name);
    expect(header).toMatch(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= ?)+ <[^>]+>$/);
    for (const word of header.split(' <')[0]?.split(' ') ?? [])
      expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(header.split(' <')[0] ?? '')).toBe(name);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });

  it('never lets a line break, control or bidi character through (no header injection)', () => {
    const header = fromHeader(
      FROM,
      'Lastu\r\nBcc: victim@x.example\u202e\u0000',
    );
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).toBe(`"Lastu Bcc: victim@x.example" <${FROM}>`);
  });

  it('uses the address of a configured sender that already has a name', () => {
    expect(fromHeader(`Old Name <${FROM}>`, 'Lastu')).toBe(`Lastu <${FROM}>`);
  });
});

describe('SesMailer', () => {
  it('sends with the shop’s name as the display name and the configured address', async () => {
    const sent: SendEmailCommand[] = [];
    const ses = {
      send: async (command: SendEmailCommand) => {
        sent.push(command);
        return { MessageId: 'm-1' };
      },
    } as unknown as SESv2Client;
    const mailer = new SesMailer(ses, FROM);
    await mailer.send({
      to: ['aino@example.com'],
      subject: 's',
      text: 't',
      html: '<p>h</p>',
      fromName: 'Lastu',
    });
    expect(sent[0]?.input).toMatchObject({
      FromEmailAddress: `Lastu <${FROM}>`,
    });
  });
});

const email = {
  to: ['shopper@example.org'],
  subject: 'Confirm',
  text: 'text',
  html: '<p>html</p>',
};

/** A client whose every send fails with an SDK-shaped error. */
const failing = (name: string, message: string, status = 400) =>
  ({
    send: async () => {
      throw Object.assign(new Error(message), {
        name,
        $metadata: { httpStatusCode: status },
      });
    },
  }) as unknown as SESv2Client;

describe('SesMailer refusals', () => {
  it.each([
    [
      'AccessDeniedException',
      "User is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:eu-north-1:1:identity/shopper@example.org'",
      'not-authorized',
      403,
    ],
    [
      'MessageRejected',
      'Email address is not verified. The following identities failed the check in region EU-NORTH-1: shopper@example.org',
      'not-verified',
      400,
    ],
    [
      'MailFromDomainNotVerifiedException',
      'not verified',
      'sender-not-verified',
      400,
    ],
    ['SendingPausedException', 'paused', 'sending-paused', 400],
  ])(
    'maps %s to a refusal that says what to fix, without the recipient',
    async (name, message, reason, status) => {
      // Act
      const sent = new SesMailer(
        failing(name, message, status),
        'p@x.example',
      ).send(email);
      // Assess
      const error = await sent.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailRefusedError);
      expect(error).toMatchObject({ reason, serviceError: name });
      expect(String((error as Error).message)).not.toContain(
        'shopper@example.org',
      );
    },
  );

  it('lets throttling through as it is, for the caller to retry', async () => {
    const sent = new SesMailer(
      failing(
        'TooManyRequestsException',
        'Maximum sending rate exceeded.',
        429,
      ),
      'p@x.example',
    ).send(email);
    await expect(sent).rejects.toMatchObject({
      name: 'TooManyRequestsException',
    });
  });
});
