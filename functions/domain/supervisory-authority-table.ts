/**
 * The national supervisory authorities of the EU Member States, the EEA EFTA states (IS, LI, NO),
 * the United Kingdom and Switzerland, keyed by ISO 3166-1 alpha-2 (Germany's Länder:
 * supervisory-authorities-de.ts). Membership from the EDPB's list
 * (https://www.edpb.europa.eu/about-edpb/about-edpb/members_en).
 *
 * Names: `official` where the authority uses the name in that language, `descriptive` where it
 * publishes none (then with its abbreviation or native name, so a reader can find it). The comment
 * above each entry says where its data comes from: "site" is a page of the authority itself as
 * read when the table was written; "cross-checked" is the CC0 register datenanfragen/data
 * (supervisory-authorities/*.json, whose entries cite the authority's own contact page), used
 * where the authority's site could not be read. Re-check an entry before relying on a URL that
 * is only cross-checked.
 */
import {
  type AuthorityEntry,
  descriptive,
  official,
} from './supervisory-authority-entry.ts';

// Built when first read (`@__PURE__`): a function that never names an authority drops the table
// from its bundle (supervisory-authority-choice.ts chooses one without it).
export const NATIONAL_AUTHORITIES: Readonly<Record<string, AuthorityEntry>> =
  /* @__PURE__ */ (() => ({
    // Site: data-protection-authority.gv.at (English site, "Austrian Data Protection Authority
    // (Datenschutzbehörde)"), its privacy policy ("Österreichische Datenschutzbehörde"); dsb.gv.at.
    AT: {
      country: 'AT',
      law: 'GDPR',
      native: { text: 'Österreichische Datenschutzbehörde', lang: 'de-AT' },
      abbreviation: 'DSB',
      names: {
        en: official('Austrian Data Protection Authority'),
        fi: descriptive(
          'Itävallan tietosuojaviranomainen (Datenschutzbehörde)',
        ),
        sv: descriptive('Österrikes dataskyddsmyndighet (Datenschutzbehörde)'),
        de: official('Österreichische Datenschutzbehörde'),
        fr: descriptive(
          'Autorité autrichienne de protection des données (Datenschutzbehörde)',
        ),
      },
      urls: {
        default: 'https://www.data-protection-authority.gv.at',
        de: 'https://www.dsb.gv.at',
        en: 'https://www.data-protection-authority.gv.at',
      },
    },
    // Site: datenschutzbehorde.be ("Datenschutzbehörde", complaints in French, Dutch or German).
    // Cross-checked: beapd.json (French and Dutch names, dataprotectionauthority.be).
    BE: {
      country: 'BE',
      law: 'GDPR',
      native: { text: 'Autorité de protection des données', lang: 'fr-BE' },
      abbreviation: 'APD',
      names: {
        en: official('Data Protection Authority'),
        fi: descriptive(
          'Belgian tietosuojaviranomainen (Autorité de protection des données)',
        ),
        sv: descriptive(
          'Belgiens dataskyddsmyndighet (Autorité de protection des données)',
        ),
        de: official('Datenschutzbehörde'),
        fr: official('Autorité de protection des données'),
      },
      urls: {
        default: 'https://www.dataprotectionauthority.be',
        en: 'https://www.dataprotectionauthority.be',
        de: 'https://www.datenschutzbehorde.be',
        fr: 'https://www.autoriteprotectiondonnees.be',
      },
    },
    // Cross-checked: bgcpdp.json ("Commission for Personal Data Protection", cpdp.bg).
    BG: {
      country: 'BG',
      law: 'GDPR',
      native: { text: 'Комисия за защита на личните данни', lang: 'bg' },
      abbreviation: 'CPDP',
      names: {
        en: official('Commission for Personal Data Protection'),
        fi: descriptive('Bulgarian henkilötietojen suojelukomissio (CPDP)'),
        sv: descriptive(
          'Bulgariens kommission för skydd av personuppgifter (CPDP)',
        ),
        de: descriptive(
          'Bulgarische Kommission für den Schutz personenbezogener Daten (CPDP)',
        ),
        fr: descriptive(
          'Commission bulgare pour la protection des données personnelles (CPDP)',
        ),
      },
      urls: { default: 'https://www.cpdp.bg' },
    },
    // Cross-checked: cydp.json (dataprotection.gov.cy); the English name (the office's title in
    // English) was not read on its site.
    CY: {
      country: 'CY',
      law: 'GDPR',
      native: {
        text: 'Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα',
        lang: 'el-CY',
      },
      names: {
        en: official('Office of the Commissioner for Personal Data Protection'),
        fi: descriptive(
          'Kyproksen henkilötietojen suojelun valtuutetun toimisto',
        ),
        sv: descriptive(
          'Kontoret för kommissionären för skydd av personuppgifter (Cypern)',
        ),
        de: descriptive(
          'Amt des Beauftragten für den Schutz personenbezogener Daten (Zypern)',
        ),
        fr: descriptive(
          'Bureau du commissaire à la protection des données personnelles (Chypre)',
        ),
      },
      urls: { default: 'https://www.dataprotection.gov.cy' },
    },
    // Site: uoou.cz/en ("The Office for Personal Data Protection").
    CZ: {
      country: 'CZ',
      law: 'GDPR',
      native: { text: 'Úřad pro ochranu osobních údajů', lang: 'cs' },
      abbreviation: 'ÚOOÚ',
      names: {
        en: official('Office for Personal Data Protection'),
        fi: descriptive('Tšekin henkilötietojen suojeluvirasto (ÚOOÚ)'),
        sv: descriptive(
          'Tjeckiens myndighet för skydd av personuppgifter (ÚOOÚ)',
        ),
        de: descriptive(
          'Tschechisches Amt für den Schutz personenbezogener Daten (ÚOOÚ)',
        ),
        fr: descriptive(
          'Office tchèque pour la protection des données personnelles (ÚOOÚ)',
        ),
      },
      urls: {
        default: 'https://www.uoou.cz/en/',
        en: 'https://www.uoou.cz/en/',
      },
    },
    // Site: datatilsynet.dk/english/about-us/what-we-do ("the Danish Data Protection Agency").
    DK: {
      country: 'DK',
      law: 'GDPR',
      native: { text: 'Datatilsynet', lang: 'da' },
      names: {
        en: official('Danish Data Protection Agency'),
        fi: descriptive('Tanskan tietosuojavirasto (Datatilsynet)'),
        sv: descriptive('Danmarks dataskyddsmyndighet (Datatilsynet)'),
        de: descriptive('Dänische Datenschutzbehörde (Datatilsynet)'),
        fr: descriptive(
          'Autorité danoise de protection des données (Datatilsynet)',
        ),
      },
      urls: {
        default: 'https://www.datatilsynet.dk/english',
        en: 'https://www.datatilsynet.dk/english',
      },
    },
    // Cross-checked: eeaki.json (aki.ee, "Estonian Data Protection Inspectorate").
    EE: {
      country: 'EE',
      law: 'GDPR',
      native: { text: 'Andmekaitse Inspektsioon', lang: 'et' },
      abbreviation: 'AKI',
      names: {
        en: official('Estonian Data Protection Inspectorate'),
        fi: descriptive('Viron tietosuojavirasto (Andmekaitse Inspektsioon)'),
        sv: descriptive(
          'Estlands dataskyddsinspektion (Andmekaitse Inspektsioon)',
        ),
        de: descriptive(
          'Estnische Datenschutzaufsichtsbehörde (Andmekaitse Inspektsioon)',
        ),
        fr: descriptive(
          'Inspection estonienne de la protection des données (Andmekaitse Inspektsioon)',
        ),
      },
      urls: { default: 'https://www.aki.ee/en', en: 'https://www.aki.ee/en' },
    },
    // Cross-checked: esaepa.json (aepd.es, "Spanish Agency for Data Protection"); the AEPD calls
    // itself the Spanish Data Protection Agency in English. Regional authorities (Catalonia: APDCAT,
    // Basque Country: AVPD, Andalusia: CTPDA) supervise their region's public bodies, not shops.
    ES: {
      country: 'ES',
      law: 'GDPR',
      native: { text: 'Agencia Española de Protección de Datos', lang: 'es' },
      abbreviation: 'AEPD',
      names: {
        en: official('Spanish Data Protection Agency'),
        fi: descriptive('Espanjan tietosuojavirasto (AEPD)'),
        sv: descriptive('Spaniens dataskyddsmyndighet (AEPD)'),
        de: descriptive('Spanische Datenschutzagentur (AEPD)'),
        fr: descriptive('Agence espagnole de protection des données (AEPD)'),
      },
      urls: { default: 'https://www.aepd.es/en', en: 'https://www.aepd.es/en' },
    },
    // Site: tietosuoja.fi/en/contact-information ("Office of the Data Protection Ombudsman"),
    // tietosuoja.fi/sv/kontaktuppgifter ("Dataombudsmannens byrå"); the Finnish name from the
    // office's own publications (and fitst.json). The site is in Finnish, Swedish and English.
    FI: {
      country: 'FI',
      law: 'GDPR',
      native: { text: 'Tietosuojavaltuutetun toimisto', lang: 'fi' },
      names: {
        en: official('Office of the Data Protection Ombudsman'),
        fi: official('Tietosuojavaltuutetun toimisto'),
        sv: official('Dataombudsmannens byrå'),
        de: descriptive('Büro des Datenschutzbeauftragten (Finnland)'),
        fr: descriptive(
          'Bureau du médiateur chargé de la protection des données (Finlande)',
        ),
      },
      urls: {
        default: 'https://tietosuoja.fi/en',
        fi: 'https://tietosuoja.fi',
        sv: 'https://tietosuoja.fi/sv',
        en: 'https://tietosuoja.fi/en',
      },
    },
    // Cross-checked: frcnil.json (cnil.fr). The CNIL uses its French name in English.
    FR: {
      country: 'FR',
      law: 'GDPR',
      native: {
        text: 'Commission nationale de l’informatique et des libertés',
        lang: 'fr',
      },
      abbreviation: 'CNIL',
      names: {
        en: official('Commission nationale de l’informatique et des libertés'),
        fi: descriptive('Ranskan tietosuojaviranomainen (CNIL)'),
        sv: descriptive('Frankrikes dataskyddsmyndighet (CNIL)'),
        de: descriptive('Französische Datenschutzbehörde (CNIL)'),
        fr: official('Commission nationale de l’informatique et des libertés'),
      },
      urls: {
        default: 'https://www.cnil.fr/en',
        en: 'https://www.cnil.fr/en',
        fr: 'https://www.cnil.fr/fr',
      },
    },
    // Cross-checked: grdpa.json (dpa.gr, "Hellenic Data Protection Authority").
    GR: {
      country: 'GR',
      law: 'GDPR',
      native: {
        text: 'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα',
        lang: 'el',
      },
      abbreviation: 'HDPA',
      names: {
        en: official('Hellenic Data Protection Authority'),
        fi: descriptive('Kreikan tietosuojaviranomainen (HDPA)'),
        sv: descriptive('Greklands dataskyddsmyndighet (HDPA)'),
        de: descriptive('Griechische Datenschutzbehörde (HDPA)'),
        fr: descriptive('Autorité hellénique de protection des données (HDPA)'),
      },
      urls: { default: 'https://www.dpa.gr/en', en: 'https://www.dpa.gr/en' },
    },
    // Cross-checked: hrazop.json (azop.hr, "Croatian Personal Data Protection Agency").
    HR: {
      country: 'HR',
      law: 'GDPR',
      native: { text: 'Agencija za zaštitu osobnih podataka', lang: 'hr' },
      abbreviation: 'AZOP',
      names: {
        en: official('Croatian Personal Data Protection Agency'),
        fi: descriptive('Kroatian henkilötietojen suojeluvirasto (AZOP)'),
        sv: descriptive(
          'Kroatiens myndighet för skydd av personuppgifter (AZOP)',
        ),
        de: descriptive(
          'Kroatische Agentur für den Schutz personenbezogener Daten (AZOP)',
        ),
        fr: descriptive(
          'Agence croate de protection des données personnelles (AZOP)',
        ),
      },
      urls: { default: 'https://azop.hr' },
    },
    // Cross-checked: hunaih.json (naih.hu, English name as given there).
    HU: {
      country: 'HU',
      law: 'GDPR',
      native: {
        text: 'Nemzeti Adatvédelmi és Információszabadság Hatóság',
        lang: 'hu',
      },
      abbreviation: 'NAIH',
      names: {
        en: official(
          'Hungarian National Authority for Data Protection and Freedom of Information',
        ),
        fi: descriptive(
          'Unkarin tietosuoja- ja tiedonvapausviranomainen (NAIH)',
        ),
        sv: descriptive(
          'Ungerns nationella myndighet för dataskydd och informationsfrihet (NAIH)',
        ),
        de: descriptive(
          'Ungarische Nationale Behörde für Datenschutz und Informationsfreiheit (NAIH)',
        ),
        fr: descriptive(
          'Autorité nationale hongroise pour la protection des données et la liberté de l’information (NAIH)',
        ),
      },
      urls: { default: 'https://naih.hu' },
    },
    // Cross-checked: iedpc.json (dataprotection.ie). Irish name: An Coimisiún um Chosaint Sonraí.
    IE: {
      country: 'IE',
      law: 'GDPR',
      native: { text: 'Data Protection Commission', lang: 'en-IE' },
      abbreviation: 'DPC',
      names: {
        en: official('Data Protection Commission'),
        fi: descriptive(
          'Irlannin tietosuojakomissio (Data Protection Commission)',
        ),
        sv: descriptive(
          'Irlands dataskyddskommission (Data Protection Commission)',
        ),
        de: descriptive(
          'Irische Datenschutzkommission (Data Protection Commission)',
        ),
        fr: descriptive(
          'Commission irlandaise de protection des données (Data Protection Commission)',
        ),
      },
      urls: { default: 'https://www.dataprotection.ie' },
    },
    // Cross-checked: itgpdp.json (garanteprivacy.it, "Italian Data Protection Authority").
    IT: {
      country: 'IT',
      law: 'GDPR',
      native: {
        text: 'Garante per la protezione dei dati personali',
        lang: 'it',
      },
      names: {
        en: official('Italian Data Protection Authority'),
        fi: descriptive(
          'Italian tietosuojaviranomainen (Garante per la protezione dei dati personali)',
        ),
        sv: descriptive(
          'Italiens dataskyddsmyndighet (Garante per la protezione dei dati personali)',
        ),
        de: descriptive(
          'Italienische Datenschutzbehörde (Garante per la protezione dei dati personali)',
        ),
        fr: descriptive(
          'Autorité italienne de protection des données (Garante per la protezione dei dati personali)',
        ),
      },
      urls: { default: 'https://www.garanteprivacy.it' },
    },
    // Cross-checked: ltada.json (vdai.lrv.lt, "State Data Protection Inspectorate").
    LT: {
      country: 'LT',
      law: 'GDPR',
      native: { text: 'Valstybinė duomenų apsaugos inspekcija', lang: 'lt' },
      abbreviation: 'VDAI',
      names: {
        en: official('State Data Protection Inspectorate'),
        fi: descriptive('Liettuan valtion tietosuojavirasto (VDAI)'),
        sv: descriptive('Litauens statliga dataskyddsinspektion (VDAI)'),
        de: descriptive('Litauische Staatliche Datenschutzinspektion (VDAI)'),
        fr: descriptive(
          'Inspection nationale lituanienne de la protection des données (VDAI)',
        ),
      },
      urls: {
        default: 'https://vdai.lrv.lt/en/',
        en: 'https://vdai.lrv.lt/en/',
      },
    },
    // Site: cnpd.public.lu/en/… ("National Data Protection Commission"), cnpd.public.lu/de/…
    // ("nationale Datenschutzkommission (Commission nationale pour la protection des données)").
    LU: {
      country: 'LU',
      law: 'GDPR',
      native: {
        text: 'Commission nationale pour la protection des données',
        lang: 'fr-LU',
      },
      abbreviation: 'CNPD',
      names: {
        en: official('National Data Protection Commission'),
        fi: descriptive('Luxemburgin kansallinen tietosuojakomissio (CNPD)'),
        sv: descriptive('Luxemburgs nationella dataskyddskommission (CNPD)'),
        de: official('Nationale Datenschutzkommission'),
        fr: official('Commission nationale pour la protection des données'),
      },
      urls: {
        default: 'https://cnpd.public.lu/en.html',
        en: 'https://cnpd.public.lu/en.html',
        de: 'https://cnpd.public.lu/de.html',
        fr: 'https://cnpd.public.lu/fr.html',
      },
    },
    // Cross-checked: lvdvi.json (dvi.gov.lv, "Data State Inspectorate").
    LV: {
      country: 'LV',
      law: 'GDPR',
      native: { text: 'Datu valsts inspekcija', lang: 'lv' },
      abbreviation: 'DVI',
      names: {
        en: official('Data State Inspectorate'),
        fi: descriptive(
          'Latvian valtion tietosuojavirasto (Datu valsts inspekcija)',
        ),
        sv: descriptive(
          'Lettlands statliga datainspektion (Datu valsts inspekcija)',
        ),
        de: descriptive(
          'Lettische Staatliche Datenschutzinspektion (Datu valsts inspekcija)',
        ),
        fr: descriptive(
          'Inspection nationale lettone des données (Datu valsts inspekcija)',
        ),
      },
      urls: {
        default: 'https://www.dvi.gov.lv/en',
        en: 'https://www.dvi.gov.lv/en',
      },
    },
    // Cross-checked: mtidpc.json (idpc.org.mt). English is an official language of Malta.
    MT: {
      country: 'MT',
      law: 'GDPR',
      native: {
        text: 'Office of the Information and Data Protection Commissioner',
        lang: 'en-MT',
      },
      abbreviation: 'IDPC',
      names: {
        en: official(
          'Office of the Information and Data Protection Commissioner',
        ),
        fi: descriptive(
          'Maltan tieto- ja tietosuojavaltuutetun toimisto (IDPC)',
        ),
        sv: descriptive(
          'Kontoret för informations- och dataskyddskommissionären (IDPC, Malta)',
        ),
        de: descriptive(
          'Amt des Beauftragten für Information und Datenschutz (IDPC, Malta)',
        ),
        fr: descriptive(
          'Bureau du commissaire à l’information et à la protection des données (IDPC, Malte)',
        ),
      },
      urls: { default: 'https://idpc.org.mt' },
    },
    // Cross-checked: nlap.json (autoriteitpersoonsgegevens.nl, "Dutch Data Protection Authority").
    NL: {
      country: 'NL',
      law: 'GDPR',
      native: { text: 'Autoriteit Persoonsgegevens', lang: 'nl' },
      abbreviation: 'AP',
      names: {
        en: official('Dutch Data Protection Authority'),
        fi: descriptive(
          'Alankomaiden tietosuojaviranomainen (Autoriteit Persoonsgegevens)',
        ),
        sv: descriptive(
          'Nederländernas dataskyddsmyndighet (Autoriteit Persoonsgegevens)',
        ),
        de: descriptive(
          'Niederländische Datenschutzbehörde (Autoriteit Persoonsgegevens)',
        ),
        fr: descriptive(
          'Autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens)',
        ),
      },
      urls: {
        default: 'https://www.autoriteitpersoonsgegevens.nl/en',
        en: 'https://www.autoriteitpersoonsgegevens.nl/en',
      },
    },
    // Cross-checked: plgiodo.json (uodo.gov.pl, "Personal Data Protection Office").
    PL: {
      country: 'PL',
      law: 'GDPR',
      native: { text: 'Urząd Ochrony Danych Osobowych', lang: 'pl' },
      abbreviation: 'UODO',
      names: {
        en: official('Personal Data Protection Office'),
        fi: descriptive('Puolan henkilötietojen suojeluvirasto (UODO)'),
        sv: descriptive('Polens myndighet för skydd av personuppgifter (UODO)'),
        de: descriptive(
          'Polnisches Amt für den Schutz personenbezogener Daten (UODO)',
        ),
        fr: descriptive(
          'Office polonais de protection des données personnelles (UODO)',
        ),
      },
      urls: { default: 'https://uodo.gov.pl/en', en: 'https://uodo.gov.pl/en' },
    },
    // Cross-checked: ptcnpd.json (cnpd.pt); the English name was not read on its site.
    PT: {
      country: 'PT',
      law: 'GDPR',
      native: { text: 'Comissão Nacional de Proteção de Dados', lang: 'pt' },
      abbreviation: 'CNPD',
      names: {
        en: official('National Data Protection Commission'),
        fi: descriptive('Portugalin kansallinen tietosuojakomissio (CNPD)'),
        sv: descriptive('Portugals nationella dataskyddskommission (CNPD)'),
        de: descriptive(
          'Portugiesische Nationale Datenschutzkommission (CNPD)',
        ),
        fr: descriptive(
          'Commission nationale portugaise de protection des données (CNPD)',
        ),
      },
      urls: { default: 'https://www.cnpd.pt' },
    },
    // Cross-checked: roanspdcp.json (dataprotection.ro, English name as given there).
    RO: {
      country: 'RO',
      law: 'GDPR',
      native: {
        text: 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal',
        lang: 'ro',
      },
      abbreviation: 'ANSPDCP',
      names: {
        en: official(
          'National Supervisory Authority for Personal Data Processing',
        ),
        fi: descriptive(
          'Romanian henkilötietojen käsittelyn kansallinen valvontaviranomainen (ANSPDCP)',
        ),
        sv: descriptive(
          'Rumäniens nationella tillsynsmyndighet för behandling av personuppgifter (ANSPDCP)',
        ),
        de: descriptive(
          'Rumänische Nationale Aufsichtsbehörde für die Verarbeitung personenbezogener Daten (ANSPDCP)',
        ),
        fr: descriptive(
          'Autorité nationale roumaine de surveillance du traitement des données à caractère personnel (ANSPDCP)',
        ),
      },
      urls: { default: 'https://www.dataprotection.ro' },
    },
    // Site: imy.se/en/about-us/… ("Swedish Authority for Privacy Protection (IMY)", postal name
    // "Integritetsskyddsmyndigheten"). No Finnish page was found, so the Finnish name is ours.
    SE: {
      country: 'SE',
      law: 'GDPR',
      native: { text: 'Integritetsskyddsmyndigheten', lang: 'sv' },
      abbreviation: 'IMY',
      names: {
        en: official('Swedish Authority for Privacy Protection'),
        fi: descriptive('Ruotsin tietosuojaviranomainen (IMY)'),
        sv: official('Integritetsskyddsmyndigheten'),
        de: descriptive(
          'Schwedische Behörde für den Schutz der Privatsphäre (IMY)',
        ),
        fr: descriptive(
          'Autorité suédoise de protection de la vie privée (IMY)',
        ),
      },
      urls: {
        default: 'https://www.imy.se/en/',
        sv: 'https://www.imy.se',
        en: 'https://www.imy.se/en/',
      },
    },
    // Cross-checked: siiprs.json (ip-rs.si, "Information Commissioner of the Republic of Slovenia").
    SI: {
      country: 'SI',
      law: 'GDPR',
      native: { text: 'Informacijski pooblaščenec', lang: 'sl' },
      names: {
        en: official('Information Commissioner of the Republic of Slovenia'),
        fi: descriptive(
          'Slovenian tietovaltuutettu (Informacijski pooblaščenec)',
        ),
        sv: descriptive(
          'Sloveniens informationskommissionär (Informacijski pooblaščenec)',
        ),
        de: descriptive(
          'Informationsbeauftragter der Republik Slowenien (Informacijski pooblaščenec)',
        ),
        fr: descriptive(
          'Commissaire à l’information de la République de Slovénie (Informacijski pooblaščenec)',
        ),
      },
      urls: {
        default: 'https://www.ip-rs.si/en/',
        en: 'https://www.ip-rs.si/en/',
      },
    },
    // Cross-checked: skunoou.json (dataprotection.gov.sk, English name as given there).
    SK: {
      country: 'SK',
      law: 'GDPR',
      native: {
        text: 'Úrad na ochranu osobných údajov Slovenskej republiky',
        lang: 'sk',
      },
      names: {
        en: official(
          'Office for Personal Data Protection of the Slovak Republic',
        ),
        fi: descriptive('Slovakian henkilötietojen suojeluvirasto'),
        sv: descriptive('Slovakiens myndighet för skydd av personuppgifter'),
        de: descriptive(
          'Amt für den Schutz personenbezogener Daten der Slowakischen Republik',
        ),
        fr: descriptive(
          'Office pour la protection des données personnelles de la République slovaque',
        ),
      },
      urls: { default: 'https://dataprotection.gov.sk/uoou/' },
    },
    // Cross-checked: isdpa.json (personuvernd.is, "Icelandic Data Protection Authority").
    IS: {
      country: 'IS',
      law: 'GDPR',
      native: { text: 'Persónuvernd', lang: 'is' },
      names: {
        en: official('Icelandic Data Protection Authority'),
        fi: descriptive('Islannin tietosuojaviranomainen (Persónuvernd)'),
        sv: descriptive('Islands dataskyddsmyndighet (Persónuvernd)'),
        de: descriptive('Isländische Datenschutzbehörde (Persónuvernd)'),
        fr: descriptive(
          'Autorité islandaise de protection des données (Persónuvernd)',
        ),
      },
      urls: { default: 'https://www.personuvernd.is' },
    },
    // Cross-checked: lidss.json (datenschutzstelle.li). No English name was found.
    LI: {
      country: 'LI',
      law: 'GDPR',
      native: {
        text: 'Datenschutzstelle Fürstentum Liechtenstein',
        lang: 'de-LI',
      },
      abbreviation: 'DSS',
      names: {
        en: descriptive(
          'Data Protection Office of the Principality of Liechtenstein (Datenschutzstelle)',
        ),
        fi: descriptive(
          'Liechtensteinin tietosuojavirasto (Datenschutzstelle)',
        ),
        sv: descriptive(
          'Liechtensteins dataskyddsmyndighet (Datenschutzstelle)',
        ),
        de: official('Datenschutzstelle Fürstentum Liechtenstein'),
        fr: descriptive(
          'Office de protection des données de la Principauté de Liechtenstein (Datenschutzstelle)',
        ),
      },
      urls: { default: 'https://www.datenschutzstelle.li' },
    },
    // Cross-checked: nods.json (datatilsynet.no, "Norwegian Data Protection Authority").
    NO: {
      country: 'NO',
      law: 'GDPR',
      native: { text: 'Datatilsynet', lang: 'nb' },
      names: {
        en: official('Norwegian Data Protection Authority'),
        fi: descriptive('Norjan tietosuojaviranomainen (Datatilsynet)'),
        sv: descriptive('Norges dataskyddsmyndighet (Datatilsynet)'),
        de: descriptive('Norwegische Datenschutzbehörde (Datatilsynet)'),
        fr: descriptive(
          'Autorité norvégienne de protection des données (Datatilsynet)',
        ),
      },
      urls: {
        default: 'https://www.datatilsynet.no/en/',
        en: 'https://www.datatilsynet.no/en/',
      },
    },
    // Cross-checked: gbico.json (ico.org.uk). The Data (Use and Access) Act 2025 replaces the
    // Information Commissioner by the Information Commission (consequential amendments in
    // SI 2026/386): rename this entry when the ICO does.
    GB: {
      country: 'GB',
      law: 'UK-GDPR',
      native: { text: 'Information Commissioner’s Office', lang: 'en-GB' },
      abbreviation: 'ICO',
      names: {
        en: official('Information Commissioner’s Office'),
        fi: descriptive(
          'Yhdistyneen kuningaskunnan tietosuojaviranomainen (ICO)',
        ),
        sv: descriptive('Storbritanniens dataskyddsmyndighet (ICO)'),
        de: descriptive('Britische Datenschutzbehörde (ICO)'),
        fr: descriptive('Autorité britannique de protection des données (ICO)'),
      },
      urls: { default: 'https://ico.org.uk' },
    },
    // Site: edoeb.admin.ch (English "Federal Data Protection and Information Commissioner (FDPIC)",
    // German "EDÖB", pages under /de, /fr, /en); bk.admin.ch/…/fr ("Préposé fédéral à la protection
    // des données et à la transparence PFPDT"). Cantonal authorities supervise cantonal bodies only.
    CH: {
      country: 'CH',
      law: 'FADP',
      native: {
        text: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter',
        lang: 'de-CH',
      },
      abbreviation: 'EDÖB',
      names: {
        en: official('Federal Data Protection and Information Commissioner'),
        fi: descriptive(
          'Sveitsin liittovaltion tietosuoja- ja julkisuusvaltuutettu (FDPIC)',
        ),
        sv: descriptive(
          'Schweiz federala kommissionär för dataskydd och offentlighet (FDPIC)',
        ),
        de: official(
          'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter',
        ),
        fr: official(
          'Préposé fédéral à la protection des données et à la transparence',
        ),
      },
      urls: {
        default: 'https://www.edoeb.admin.ch/en',
        en: 'https://www.edoeb.admin.ch/en',
        de: 'https://www.edoeb.admin.ch/de',
        fr: 'https://www.edoeb.admin.ch/fr',
      },
    },
  }))();
