/**
 * Text a merchant configures that a shopper reads in their own language: one text for every
 * language (a proper name such as "Shopify", a statute), or one per supported language, all of
 * them (a document in a language the configuration lacks would otherwise fall back to English,
 * which is the defect this type exists to prevent). The schema (schemas.ts) refuses a record
 * that leaves a language out.
 */
import { type Locale, SUPPORTED_LOCALES } from './locales.ts';

export type LocalizedText = string | Readonly<Record<Locale, string>>;

/**
 * The text in `locale`.
 * @example textIn({ en: 'shipping', fi: 'kuljetus', … }, 'fi') // 'kuljetus'
 */
export function textIn(value: LocalizedText, locale: Locale): string {
  return typeof value === 'string' ? value : value[locale];
}

/** Every language's text (one entry per supported locale, the same text for a plain string). */
export function everyText(value: LocalizedText): Record<Locale, string> {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((l) => [l, textIn(value, l)]),
  ) as Record<Locale, string>;
}
