/**
 * The emails' words to the shopper and the merchant (to a processor: ../processor-mail.ts), a
 * family of their own so a function that renders only pages does not load them, nor one that
 * only sends email the pages' words (pages/index.ts). Both read the shared catalogue (../index.ts) for what
 * they have in common: dates, the rights' names, corrections, legal holds, the request's rows.
 */
import type { Locale } from '#domain/locales.ts';
import { perLocale } from '../lazy.ts';
import { en } from './en.ts';
import type { EmailMessages } from './messages.ts';

export type { EmailMessages, WaitingOn } from './messages.ts';

/** English at hand; each other language read from its module when first needed (../lazy.ts). */
export const EMAIL_MESSAGES = /* @__PURE__ */ perLocale<EmailMessages>(
  'emails',
  en,
);

export const emailMessages = (locale: Locale): EmailMessages =>
  EMAIL_MESSAGES[locale];
