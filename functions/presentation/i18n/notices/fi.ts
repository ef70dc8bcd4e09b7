/** The fi texts of notices.ts (loaded when a text in this language is first read: lazy.ts). */
import type { NoticeMessages } from '../notices.ts';

export const fi: NoticeMessages = {
  deadline: {
    month:
      'Määräaika on kuukausi siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen); jos kuukausi päättyy viikonloppuna tai arkipyhänä, määräaika päättyy seuraavana arkipäivänä.',
    monthUk:
      'Määräaika on kuukausi siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen).',
    days: (n) =>
      `Määräaika on ${n} päivää siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen).`,
    extension: (date) =>
      `Jos pyyntösi on monimutkainen, kauppa voi jatkaa määräaikaa enintään kahdella kuukaudella, mutta sen on kerrottava sinulle syy viimeistään ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) => `Tietosuojapyyntösi on vastaanotettu: ${m} [${ref}]`,
    received: (m, right, date) =>
      `Kauppa ${m} vastaanotti pyyntösi ${date}: ${right}.`,
    due: (date) => `Kaupan on vastattava viimeistään ${date}.`,
    next: 'Mitä seuraavaksi tapahtuu: kauppa päättää pyynnöstäsi ja pyytää tietojasi käsitteleviä organisaatioita toteuttamaan sen. Saat vastauksen sähköpostitse; alla olevasta linkistä näet, missä vaiheessa pyyntösi on.',
    nothingToDo: 'Sinun ei tarvitse tehdä nyt mitään.',
    channel: {
      email: 'Se saapui sähköpostilla.',
      post: 'Se saapui postitse.',
      phone: 'Se tehtiin puhelimessa.',
      'in-person': 'Se tehtiin henkilökohtaisesti.',
      other: 'Se tuli suoraan kauppaan.',
    },
    identity:
      'Kauppa on tarkistanut, että pyyntö tulee sinulta, joten sinun ei tarvitse vahvistaa mitään.',
  },
  failure: {
    subject: (m, ref) =>
      `Tietosuojapyyntösi käsittely viivästyy: ${m} [${ref}]`,
    body: (right) =>
      `Pyyntösi käsittely on toistaiseksi keskeytynyt teknisen ongelman vuoksi: ${right}. Kauppa on saanut siitä tiedon, ja sen on silti vietävä pyyntösi loppuun.`,
    due: (date) =>
      `Määräaika on yhä voimassa: kaupan on vastattava viimeistään ${date}.`,
    nothingToDo: 'Sinun ei tarvitse tehdä mitään; kauppa on sinuun yhteydessä.',
  },
  deferralCancelled: {
    subject: (m, ref) =>
      `Poistamatta jätettyjä tietoja säilytetään edelleen: ${m} [${ref}]`,
    body: (m, until, processors) =>
      `Kun tietosi poistettiin, kauppa ${m} jätti osan niistä lakisääteisestä syystä poistamatta ja kertoi, että ne poistetaan automaattisesti ${until} jälkeen. Kauppa on nyt päättänyt säilyttää nämä tiedot pidempään. Tiedot ovat seuraavilla: ${processors}.`,
  },
  lift: {
    subject: (m, ref) =>
      `Tietojesi käsittelyn rajoitus poistetaan: ${m} [${ref}]`,
    body: (m, date, lifted, a) =>
      `Kauppa ${m} rajoitti pyynnöstäsi tietojesi käsittelyä ${date}. Kauppa poistaa rajoituksen ${lifted}; tämä viesti lähetetään sinulle ennen rajoituksen poistamista (${a}). Sen jälkeen tietojasi voidaan taas käyttää niihin tarkoituksiin, joita varten ne on kerätty.`,
    where: (processors) => `Rajoitus poistetaan seuraavilta: ${processors}.`,
    object: (a) =>
      `Jos kauppa käsittelee tietojasi oikeutetun etunsa perusteella, voit milloin tahansa vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella (${a}).`,
  },
  liftPage: {
    title: (ref) => `Käsittelyn rajoituksen poistaminen ${ref}`,
    heading: 'Poistetaanko käsittelyn rajoitus?',
    body: (processors, date) =>
      `Asiakkaan tietojen käsittelyä rajoitettiin ${date} seuraavilla: ${processors}. Kun rajoitus poistetaan, asiakkaalle ilmoitetaan ensin perusteluineen (tietosuoja-asetuksen 18 artiklan 3 kohta); sen jälkeen kaupan omista tiedoista poistetaan rajoitusmerkintä ja muita käsittelijöitä pyydetään sähköpostitse poistamaan rajoitus.`,
    reason:
      'Perustelu, lähetetään asiakkaalle (esimerkiksi: tietojen paikkansapitävyys on tarkistettu)',
    submit: 'Ilmoita asiakkaalle ja poista rajoitus',
    reasonRequired: 'Kerro, miksi rajoitus poistetaan.',
    reasonTooLong: 'Perustelussa voi olla enintään 1000 merkkiä.',
    doneTitle: 'Rajoitus poistettu',
    doneBody:
      'Asiakkaalle on ilmoitettu, kaupan omista tiedoista on poistettu rajoitusmerkintä ja muita käsittelijöitä on pyydetty sähköpostitse poistamaan rajoitus.',
    copyIntro:
      'Kun rajoituksen on määrä päättyä (esimerkiksi kun tietojen paikkansapitävyys on tarkistettu), poista se tästä; asiakkaalle ilmoitetaan ensin (tietosuoja-asetuksen 18 artiklan 3 kohta):',
    copyLink: 'Poista käsittelyn rajoitus',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Käsittelyn rajoitus poistettu: rekisteröidyn pyyntö (${merchant}), viite ${ref}`,
    body: (merchant, processor, date) =>
      `Käsittelijä: ${processor}. Pyysimme teitä ${date} rajoittamaan tämän henkilön henkilötietojen käsittelyä (tietosuoja-asetuksen 18 artikla). ${merchant} on nyt poistanut rajoituksen: voitte jälleen käsitellä tietoja tietojenkäsittelysopimuksemme mukaisesti. Vahvistusta ei tarvita.`,
  },
  noData: {
    subject: (m, ref) =>
      `Sinusta ei ole tallennettu henkilötietoja: ${m} [${ref}]`,
    body: (m, right) =>
      `Kauppa ${m} on vastannut pyyntöösi: ${right}. Kaupalla tai sen puolesta asiakastietoja käsittelevillä organisaatioilla ei ole tällä sähköpostiosoitteella sinua koskevia henkilötietoja.`,
    otherAddress:
      'Jos olet asioinut kaupassa toisella sähköpostiosoitteella, voit lähettää uuden pyynnön sillä osoitteella.',
  },
  erasureNothingHeld: () =>
    'Kaupalla tai sen puolesta asiakastietoja käsittelevillä organisaatioilla ei ollut tällä sähköpostiosoitteella sinua koskevia henkilötietoja, joten poistettavaa ei ollut.',
  reviewed:
    'Ennen paketin luovuttamista kauppa tarkisti sen, jotta muita henkilöitä koskevat tiedot jäävät pois silloin, kun niiden antaminen sinulle vaikuttaisi heidän oikeuksiinsa (tietosuoja-asetuksen 15 artiklan 4 kohta).',
};
