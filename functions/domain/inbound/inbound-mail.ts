/**
 * A message that reached a merchant's privacy inbox (`<merchantId>@<inbound domain>`), as the
 * mail parser gave it, and what the request service makes of it: mail no person wrote (an
 * auto-reply, a bounce, a mailing list; RFC 3834 `Auto-Submitted`, RFC 2919 `List-Id`) is
 * ignored; SES's verdicts are kept; the sender (a hand-forwarded message: its original sender)
 * becomes the request's subject email and the words the request's type. Pure.
 */
import type { Locale } from '../locales.ts';
import type { RequestType } from '../request-kinds.ts';
import { type Classification, classifyRequest } from './classify.ts';
import { addressIn, messageText } from './message-text.ts';

/** SES's receipt verdicts (`receipt.spamVerdict.status` …); absent where SES gave none (locally). */
export type Verdict =
  | 'PASS'
  | 'FAIL'
  | 'GRAY'
  | 'PROCESSING_FAILED'
  | 'DISABLED';
export interface Verdicts {
  spam?: Verdict;
  virus?: Verdict;
  spf?: Verdict;
  dkim?: Verdict;
  dmarc?: Verdict;
}

/** One message SES received (its receipt event's `mail` and `receipt`, reduced). */
export interface ReceivedMessage {
  messageId: string;
  /** When SES received it (`mail.timestamp`): the request's receipt instant. */
  receivedAt: string;
  /** The envelope recipients (`receipt.recipients`). */
  recipients: string[];
  verdicts: Verdicts;
}

/** One attachment as the parser found it; its bytes are stored, never opened or rendered. */
export interface InboundAttachment {
  /** The name the sender gave it (sanitised), or `attachment-<n>`. */
  name: string;
  /** The type the sender declared: shown, never trusted. */
  contentType: string;
  bytes: number;
}

/** A parsed message (adapters/mail/parse-mail.ts builds it). */
export interface InboundMessage {
  /** Header names lower-case, values as text (the first of repeated headers). */
  headers: Record<string, string>;
  from?: string;
  subject: string;
  /** The text part (or the HTML part as text). */
  text: string;
  attachments: InboundAttachment[];
}

/** Most characters of the writer's words kept on the request (`details`, for the merchant). */
export const INBOUND_TEXT_MAX = 4000;

/** Why a message starts no request. */
export type IgnoredBecause =
  | 'auto-reply'
  | 'bounce'
  | 'mailing-list'
  | 'bulk'
  | 'virus'
  | 'no-sender';

const DAEMONS = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i;

/** Why a message was written by a machine, not a person; undefined when a person wrote it. */
export function automatedBecause(
  message: Pick<InboundMessage, 'headers' | 'from'>,
): IgnoredBecause | undefined {
  const h = message.headers;
  const auto = h['auto-submitted']?.trim().toLowerCase();
  if (auto && auto !== 'no') return 'auto-reply';
  // Exchange and older autoresponders that predate RFC 3834.
  if (h['x-autoreply'] || h['x-autorespond'] || h['x-auto-response-suppress'])
    return 'auto-reply';
  const type = h['content-type']?.toLowerCase() ?? '';
  if (
    type.includes('multipart/report') &&
    /report-type="?(delivery-status|disposition-notification)/.test(type)
  )
    return 'bounce';
  if (h['return-path']?.trim() === '<>') return 'bounce';
  // The sender's address, not the display name ("Mail Delivery Subsystem" <mailer-daemon@…>).
  const sender = message.from ? addressIn(message.from) : undefined;
  if (sender && DAEMONS.test(sender)) return 'bounce';
  if (h['list-id'] || h['list-unsubscribe'] || h['list-post'])
    return 'mailing-list';
  const precedence = h.precedence?.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk')
    return 'bulk';
  return undefined;
}

/** What the inbox makes of a message a person wrote. */
export interface InboundReading {
  /** The request's subject email: the sender, or a hand-forwarded message's original sender. */
  email: string;
  /** Set when the shop forwarded it by hand: the forwarder's address (not the subject's). */
  forwardedBy?: string;
  /** The request's subject line (a forward's: the original's). */
  subjectLine: string;
  /** The writer's own words, cut to INBOUND_TEXT_MAX. */
  text: string;
  classification: Classification;
  /** Start the flow without the merchant: a confident type and no spam verdict against it. */
  typed?: RequestType;
  /** The shopper's language: the words', else the merchant's. */
  locale: Locale;
  /** Why the merchant must confirm the type, when it must. */
  confirmBecause?: 'unclear' | 'spam' | 'spoofed';
}

/**
 * Reads a message a person wrote. Spam, or SPF and DKIM both failing (the sender may be forged:
 * a verification link would go to someone who never wrote), leaves the type to the merchant
 * however clear the words are.
 */
export function readInbound(
  message: InboundMessage,
  verdicts: Verdicts,
  merchantLocale: Locale,
): InboundReading | { ignored: IgnoredBecause } {
  if (verdicts.virus === 'FAIL') return { ignored: 'virus' };
  const automated = automatedBecause(message);
  if (automated) return { ignored: automated };
  const sender = message.from ? addressIn(message.from) : undefined;
  if (!sender) return { ignored: 'no-sender' };
  const words = messageText(message.subject, message.text);
  const classification = classifyRequest(words.subject, words.text);
  const confirmBecause =
    verdicts.spam === 'FAIL'
      ? 'spam'
      : verdicts.spf === 'FAIL' && verdicts.dkim === 'FAIL'
        ? 'spoofed'
        : classification.confident
          ? undefined
          : 'unclear';
  const spoken = classification.language;
  return {
    email: words.forwardedFrom ?? sender,
    ...(words.forwardedFrom && words.forwardedFrom !== sender
      ? { forwardedBy: sender }
      : {}),
    subjectLine: words.subject.slice(0, 300),
    text: words.text.slice(0, INBOUND_TEXT_MAX),
    classification,
    ...(confirmBecause === undefined && classification.type
      ? { typed: classification.type }
      : {}),
    locale: spoken ?? merchantLocale,
    ...(confirmBecause ? { confirmBecause } : {}),
  };
}

/** What a request that came by email keeps of its message (no content beyond the subject line). */
export interface InboundOrigin {
  /** SES's message id: the raw message is `inbound/<messageId>` in the inbound store. */
  messageId: string;
  subjectLine: string;
  forwardedBy?: string;
  attachments: (InboundAttachment & { key: string })[];
  verdicts: Verdicts;
  classification: {
    type?: RequestType;
    confidence: number;
    scores: Partial<Record<RequestType, number>>;
  };
  /** The merchant must confirm the type (the request waits, no link is sent) and why. */
  confirmBecause?: InboundReading['confirmBecause'];
  /** Set when a member confirmed (or changed) the type. */
  typeConfirmed?: { by: string; at: string };
}
