/**
 * Which supervisory authority a merchant configuration chooses, by the table's key (`FI`, `DE-BY`),
 * without the table's names and pages: the merchant configuration's validation runs in every
 * function (domain/schemas.ts), and only the texts that name the authority need the table
 * (supervisory-authorities.ts, which turns the key chosen here into the authority). The keys and
 * the hosts of the authorities' pages below are the table's: a unit test checks them against it.
 */
import { EEA_COUNTRIES } from './deadlines/supported-countries.ts';
import type { Locale } from './locales.ts';

/** Every country the table covers: the EU and EEA states (GDPR), the United Kingdom and Switzerland. */
export const AUTHORITY_COUNTRIES = [...EEA_COUNTRIES, 'GB', 'CH'] as const;

/** The German Länder, each with its own authority for businesses (§ 40 BDSG). */
const GERMAN_LAENDER = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

/** The keys of the authority table: the national ones, then the German Länder (§ 40 BDSG). */
export const AUTHORITY_CODES: readonly string[] = [
  ...AUTHORITY_COUNTRIES.filter((c) => c !== 'DE'),
  ...GERMAN_LAENDER.map((land) => `DE-${land}`),
];

/**
 * The host of every page of the table's authorities (without `www.`), to the key of the first
 * authority with a page there: a configuration written before the table named its authority by
 * URL (see {@link chooseAuthority}).
 */
export const AUTHORITY_HOSTS: Readonly<Record<string, string>> = {
  'data-protection-authority.gv.at': 'AT',
  'dsb.gv.at': 'AT',
  'dataprotectionauthority.be': 'BE',
  'datenschutzbehorde.be': 'BE',
  'autoriteprotectiondonnees.be': 'BE',
  'cpdp.bg': 'BG',
  'dataprotection.gov.cy': 'CY',
  'uoou.cz': 'CZ',
  'datatilsynet.dk': 'DK',
  'aki.ee': 'EE',
  'aepd.es': 'ES',
  'tietosuoja.fi': 'FI',
  'cnil.fr': 'FR',
  'dpa.gr': 'GR',
  'azop.hr': 'HR',
  'naih.hu': 'HU',
  'dataprotection.ie': 'IE',
  'garanteprivacy.it': 'IT',
  'vdai.lrv.lt': 'LT',
  'cnpd.public.lu': 'LU',
  'dvi.gov.lv': 'LV',
  'idpc.org.mt': 'MT',
  'autoriteitpersoonsgegevens.nl': 'NL',
  'uodo.gov.pl': 'PL',
  'cnpd.pt': 'PT',
  'dataprotection.ro': 'RO',
  'imy.se': 'SE',
  'ip-rs.si': 'SI',
  'dataprotection.gov.sk': 'SK',
  'personuvernd.is': 'IS',
  'datenschutzstelle.li': 'LI',
  'datatilsynet.no': 'NO',
  'ico.org.uk': 'GB',
  'edoeb.admin.ch': 'CH',
  'baden-wuerttemberg.datenschutz.de': 'DE-BW',
  'lda.bayern.de': 'DE-BY',
  'datenschutz-berlin.de': 'DE-BE',
  'lda.brandenburg.de': 'DE-BB',
  'datenschutz.bremen.de': 'DE-HB',
  'datenschutz-hamburg.de': 'DE-HH',
  'datenschutz.hessen.de': 'DE-HE',
  'datenschutz-mv.de': 'DE-MV',
  'lfd.niedersachsen.de': 'DE-NI',
  'ldi.nrw.de': 'DE-NW',
  'datenschutz.rlp.de': 'DE-RP',
  'datenschutz.saarland.de': 'DE-SL',
  'datenschutz.sachsen.de': 'DE-SN',
  'datenschutz.sachsen-anhalt.de': 'DE-ST',
  'datenschutzzentrum.de': 'DE-SH',
  'tlfdi.de': 'DE-TH',
};

const CODES = new Set(AUTHORITY_CODES);

/** Countries whose businesses are supervised per subdivision: the code must name one. */
export const SUBDIVIDED_COUNTRIES: Readonly<Record<string, readonly string[]>> =
  {
    DE: AUTHORITY_CODES.filter((c) => c.startsWith('DE-')).sort(),
  };

/**
 * An authority a merchant names itself, for a regime outside the table (a merchant outside the
 * EEA, the UK and Switzerland): one name and URL for every language, or per language. A language
 * it leaves out shows its English name (or the first one given), marked not official.
 */
export interface ConfiguredAuthority {
  name: string | Partial<Record<Locale, string>>;
  url: string | Partial<Record<Locale, string>>;
}

/** What of a merchant configuration chooses its authority (MerchantConfig's fields). */
export interface AuthoritySetting {
  /** The holiday calendar's country or subdivision (`FI`, `GB-ENG`, `US-CA`). */
  country: string;
  /** The country (German Land) of establishment for data protection; default `country`. */
  supervisoryAuthorityCountry?: string;
  /**
   * An authority outside the table by name and URL. Configurations written before the table
   * carried `{ name, url }` here for every merchant: see {@link chooseAuthority}.
   */
  supervisoryAuthority?: ConfiguredAuthority;
}

/** The table's key for a code, or why the code names no authority. */
export type AuthorityCodeLookup =
  | { code: string }
  | { problem: 'unknown' }
  | { problem: 'needs-subdivision'; subdivisions: readonly string[] };

/**
 * The table's key for a country or subdivision code as a merchant configuration gives it
 * (`FI`, `DE-BY`, `GB-ENG`, `fi-18`), or why there is none: a subdivision selects its country's
 * authority, except in Germany, where `DE` alone names none (supervisory-authorities.ts says why).
 */
export function lookupAuthorityCode(code: string): AuthorityCodeLookup {
  const upper = code.trim().toUpperCase();
  if (CODES.has(upper)) return { code: upper };
  const country = upper.slice(0, 2);
  const subdivisions = SUBDIVIDED_COUNTRIES[country];
  if (subdivisions) {
    return upper === country
      ? { problem: 'needs-subdivision', subdivisions }
      : { problem: 'unknown' };
  }
  return /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(upper) && CODES.has(country)
    ? { code: country }
    : { problem: 'unknown' };
}

/** The host of an https URL without `www.`, lower case; undefined if it is not a URL. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The key of the table's authority whose pages live on the host of `url`, if any. */
export function authorityCodeByUrl(url: string): string | undefined {
  const host = hostOf(url);
  return host === undefined ? undefined : AUTHORITY_HOSTS[host];
}

/** The authority a setting chooses: a key of the table, the merchant's own, or what is wrong. */
export type AuthorityChoice =
  | { code: string }
  | { configured: ConfiguredAuthority }
  | { problem: string; path: keyof AuthoritySetting };

/**
 * The merchant's authority, in this order:
 * 1. `supervisoryAuthorityCountry`, which must be in the table;
 * 2. a configured `supervisoryAuthority` whose URL is on a table authority's site: that
 *    authority (a configuration written before the table, e.g. `{ name: 'BayLDA',
 *    url: 'https://www.lda.bayern.de/…' }` with `country: 'DE'`, keeps its authority and gains
 *    its names in every language);
 * 3. `country` where it is in the table (a configured `supervisoryAuthority` is then ignored:
 *    the table names the authority in every language, which the old English-only field did not);
 * 4. the configured `supervisoryAuthority` for a country outside the table.
 */
export function chooseAuthority(setting: AuthoritySetting): AuthorityChoice {
  const describe = (code: string, found: AuthorityCodeLookup) =>
    'subdivisions' in found
      ? `${code}: give the Land whose authority supervises the merchant (one of ${found.subdivisions.join(', ')}); for a business it is the Land of its establishment (§ 40 BDSG)`
      : `no supervisory authority is known for ${code} (the table covers ${AUTHORITY_COUNTRIES.join(', ')}); outside it, give supervisoryAuthority { name, url }`;
  if (setting.supervisoryAuthorityCountry) {
    const found = lookupAuthorityCode(setting.supervisoryAuthorityCountry);
    return 'code' in found
      ? found
      : {
          problem: describe(setting.supervisoryAuthorityCountry, found),
          path: 'supervisoryAuthorityCountry',
        };
  }
  const configured = setting.supervisoryAuthority;
  const legacy = configured
    ? authorityCodeByUrl(
        typeof configured.url === 'string'
          ? configured.url
          : (Object.values(configured.url)[0] ?? ''),
      )
    : undefined;
  if (legacy) return { code: legacy };
  const found = lookupAuthorityCode(setting.country ?? '');
  if ('code' in found) return found;
  if (configured) return { configured };
  return {
    problem: describe(setting.country, found),
    path: 'subdivisions' in found ? 'supervisoryAuthorityCountry' : 'country',
  };
}
