/**
 * Germany's supervisory authorities for businesses: one per Land, keyed by ISO 3166-2
 * (`DE-BY`). A shop is supervised by the authority of the Land where it is established
 * (§ 40 BDSG); the Federal Commissioner (BfDI) supervises federal bodies and telecommunications
 * and postal businesses, not shops, and is not in this table. Bavaria has two authorities: the
 * BayLDA (Ansbach) for private bodies, listed here, and the Bavarian State Commissioner (BayLfD)
 * for public ones.
 *
 * German names as the authorities style themselves, without the leading article: most are named
 * after their office holder ("Der Landesbeauftragte …", "Die Landesbeauftragte …"), so the form
 * follows the holder's gender and must be updated when it changes; a sentence should quote the
 * name (after a colon) rather than decline it. English names are the authority's own only where
 * its English pages were read (BY, BB); elsewhere they translate the German title. Finnish,
 * Swedish and French names describe the authority by its Land, with its abbreviation.
 *
 * Sources: each URL and German name cross-checked against datenanfragen/data (CC0,
 * supervisory-authorities/de*.json, which cite the authorities' contact pages); BY read on
 * lda.bayern.de/en, BB on lda.brandenburg.de (English data protection notice), BE on
 * datenschutz-berlin.de (complaints page).
 */
import {
  type AuthorityEntry,
  type AuthorityName,
  descriptive,
  official,
} from './supervisory-authority-entry.ts';

interface Land {
  /** Genitive in Finnish ("Baijerin"), name in Swedish, "de …" in French. */
  fi: string;
  sv: string;
  fr: string;
}

function land(
  german: string,
  abbreviation: string,
  en: AuthorityName,
  names: Land,
  url: string,
  enUrl?: string,
): AuthorityEntry {
  return {
    country: 'DE',
    law: 'GDPR',
    native: { text: german, lang: 'de' },
    abbreviation,
    names: {
      en,
      fi: descriptive(
        `${names.fi} osavaltion tietosuojaviranomainen (${abbreviation})`,
      ),
      sv: descriptive(
        `Dataskyddsmyndigheten i delstaten ${names.sv} (${abbreviation})`,
      ),
      de: official(german),
      fr: descriptive(
        `Autorité de protection des données du Land ${names.fr} (${abbreviation})`,
      ),
    },
    urls: enUrl ? { default: enUrl, en: enUrl, de: url } : { default: url },
  };
}

// `@__PURE__`: see supervisory-authority-table.ts.
export const GERMAN_LAND_AUTHORITIES: Readonly<Record<string, AuthorityEntry>> =
  /* @__PURE__ */ (() => ({
    'DE-BW': land(
      'Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
      'LfDI BW',
      descriptive(
        'State Commissioner for Data Protection and Freedom of Information of Baden-Württemberg',
      ),
      {
        fi: 'Baden-Württembergin',
        sv: 'Baden-Württemberg',
        fr: 'de Bade-Wurtemberg',
      },
      'https://www.baden-wuerttemberg.datenschutz.de',
    ),
    'DE-BY': land(
      'Bayerisches Landesamt für Datenschutzaufsicht',
      'BayLDA',
      official('Data Protection Authority of Bavaria'),
      { fi: 'Baijerin', sv: 'Bayern', fr: 'de Bavière' },
      'https://www.lda.bayern.de/de/index.html',
      'https://www.lda.bayern.de/en/index.html',
    ),
    'DE-BE': land(
      'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
      'BlnBDI',
      descriptive(
        'Berlin Commissioner for Data Protection and Freedom of Information',
      ),
      { fi: 'Berliinin', sv: 'Berlin', fr: 'de Berlin' },
      'https://www.datenschutz-berlin.de',
    ),
    'DE-BB': land(
      'Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg',
      'LDA Brandenburg',
      official(
        'Brandenburg Commissioner for Data Protection and Access to Information',
      ),
      { fi: 'Brandenburgin', sv: 'Brandenburg', fr: 'de Brandebourg' },
      'https://www.lda.brandenburg.de',
    ),
    'DE-HB': land(
      'Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen',
      'LfDI Bremen',
      descriptive(
        'State Commissioner for Data Protection and Freedom of Information of the Free Hanseatic City of Bremen',
      ),
      { fi: 'Bremenin', sv: 'Bremen', fr: 'de Brême' },
      'https://www.datenschutz.bremen.de',
    ),
    'DE-HH': land(
      'Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit',
      'HmbBfDI',
      descriptive(
        'Hamburg Commissioner for Data Protection and Freedom of Information',
      ),
      { fi: 'Hampurin', sv: 'Hamburg', fr: 'de Hambourg' },
      'https://datenschutz-hamburg.de',
    ),
    'DE-HE': land(
      'Hessischer Beauftragter für Datenschutz und Informationsfreiheit',
      'HBDI',
      descriptive(
        'Hessian Commissioner for Data Protection and Freedom of Information',
      ),
      { fi: 'Hessenin', sv: 'Hessen', fr: 'de Hesse' },
      'https://datenschutz.hessen.de',
    ),
    'DE-MV': land(
      'Landesbeauftragter für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
      'LfDI M-V',
      descriptive(
        'State Commissioner for Data Protection and Freedom of Information of Mecklenburg-Western Pomerania',
      ),
      {
        fi: 'Mecklenburg-Vorpommernin',
        sv: 'Mecklenburg-Vorpommern',
        fr: 'de Mecklembourg-Poméranie-Occidentale',
      },
      'https://www.datenschutz-mv.de',
    ),
    'DE-NI': land(
      'Landesbeauftragter für den Datenschutz Niedersachsen',
      'LfD Niedersachsen',
      descriptive('State Commissioner for Data Protection of Lower Saxony'),
      { fi: 'Ala-Saksin', sv: 'Niedersachsen', fr: 'de Basse-Saxe' },
      'https://www.lfd.niedersachsen.de',
    ),
    'DE-NW': land(
      'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
      'LDI NRW',
      descriptive(
        'State Commissioner for Data Protection and Freedom of Information of North Rhine-Westphalia',
      ),
      {
        fi: 'Nordrhein-Westfalenin',
        sv: 'Nordrhein-Westfalen',
        fr: 'de Rhénanie-du-Nord-Westphalie',
      },
      'https://www.ldi.nrw.de',
    ),
    'DE-RP': land(
      'Landesbeauftragter für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
      'LfDI RLP',
      descriptive(
        'State Commissioner for Data Protection and Freedom of Information of Rhineland-Palatinate',
      ),
      {
        fi: 'Rheinland-Pfalzin',
        sv: 'Rheinland-Pfalz',
        fr: 'de Rhénanie-Palatinat',
      },
      'https://www.datenschutz.rlp.de',
    ),
    'DE-SL': land(
      'Unabhängiges Datenschutzzentrum Saarland',
      'UDZ',
      descriptive('Independent Data Protection Centre of Saarland'),
      { fi: 'Saarlandin', sv: 'Saarland', fr: 'de Sarre' },
      'https://www.datenschutz.saarland.de',
    ),
    'DE-SN': land(
      'Sächsische Datenschutz- und Transparenzbeauftragte',
      'SDTB',
      descriptive('Saxon Data Protection and Transparency Commissioner'),
      { fi: 'Saksin', sv: 'Sachsen', fr: 'de Saxe' },
      'https://www.datenschutz.sachsen.de',
    ),
    'DE-ST': land(
      'Landesbeauftragter für den Datenschutz Sachsen-Anhalt',
      'LfD Sachsen-Anhalt',
      descriptive('State Commissioner for Data Protection of Saxony-Anhalt'),
      { fi: 'Saksi-Anhaltin', sv: 'Sachsen-Anhalt', fr: 'de Saxe-Anhalt' },
      'https://datenschutz.sachsen-anhalt.de',
    ),
    'DE-SH': land(
      'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein',
      'ULD',
      descriptive(
        'Independent Centre for Privacy Protection Schleswig-Holstein',
      ),
      {
        fi: 'Schleswig-Holsteinin',
        sv: 'Schleswig-Holstein',
        fr: 'de Schleswig-Holstein',
      },
      'https://www.datenschutzzentrum.de',
    ),
    'DE-TH': land(
      'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit',
      'TLfDI',
      descriptive(
        'Thuringian State Commissioner for Data Protection and Freedom of Information',
      ),
      { fi: 'Thüringenin', sv: 'Thüringen', fr: 'de Thuringe' },
      'https://www.tlfdi.de',
    ),
  }))();
