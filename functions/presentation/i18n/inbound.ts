/**
 * Words of the merchant's notices about requests that came by another door than the form (a
 * message to the privacy inbox, a Shopify compliance webhook) and about mail of ours that
 * bounced (presentation/inbound-emails.ts). In every supported locale.
 */
import { perLocale } from './lazy.ts';

/** How the request reached the shop, as the notice names it. */
export type InboundDoor = 'email' | 'shopify';

export interface InboundMessages {
  subject: (door: InboundDoor, reference: string, pending: boolean) => string;
  arrived: (door: InboundDoor, reference: string) => string;
  from: string;
  asks: string;
  due: (date: string) => string;
  typed: (percent: number) => string;
  linkSent: string;
  attested: string;
  pending: (guess: string | undefined) => string;
  spam: string;
  spoofed: string;
  nothingSent: string;
  open: string;
  attachments: (n: number) => string;
  bounceSubject: (reference: string) => string;
  bounce: (what: string, reference: string) => string;
  bounceWhat: Record<string, string>;
  bounceAdvice: string;
  complaint: (reference: string) => string;
}

const door: Record<InboundDoor, string> = {
  email: 'by email',
  shopify: 'from Shopify admin',
};

const en: InboundMessages = {
  subject: (d, r, p) =>
    p
      ? `Privacy request ${door[d]}: please confirm its type (${r})`
      : `New privacy request ${door[d]} (${r})`,
  arrived: (d, r) => `A privacy request reached you ${door[d]}: ${r}.`,
  from: 'From',
  asks: 'Asks for',
  due: (date) =>
    `The legal deadline counts from the day it arrived: answer by ${date}.`,
  typed: (p) => `recognised from its words (${p}% sure)`,
  linkSent:
    'The sender has been emailed a link to confirm their address; the request goes on as one from the form.',
  attested:
    'Shopify admin acted for the shop, so no confirmation link is sent; the request goes on to your decision.',
  pending: (g) =>
    g
      ? `We could not tell for sure which right it asks for (our best guess: ${g}).`
      : 'We could not tell which right it asks for.',
  spam: 'SES marked the message as spam.',
  spoofed:
    'The sender could not be authenticated (SPF and DKIM both failed): the address may be forged.',
  nothingSent:
    'It waits for you: open it in the console and confirm the type. Until then nothing is sent to the sender.',
  open: 'Open the request',
  attachments: (n) =>
    `${n} attachment${n === 1 ? '' : 's'}, kept unopened with the request.`,
  bounceSubject: (r) => `Our email about request ${r} could not be delivered`,
  bounce: (w, r) =>
    `The ${w} for request ${r} could not be delivered to the address the shopper gave.`,
  bounceWhat: {
    verification: 'confirmation link',
    result: 'result',
    other: 'email',
  },
  bounceAdvice:
    'The shopper may have mistyped their address. The request is flagged in the console; reach them another way if you can.',
  complaint: (r) =>
    `The recipient of our email about request ${r} marked it as spam. No more email is sent to that address.`,
};

/**
 * English here; the other languages in inbound/, each loaded when first read (lazy.ts). A notice
 * is in its shop's language, so a container of ReceiveInboundMail or ProcessShopifyWebhook reads
 * the language of the shops whose requests it receives, and never the languages no shop of its
 * requests reads.
 */
export const INBOUND_MESSAGES = /* @__PURE__ */ perLocale<InboundMessages>(
  'inbound',
  en,
);
