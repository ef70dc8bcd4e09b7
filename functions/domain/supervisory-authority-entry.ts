/** The shape of a supervisory authority entry (supervisory-authorities.ts has the API). */
import type { Locale } from './locales.ts';

/** An authority's name in one language. */
export interface AuthorityName {
  text: string;
  /**
   * True: the authority uses this name in this language (its own site, its statute, or for a
   * merchant-supplied authority: the merchant's words). False: the authority publishes no name in
   * this language and this is a faithful description; {@link SupervisoryAuthority.native} has
   * the name it uses.
   */
  official: boolean;
}

/** Which law the authority applies to a shop, and so which complaint rights a message states. */
export type AuthorityLaw = 'GDPR' | 'UK-GDPR' | 'FADP' | 'other';

export interface SupervisoryAuthority {
  /** Where it was found: the table key (`FI`, `DE-BY`), or `merchant` for a configured one. */
  code: string;
  /** ISO 3166-1 alpha-2 of its state; undefined for a merchant-supplied authority. */
  country?: string;
  law: AuthorityLaw;
  /** Its name in its own (first) language, as it writes it, with that language's BCP 47 tag. */
  native: { text: string; lang: string };
  /** The short form the authority uses (`IMY`, `CNIL`, `BayLDA`), if any. */
  abbreviation?: string;
  names: Record<Locale, AuthorityName>;
  /**
   * Home page per language where the authority has pages in that language; `default` for the
   * others: its English pages where it has them, else its home page.
   */
  urls: { default: string } & Partial<Record<Locale, string>>;
}

/** An entry of the table: a {@link SupervisoryAuthority} without its key. */
export type AuthorityEntry = Omit<SupervisoryAuthority, 'code'>;

/** Name helpers for the tables: the authority's own name, and a description of ours. */
export const official = (text: string): AuthorityName => ({
  text,
  official: true,
});
export const descriptive = (text: string): AuthorityName => ({
  text,
  official: false,
});
