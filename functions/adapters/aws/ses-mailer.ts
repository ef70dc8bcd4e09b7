import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { tagValue } from '#domain/inbound/mail-events.ts';
import {
  type Mailer,
  type MailRefusal,
  MailRefusedError,
  type OutboundEmail,
} from '#ports/mailer.ts';
import { isTransient } from '#shared/task-errors.ts';

/**
 * SES refusals that only an operator can fix, by error name (SES API v2 Reference, SendEmail,
 * "Errors"; AccessDeniedException comes from IAM). Their messages can quote recipients, so only
 * the name travels on.
 */
function refusal(error: Error): MailRefusal | undefined {
  switch (error.name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
      return 'not-authorized';
    case 'MailFromDomainNotVerifiedException':
    case 'NotFoundException':
      return 'sender-not-verified';
    case 'AccountSuspendedException':
    case 'SendingPausedException':
      return 'sending-paused';
    case 'MessageRejected':
      // "Email address is not verified. The following identities failed the check…" (sandbox).
      return /not verified/i.test(error.message) ? 'not-verified' : 'rejected';
    default:
      return undefined;
  }
}

/** The longest display name kept (the shop's name; a From line should stay short). */
const MAX_DISPLAY_NAME = 64;
/** RFC 5322 `atext`: a display name made of these words (and spaces) needs no quoting. */
const ATOMS =
  /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+( [A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/;
/** Control characters, line and paragraph separators, and bidi controls (spoofing): dropped. */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Bytes of UTF-8 per RFC 2047 encoded word: 45 bytes make 60 base64 characters, within 75. */
const WORD_BYTES = 45;

/**
 * The From header value: `name <address>`, or the bare address when there is no name.
 * `address` may already carry a name (`X <a@b>`): its address part is used. The name loses line
 * breaks, other control characters and bidi controls (no header injection, no spoofing) and is written as RFC 5322 atoms, a
 * quoted-string, or, when it is not ASCII, RFC 2047 encoded words (`=?UTF-8?B?…?=`), which SES
 * requires for a non-ASCII "friendly from" name.
 * @example fromHeader('privacy@example.com', 'Lastu') // 'Lastu <privacy@example.com>'
 */
export function fromHeader(address: string, name?: string): string {
  const bare = /<([^<>]+)>\s*$/.exec(address)?.[1]?.trim() ?? address.trim();
  const clean = [...(name ?? '')]
    .map((c) => (CONTROL.test(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const display = [...clean].slice(0, MAX_DISPLAY_NAME).join('').trim();
  if (!display) return bare;
  if (ATOMS.test(display)) return `${display} <${bare}>`;
  // Printable ASCII (0x20–0x7e): a quoted-string, with `\` and `"` escaped.
  if (/^[\x20-\x7e]+$/.test(display))
    return `"${display.replace(/[\\"]/g, (c) => `\\${c}`)}" <${bare}>`;
  return `${encodedWords(display)} <${bare}>`;
}

/** RFC 2047 B-encoded words, split between characters so no word passes 75 characters. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const c of text) {
    if (Buffer.byteLength(chunk + c, 'utf8') > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += c;
  }
  if (chunk) words.push(chunk);
  return words
    .map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`)
    .join(' ');
}

/** {@link Mailer} on SES v2. Messages carry no tracking, so emailed links are never rewritten. */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
    /** The configuration set whose event destination reports each email's fate. */
    private readonly configurationSet?: string,
  ) {}

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    try {
      const out = await this.ses.send(
        new SendEmailCommand({
          // The shop's name as the sender's display name; the address (what IAM's
          // ses:FromAddress condition checks) stays the configured one.
          FromEmailAddress: fromHeader(this.from, email.fromName),
          Destination: { ToAddresses: email.to },
          ReplyToAddresses: email.replyTo ? [email.replyTo] : undefined,
          ConfigurationSetName: this.configurationSet,
          EmailTags: email.tags && [
            { Name: 'requestId', Value: tagValue(email.tags.requestId) },
            { Name: 'purpose', Value: tagValue(email.tags.purpose) },
          ],
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: email.text, Charset: 'UTF-8' },
                Html: { Data: email.html, Charset: 'UTF-8' },
              },
            },
          },
        }),
      );
      return { messageId: out.MessageId ?? '' };
    } catch (error) {
      const reason =
        error instanceof Error && !isTransient(error)
          ? refusal(error)
          : undefined;
      if (reason) throw new MailRefusedError(reason, (error as Error).name);
      throw error;
    }
  }
}
