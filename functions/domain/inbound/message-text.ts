/**
 * The words a person wrote in an email to the privacy inbox, apart from what came with them:
 * quoted replies (`>` lines, "On … wrote:" and the Outlook header block), signatures (`-- `,
 * "Sent from my iPhone") and, for a message the shop forwarded by hand, the forwarding note
 * above the original. A forwarded message's original sender is read from its header block, so
 * the request is the shopper's, not the shop's. Pure: no parsing library, the body is the text
 * part a MIME parser already decoded.
 */

/** Lines that start a forwarded message, in the five languages and the common mail clients. */
const FORWARD_MARKERS = [
  /^-{2,}\s*forwarded message\s*-{2,}$/i, // Gmail
  /^begin forwarded message:?$/i, // Apple Mail
  /^-{2,}\s*original message\s*-{2,}$/i, // Outlook (also replies; told apart below)
  /^-{2,}\s*välitetty viesti\s*-{2,}$/i,
  /^-{2,}\s*alkuperäinen viesti\s*-{2,}$/i,
  /^-{2,}\s*vidarebefordrat meddelande\s*-{2,}$/i,
  /^-{2,}\s*ursprungligt meddelande\s*-{2,}$/i,
  /^-{2,}\s*weitergeleitete nachricht\s*-{2,}$/i,
  /^-{2,}\s*ursprüngliche nachricht\s*-{2,}$/i,
  /^-{2,}\s*message transféré\s*-{2,}$/i,
  /^-{2,}\s*message d'origine\s*-{2,}$/i,
  /^début du message réexpédié\s*:?$/i, // Apple Mail in French
  /^(vidarebefordrat meddelande|välitetty viesti|weitergeleitete nachricht)\s*:?$/i,
];

/** Subject prefixes of a forward in the five languages (Fwd, FW, VS, VB, WG, TR). */
const FORWARD_SUBJECT = /^\s*(fwd?|vs|vb|wg|tr)\s*:/i;

/** A reply's quoted header: "On Mon, 3 Nov 2026, Aino <…> wrote:" and its translations. */
const REPLY_HEADERS = [
  /^on .{4,200} wrote:$/i,
  /^.{4,200} kirjoitti:?$/i,
  /^den .{4,200} skrev .{0,200}:?$/i,
  /^.{0,200}\bskrev:$/i,
  /^am .{4,200} schrieb .{0,200}:?$/i,
  /^le .{4,200} a écrit ?:$/i,
];

/** Header names in a forwarded or quoted block (Outlook writes them in the reader's language). */
const HEADER_FROM =
  /^\*?(from|lähettäjä|från|von|de|de la part de)\s*:\*?\s*(.+)$/i;
const HEADER_SUBJECT = /^\*?(subject|aihe|ämne|betreff|objet)\s*:\*?\s*(.+)$/i;
const HEADER_LINE =
  /^\*?(from|to|cc|sent|date|subject|lähettäjä|vastaanottaja|lähetetty|päivämäärä|aihe|från|till|skickat|datum|ämne|von|an|gesendet|betreff|de|à|envoyé|date|objet)\s*:/i;

/** Signature delimiters: the standard "-- " line and the phones' and clients' footers. */
const SIGNATURE_STARTS = [
  /^-- ?$/,
  /^(sent from|lähetetty|skickat från|von meinem|envoyé de) (my|minun|min|meinem|mon)? ?(iphone|ipad|android|samsung|mobile|puhelimesta|mobil|iphone-gerät)/i,
  /^get outlook for/i,
];

/** The text a person wrote, with what came from elsewhere set apart. */
export interface MessageText {
  /** The writer's own words: the request itself (forwarded: the original's words). */
  text: string;
  /** The subject line of the request (forwarded: the original's subject). */
  subject: string;
  /** Set when the shop forwarded the message by hand: the original sender as written in it. */
  forwardedFrom?: string;
}

const EMAIL_IN = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,}/i;

/** An address in angle brackets: the mailbox itself, after any display name (RFC 5322 3.4). */
const ANGLE_ADDR = /<\s*([^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,})\s*>/gi;

/**
 * The email address of a header value: the one in angle brackets when there is one ("Aino V
 * <aino@example.com>" → aino@example.com; the last, so a display name that is itself an address,
 * `"victim@example.org" <attacker@example.net>`, never stands for the sender), else the first
 * address in it (a bare `aino@example.com`).
 */
export function addressIn(value: string): string | undefined {
  const angled = [...value.matchAll(ANGLE_ADDR)].at(-1)?.[1];
  return (angled ?? EMAIL_IN.exec(value)?.[0])
    ?.toLowerCase()
    .replace(/[.]+$/, '');
}

function cutSignature(lines: string[]): string[] {
  const at = lines.findIndex((l) => SIGNATURE_STARTS.some((re) => re.test(l)));
  return at < 0 ? lines : lines.slice(0, at);
}

/** The writer's lines: quoted text, the reply header above it and the signature removed. */
function ownLines(lines: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('>')) continue;
    if (REPLY_HEADERS.some((re) => re.test(line))) break;
    // Outlook's reply block: "From: …" followed by other header lines, then the quoted mail.
    if (HEADER_FROM.test(line) && HEADER_LINE.test((lines[i + 1] ?? '').trim()))
      break;
    if (
      /^-{2,}\s*(original message|alkuperäinen viesti|ursprungligt meddelande|ursprüngliche nachricht|message d'origine)\s*-{2,}$/i.test(
        line,
      )
    )
      break;
    kept.push(lines[i] ?? '');
  }
  return cutSignature(kept);
}

/**
 * Splits a message into the writer's words. A forward (by its subject prefix or a forward
 * marker line) yields the original's sender, subject and text; the forwarding note is dropped.
 */
export function messageText(subject: string, body: string): MessageText {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const marker = lines.findIndex((l) =>
    FORWARD_MARKERS.some((re) => re.test(l.trim())),
  );
  const forwardedSubject = FORWARD_SUBJECT.test(subject);
  // An Outlook forward has no marker line, only the header block ("From: … Sent: …").
  const headerAt =
    marker >= 0
      ? marker + 1
      : forwardedSubject
        ? lines.findIndex(
            (l, i) =>
              HEADER_FROM.test(l.trim()) &&
              HEADER_LINE.test((lines[i + 1] ?? '').trim()),
          )
        : -1;
  const isForward =
    headerAt >= 0 &&
    (forwardedSubject ||
      (marker >= 0 &&
        !/original message|alkuperäinen|ursprung|d'origine/i.test(
          lines[marker] ?? '',
        )) ||
      // "-----Original Message-----" at the very top is a forward without a note.
      (marker >= 0 && lines.slice(0, marker).every((l) => !l.trim())));
  if (!isForward) {
    return {
      text: ownLines(lines).join('\n').trim(),
      subject: subject.trim(),
    };
  }
  let i = headerAt;
  let from: string | undefined;
  let originalSubject: string | undefined;
  // The header block: "Name: value" lines (Gmail may put a blank line before them).
  while (i < lines.length && !(lines[i] ?? '').trim()) i++;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim().replace(/^>\s?/, '');
    if (!line) break;
    if (!HEADER_LINE.test(line) && !/^[\w-]+:\s/.test(line)) break;
    const f = HEADER_FROM.exec(line);
    if (f && !from) from = addressIn(f[2] ?? '');
    const s = HEADER_SUBJECT.exec(line);
    if (s && originalSubject === undefined) originalSubject = s[2]?.trim();
    i++;
  }
  const rest = lines.slice(i).map((l) => l.replace(/^>\s?/, ''));
  return {
    text: ownLines(rest).join('\n').trim(),
    subject: (originalSubject ?? subject.replace(FORWARD_SUBJECT, '')).trim(),
    ...(from ? { forwardedFrom: from } : {}),
  };
}
