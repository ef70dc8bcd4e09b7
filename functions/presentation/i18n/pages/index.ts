/**
 * The pages' words (the form, the link pages, the status page, the error pages), a family of
 * their own so a function that only sends email does not load them, nor one that renders only
 * pages the emails' words (emails/index.ts). Both read the shared catalogue (../index.ts) for what
 * they have in common: dates, the rights' names, corrections, legal holds, the request's rows.
 */
import type { Locale } from '#domain/locales.ts';
import { perLocale } from '../lazy.ts';
import { en } from './en.ts';
import type { PageMessages } from './messages.ts';

export type { DecisionError, FormField, PageMessages } from './messages.ts';

/** English at hand; each other language read from its module when first needed (../lazy.ts). */
export const PAGE_MESSAGES = /* @__PURE__ */ perLocale<PageMessages>(
  'pages',
  en,
);

export const pageMessages = (locale: Locale): PageMessages =>
  PAGE_MESSAGES[locale];
