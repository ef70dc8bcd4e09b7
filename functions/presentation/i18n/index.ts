/**
 * The shared message catalogue (what emails and pages both say: messages.ts) and locale
 * negotiation. One module per locale, loaded when first read (lazy.ts). The emails' and the pages'
 * own words are families of their own: emails/index.ts, pages/index.ts.
 */
import { type Locale, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { en } from './en.ts';
import { perLocale } from './lazy.ts';
import type { Messages } from './messages.ts';

export type { Messages } from './messages.ts';
export type { Locale };

/** English at hand; each other language read from its module when first needed (lazy.ts). */
export const CATALOGUES = /* @__PURE__ */ perLocale<Messages>('messages', en);

export function isLocale(value: unknown): value is Locale {
  return (
    typeof value === 'string' &&
    (SUPPORTED_LOCALES as readonly string[]).includes(value)
  );
}

/** The first supported locale among the candidates (a tag like `fi-FI` counts as `fi`), else `en`. */
export function resolveLocale(...candidates: unknown[]): Locale {
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    const base = c.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** The best supported locale of an `Accept-Language` header, or undefined when none matches. */
export function fromAcceptLanguage(
  header: string | undefined,
): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        tag: tag.toLowerCase(),
        weight: Number.isFinite(weight) ? weight : 0,
        i,
      };
    })
    .filter((x) => x.tag && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}

export function messages(locale: unknown): Messages {
  return CATALOGUES[resolveLocale(locale)];
}

/** A date (ISO, date part used) written out in the locale's style, e.g. `15 April 2026`, `15.4.2026`. */
export function formatDate(isoDate: string, locale: unknown = 'en'): string {
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  const written = d.toLocaleDateString(messages(locale).dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // French writes the first of the month as an ordinal: "1er avril 2026".
  return resolveLocale(locale) === 'fr'
    ? written.replace(/^1 /, '1er ')
    : written;
}

/**
 * The colon between a label and what follows, as the language writes it: French puts a no-break
 * space before it ("Référence : 0A1B2C3D"), the others none.
 */
export const colon = (locale: unknown): string =>
  resolveLocale(locale) === 'fr' ? '\u00a0: ' : ': ';
