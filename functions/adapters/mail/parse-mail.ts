/**
 * MIME parsing of an inbound message with `postal-mime` (small, from the authors of Nodemailer and mailparser:
 * RFC 5322 headers, RFC 2047 encoded words, multipart, quoted-printable and base64, charsets
 * through `TextDecoder`, an HTML-only message's text from its HTML). Attachments come back as
 * bytes; nothing here opens or renders them.
 *
 * A message past the parser's limits (parts nested too deep, too many parts, headers too large:
 * a message built to exhaust the function, never one a person wrote) is read as its header
 * block alone, with no text and no attachments; nothing here throws for what a sender sent.
 */
import { randomUUID } from 'node:crypto';
import PostalMime, {
  decodeWords,
  type Email,
  type Mailbox,
  type PostalMimeError,
  type PostalMimeOptions,
} from 'postal-mime';
import type { ParsedInbound } from '#ports/inbound-mail.ts';

/**
 * Bounds on what one message may make the parser do (its defaults are for archives: 256 levels,
 * 10,000 parts, 2 MiB of headers). Real mail nests a few levels (mixed › alternative › related,
 * a forward or two) and carries tens of parts and a few kilobytes of headers (a long
 * `Received`/`DKIM-Signature` chain stays well under 100 KB).
 */
export const PARSE_LIMITS = {
  maxNestingDepth: 32,
  maxPartCount: 1000,
  maxHeadersSize: 1024 * 1024,
  maxRfc822NestingDepth: 5,
  maxForwardedAddresses: 1000,
} as const satisfies PostalMimeOptions;

const OPTIONS: PostalMimeOptions = {
  ...PARSE_LIMITS,
  // A message/rfc822 part without a Content-Disposition (a message forwarded as a part) is an
  // attachment, kept for the merchant, as mailparser gave it: its words are not the writer's.
  rfc822Attachments: true,
};

const LIMIT_ERRORS = new Set<string>([
  'EMAXNESTINGDEPTH',
  'EMAXHEADERSIZE',
  'EMAXPARTCOUNT',
  'EMAXFORWARDEDADDRESSES',
]);

function overLimits(error: unknown): error is PostalMimeError {
  return LIMIT_ERRORS.has(String((error as Partial<PostalMimeError>)?.code));
}

/** A file name safe to show and to serve: no path, no control characters, at most 150 chars. */
function safeName(name: string | null | undefined, index: number): string {
  const base = (name ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/[\p{Cc}"<>|*?:]/gu, '_')
    .trim()
    .slice(0, 150);
  return base || `attachment-${index + 1}`;
}

/** `type/subtype; a=b; c="d e"` → its lower-case type and parameters (names lower-case, unquoted). */
function contentType(value: string): string {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted && c === '\\' && i + 1 < value.length) {
      current += value[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  const [type = '', ...params] = parts;
  return [
    type.trim().toLowerCase(),
    ...params.flatMap((p) => {
      const eq = p.indexOf('=');
      const name = p.slice(0, eq).trim().toLowerCase();
      return eq > 0 && name ? [`${name}="${p.slice(eq + 1).trim()}"`] : [];
    }),
  ].join('; ');
}

/** One address as mailparser wrote it, which the inbox's rules read: `"Name" <address>`. */
function mailboxText({ name, address }: Mailbox): string {
  if (!name) return address;
  return address ? `"${name}" <${address}>` : `"${name}"`;
}

/** The sender as one line (a group: `"Name": members;`). */
function fromText(from: Email['from']): string | undefined {
  if (!from) return undefined;
  const text =
    'group' in from && from.group
      ? `"${from.name}": ${from.group.map(mailboxText).join(', ')};`
      : mailboxText(from as Mailbox);
  return text.trim() || undefined;
}

function toParsed(email: Email, text: string, body: boolean): ParsedInbound {
  const headers: Record<string, string> = {};
  // The header lines as sent, unfolded: the first of each.
  for (const { key, line } of email.headerLines) {
    const name = key.trim().toLowerCase();
    if (name && !(name in headers))
      headers[name] = line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim();
  }
  // Content-Type with its parameters read (report-type, boundary…).
  if (headers['content-type'])
    headers['content-type'] = contentType(headers['content-type']);
  const from = fromText(email.from);
  return {
    headers,
    ...(from ? { from } : {}),
    // From the unfolded header, as mailparser gave it (postal-mime keeps a fold's tab).
    subject: headers.subject ? decodeWords(headers.subject) : '',
    text,
    attachments: body
      ? email.attachments.map((a, i) => {
          const content =
            typeof a.content === 'string'
              ? new TextEncoder().encode(a.content)
              : new Uint8Array(a.content);
          return {
            name: safeName(a.filename, i),
            contentType: a.mimeType || 'application/octet-stream',
            bytes: content.byteLength,
            content,
          };
        })
      : [],
  };
}

/** The bytes up to the first empty line: the message's header block. */
function headerBlock(raw: Uint8Array): Uint8Array {
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] !== 0x0a) continue;
    if (raw[i + 1] === 0x0a) return raw.subarray(0, i + 1);
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a)
      return raw.subarray(0, i + 1);
  }
  return raw;
}

/**
 * The text of an HTML-only message. postal-mime renders HTML as text only beside a plain part,
 * so the HTML goes through it again with an empty plain part before it: its converter (scripts,
 * styles and comments dropped, block tags to line breaks, links kept as ` (url) `, entities
 * decoded) rather than a second one of ours. Only this road reads the HTML entity table, which
 * the functions' build keeps in a file until its first lookup (infra/constructs/html-entities-file.mjs).
 */
async function htmlAsText(html: string): Promise<string> {
  // Random: a line of the sender's HTML must not close the part.
  const boundary = `html-as-text-${randomUUID()}`;
  const wrapped = [
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const { text } = await PostalMime.parse(wrapped, PARSE_LIMITS);
  return (text ?? '').trim();
}

export async function parseMail(raw: Uint8Array): Promise<ParsedInbound> {
  try {
    const email = await PostalMime.parse(raw, OPTIONS);
    const text = email.text ?? (email.html ? await htmlAsText(email.html) : '');
    return toParsed(email, text, true);
  } catch (error) {
    if (!overLimits(error)) throw error;
  }
  try {
    return toParsed(
      await PostalMime.parse(headerBlock(raw), OPTIONS),
      '',
      false,
    );
  } catch (error) {
    if (!overLimits(error)) throw error;
    return { headers: {}, subject: '', text: '', attachments: [] };
  }
}
