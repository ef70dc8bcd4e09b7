/**
 * Text a person typed (the shopper's name, order number and corrections, the merchant's reasons
 * and notes, a processor's note), placed in an email we send in the merchant's name. It must not
 * be able to add lines that look like the email's own ("Confirm here: https://…"), nor become a
 * link: in the plain-text part it is one line ({@link oneLine}) or a quoted block whose every
 * line starts with "> " ({@link quoted}); in the HTML part it is escaped and nothing in it can be
 * auto-linked by a mail client ({@link inert}, {@link inertBlock}).
 */
import { escapeHtml, SafeHtml } from './html.ts';

/** Every line break a mail client might render: CR, LF, VT, FF, NEL, LS, PS. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

const linesOf = (value: string) => value.split(LINE_BREAK);

/**
 * One line: the lines joined with ", " (an address reads "Isokatu 14, 90100 Oulu"), blank lines
 * dropped, each line's own trailing comma or semicolon not doubled.
 */
export function oneLine(value: string): string {
  return linesOf(value)
    .map((line) => line.trim().replace(/[,;]+$/, ''))
    .filter(Boolean)
    .join(', ');
}

/** A quoted block for the plain-text part: every line starts with "> " (a blank one with ">"). */
export function quoted(value: string): string {
  return linesOf(value.trim())
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

/**
 * A word a client could take for a link: it has a scheme, `www.`, an `@`, or a host name
 * (`evil.example/x`). Words are runs of escaped text without white space.
 */
const LINKISH = /[a-z][a-z0-9+.-]{0,31}:\/\/|www\.|@|[a-z0-9-]\.[a-z]{2,}/i;

/**
 * Escaped, with every separator of a link-like word (`:`, `/`, `.`, `@`) in an element of its
 * own: mail clients link URLs and addresses they find in one run of text, and here there is
 * none. The text reads and copies as typed.
 */
export function inert(value: string): SafeHtml {
  return new SafeHtml(
    escapeHtml(value).replace(/\S+/g, (word) =>
      LINKISH.test(word)
        ? word.replace(/[:/.@]/g, (c) => `<span>${c}</span>`)
        : word,
    ),
  );
}

/** A quoted block for the HTML part: the lines as typed, inert, in a `<blockquote>`. */
export function inertBlock(value: string): SafeHtml {
  return new SafeHtml(
    `<blockquote style="white-space:pre-wrap;border-left:3px solid #d0d4da;margin:0;padding-left:.75rem">${linesOf(
      value.trim(),
    )
      .map((line) => inert(line).value)
      .join('<br>')}</blockquote>`,
  );
}
