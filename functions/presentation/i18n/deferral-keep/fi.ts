/** The fi texts of deferral-keep.ts (loaded when a text in this language is first read: lazy.ts). */
import type { DeferralKeepMessages } from '../deferral-keep.ts';

export const fi: DeferralKeepMessages = {
  groundLegend: 'Peruste tietojen säilyttämiselle (kerrotaan asiakkaalle)',
  groundLabels: {
    'legal-obligation': 'Lakisääteinen velvoite edellyttää säilyttämistä',
    'legal-claims':
      'Tietoja tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen',
  },
  endLegend:
    'Mihin asti: päivämäärä tai tapahtuma (asiakkaalle kerrotaan, että kauppa poistaa tiedot silloin)',
  untilDate: 'Tähän päivämäärään asti',
  untilEvent:
    'Tai kunnes tämä tapahtuu (esimerkiksi: tilausta 1001 koskeva oikeudenkäynti päättyy)',
  problems: {
    groundRequired: 'Valitse peruste tietojen säilyttämiselle.',
    endRequired:
      'Anna joko päivämäärä, johon asti tiedot säilytetään, tai tapahtuma, johon säilyttäminen päättyy, mutta ei molempia.',
    dateInvalid:
      'Päivämäärän on oltava tämän päivän jälkeen ja enintään 10 vuoden päässä.',
    eventTooLong: 'Kuvaa tapahtuma yhdellä rivillä, enintään 200 merkillä.',
    processorUnavailable:
      'Shopify ei juuri nyt pystynyt perumaan pyytämäämme poistoa. Mitään ei muutettu: yritä hetken päästä uudelleen.',
  },
  groundBasis: {
    'legal-obligation': 'lakisääteisen velvoitteen noudattaminen',
    'legal-claims': 'oikeusvaateen laatiminen, esittäminen tai puolustaminen',
  },
  keptOn: (basis) =>
    `Kauppa säilyttää tiedot seuraavalla perusteella: ${basis}.`,
  keptUntil: (date) =>
    `Kauppa säilyttää tiedot ${date} asti ja poistaa ne silloin.`,
  keptUntilEvent: (event) =>
    `Kauppa säilyttää tiedot, kunnes seuraava on tapahtunut: ”${event}”, ja poistaa ne silloin.`,
};
