import { describe, expect, it } from 'vitest';
import { MerchantConfig, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import {
  allAuthorities,
  authorityByUrl,
  authorityFor,
  authorityName,
  authorityUrl,
  configuredAuthority,
  EDPB_MEMBERS_URL,
  lookupAuthority,
  otherAuthoritiesUrl,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { AUTHORITY_HOSTS } from '#domain/supervisory-authority-choice.ts';
import { loadSeed } from '#infra/seed/seed.ts';

// Written out here, not taken from the module: the table must cover exactly these.
const EU = [
  ...['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR'],
  ...['HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO'],
  ...['SE', 'SI', 'SK'],
];
const EEA_EFTA = ['IS', 'LI', 'NO'];
const LANDER = [
  ...['DE-BB', 'DE-BE', 'DE-BW', 'DE-BY', 'DE-HB', 'DE-HE', 'DE-HH', 'DE-MV'],
  ...['DE-NI', 'DE-NW', 'DE-RP', 'DE-SH', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-TH'],
];

describe('the table of supervisory authorities', () => {
  it('has an authority for every EU and EEA state, the UK and Switzerland', () => {
    expect(EU).toHaveLength(27);
    for (const code of [...EU.filter((c) => c !== 'DE'), ...EEA_EFTA]) {
      expect(authorityFor(code), code).toMatchObject({
        country: code,
        law: 'GDPR',
      });
    }
    expect(authorityFor('GB')).toMatchObject({ law: 'UK-GDPR' });
    expect(authorityFor('CH')).toMatchObject({ law: 'FADP' });
    for (const code of LANDER) {
      expect(authorityFor(code), code).toMatchObject({ country: 'DE' });
    }
    expect(allAuthorities().map((a) => a.code)).toHaveLength(
      EU.length - 1 + EEA_EFTA.length + 2 + LANDER.length,
    );
  });

  it('names every authority in every language and links it over https', () => {
    for (const authority of allAuthorities()) {
      for (const locale of SUPPORTED_LOCALES) {
        expect(
          authorityName(authority, locale).trim(),
          authority.code,
        ).not.toBe('');
        expect(authorityUrl(authority, locale), authority.code).toMatch(
          /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/,
        );
      }
      for (const url of Object.values(authority.urls)) {
        expect(new URL(url).protocol, authority.code).toBe('https:');
      }
      expect(authority.native.text, authority.code).not.toBe('');
    }
  });

  it('marks the name in the authority’s own language official', () => {
    for (const authority of allAuthorities()) {
      const own = SUPPORTED_LOCALES.find((l) =>
        authority.native.lang.startsWith(l),
      );
      if (own) {
        expect(authority.names[own], authority.code).toEqual({
          text: authority.native.text,
          official: true,
        });
      }
    }
  });

  it('keeps every authority on its own web host, so a URL identifies it', () => {
    const owner = new Map<string, string>();
    for (const authority of allAuthorities()) {
      for (const url of Object.values(authority.urls)) {
        const host = new URL(url).hostname.replace(/^www\./, '');
        expect(owner.get(host) ?? authority.code, host).toBe(authority.code);
        owner.set(host, authority.code);
      }
    }
  });

  it('is chosen by the web hosts the configuration check knows, which are exactly the table’s', () => {
    // The configuration check runs in every function without the table (supervisory-authority-choice.ts);
    // its keys are the table's files' names (supervisory-authority-data.test.ts).
    const hosts = Object.fromEntries(
      allAuthorities().flatMap((a) =>
        Object.values(a.urls).map((url) => [
          new URL(url).hostname.toLowerCase().replace(/^www\./, ''),
          a.code,
        ]),
      ),
    );
    expect(AUTHORITY_HOSTS).toEqual(hosts);
  });

  it('names the Finnish office in each language, with its page in that language', () => {
    const fi = authorityFor('FI');
    if (!fi) throw new Error('no FI');
    const read = (locale: (typeof SUPPORTED_LOCALES)[number]) => ({
      name: authorityName(fi, locale),
      official: fi.names[locale].official,
      url: authorityUrl(fi, locale),
    });
    expect(read('fi')).toEqual({
      name: 'Tietosuojavaltuutetun toimisto',
      official: true,
      url: 'https://tietosuoja.fi',
    });
    expect(read('sv')).toEqual({
      name: 'Dataombudsmannens byrå',
      official: true,
      url: 'https://tietosuoja.fi/sv',
    });
    expect(read('en')).toEqual({
      name: 'Office of the Data Protection Ombudsman',
      official: true,
      url: 'https://tietosuoja.fi/en',
    });
    // The office publishes nothing in German or French: a description, and its English pages.
    expect(read('de')).toEqual({
      name: 'Büro des Datenschutzbeauftragten (Finnland)',
      official: false,
      url: 'https://tietosuoja.fi/en',
    });
    expect(read('fr')).toMatchObject({
      official: false,
      url: 'https://tietosuoja.fi/en',
    });
    expect(read('fr').name).toContain('(Finlande)');
    expect(fi.native).toEqual({
      text: 'Tietosuojavaltuutetun toimisto',
      lang: 'fi',
    });
  });

  it('falls back to the default page where the authority has none in a language', () => {
    const se = authorityFor('SE');
    if (!se) throw new Error('no SE');
    expect(authorityUrl(se, 'sv')).toBe('https://www.imy.se');
    expect(authorityUrl(se, 'fi')).toBe('https://www.imy.se/en/');
    expect(se.names.fi.official).toBe(false);
    expect(authorityName(se, 'fi')).toContain('IMY');
  });

  it('chooses the German authority by Land, and refuses Germany as a whole', () => {
    expect(authorityFor('DE')).toBeUndefined();
    expect(lookupAuthority('DE')).toEqual({
      problem: 'needs-subdivision',
      subdivisions: LANDER,
    });
    const bavaria = authorityFor('DE-BY');
    expect(bavaria).toMatchObject({ abbreviation: 'BayLDA' });
    expect(bavaria && authorityName(bavaria, 'de')).toBe(
      'Bayerisches Landesamt für Datenschutzaufsicht',
    );
    expect(bavaria && authorityUrl(bavaria, 'en')).toBe(
      'https://www.lda.bayern.de/en/index.html',
    );
    const berlin = authorityFor('DE-BE');
    expect(berlin && authorityName(berlin, 'de')).toBe(
      'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    );
    expect(berlin && authorityName(berlin, 'sv')).toBe(
      'Dataskyddsmyndigheten i delstaten Berlin (BlnBDI)',
    );
    expect(authorityFor('DE-XX')).toBeUndefined();
  });

  it('reads a subdivision as its country elsewhere, and knows nothing outside the table', () => {
    expect(authorityFor('GB-ENG')?.code).toBe('GB');
    expect(authorityFor('GB-SCT')?.code).toBe('GB');
    expect(authorityFor('ES-CT')?.code).toBe('ES');
    expect(authorityFor('fi-18')?.code).toBe('FI');
    expect(authorityFor('fi')?.code).toBe('FI');
    for (const code of ['US-CA', 'US', 'BR', 'ZZ', '', 'FIN', 'FI-']) {
      expect(authorityFor(code), code).toBeUndefined();
    }
  });

  it('points to the other EEA authorities only where the GDPR gives that choice', () => {
    const fi = authorityFor('FI');
    if (!fi) throw new Error('no FI');
    for (const locale of SUPPORTED_LOCALES) {
      expect(otherAuthoritiesUrl(fi, locale)).toBe(EDPB_MEMBERS_URL[locale]);
      expect(EDPB_MEMBERS_URL[locale]).toBe(
        `https://www.edpb.europa.eu/about-edpb/about-edpb/members_${locale}`,
      );
    }
    for (const code of ['GB', 'CH']) {
      const authority = authorityFor(code);
      expect(authority && otherAuthoritiesUrl(authority, 'en')).toBeUndefined();
    }
  });

  it('finds the authority whose site a URL is on', () => {
    expect(authorityByUrl('https://tietosuoja.fi/en')?.code).toBe('FI');
    expect(
      authorityByUrl('https://lda.bayern.de/de/beschwerde.html')?.code,
    ).toBe('DE-BY');
    expect(authorityByUrl('https://cppa.ca.gov')).toBeUndefined();
    expect(authorityByUrl('not a url')).toBeUndefined();
  });
});

describe('an authority a merchant names itself', () => {
  it('uses one name for every language', () => {
    const cppa = configuredAuthority({
      name: 'California Privacy Protection Agency',
      url: 'https://cppa.ca.gov',
    });
    for (const locale of SUPPORTED_LOCALES) {
      expect(cppa.names[locale]).toEqual({
        text: 'California Privacy Protection Agency',
        official: true,
      });
      expect(authorityUrl(cppa, locale)).toBe('https://cppa.ca.gov');
    }
    expect(otherAuthoritiesUrl(cppa, 'en')).toBeUndefined();
  });

  it('shows its English name where a language is missing, marked not official', () => {
    const anpd = configuredAuthority({
      name: {
        en: 'National Data Protection Authority',
        fr: 'Autorité nationale de protection des données',
      },
      url: {
        en: 'https://www.gov.br/anpd/en',
        fr: 'https://www.gov.br/anpd/fr',
      },
    });
    expect(anpd.names.fr).toEqual({
      text: 'Autorité nationale de protection des données',
      official: true,
    });
    expect(anpd.names.fi).toEqual({
      text: 'National Data Protection Authority',
      official: false,
    });
    expect(authorityUrl(anpd, 'fr')).toBe('https://www.gov.br/anpd/fr');
    expect(authorityUrl(anpd, 'sv')).toBe('https://www.gov.br/anpd/en');
  });
});

describe('the merchant configuration’s authority', () => {
  const seed = loadSeed('lastu').merchant;
  const parse = (patch: Record<string, unknown>) =>
    MerchantConfig.safeParse({ ...seed, ...patch });
  const issue = (patch: Record<string, unknown>) => {
    const parsed = parse(patch);
    if (parsed.success) throw new Error('expected a validation error');
    return parsed.error.issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }));
  };
  const authorityOf = (patch: Record<string, unknown>) => {
    const parsed = parse(patch);
    if (!parsed.success) throw new Error(parsed.error.message);
    return supervisoryAuthorityOf(parsed.data);
  };

  it('gives the seeded Finnish shop the Finnish office in every language', () => {
    const authority = supervisoryAuthorityOf(seed);
    expect(authority.code).toBe('FI');
    expect(authorityName(authority, 'de')).not.toContain('Office');
    expect(seed).not.toHaveProperty('supervisoryAuthority');
  });

  it('defaults to the holiday country, and follows supervisoryAuthorityCountry', () => {
    expect(authorityOf({ supervisoryAuthorityCountry: undefined }).code).toBe(
      'FI',
    );
    expect(authorityOf({ supervisoryAuthorityCountry: 'SE' }).code).toBe('SE');
    expect(
      authorityOf({ country: 'DE-BY', supervisoryAuthorityCountry: undefined })
        .code,
    ).toBe('DE-BY');
    expect(
      authorityOf({
        country: 'GB-ENG',
        regime: 'UK-ICO',
        supervisoryAuthorityCountry: undefined,
      }).code,
    ).toBe('GB');
  });

  it('asks a German merchant for its Land', () => {
    const [problem] = issue({
      country: 'DE',
      supervisoryAuthorityCountry: undefined,
    });
    expect(problem?.path).toBe('supervisoryAuthorityCountry');
    expect(problem?.message).toContain('DE-BY');
    expect(issue({ supervisoryAuthorityCountry: 'DE' })[0]?.path).toBe(
      'supervisoryAuthorityCountry',
    );
    expect(
      authorityOf({ country: 'DE', supervisoryAuthorityCountry: 'DE-HH' }).code,
    ).toBe('DE-HH');
  });

  it('refuses a country outside the table unless the merchant names the authority', () => {
    expect(issue({ supervisoryAuthorityCountry: 'ZZ' })[0]?.path).toBe(
      'supervisoryAuthorityCountry',
    );
    const us = {
      country: 'US-CA',
      regime: 'CCPA',
      supervisoryAuthorityCountry: undefined,
      // No bookkeeping rule is on file for US-CA either: the merchant states its period.
      holdPolicy: { orderHoldDays: 180, accountingRetentionYears: 7 },
    };
    const [problem] = issue(us);
    expect(problem?.path).toBe('country');
    expect(problem?.message).toContain('supervisoryAuthority { name, url }');
    const named = authorityOf({
      ...us,
      supervisoryAuthority: {
        name: 'California Privacy Protection Agency',
        url: 'https://cppa.ca.gov',
      },
    });
    expect(named.code).toBe('merchant');
    expect(authorityName(named, 'fi')).toBe(
      'California Privacy Protection Agency',
    );
    expect(
      issue({
        ...us,
        supervisoryAuthority: { name: 'CPPA', url: 'http://cppa.ca.gov' },
      })[0]?.path,
    ).toMatch(/^supervisoryAuthority\.url/);
  });

  it('reads a configuration written before the table', () => {
    // The English name that went into every language is no longer shown.
    const legacy = authorityOf({
      supervisoryAuthorityCountry: undefined,
      supervisoryAuthority: {
        name: 'the Office of the Data Protection Ombudsman (Finland)',
        url: 'https://tietosuoja.fi/en',
      },
    });
    expect(legacy.code).toBe('FI');
    expect(authorityName(legacy, 'fi')).toBe('Tietosuojavaltuutetun toimisto');
    // A German merchant whose holiday country has no Land keeps the authority its URL names.
    expect(
      authorityOf({
        country: 'DE',
        supervisoryAuthorityCountry: undefined,
        supervisoryAuthority: {
          name: 'BayLDA',
          url: 'https://www.lda.bayern.de/de/index.html',
        },
      }).code,
    ).toBe('DE-BY');
  });
});
