/**
 * Words of the merchant's processing register and of the controller, in every supported locale:
 * data categories, purposes and what a hold keeps (codes of domain/processing-register.ts and
 * domain/holds.ts), transfer bases (Arts 45, 46), the controller's particulars, automated
 * decisions and profiling (Arts 21(2), 22), what the request service itself keeps, and the right
 * to complain. Every document and email a shopper reads takes these words from here.
 */
import type { HeldData } from '#domain/holds.ts';
import type {
  DataCategory,
  ProcessingPurpose,
  TransferBasis,
} from '#domain/processing-register.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;
const NBSP = '\u00a0';

export interface RegisterMessages {
  categories: Record<DataCategory, S>;
  purposes: Record<ProcessingPurpose, S>;
  heldData: Record<HeldData, S>;
  /** One transfer outside the EEA: the destination (in the reader's words) and the cited article. */
  transfer: Record<TransferBasis, (country: S, article: S) => S>;
  /** Added to an adequacy transfer to the United States: only certified companies are covered. */
  dpf: S;
  transfersHeading: S;
  noTransfer: S;
  /** The controller's particulars: in every document. */
  controller: {
    heading: S;
    name: S;
    businessId: S;
    /** The business ID's name in Finland's register (Y-tunnus) in this language. */
    businessIdFi: S;
    address: S;
    privacyContact: S;
    dpo: S;
    /** A one-line footer for emails: name, ID, address, contact. */
    line: (parts: S) => S;
  };
  /** Arts 22 and 21(2): automated decisions and profiling (report.html). */
  automated: {
    none: (merchant: S, article: S) => S;
    used: (merchant: S, article: S) => S;
    logic: S;
    consequences: S;
    rights: (article: S) => S;
    undeclared: (merchant: S, article: S) => S;
    profilingHeading: S;
    profilingNone: S;
    /** Followed by the processor's description. */
    profilingBy: (processor: S) => S;
    objectMarketing: (article: S) => S;
    objectOther: (article: S) => S;
  };
  /** What the request service keeps after answering (Arts 5(1)(e), 5(2), 13(2)(a)). */
  serviceKeeps: {
    heading: S;
    record: (period: S, articles: S) => S;
    /** What stays after pseudonymisation, and for how long (`period`) before it is deleted. */
    hash: (period: S) => S;
    years: (n: number) => S;
    days: (n: number) => S;
  };
  /** The right to complain (Arts 77–79), named authority first, then the others (Art. 77(1)). */
  complaint: {
    heading: S;
    right: S;
    /** Where the law gives no GDPR article numbers (Swiss FADP, a merchant-named authority). */
    rightPlain: S;
    authority: (name: S, url: S) => S;
    elsewhere: (url: S) => S;
  };
}

const en: RegisterMessages = {
  categories: {
    'contact-details': 'contact details',
    name: 'name',
    'email-address': 'email address',
    'phone-number': 'phone number',
    'delivery-address': 'delivery address',
    'billing-address': 'billing address',
    'postcode-and-country': 'postcode and country',
    'order-history': 'order history',
    'payment-details': 'payment details',
    'marketing-consent': 'marketing consent',
    'consent-records': 'consent records (sign-up and withdrawal dates)',
    'ip-address': 'IP address',
    'device-identifiers': 'device identifiers',
    'browsing-behaviour': 'browsing behaviour',
    'purchase-behaviour': 'purchase behaviour',
    'email-activity': 'email activity (opens, clicks)',
    'unsubscribe-status': 'unsubscribe status',
    'reviews-and-photos': 'reviews and photos',
    'parcel-tracking': 'parcel tracking',
    'customer-service-messages': 'customer service messages',
  },
  purposes: {
    'running-the-store': 'running the online store',
    'order-fulfilment': 'fulfilling orders',
    'order-processing': 'processing orders',
    payments: 'payments',
    delivery: 'delivering orders',
    'delivery-notifications': 'delivery notifications',
    'customer-service': 'customer service',
    bookkeeping: 'bookkeeping',
    'order-emails': 'order emails',
    'email-marketing': 'email marketing with your consent',
    'email-marketing-consent': 'keeping your email marketing consent',
    newsletter: 'newsletter with your consent',
    'newsletter-signup': 'newsletter sign-up',
    'proof-of-consent': 'proof of consent',
    'product-recommendations': 'personalised product recommendations',
    'review-publication': 'publishing product reviews',
    'review-requests': 'emails asking for a review',
  },
  heldData: {
    'customer-profile-and-orders': 'your customer record and orders',
    'order-records':
      'order records (dates, products, amounts, delivery details)',
    'anonymised-order-records':
      'order records (amounts, dates, products) with your personal details anonymised',
    'email-suppression': 'your email address on a suppression list',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: adequacy decision of the European Commission (${a})`,
    sccs: (c, a) => `${c}: standard contractual clauses (${a})`,
    bcrs: (c, a) => `${c}: binding corporate rules (${a})`,
  },
  dpf: 'for companies certified under the EU–US Data Privacy Framework',
  transfersHeading: 'Transfers outside the EEA',
  noTransfer: 'within the EEA: no transfer',
  controller: {
    heading: 'Who is responsible for your data',
    name: 'Controller',
    businessId: 'Business ID',
    businessIdFi: 'Business ID (Y-tunnus)',
    address: 'Address',
    privacyContact: 'Privacy contact',
    dpo: 'Data protection officer',
    line: (parts) => `Controller: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} has declared that it makes no decisions about you based solely on automated processing, including profiling, that have legal or similarly significant effects on you (${a}).`,
    used: (m, a) =>
      `${m} makes decisions about you based solely on automated processing (${a}).`,
    logic: 'How the decisions are made:',
    consequences: 'What they mean for you:',
    rights: (a) =>
      `You may ask for a person at the shop to look at such a decision, give your point of view and contest it (${a}).`,
    undeclared: (m, a) =>
      `${m} has not stated whether it makes decisions about you based solely on automated processing (${a}). You may ask the shop.`,
    profilingHeading: 'Profiling',
    profilingNone:
      'According to the shop’s register, none of the organisations that hold your data for it profiles you.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `This profiling is for direct marketing. You may object to it at any time, free of charge, and it will then stop (${a}): use the shop’s request form (“Stop using my data”).`,
    objectOther: (a) =>
      `You may object to this profiling on grounds relating to your particular situation (${a}).`,
  },
  serviceKeeps: {
    heading: 'What the shop’s request service keeps',
    record: (period, a) =>
      `The record of this request (your email address, what you asked, what was done and when) is kept for ${period} after the request is closed, so that the shop can show how it handled your request and answer a complaint or claim about it (${a}).`,
    hash: (period) =>
      `After that, your email address, name and what you wrote are removed. What stays, for ${period} more, is how the request was handled, with your email address in pseudonymised form (a hash of it). Anyone who already knows your address can compute the same hash and match it, so it is still personal data (GDPR Recital 26). It is kept to recognise repeated requests and to show how your request was handled, and is then deleted.`,
    years: (n) => `${n} year${n === 1 ? '' : 's'}`,
    days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  },
  complaint: {
    heading: 'Your right to complain',
    right: `You have the right to lodge a complaint with a data protection supervisory authority and to seek a judicial remedy against the shop in court (GDPR Arts 77 and 79).`,
    rightPlain:
      'You have the right to lodge a complaint with the data protection supervisory authority and to seek a judicial remedy against the shop in court.',
    authority: (name, url) =>
      `The authority that supervises the shop: ${name} (${url}).`,
    elsewhere: (url) =>
      `You may also complain to the authority of the country where you live or work; the list of the EU and EEA authorities: ${url}`,
  },
};

const fi: RegisterMessages = {
  categories: {
    'contact-details': 'yhteystiedot',
    name: 'nimi',
    'email-address': 'sähköpostiosoite',
    'phone-number': 'puhelinnumero',
    'delivery-address': 'toimitusosoite',
    'billing-address': 'laskutusosoite',
    'postcode-and-country': 'postinumero ja maa',
    'order-history': 'tilaushistoria',
    'payment-details': 'maksutiedot',
    'marketing-consent': 'markkinointilupa',
    'consent-records': 'suostumustiedot (tilaus- ja peruutuspäivät)',
    'ip-address': 'IP-osoite',
    'device-identifiers': 'laitetunnisteet',
    'browsing-behaviour': 'selaustiedot',
    'purchase-behaviour': 'ostotiedot',
    'email-activity': 'sähköpostitapahtumat (avaukset, napsautukset)',
    'unsubscribe-status': 'tieto viestien tilauksen perumisesta',
    'reviews-and-photos': 'arvostelut ja kuvat',
    'parcel-tracking': 'lähetysten seurantatiedot',
    'customer-service-messages': 'asiakaspalveluviestit',
  },
  purposes: {
    'running-the-store': 'verkkokaupan ylläpito',
    'order-fulfilment': 'tilausten toimittaminen',
    'order-processing': 'tilausten käsittely',
    payments: 'maksut',
    delivery: 'tilausten kuljetus',
    'delivery-notifications': 'toimitusilmoitukset',
    'customer-service': 'asiakaspalvelu',
    bookkeeping: 'kirjanpito',
    'order-emails': 'tilausvahvistukset ja muut tilausviestit',
    'email-marketing': 'sähköpostimarkkinointi suostumuksellasi',
    'email-marketing-consent': 'sähköpostimarkkinoinnin luvan säilyttäminen',
    newsletter: 'uutiskirje suostumuksellasi',
    'newsletter-signup': 'uutiskirjeen tilaaminen',
    'proof-of-consent': 'suostumuksen todentaminen',
    'product-recommendations': 'henkilökohtaiset tuotesuositukset',
    'review-publication': 'tuotearvostelujen julkaiseminen',
    'review-requests': 'arvostelupyyntöjen lähettäminen sähköpostitse',
  },
  heldData: {
    'customer-profile-and-orders': 'asiakastietosi ja tilauksesi',
    'order-records':
      'tilaustiedot (päivämäärät, tuotteet, summat, toimitustiedot)',
    'anonymised-order-records':
      'tilaustiedot (summat, päivämäärät, tuotteet), joista henkilötietosi on anonymisoitu',
    'email-suppression': 'sähköpostiosoitteesi estolistalla',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: Euroopan komission tietosuojan riittävyyttä koskeva päätös (${a})`,
    sccs: (c, a) => `${c}: vakiosopimuslausekkeet (${a})`,
    bcrs: (c, a) => `${c}: yritystä koskevat sitovat säännöt (${a})`,
  },
  dpf: 'koskee EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti sertifioituja yrityksiä',
  transfersHeading: 'Siirrot Euroopan talousalueen ulkopuolelle',
  noTransfer: 'Euroopan talousalueella: ei siirtoa',
  controller: {
    heading: 'Kuka vastaa tiedoistasi',
    name: 'Rekisterinpitäjä',
    businessId: 'Yritystunnus',
    businessIdFi: 'Y-tunnus',
    address: 'Osoite',
    privacyContact: 'Tietosuoja-asioiden yhteystieto',
    dpo: 'Tietosuojavastaava',
    line: (parts) => `Rekisterinpitäjä: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `Rekisterinpitäjä ${m} on ilmoittanut, ettei se tee sinusta pelkästään automaattiseen käsittelyyn, kuten profilointiin, perustuvia päätöksiä, joilla on sinuun oikeusvaikutuksia tai muita vastaavia merkittäviä vaikutuksia (${a}).`,
    used: (m, a) =>
      `Rekisterinpitäjä ${m} tekee sinusta pelkästään automaattiseen käsittelyyn perustuvia päätöksiä (${a}).`,
    logic: 'Miten päätökset tehdään:',
    consequences: 'Mitä ne merkitsevät sinulle:',
    rights: (a) =>
      `Voit vaatia, että päätöksen arvioi kaupan puolesta ihminen, esittää oman kantasi ja riitauttaa päätöksen (${a}).`,
    undeclared: (m, a) =>
      `Rekisterinpitäjä ${m} ei ole ilmoittanut, tekeekö se sinusta pelkästään automaattiseen käsittelyyn perustuvia päätöksiä (${a}). Voit kysyä asiaa kaupalta.`,
    profilingHeading: 'Profilointi',
    profilingNone:
      'Kaupan selosteen mukaan mikään sen puolesta tietojasi käsittelevä organisaatio ei profiloi sinua.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `Profilointi liittyy suoramarkkinointiin. Voit milloin tahansa ja maksutta vastustaa sitä, jolloin se lopetetaan (${a}): käytä kaupan pyyntölomaketta (”Lopeta tietojeni käyttö”).`,
    objectOther: (a) =>
      `Voit henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa tätä profilointia (${a}).`,
  },
  serviceKeeps: {
    heading: 'Mitä kaupan pyyntöpalvelu säilyttää',
    record: (period, a) =>
      `Tämän pyynnön tiedot (sähköpostiosoitteesi, mitä pyysit, mitä tehtiin ja milloin) säilytetään ${period} pyynnön käsittelyn päättymisestä, jotta kauppa voi osoittaa, miten se käsitteli pyyntösi, ja vastata sitä koskevaan valitukseen tai vaatimukseen (${a}).`,
    hash: (period) =>
      `Sen jälkeen sähköpostiosoitteesi, nimesi ja kirjoittamasi tekstit poistetaan. Tieto siitä, miten pyyntö käsiteltiin, ja sähköpostiosoitteesi pseudonymisoidussa muodossa (siitä laskettu tiiviste) säilytetään vielä ${period}. Kuka tahansa, joka jo tietää osoitteesi, voi laskea saman tiivisteen ja verrata niitä, joten tiiviste on edelleen henkilötietoa (tietosuoja-asetuksen johdanto-osan 26 kappale). Sitä säilytetään toistuvien pyyntöjen tunnistamiseksi ja sen osoittamiseksi, miten pyyntösi käsiteltiin; sen jälkeen tiedot poistetaan.`,
    years: (n) => (n === 1 ? 'yhden vuoden' : `${n} vuotta`),
    days: (n) => `${n} päivää`,
  },
  complaint: {
    heading: 'Oikeutesi tehdä valitus',
    right: `Sinulla on oikeus tehdä valitus valvontaviranomaiselle ja hakea oikeussuojaa tuomioistuimessa (tietosuoja-asetuksen 77 ja 79 artikla).`,
    rightPlain:
      'Sinulla on oikeus tehdä valitus valvontaviranomaiselle ja hakea oikeussuojaa tuomioistuimessa.',
    authority: (name, url) => `Kauppaa valvova viranomainen: ${name} (${url}).`,
    elsewhere: (url) =>
      `Voit tehdä valituksen myös sen maan valvontaviranomaiselle, jossa asut tai työskentelet; EU- ja ETA-maiden valvontaviranomaiset on lueteltu osoitteessa ${url}`,
  },
};

const sv: RegisterMessages = {
  categories: {
    'contact-details': 'kontaktuppgifter',
    name: 'namn',
    'email-address': 'e-postadress',
    'phone-number': 'telefonnummer',
    'delivery-address': 'leveransadress',
    'billing-address': 'faktureringsadress',
    'postcode-and-country': 'postnummer och land',
    'order-history': 'orderhistorik',
    'payment-details': 'betalningsuppgifter',
    'marketing-consent': 'samtycke till marknadsföring',
    'consent-records':
      'uppgifter om samtycke (datum för anmälan och återkallelse)',
    'ip-address': 'IP-adress',
    'device-identifiers': 'enhetsidentifierare',
    'browsing-behaviour': 'surfbeteende',
    'purchase-behaviour': 'köpbeteende',
    'email-activity': 'e-postaktivitet (öppningar, klick)',
    'unsubscribe-status': 'uppgift om avregistrering',
    'reviews-and-photos': 'recensioner och foton',
    'parcel-tracking': 'uppgifter om paketspårning',
    'customer-service-messages': 'meddelanden till kundtjänsten',
  },
  purposes: {
    'running-the-store': 'drift av webbutiken',
    'order-fulfilment': 'leverans av beställningar',
    'order-processing': 'orderhantering',
    payments: 'betalningar',
    delivery: 'transport av beställningar',
    'delivery-notifications': 'leveransaviseringar',
    'customer-service': 'kundtjänst',
    bookkeeping: 'bokföring',
    'order-emails': 'orderbekräftelser och andra meddelanden om beställningar',
    'email-marketing': 'marknadsföring per e-post med ditt samtycke',
    'email-marketing-consent':
      'lagring av ditt samtycke till e-postmarknadsföring',
    newsletter: 'nyhetsbrev med ditt samtycke',
    'newsletter-signup': 'anmälan till nyhetsbrev',
    'proof-of-consent': 'bevis på samtycke',
    'product-recommendations': 'personliga produktrekommendationer',
    'review-publication': 'publicering av produktrecensioner',
    'review-requests': 'e-post med förfrågan om recension',
  },
  heldData: {
    'customer-profile-and-orders': 'dina kunduppgifter och beställningar',
    'order-records':
      'orderuppgifter (datum, produkter, belopp, leveransuppgifter)',
    'anonymised-order-records':
      'orderuppgifter (belopp, datum, produkter) där dina personuppgifter har anonymiserats',
    'email-suppression': 'din e-postadress på en spärrlista',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: Europeiska kommissionens beslut om adekvat skyddsnivå (${a})`,
    sccs: (c, a) => `${c}: standardavtalsklausuler (${a})`,
    bcrs: (c, a) => `${c}: bindande företagsbestämmelser (${a})`,
  },
  dpf: 'gäller företag som är certifierade enligt dataskyddsramen mellan EU och USA',
  transfersHeading: 'Överföringar till länder utanför EES',
  noTransfer: 'inom EES: ingen överföring',
  controller: {
    heading: 'Vem som ansvarar för dina uppgifter',
    name: 'Personuppgiftsansvarig',
    businessId: 'Organisationsnummer',
    businessIdFi: 'FO-nummer',
    address: 'Adress',
    privacyContact: 'Kontakt i dataskyddsfrågor',
    dpo: 'Dataskyddsombud',
    line: (parts) => `Personuppgiftsansvarig: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} har uppgett att inga beslut som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig fattas enbart på grundval av automatiserad behandling, inbegripet profilering (${a}).`,
    used: (m, a) =>
      `${m} fattar beslut om dig som enbart grundar sig på automatiserad behandling (${a}).`,
    logic: 'Hur besluten fattas:',
    consequences: 'Vad de innebär för dig:',
    rights: (a) =>
      `Du kan begära att en person hos butiken går igenom ett sådant beslut, framföra din synpunkt och bestrida beslutet (${a}).`,
    undeclared: (m, a) =>
      `${m} har inte uppgett om beslut om dig fattas enbart på grundval av automatiserad behandling (${a}). Du kan fråga butiken.`,
    profilingHeading: 'Profilering',
    profilingNone:
      'Enligt butikens register profilerar ingen av de organisationer som behandlar dina uppgifter för butikens räkning dig.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `Profileringen används för direktmarknadsföring. Du kan när som helst och kostnadsfritt invända mot den, och då upphör den (${a}): använd butikens formulär (”Sluta använda mina uppgifter”).`,
    objectOther: (a) =>
      `Du kan invända mot profileringen av skäl som hänför sig till din specifika situation (${a}).`,
  },
  serviceKeeps: {
    heading: 'Vad butikens tjänst för begäranden sparar',
    record: (period, a) =>
      `Uppgifterna om den här begäran (din e-postadress, vad du bad om, vad som gjordes och när) sparas i ${period} efter att begäran avslutats, så att butiken kan visa hur den hanterade din begäran och besvara ett klagomål eller anspråk som gäller den (${a}).`,
    hash: (period) =>
      `Därefter tas din e-postadress, ditt namn och det du skrev bort. Uppgifterna om hur begäran hanterades och din e-postadress i pseudonymiserad form (ett hashvärde av den) sparas i ytterligare ${period}. Den som redan känner till din adress kan beräkna samma hashvärde och jämföra, så det är fortfarande en personuppgift (skäl 26 i dataskyddsförordningen). Det sparas för att känna igen upprepade begäranden och visa hur din begäran hanterades, och raderas sedan.`,
    years: (n) => `${n} år`,
    days: (n) => `${n} ${n === 1 ? 'dag' : 'dagar'}`,
  },
  complaint: {
    heading: 'Din rätt att klaga',
    right: `Du har rätt att lämna in ett klagomål till en tillsynsmyndighet för dataskydd och att få din sak prövad av domstol (artiklarna 77 och 79 i dataskyddsförordningen).`,
    rightPlain:
      'Du har rätt att lämna in ett klagomål till tillsynsmyndigheten för dataskydd och att få din sak prövad av domstol.',
    authority: (name, url) =>
      `Den myndighet som utövar tillsyn över butiken: ${name} (${url}).`,
    elsewhere: (url) =>
      `Du kan också klaga hos tillsynsmyndigheten i det land där du bor eller arbetar; en förteckning över tillsynsmyndigheterna i EU och EES finns på ${url}`,
  },
};

const de: RegisterMessages = {
  categories: {
    'contact-details': 'Kontaktdaten',
    name: 'Name',
    'email-address': 'E-Mail-Adresse',
    'phone-number': 'Telefonnummer',
    'delivery-address': 'Lieferadresse',
    'billing-address': 'Rechnungsadresse',
    'postcode-and-country': 'Postleitzahl und Land',
    'order-history': 'Bestellhistorie',
    'payment-details': 'Zahlungsdaten',
    'marketing-consent': 'Werbeeinwilligung',
    'consent-records': 'Einwilligungsnachweise (Datum von An- und Abmeldung)',
    'ip-address': 'IP-Adresse',
    'device-identifiers': 'Gerätekennungen',
    'browsing-behaviour': 'Surfverhalten',
    'purchase-behaviour': 'Kaufverhalten',
    'email-activity': 'E-Mail-Aktivität (Öffnungen, Klicks)',
    'unsubscribe-status': 'Abmeldestatus',
    'reviews-and-photos': 'Bewertungen und Fotos',
    'parcel-tracking': 'Sendungsverfolgung',
    'customer-service-messages': 'Nachrichten an den Kundendienst',
  },
  purposes: {
    'running-the-store': 'Betrieb des Onlineshops',
    'order-fulfilment': 'Ausführung von Bestellungen',
    'order-processing': 'Bestellabwicklung',
    payments: 'Zahlungen',
    delivery: 'Zustellung der Bestellungen',
    'delivery-notifications': 'Versandbenachrichtigungen',
    'customer-service': 'Kundendienst',
    bookkeeping: 'Buchführung',
    'order-emails': 'Bestell-E-Mails',
    'email-marketing': 'E-Mail-Werbung mit Ihrer Einwilligung',
    'email-marketing-consent':
      'Speicherung Ihrer Einwilligung in E-Mail-Werbung',
    newsletter: 'Newsletter mit Ihrer Einwilligung',
    'newsletter-signup': 'Newsletter-Anmeldung',
    'proof-of-consent': 'Nachweis der Einwilligung',
    'product-recommendations': 'personalisierte Produktempfehlungen',
    'review-publication': 'Veröffentlichung von Produktbewertungen',
    'review-requests': 'E-Mails mit der Bitte um eine Bewertung',
  },
  heldData: {
    'customer-profile-and-orders': 'Ihr Kundendatensatz und Ihre Bestellungen',
    'order-records': 'Bestelldaten (Datum, Produkte, Beträge, Lieferangaben)',
    'anonymised-order-records':
      'Bestelldaten (Beträge, Datum, Produkte), in denen Ihre personenbezogenen Angaben anonymisiert sind',
    'email-suppression': 'Ihre E-Mail-Adresse auf einer Sperrliste',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: Angemessenheitsbeschluss der Europäischen Kommission (${a})`,
    sccs: (c, a) => `${c}: Standardvertragsklauseln (${a})`,
    bcrs: (c, a) => `${c}: verbindliche interne Datenschutzvorschriften (${a})`,
  },
  dpf: 'gilt für Unternehmen, die nach dem EU-US-Datenschutzrahmen zertifiziert sind',
  transfersHeading: 'Übermittlungen in Länder außerhalb des EWR',
  noTransfer: 'innerhalb des EWR: keine Übermittlung',
  controller: {
    heading: 'Wer für Ihre Daten verantwortlich ist',
    name: 'Verantwortlicher',
    businessId: 'Unternehmenskennung',
    businessIdFi: 'Unternehmenskennung (Y-tunnus)',
    address: 'Anschrift',
    privacyContact: 'Kontakt für Datenschutzfragen',
    dpo: 'Datenschutzbeauftragte(r)',
    line: (parts) => `Verantwortlicher: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} hat erklärt, keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen zu treffen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (${a}).`,
    used: (m, a) =>
      `${m} trifft Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung beruhen (${a}).`,
    logic: 'Wie die Entscheidungen zustande kommen:',
    consequences: 'Was sie für Sie bedeuten:',
    rights: (a) =>
      `Sie können verlangen, dass eine Person beim Shop eine solche Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten (${a}).`,
    undeclared: (m, a) =>
      `${m} hat nicht angegeben, ob Entscheidungen über Sie ausschließlich automatisiert getroffen werden (${a}). Sie können beim Shop nachfragen.`,
    profilingHeading: 'Profiling',
    profilingNone:
      'Laut dem Verzeichnis des Shops erstellt keine der Stellen, die Ihre Daten für ihn verarbeiten, ein Profil von Ihnen.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `Dieses Profiling dient der Direktwerbung. Sie können ihm jederzeit kostenlos widersprechen; es wird dann beendet (${a}). Nutzen Sie dafür das Anfrageformular des Shops („Nutzung meiner Daten beenden (Widerspruch)“).`,
    objectOther: (a) =>
      `Sie können diesem Profiling aus Gründen, die sich aus Ihrer besonderen Situation ergeben, widersprechen (${a}).`,
  },
  serviceKeeps: {
    heading: 'Was der Shop zu Ihrer Anfrage aufbewahrt',
    record: (period, a) =>
      `Die Angaben zu dieser Anfrage (Ihre E-Mail-Adresse, Ihr Anliegen, was wann getan wurde) werden ${period} nach Abschluss der Anfrage aufbewahrt, damit der Shop nachweisen kann, wie er Ihre Anfrage bearbeitet hat, und auf eine Beschwerde oder einen Anspruch dazu antworten kann (${a}).`,
    hash: (period) =>
      `Danach werden Ihre E-Mail-Adresse, Ihr Name und Ihre eigenen Angaben entfernt. Wie die Anfrage bearbeitet wurde, bleibt noch ${period} gespeichert, zusammen mit Ihrer E-Mail-Adresse in pseudonymisierter Form (einem Hashwert). Wer Ihre Adresse bereits kennt, kann denselben Hashwert berechnen und abgleichen; es handelt sich daher weiterhin um personenbezogene Daten (Erwägungsgrund 26 DSGVO). Sie werden aufbewahrt, um wiederholte Anfragen zu erkennen und nachzuweisen, wie Ihre Anfrage bearbeitet wurde, und danach gelöscht.`,
    years: (n) => `${n} ${n === 1 ? 'Jahr' : 'Jahre'}`,
    days: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`,
  },
  complaint: {
    heading: 'Ihr Beschwerderecht',
    right: `Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren und gegen den Shop einen gerichtlichen Rechtsbehelf einzulegen (Art. 77 und 79 DSGVO).`,
    rightPlain:
      'Sie haben das Recht, sich bei der Datenschutz-Aufsichtsbehörde zu beschweren und gegen den Shop einen gerichtlichen Rechtsbehelf einzulegen.',
    authority: (name, url) =>
      `Die für den Shop zuständige Aufsichtsbehörde: ${name} (${url}).`,
    elsewhere: (url) =>
      `Sie können sich auch an die Aufsichtsbehörde des Landes wenden, in dem Sie wohnen oder arbeiten; die Liste der Behörden in der EU und im EWR: ${url}`,
  },
};

const fr: RegisterMessages = {
  categories: {
    'contact-details': 'coordonnées',
    name: 'nom',
    'email-address': 'adresse e-mail',
    'phone-number': 'numéro de téléphone',
    'delivery-address': 'adresse de livraison',
    'billing-address': 'adresse de facturation',
    'postcode-and-country': 'code postal et pays',
    'order-history': 'historique des commandes',
    'payment-details': 'données de paiement',
    'marketing-consent': 'consentement à la prospection',
    'consent-records':
      'preuves de consentement (dates d’inscription et de retrait)',
    'ip-address': 'adresse IP',
    'device-identifiers': 'identifiants d’appareil',
    'browsing-behaviour': 'données de navigation',
    'purchase-behaviour': 'habitudes d’achat',
    'email-activity': 'activité des e-mails (ouvertures, clics)',
    'unsubscribe-status': 'statut de désinscription',
    'reviews-and-photos': 'avis et photos',
    'parcel-tracking': 'suivi des colis',
    'customer-service-messages': 'messages au service client',
  },
  purposes: {
    'running-the-store': 'gestion de la boutique en ligne',
    'order-fulfilment': 'exécution des commandes',
    'order-processing': 'traitement des commandes',
    payments: 'paiements',
    delivery: 'livraison des commandes',
    'delivery-notifications': 'avis de livraison',
    'customer-service': 'service client',
    bookkeeping: 'comptabilité',
    'order-emails': 'e-mails relatifs aux commandes',
    'email-marketing': 'prospection par e-mail avec votre consentement',
    'email-marketing-consent':
      'conservation de votre consentement à la prospection par e-mail',
    newsletter: 'lettre d’information avec votre consentement',
    'newsletter-signup': 'inscription à la lettre d’information',
    'proof-of-consent': 'preuve du consentement',
    'product-recommendations': 'recommandations de produits personnalisées',
    'review-publication': 'publication d’avis sur les produits',
    'review-requests': 'e-mails de demande d’avis',
  },
  heldData: {
    'customer-profile-and-orders': 'votre fiche client et vos commandes',
    'order-records':
      'données de commande (dates, produits, montants, livraison)',
    'anonymised-order-records':
      'données de commande (montants, dates, produits) dont vos données personnelles ont été anonymisées',
    'email-suppression': 'votre adresse e-mail sur une liste d’exclusion',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}${NBSP}: décision d’adéquation de la Commission européenne (${a})`,
    sccs: (c, a) => `${c}${NBSP}: clauses contractuelles types (${a})`,
    bcrs: (c, a) => `${c}${NBSP}: règles d’entreprise contraignantes (${a})`,
  },
  dpf: 'pour les entreprises certifiées au titre du cadre de protection des données UE–États-Unis',
  transfersHeading: 'Transferts hors de l’EEE',
  noTransfer: `dans l’EEE${NBSP}: aucun transfert`,
  controller: {
    heading: 'Qui est responsable de vos données',
    name: 'Responsable du traitement',
    businessId: 'Numéro d’entreprise',
    businessIdFi: 'Numéro d’entreprise (Y-tunnus)',
    address: 'Adresse',
    privacyContact: 'Contact pour la protection des données',
    dpo: 'Délégué à la protection des données',
    line: (parts) => `Responsable du traitement${NBSP}: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} a déclaré ne prendre à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques ou vous affectant de manière significative de façon similaire (${a}).`,
    used: (m, a) =>
      `${m} prend à votre égard des décisions fondées exclusivement sur un traitement automatisé (${a}).`,
    logic: `Comment ces décisions sont prises${NBSP}:`,
    consequences: `Ce qu’elles signifient pour vous${NBSP}:`,
    rights: (a) =>
      `Vous pouvez demander qu’une personne de la boutique examine une telle décision, exprimer votre point de vue et contester la décision (${a}).`,
    undeclared: (m, a) =>
      `${m} n’a pas indiqué si des décisions vous concernant sont prises exclusivement par traitement automatisé (${a}). Vous pouvez poser la question à la boutique.`,
    profilingHeading: 'Profilage',
    profilingNone:
      'Selon le registre de la boutique, aucun des organismes qui traitent vos données pour son compte ne vous profile.',
    profilingBy: (p) => `${p}${NBSP}:`,
    objectMarketing: (a) =>
      `Ce profilage sert la prospection commerciale. Vous pouvez vous y opposer à tout moment, gratuitement, et il cesse alors (${a})${NBSP}: utilisez le formulaire de demande de la boutique («${NBSP}Ne plus utiliser mes données${NBSP}»).`,
    objectOther: (a) =>
      `Vous pouvez vous opposer à ce profilage pour des raisons tenant à votre situation particulière (${a}).`,
  },
  serviceKeeps: {
    heading: 'Ce que la boutique conserve au sujet de votre demande',
    record: (period, a) =>
      `Le dossier de cette demande (votre adresse e-mail, ce que vous avez demandé, ce qui a été fait et quand) est conservé ${period} après la clôture de la demande, afin que la boutique puisse montrer comment elle l’a traitée et répondre à une réclamation ou à une action en justice à son sujet (${a}).`,
    hash: (period) =>
      `Ensuite, votre adresse e-mail, votre nom et ce que vous avez écrit sont supprimés. La trace du traitement de la demande est conservée ${period} de plus, avec votre adresse e-mail sous forme pseudonymisée (un hachage de celle-ci). Quiconque connaît déjà votre adresse peut calculer le même hachage et les comparer${NBSP}: il s’agit donc toujours d’une donnée à caractère personnel (RGPD, considérant 26). Elle est conservée pour reconnaître les demandes répétées et montrer comment votre demande a été traitée, puis supprimée.`,
    years: (n) => `${n} an${n === 1 ? '' : 's'}`,
    days: (n) => `${n} jour${n === 1 ? '' : 's'}`,
  },
  complaint: {
    heading: 'Votre droit de réclamation',
    right: `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle de la protection des données et de former un recours juridictionnel contre la boutique (articles 77 et 79 du RGPD).`,
    rightPlain:
      'Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle de la protection des données et de former un recours juridictionnel contre la boutique.',
    authority: (name, url) =>
      `Autorité de contrôle compétente pour la boutique${NBSP}: ${name} (${url}).`,
    elsewhere: (url) =>
      `Vous pouvez aussi introduire une réclamation auprès de l’autorité du pays où vous vivez ou travaillez${NBSP}; la liste des autorités de l’UE et de l’EEE${NBSP}: ${url}`,
  },
};

export const REGISTER_MESSAGES: Record<Locale, RegisterMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
