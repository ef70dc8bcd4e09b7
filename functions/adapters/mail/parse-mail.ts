/**
 * MIME parsing of an inbound message with `mailparser` (Nodemailer's parser: RFC 5322 headers,
 * RFC 2047 encoded words, multipart, charsets, quoted-printable and base64). Attachments come
 * back as bytes; nothing here opens or renders them.
 */
import { simpleParser } from 'mailparser';
import type { ParsedInbound } from '#ports/inbound-mail.ts';

/** Header names and values as plain text (the first value of a repeated header). */
function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return headerText(value[0]);
  if (value && typeof value === 'object') {
    const v = value as {
      text?: string;
      value?: unknown;
      params?: Record<string, string>;
    };
    if (typeof v.text === 'string') return v.text;
    if (typeof v.value === 'string') {
      const params = Object.entries(v.params ?? {})
        .map(([k, p]) => `; ${k}="${p}"`)
        .join('');
      return `${v.value}${params}`;
    }
  }
  return String(value ?? '');
}

/** A file name safe to show and to serve: no path, no control characters, at most 150 chars. */
function safeName(name: string | undefined, index: number): string {
  const base = (name ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/[\p{Cc}"<>|*?:]/gu, '_')
    .trim()
    .slice(0, 150);
  return base || `attachment-${index + 1}`;
}

export async function parseMail(raw: Uint8Array): Promise<ParsedInbound> {
  const parsed = await simpleParser(Buffer.from(raw), {
    skipImageLinks: true,
    skipTextLinks: true,
  });
  const headers: Record<string, string> = {};
  // The header lines as sent (mailparser folds List-* into one `list` object): the first of each.
  for (const { key, line } of parsed.headerLines) {
    const name = key.toLowerCase();
    if (!(name in headers))
      headers[name] = line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim();
  }
  // Content-Type with its parameters, as the parser read it (report-type, boundary…).
  const type = parsed.headers.get('content-type');
  if (type) headers['content-type'] = headerText(type);
  return {
    headers,
    ...(parsed.from?.text ? { from: parsed.from.text } : {}),
    subject: parsed.subject ?? '',
    text: parsed.text ?? (typeof parsed.html === 'string' ? '' : ''),
    attachments: parsed.attachments.map((a, i) => ({
      name: safeName(a.filename, i),
      contentType: a.contentType || 'application/octet-stream',
      bytes: a.size,
      content: new Uint8Array(a.content),
    })),
  };
}
