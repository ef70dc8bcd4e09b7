/** The fi texts of answers.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AnswerMessages } from '../answers.ts';

export const fi: AnswerMessages = {
  provided: (what) => `luovutti tietosi (${what})`,
  providedUncounted: 'luovutti tietosi',
  providedNoFile:
    'vastasi luovuttaneensa tietosi, mutta vastauksen mukana ei tullut tiedostoa',
  files: (n) => `${n} tiedosto${n === 1 ? '' : 'a'}`,
  records: (n) => `${n} ${n === 1 ? 'tietue' : 'tietuetta'}`,
  noneHeld: 'ei säilytä sinusta tietoja',
  erased: 'poisti tietosi',
  erasedCounted: (r) => `poisti tietosi (${r})`,
  kept: 'poisti tietosi lukuun ottamatta sitä, mitä sen on säilytettävä',
  restricted:
    'rajoitti tietojesi käsittelyä: tiedot säilytetään, ja muuten niitä käsitellään vain suostumuksellasi, oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi, toisen henkilön oikeuksien suojaamiseksi tai tärkeää yleistä etua koskevista syistä (18 artiklan 2 kohta); kauppa ilmoittaa sinulle ennen kuin rajoitus poistetaan (18 artiklan 3 kohta)',
  marketingStopped: 'lopetti sinulle suunnatun suoramarkkinoinnin',
  processingStopped: 'lopetti käsittelyn, jota vastustit',
  confirmedDone: 'vahvisti toteuttaneensa pyyntösi',
  couldNot: (reason) => `ei voinut toteuttaa pyyntöäsi. Perustelu: ”${reason}”`,
  couldNotShort: 'ei voinut toteuttaa pyyntöäsi',
  heading: 'Organisaatioiden vastaukset tähän mennessä',
  failedShopper: 'ei ole vielä valmis; kauppa selvittää asiaa',
  failedMerchant: (reason) => `epäonnistui: ${reason}`,
  notAnswered: 'ei ole vielä vastannut',
  notAnsweredBy: (due) =>
    `ei ole vielä vastannut (vastausta pyydettiin viimeistään ${due})`,
  closedWithout:
    'ei toimittanut osuuttaan: kauppa päätti pyyntösi käsittelyn ilman sen vastausta',
  notContacted:
    'pyyntöä ei lähetetty: sille ei voi välittää tätä pyyntöä (kaupalle on kerrottu)',
  notConcernedMarketing:
    'pyyntöä ei lähetetty: kaupan tietojen mukaan se ei käytä tietojasi suoramarkkinointiin eikä profilointiin',
  notConcernedCorrections:
    'pyyntöä ei lähetetty: kaupan tietojen mukaan sillä ei ole mitään korjattavista tiedoista',
  withdrawn:
    'kaupan pyytämä tietojesi poisto peruttiin, ja tietosi säilytetään siellä',
  withdrawalTooLate:
    'oli jo poistanut tietosi, joten poistoa ei enää voitu perua',
  withdrawalNothingPending:
    'ei enää ollut poistamassa tietojasi, joten peruttavaa ei ollut',
  withdrawalRefused:
    'ei sallinut kaupan pyytämän poiston perumista, joten poisto toteutuu',
  confirmedBy: (date) => `vahvistettu ${date}`,
  recordedByShop: (date) => `kaupan ${date} tekemän kirjauksen mukaan`,
  note: (text) => `Vastaajan huomautus: ”${text}”`,
  missing: (names, n) =>
    `${names} ${n === 1 ? 'ei toimittanut osuuttaan, joten sen tiedot puuttuvat' : 'eivät toimittaneet osuuttaan, joten niiden tiedot puuttuvat'}.`,
  and: 'ja',
};
