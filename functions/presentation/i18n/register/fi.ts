/** The fi texts of register.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RegisterMessages } from '../register.ts';

export const fi: RegisterMessages = {
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
