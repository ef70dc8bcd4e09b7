/** The fi texts of refusals.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RefusalMessages } from '../refusals.ts';

export const fi: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Ilmeisen perusteeton (12 artiklan 5 kohta)',
    excessive: 'Kohtuuton (12 artiklan 5 kohta)',
    'identity-unconfirmed':
      'Pyytäjän henkilöllisyyttä ei voitu varmistaa pyydetyilläkään lisätiedoilla (11 artiklan 2 kohta ja 12 artiklan 2 kohta)',
    'no-erasure-ground':
      'Poisto: mikään 17 artiklan 1 kohdan perusteista ei täyty (esimerkiksi tietoja tarvitaan yhä siihen tarkoitukseen, jota varten ne kerättiin)',
    'portability-not-applicable':
      'Siirto: käsittely ei perustu suostumukseen tai sopimukseen, tai sitä ei tehdä automaattisesti (20 artiklan 1 kohta)',
    'compelling-legitimate-grounds':
      'Vastustus: käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää asiakkaan edut, oikeudet ja vapaudet (21 artiklan 1 kohta)',
    'objection-legal-claims':
      'Vastustus: käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta)',
    other: 'Muu (selitä alla)',
    'legal-obligation':
      'Poisto: tiedot on säilytettävä lakisääteisen velvoitteen vuoksi (17 artiklan 3 kohdan b alakohta)',
    'legal-claims':
      'Poisto: tietoja tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen (17 artiklan 3 kohdan e alakohta)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'Pyyntö on ilmeisen perusteeton (tietosuoja-asetuksen 12 artiklan 5 kohta).',
    excessive:
      'Pyyntö on kohtuuton (tietosuoja-asetuksen 12 artiklan 5 kohta).',
    'identity-unconfirmed':
      'Emme voineet pyytämiemme lisätietojenkaan perusteella varmistaa, että pyyntö on sinulta (tietosuoja-asetuksen 11 artiklan 2 kohta ja 12 artiklan 2 kohta).',
    'no-erasure-ground':
      'Mikään tietosuoja-asetuksen 17 artiklan 1 kohdassa luetelluista poistamisen perusteista ei koske tietojasi.',
    'portability-not-applicable':
      'Oikeus siirtää tiedot järjestelmästä toiseen ei koske näitä tietoja: niiden käsittely ei perustu suostumukseesi tai kanssasi tehtyyn sopimukseen, tai sitä ei tehdä automaattisesti (tietosuoja-asetuksen 20 artiklan 1 kohta).',
    'compelling-legitimate-grounds':
      'Käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi (tietosuoja-asetuksen 21 artiklan 1 kohta).',
    'objection-legal-claims':
      'Käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 21 artiklan 1 kohta).',
    other: 'Muut perusteet, selitetty alla.',
    'legal-obligation':
      'Meidän on säilytettävä tiedot lakisääteisen velvoitteen noudattamiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta).',
    'legal-claims':
      'Tietoja tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen (tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta).',
  },
  errors: {
    groundNeedsReason:
      'Luettelon peruste ei yksin riitä: kirjoita perustelut, jotka koskevat juuri tätä pyyntöä. Asiakas lukee ne (12 artiklan 4 kohta), ja kaupan on pystyttävä osoittamaan ne (12 artiklan 5 kohta).',
    reasonToAsk: 'Kirjoita, mitä lisätietoja asiakkaalta tarvitaan ja miksi.',
    alreadyAsked:
      'Asiakkaalta on jo kerran pyydetty lisätietoja. Hyväksy tai hylkää pyyntö nyt.',
    noteWithoutApprove:
      'Viesti käsittelijöille kuuluu vain hyväksyntään: muuten käsittelijöihin ei oteta yhteyttä. Tyhjennä viesti tai valitse Hyväksy.',
    noteTooLong: 'Viestissä käsittelijöille voi olla enintään 1000 merkkiä.',
    noteRequired:
      'Vastustus koskee muuta käsittelyä kuin suoramarkkinointia: hyväksyttäessä on kirjoitettava viestiin käsittelijöille, mikä käsittely heidän on lopetettava.',
    reasonWithApprove:
      'Valinta on Hyväksy, mutta asiakkaalle on kirjoitettu myös tekstiä. Se lähetetään vain hylättäessä, määräaikaa jatkettaessa tai lisätietoja pyydettäessä: hyväksyessä tyhjennä kenttä; hylätessä valitse Hylkää.',
  },
  chooseAll: 'Valitse hyväksy, hylkää, jatka tai pyydä lisätietoja.',
  chooseAsk: 'Valitse hyväksy, hylkää tai pyydä lisätietoja.',
  groundLegend:
    'Kieltäytymisen peruste (vain hylättäessä; tämän pyynnön perustelut on kirjoitettava lisäksi alle)',
  noGround:
    'Ei kieltäytymisen perustetta (hyväksyntä, jatko tai lisätietojen pyyntö)',
  reason:
    'Lähetetään asiakkaalle: tämän pyynnön perustelut (pakollinen hylättäessä ja jatkettaessa) tai se, mitä asiakkaalta tarvitaan (lisätietoja pyydettäessä)',
  ask: 'Pyydä lisätietoja',
  askExplain:
    'asiakas saa kysymyksen sähköpostitse ja vastaa sivulla; päätös tehdään sen jälkeen, ja vastaus näkyy tällä sivulla. Kerran pyyntöä kohden.',
  pause: {
    'stops-clock':
      'Määräaika ei kulu, kun asiakkaan vastausta odotetaan (Yhdistyneen kuningaskunnan tietosuoja-asetuksen 12 A artikla): määräpäivä siirtyy vastaukseen kuluneiden päivien verran.',
    'outer-bound-only':
      'Määräpäivä ei siirry vastausta odotettaessa: päätös on tehtävä yllä olevaan päivään mennessä.',
    none: 'Määräpäivä ei siirry vastausta odotettaessa: päätös on tehtävä yllä olevaan päivään mennessä.',
  },
  askedNotice:
    'Kysymys on lähetetty asiakkaalle sähköpostitse. Vastaus lähetetään sähköpostitse; sillä välin pyynnön voi yhä hyväksyä tai hylätä.',
  information: {
    heading: 'Lisätiedot asiakkaalta',
    asked: (date) => `Kysytty ${date}:`,
    waiting: 'Asiakas ei ole vielä vastannut.',
    answered: (date) => `Asiakas vastasi ${date}:`,
  },
  earlier: {
    heading: 'Aiemmat pyynnöt samasta sähköpostiosoitteesta',
    none: 'Tästä sähköpostiosoitteesta ei ole muita vahvistettuja pyyntöjä.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 muu pyyntö' : `${total} muuta pyyntöä`}, joista ${withinYear} tätä edeltäneiden 12 kuukauden aikana.`,
    shown: (n) => `Luettelossa on ${n} viimeisintä.`,
    outcome: 'Lopputulos',
    outcomes: {
      open: 'Yhä kesken',
      answered: 'Vastattu',
      refused: 'Hylätty',
      cancelled: 'Peruttu',
      failed: 'Pysähtyi virheeseen, vastaus yhä velkaa',
      expired: 'Ei vahvistettu',
    },
    closedOn: (outcome, date) => `${outcome} ${date}`,
    hint: 'Jotta pyynnön voi hylätä kohtuuttomana, kaupan on pystyttävä osoittamaan, miksi se on sitä (12 artiklan 5 kohta). Uusi pyyntö ei sellaisenaan ole kohtuuton; Euroopan tietosuojaneuvoston mukaan yli vuoden kuluttua edellisestä tehty pyyntö ei ole kohtuuton toistuvuutensa vuoksi (ohjeet 01/2022).',
  },
  extendBy: 'Jatka viimeistään',
  refuseBy: 'Hylkää viimeistään (12 artiklan 4 kohta)',
  refusalLate: (date) =>
    `Määräaika ilmoittaa asiakkaalle kieltäytymisestä päättyi ${date} (12 artiklan 4 kohta: kuukausi pyynnön vastaanottamisesta). Nyt lähetettävä hylkäys on myöhässä.`,
  note: 'Viesti käsittelijöille (vapaaehtoinen, hyväksyttäessä)',
  noteHint:
    'Käsittelijät lukevat viestin saamansa pyynnön yhteydessä. Kirjoita vain se, mitä ne tarvitsevat pyynnön toteuttamiseen; enintään 1000 merkkiä.',
  noteObjection:
    'Vastustus koskee muuta käsittelyä kuin suoramarkkinointia (21 artiklan 1 kohta): hyväksyttäessä viesti on pakollinen. Kerro siinä, mikä käsittely käsittelijöiden on lopetettava; heitä ei pyydetä lopettamaan markkinointia.',
  objectionScope: 'Vastustuksen kohde',
  scopes: {
    'direct-marketing': 'suoramarkkinointi (21 artiklan 2 ja 3 kohta)',
    other: 'muu käsittely, kuten profilointi (21 artiklan 1 kohta)',
  },
  directMarketingWarning: (processors) =>
    `Selosteen mukaan tietoja käytetään suoramarkkinointiin seuraavissa: ${processors}. Siltä osin kuin vastustus koskee suoramarkkinointia, se on toteutettava: sitä ei voi hylätä 21 artiklan 1 kohdan perusteilla (21 artiklan 3 kohta).`,
  waitingForAnswer: (date) =>
    `Asiakkaalta pyydettiin lisätietoja ${date}; vastausta ei ole vielä tullut.`,
  answeredOn: (date) => `Asiakas vastasi lisätietopyyntöön ${date}.`,
};
