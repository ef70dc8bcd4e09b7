/**
 * The data protection supervisory authority a shopper is told of (Arts 12(4), 13(2)(d), 15(1)(f),
 * 77 GDPR) as data: one entry per EU/EEA state, the United Kingdom and Switzerland, and per German
 * Land (a file each, read one at a time: supervisory-authority-table.ts), each named in every
 * language the product speaks. A message names the authority through {@link authorityName} and
 * {@link authorityUrl} in the reader's language; it never writes a country's authority itself.
 *
 * Which authority: the one of the merchant's establishment, `supervisoryAuthorityCountry` in the
 * merchant configuration (default: its `country`). Under the GDPR the shopper may also complain
 * "in the Member State of his or her habitual residence, place of work or place of the alleged
 * infringement" (Art. 77(1)); {@link otherAuthoritiesUrl} gives the EDPB's list of all of them.
 * The UK GDPR and the Swiss FADP have one authority and no such choice.
 *
 * Subdivision codes (ISO 3166-2, as the merchant's `country` carries them for its holiday calendar:
 * `GB-ENG`, `ES-CT`, `FI-18`) select the national authority, except in Germany: there each Land
 * supervises the businesses established in it (§ 40 BDSG), so `DE` alone names no authority and
 * the configuration must give the Land (`DE-BY`). Spain's regional authorities (Catalonia, Basque
 * Country, Andalusia) supervise public bodies of their region only; a shop goes to the AEPD.
 */
import type { Locale } from './locales.ts';
import {
  AUTHORITY_CODES,
  type AuthorityCodeLookup,
  type AuthoritySetting,
  authorityCodeByUrl,
  type ConfiguredAuthority,
  chooseAuthority,
  lookupAuthorityCode,
} from './supervisory-authority-choice.ts';
import {
  type AuthorityName,
  descriptive,
  official,
  type SupervisoryAuthority,
} from './supervisory-authority-entry.ts';
import { tableAuthority } from './supervisory-authority-table.ts';

export {
  AUTHORITY_CODES,
  AUTHORITY_COUNTRIES,
  type AuthoritySetting,
  type ConfiguredAuthority,
  SUBDIVIDED_COUNTRIES,
} from './supervisory-authority-choice.ts';
export type {
  AuthorityEntry,
  AuthorityLaw,
  AuthorityName,
  SupervisoryAuthority,
} from './supervisory-authority-entry.ts';

/** Every authority in the table, national ones and German Länder, by key (reads every file). */
export function allAuthorities(): SupervisoryAuthority[] {
  return AUTHORITY_CODES.map((code) => tableAuthority(code));
}

/** Why a code names no authority: outside the table, or a subdivided country given whole. */
export type AuthorityLookup =
  | { authority: SupervisoryAuthority }
  | Exclude<AuthorityCodeLookup, { code: string }>;

/**
 * The authority for a country or subdivision code as a merchant configuration gives it
 * (`FI`, `DE-BY`, `GB-ENG`, `fi-18`), or why there is none.
 */
export function lookupAuthority(code: string): AuthorityLookup {
  const found = lookupAuthorityCode(code);
  return 'code' in found ? { authority: tableAuthority(found.code) } : found;
}

/**
 * The authority for a country or subdivision code (`FI`, `DE-BY`, `GB-ENG`); undefined outside
 * the table and for `DE` without its Land.
 * @example authorityName(authorityFor('FI')!, 'sv') // 'Dataombudsmannens byrå'
 */
export function authorityFor(code: string): SupervisoryAuthority | undefined {
  const found = lookupAuthority(code);
  return 'authority' in found ? found.authority : undefined;
}

/** The authority's name in `locale`: its own where it has one, else a faithful description. */
export function authorityName(
  authority: SupervisoryAuthority,
  locale: Locale,
): string {
  return authority.names[locale].text;
}

/** The authority's pages in `locale` where it has them, else its {@link SupervisoryAuthority.urls} default. */
export function authorityUrl(
  authority: SupervisoryAuthority,
  locale: Locale,
): string {
  return authority.urls[locale] ?? authority.urls.default;
}

/**
 * The EDPB's list of the EU/EEA supervisory authorities, in each language the EDPB site has it
 * (https://www.edpb.europa.eu/about-edpb/about-edpb/members_en; the site publishes its pages in
 * every EU language with the `_xx` suffix).
 */
export const EDPB_MEMBERS_URL: Readonly<Record<Locale, string>> = {
  en: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  fi: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_fi',
  sv: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_sv',
  de: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_de',
  fr: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_fr',
};

/**
 * Where a shopper finds the other authorities they may complain to (Art. 77(1) GDPR: where they
 * live or work, or where the infringement took place): the EDPB's list in `locale`. Undefined
 * where the law gives no such choice (UK GDPR, Swiss FADP, a merchant-supplied authority).
 */
export function otherAuthoritiesUrl(
  authority: SupervisoryAuthority,
  locale: Locale,
): string | undefined {
  return authority.law === 'GDPR' ? EDPB_MEMBERS_URL[locale] : undefined;
}

/** Every locale, complete by type (schemas.ts imports this module, so not SUPPORTED_LOCALES). */
const LOCALES = Object.keys(EDPB_MEMBERS_URL) as Locale[];

/** A {@link ConfiguredAuthority} as a {@link SupervisoryAuthority} (code `merchant`). */
export function configuredAuthority(
  configured: ConfiguredAuthority,
): SupervisoryAuthority {
  const perLocale = (value: ConfiguredAuthority['name']) =>
    typeof value === 'string'
      ? Object.fromEntries(LOCALES.map((l) => [l, value]))
      : value;
  const givenNames = perLocale(configured.name);
  const givenUrls = perLocale(configured.url);
  const first = (given: Partial<Record<Locale, string>>) =>
    given.en ?? LOCALES.map((l) => given[l]).find(Boolean) ?? '';
  const fallbackName = first(givenNames);
  const firstLang = givenNames.en
    ? 'en'
    : (LOCALES.find((l) => givenNames[l]) ?? 'en');
  return {
    code: 'merchant',
    law: 'other',
    native: { text: fallbackName, lang: firstLang },
    names: Object.fromEntries(
      LOCALES.map((l) => {
        const text = givenNames[l];
        return [l, text ? official(text) : descriptive(fallbackName)];
      }),
    ) as Record<Locale, AuthorityName>,
    urls: { ...givenUrls, default: first(givenUrls) },
  };
}

/** The table's authority whose pages live on the host of `url`, if any. */
export function authorityByUrl(url: string): SupervisoryAuthority | undefined {
  const code = authorityCodeByUrl(url);
  return code === undefined ? undefined : tableAuthority(code);
}

/** The authority of a setting, or what is wrong with the setting. */
export type AuthorityResolution =
  | { authority: SupervisoryAuthority }
  | { problem: string; path: keyof AuthoritySetting };

/** The merchant's authority as supervisory-authority-choice.ts chooses it, or what is wrong. */
export function resolveSupervisoryAuthority(
  setting: AuthoritySetting,
): AuthorityResolution {
  const choice = chooseAuthority(setting);
  if ('code' in choice) return { authority: tableAuthority(choice.code) };
  if ('configured' in choice)
    return { authority: configuredAuthority(choice.configured) };
  return choice;
}

/**
 * The merchant's supervisory authority: the one accessor every message, page and document uses.
 * A validated MerchantConfig always has one; a configuration that bypassed validation throws.
 * @example authorityName(supervisoryAuthorityOf(merchant), locale)
 */
export function supervisoryAuthorityOf(
  merchant: AuthoritySetting,
): SupervisoryAuthority {
  const resolved = resolveSupervisoryAuthority(merchant);
  if ('problem' in resolved) throw new Error(resolved.problem);
  return resolved.authority;
}
