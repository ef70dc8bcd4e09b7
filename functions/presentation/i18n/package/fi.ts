/** The fi texts of package.ts (loaded when a text in this language is first read: lazy.ts). */
import type { PackageMessages } from '../package.ts';

export const fi: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Tietosi kaupasta ${m} ovat valmiina [${r}]`,
    packageReady: (m, a) =>
      `${m} on vastannut pyyntöösi saada tietosi (${a}). Kunkin kaupan puolesta tietoja käsittelevän organisaation vastaus:`,
    copySubject: (rt, r) => `Vastattu: ${rt} [${r}]`,
    copyIntro: (rt, r) =>
      `Pyyntöön ${r} (${rt}) on vastattu. Kunkin käsittelijän vastaus huomautuksineen (asiakkaan kappaleessa ei ole huomautuksia):`,
    packageAccess:
      'Lataus on zip-tiedosto. Avaa report.html selaimessa: se kertoo, kenellä tietojasi on, miksi, kuinka kauan ja mitkä ovat oikeutesi. data.json ja csv-kansio sisältävät itse tiedot.',
    packagePortability:
      'Lataus on zip-tiedosto, jossa tietosi ovat koneluettavassa muodossa: data.json (kaikki tiedot) ja yksi CSV-taulukko kutakin tietoryhmää kohden siirrettäväksi toiseen palveluun.',
    download: 'Lataa tietosi (zip)',
    linkWorks: (d, u) =>
      `Linkki toimii ${d} asti, enintään ${u} latausta. Sen jälkeen pyydä kaupalta uusi.`,
    certificateLink: 'Poistotodistuksesi',
    certificateSubject: (r) =>
      `Poistotodistus pyynnöstä ${r}: säilytä todisteena`,
    certificateIntro: (r) =>
      `Poistopyyntö ${r} on toteutettu. Todistus kertoo, mitä kukin organisaatio teki, eikä sisällä henkilötietoja. Sen tarkiste on tallennettu myös pyynnön tapahtumalokiin.`,
    certificateHtml: 'Todistus (luettava ja tulostettava)',
    certificateJson: 'Todistus (JSON-tiedosto)',
    certificateSave: (d) =>
      `Tallenna molemmat tiedostot: linkit toimivat ${d} asti, ja tallennetut kopiot poistetaan myöhemmin pyynnön muiden tiedostojen mukana.`,
    reviewSubject: (rt, r) => `Tarkista ennen luovutusta: ${rt} [${r}]`,
    reviewIntro: (rt, d) =>
      `Pyynnön ”${rt}” tiedot on koottu. Tarkista ne ennen lähettämistä, jotta muiden henkilöiden tiedot jäävät pois (tietosuoja-asetuksen 15 artiklan 4 kohta). Päätä ennen ${d}.`,
    reviewLink: 'Tarkista ja luovuta',
  },
  review: {
    title: 'Luovutuksen tarkistus',
    heading: 'Luovutetaanko tiedot asiakkaalle?',
    explain:
      'Paketti on valmis. Luovuta se, ellei se paljasta muiden henkilöiden tietoja tai liikesalaisuuksia (15 artiklan 4 kohta); muussa tapauksessa pidätä se ja kerro syy: asiakkaalle kerrotaan syysi ja oikeus tehdä valitus.',
    sources: 'Paketin sisältö',
    approve: 'Luovuta asiakkaalle',
    approveExplain: 'Asiakas saa latauslinkin sähköpostiin nyt.',
    withhold: 'Pidätä',
    withholdExplain:
      'Asiakkaalle kerrotaan syysi ja että hän voi tehdä valituksen.',
    reason: 'Pidättämisen syy',
    reasonHint: 'Näytetään asiakkaalle. Pakollinen pidätettäessä.',
    submit: 'Vahvista',
    released: 'Luovutettu',
    releasedBody: 'Asiakkaalle on lähetetty latauslinkki.',
    withheld: 'Pidätetty',
    withheldBody: 'Asiakkaalle on kerrottu syysi.',
    reasonRequired: 'Kerro syy paketin pidättämiselle.',
    choose: 'Valitse luovuta tai pidätä.',
    reasonTooLong: 'Syy saa olla enintään 2 000 merkkiä.',
    reasonWithRelease:
      'Valitsit paketin luovuttamisen, mutta kirjoitit myös syyn sen pidättämiselle. Jos haluat luovuttaa paketin, tyhjennä syykenttä; jos haluat pidättää sen, valitse Pidätä.',
  },
  report: {
    title: (m) => `Henkilötietosi: ${m}`,
    intro: (m, d, r) =>
      `Tämä raportti vastaa pyyntöösi saada nähdä henkilötietosi, joita ${m} käsittelee (tietosuoja-asetuksen 15 artikla). Raportti on laadittu ${d} (viite ${r}). Tämän paketin tiedostoissa ovat itse tiedot.`,
    holders: 'Kenellä tietojasi on',
    holdersIntro:
      'Alla on nimetty jokainen organisaatio, joka käsittelee asiakastietoja kaupan puolesta; viimeisessä sarakkeessa on kunkin vastaus pyyntöösi.',
    recipient: 'Organisaatio',
    categories: 'Tietoryhmät',
    purposes: 'Käyttötarkoitukset',
    retention: 'Säilytysaika',
    location: 'Käsittelypaikka',
    found: 'Vastaus',
    notStated: 'Ei ilmoitettu',
    records: (n) => `${n} tietue${n === 1 ? '' : 'tta'}`,
    source: 'Mistä tiedot ovat peräisin',
    sourceText: (m) =>
      `Olet antanut tiedot kaupalle ${m} (tilaukset, asiakastili, uutiskirjeen tilaus, arvostelut) tai ne ovat syntyneet kaupan käytöstä. Luetellut organisaatiot ovat saaneet ne kaupalta ${m} palvelunsa tuottamiseksi.`,
    rights: 'Oikeutesi',
    rightsText: 'Voit milloin tahansa pyytää kauppaa',
    rightList: [
      'oikaisemaan virheelliset tai puutteelliset tiedot (16 artikla);',
      'poistamaan tietosi, paitsi ne, jotka laki velvoittaa säilyttämään (17 artikla);',
      'rajoittamaan niiden käsittelyä, kunnes asia on selvitetty (18 artikla);',
      'lopettamaan niiden käytön suoramarkkinointiin (21 artiklan 2 ja 3 kohta) sekä erityiseen tilanteeseesi liittyvällä perusteella lopettamaan käsittelyn, joka perustuu kaupan oikeutettuun etuun tai yleisen edun mukaiseen tehtävään, jollei kauppa osoita käsittelyyn huomattavan tärkeää ja perusteltua syytä, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai tarvitse tietoja oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta);',
      'antamaan tietosi koneluettavassa muodossa siirrettäväksi muualle (20 artikla).',
    ],
    exercise: (c) =>
      `Voit käyttää oikeuksiasi kaupan pyyntölomakkeella tai kirjoittamalla osoitteeseen ${c}.`,
    automated: 'Automaattiset päätökset',
    consent: 'Suostumuksesi',
    consentIntro:
      'Antamasi tai peruuttamasi suostumukset (esimerkiksi uutiskirjeen tilaus- ja peruutuspäivät) organisaatioiden tallentamina.',
    consentNone: 'Suostumustietoja ei löytynyt.',
    consentColumns: ['Organisaatio', 'Tietue', 'Kenttä', 'Arvo'],
    files: 'Paketin tiedostot',
    filesJson:
      'data.json: kaikki tietosi yhdessä koneluettavassa tiedostossa (muoto dsr-export/2).',
    filesCsv:
      'csv/: yksi taulukko kutakin tietoryhmää kohden taulukkolaskentaa varten.',
  },
  certificate: {
    title: (m) => `Poistotodistus: ${m}`,
    intro: (m) =>
      `${m} poisti rekisteröidyn henkilötiedot tämän pyynnöstä (tietosuoja-asetuksen 17 artikla). Todistus kertoo, mitä kukin organisaatio teki. Se ei sisällä henkilötietoja.`,
    reference: 'Pyyntö',
    received: 'Vastaanotettu',
    completed: 'Valmis',
    round: 'Kierros',
    processor: 'Organisaatio',
    outcome: 'Tulos',
    kept: 'Säilytetään, miksi ja mihin asti',
    notified: 'Ilmoitettu poistosta',
    later: 'Loput poistetaan, kun säilyttämisen peruste päättyy.',
    identifiers: {
      email: 'sähköpostiosoite',
      'email-md5': 'sähköpostiosoite (tiiviste)',
      'email-sha256': 'sähköpostiosoite (tiiviste)',
      name: 'nimi',
      'order-number': 'tilausnumero',
      'shopify-customer-id': 'Shopifyn asiakasnumero',
      'shopify-order-id': 'Shopifyn tilausnumero',
      'sendgrid-contact-id': 'SendGridin yhteystietonumero',
      'subject-ref': 'sisäinen tunniste (ei henkilötietoja)',
    },
    recipients: 'Vastaanottajat, joille poistosta ilmoitettiin (19 artikla)',
    recipientsIntro:
      'Kukin alla oleva organisaatio sai poistopyynnön ja siinä luetellut tunnistetyypit (arvoja ei näytetä tässä).',
    sentOn: (w, d) => `${w}, ${d}`,
    fingerprint: 'Tarkiste',
    fingerprintText:
      'Tiedoston certificate.json kanonisen JSON-muodon (RFC 8785) SHA-256-tiiviste ilman sen ”sha256”-kenttää. Mikä tahansa muutos muuttaa sen.',
    noPersonalData: 'Tähän ei ole tallennettu henkilötietoja.',
  },
};
