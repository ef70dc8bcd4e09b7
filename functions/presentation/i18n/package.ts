/**
 * Words of the access report (report.html, Art. 15) and the erasure certificate, in every
 * supported locale. Kept apart from the page/email catalogues: these documents outlive the
 * request and are read offline.
 */
import type { Locale } from '#domain/schemas.ts';

type S = string;
const NBSP = '\u00a0';

export interface PackageMessages {
  report: {
    title: (merchant: S) => S;
    intro: (merchant: S, date: S, ref: S) => S;
    holders: S;
    holdersIntro: S;
    recipient: S;
    categories: S;
    purposes: S;
    retention: S;
    location: S;
    /** The column with each organisation's answer (i18n/answers.ts). */
    found: S;
    notStated: S;
    records: (n: number) => S;
    source: S;
    sourceText: (merchant: S) => S;
    rights: S;
    rightsText: S;
    rightList: [
      rectification: S,
      erasure: S,
      restriction: S,
      objection: S,
      portability: S,
    ];
    exercise: (contact: S) => S;
    automated: S;
    consent: S;
    consentIntro: S;
    consentNone: S;
    consentColumns: [source: S, record: S, field: S, value: S];
    files: S;
    filesJson: S;
    filesCsv: S;
  };
  certificate: {
    title: (merchant: S) => S;
    intro: (merchant: S) => S;
    reference: S;
    received: S;
    completed: S;
    round: S;
    processor: S;
    outcome: S;
    kept: S;
    notified: S;
    /** Under a `kept` answer whose hold ends: the rest is erased then. */
    later: S;
    /** Kinds of identifiers a recipient was sent (`email`, `shopify-customer-id`, …). */
    identifiers: Record<string, S>;
    recipients: S;
    recipientsIntro: S;
    sentOn: (what: S, date: S) => S;
    fingerprint: S;
    fingerprintText: S;
    noPersonalData: S;
  };
  mail: {
    packageSubject: (merchant: S, ref: S) => S;
    packageReady: (merchant: S, article: S) => S;
    /** The merchant's copy of a result: what each processor answered, with their notes. */
    copySubject: (right: S, ref: S) => S;
    copyIntro: (right: S, ref: S) => S;
    packageAccess: S;
    packagePortability: S;
    download: S;
    linkWorks: (date: S, uses: number) => S;
    certificateLink: S;
    certificateSubject: (ref: S) => S;
    certificateIntro: (ref: S) => S;
    certificateHtml: S;
    certificateJson: S;
    certificateSave: (date: S) => S;
    reviewSubject: (right: S, ref: S) => S;
    reviewIntro: (right: S, due: S) => S;
    reviewLink: S;
  };
  review: {
    title: S;
    heading: S;
    explain: S;
    sources: S;
    approve: S;
    approveExplain: S;
    withhold: S;
    withholdExplain: S;
    reason: S;
    reasonHint: S;
    submit: S;
    released: S;
    releasedBody: S;
    withheld: S;
    withheldBody: S;
    reasonRequired: S;
    choose: S;
    reasonTooLong: S;
    /** Release chosen with a reason typed: the reason would reach nobody. */
    reasonWithRelease: S;
  };
}

const en: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Your data from ${m} is ready [${r}]`,
    packageReady: (m, a) =>
      `${m} has answered your request to see your data (${a}). What each organisation that holds data for the shop answered:`,
    copySubject: (rt, r) => `Answered: ${rt} [${r}]`,
    copyIntro: (rt, r) =>
      `Request ${r} (${rt}) has been answered. What each processor answered, with their notes (the shopper's copy has no notes):`,
    packageAccess:
      'The download is a zip file. Open report.html in your browser: it explains who holds your data, why, for how long and your rights. data.json and the csv folder hold the data itself.',
    packagePortability:
      'The download is a zip file with your data in machine-readable form: data.json (all of it) and one CSV table per kind of data, ready to take to another service.',
    download: 'Download your data (zip)',
    linkWorks: (d, u) =>
      `The link works until ${d}, for up to ${u} downloads. After that, ask the shop for a new one.`,
    certificateLink: 'Your erasure certificate',
    certificateSubject: (r) =>
      `Erasure certificate for request ${r}: keep it as evidence`,
    certificateIntro: (r) =>
      `The erasure request ${r} has been carried out. The certificate records what each organisation did; it holds no personal data. Its fingerprint is also kept in the request's audit trail.`,
    certificateHtml: 'Certificate (to read and print)',
    certificateJson: 'Certificate (JSON record)',
    certificateSave: (d) =>
      `Save both files: the links work until ${d}, and the stored copies are deleted later with the request's other files.`,
    reviewSubject: (rt, r) => `Review before release: ${rt} [${r}]`,
    reviewIntro: (rt, d) =>
      `The data for the request "${rt}" is gathered. Your shop reviews it before it is sent, to leave out other people's data (GDPR Art. 15(4)). Please decide before ${d}.`,
    reviewLink: 'Review and release',
  },
  review: {
    title: 'Release review',
    heading: 'Release the data to the shopper?',
    explain:
      "The package is ready. Release it unless it would reveal other people's personal data or trade secrets (Art. 15(4)); in that case withhold it and say why: the shopper is told your reason and their right to complain.",
    sources: 'What the package holds',
    approve: 'Release to the shopper',
    approveExplain: 'The shopper gets a download link by email now.',
    withhold: 'Withhold',
    withholdExplain:
      'The shopper is told your reason and that they may complain.',
    reason: 'Reason for withholding',
    reasonHint: 'Shown to the shopper. Required to withhold.',
    submit: 'Confirm',
    released: 'Released',
    releasedBody: 'The shopper has been sent the download link.',
    withheld: 'Withheld',
    withheldBody: 'The shopper has been told your reason.',
    reasonRequired: 'Give a reason to withhold the package.',
    choose: 'Choose release or withhold.',
    reasonTooLong: 'The reason must be at most 2000 characters.',
    reasonWithRelease:
      'You chose to release the package but also wrote a reason for withholding it. To release, clear the reason; to withhold, choose Withhold.',
  },
  report: {
    title: (m) => `Your personal data at ${m}`,
    intro: (m, d, r) =>
      `This report answers your request to ${m} to see your personal data (GDPR Art. 15). It was prepared on ${d} (reference ${r}). The files in this package hold the data itself.`,
    holders: 'Who holds your data',
    holdersIntro:
      'Each organisation below processes customers’ data for the shop, named individually; the last column says what it answered about you.',
    recipient: 'Organisation',
    categories: 'Data categories',
    purposes: 'Purposes',
    retention: 'How long it is kept',
    location: 'Where it is processed',
    found: 'Their answer',
    notStated: 'Not stated',
    records: (n) => `${n} record${n === 1 ? '' : 's'}`,
    source: 'Where the data comes from',
    sourceText: (m) =>
      `You gave the data to ${m} (orders, your account, newsletter sign-ups, reviews) or it arose from your use of the shop. The organisations listed received it from ${m} to provide their service.`,
    rights: 'Your rights',
    rightsText: 'You may ask the shop at any time to:',
    rightList: [
      'correct data that is wrong or incomplete (Art. 16);',
      'erase your data, except what the law requires it to keep (Art. 17);',
      'restrict its use while a question about it is settled (Art. 18);',
      'stop using it for direct marketing (Art. 21(2)–(3)), and, on grounds relating to your particular situation, stop processing that is based on the shop’s legitimate interests or on a task in the public interest, unless the shop demonstrates compelling legitimate grounds that override your interests, rights and freedoms, or needs the data for legal claims (Art. 21(1));',
      'give you your data in a machine-readable file to move elsewhere (Art. 20).',
    ],
    exercise: (c) =>
      `To use any of these rights, use the shop's request form or write to ${c}.`,
    automated: 'Automated decisions',
    consent: 'Your consents',
    consentIntro:
      'Records of consents you gave or withdrew (for example newsletter sign-up and unsubscribe dates), as the organisations keep them.',
    consentNone: 'No consent records were found.',
    consentColumns: ['Organisation', 'Record', 'Field', 'Value'],
    files: 'Files in this package',
    filesJson:
      'data.json: all of your data in one machine-readable file (format dsr-export/2).',
    filesCsv: 'csv/: one table per data category, for a spreadsheet.',
  },
  certificate: {
    title: (m) => `Erasure certificate: ${m}`,
    intro: (m) =>
      `${m} erased the personal data of a data subject on request (GDPR Art. 17). This certificate records what each organisation did. It holds no personal data.`,
    reference: 'Request',
    received: 'Received',
    completed: 'Completed',
    round: 'Round',
    processor: 'Organisation',
    outcome: 'Outcome',
    kept: 'Kept, why and until when',
    notified: 'Told of the erasure',
    later: 'The rest is erased when the reason to keep it ends.',
    identifiers: {
      email: 'email address',
      'email-md5': 'email address (hashed)',
      'email-sha256': 'email address (hashed)',
      name: 'name',
      'order-number': 'order number',
      'shopify-customer-id': 'Shopify customer number',
      'shopify-order-id': 'Shopify order number',
      'sendgrid-contact-id': 'SendGrid contact number',
      'subject-ref': 'an internal reference (no personal data)',
    },
    recipients: 'Recipients told of the erasure (Art. 19)',
    recipientsIntro:
      'Each organisation below received the request to erase, with the kinds of identifiers listed (never the values here).',
    sentOn: (w, d) => `${w} on ${d}`,
    fingerprint: 'Fingerprint',
    fingerprintText:
      'SHA-256 of the canonical JSON (RFC 8785) of certificate.json without its "sha256" field. Any change to the record changes it.',
    noPersonalData: 'No personal data is recorded here.',
  },
};

const fi: PackageMessages = {
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

const sv: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Dina uppgifter från ${m} är klara [${r}]`,
    packageReady: (m, a) =>
      `${m} har besvarat din begäran om att få se dina uppgifter (${a}). Så här svarade varje organisation som har uppgifter för butikens räkning:`,
    copySubject: (rt, r) => `Besvarad: ${rt} [${r}]`,
    copyIntro: (rt, r) =>
      `Begäran ${r} (${rt}) är besvarad. Så här svarade varje biträde, med deras anteckningar (kundens exemplar har inga anteckningar):`,
    packageAccess:
      'Nedladdningen är en zip-fil. Öppna report.html i webbläsaren: den förklarar vem som har dina uppgifter, varför, hur länge och vilka rättigheter du har. data.json och mappen csv innehåller själva uppgifterna.',
    packagePortability:
      'Nedladdningen är en zip-fil med dina uppgifter i maskinläsbar form: data.json (allt) och en CSV-tabell per typ av uppgifter, redo att flytta till en annan tjänst.',
    download: 'Ladda ned dina uppgifter (zip)',
    linkWorks: (d, u) =>
      `Länken fungerar till ${d}, för högst ${u} nedladdningar. Be sedan butiken om en ny.`,
    certificateLink: 'Ditt raderingsintyg',
    certificateSubject: (r) =>
      `Raderingsintyg för begäran ${r}: spara det som bevis`,
    certificateIntro: (r) =>
      `Raderingsbegäran ${r} har genomförts. Intyget visar vad varje organisation gjorde och innehåller inga personuppgifter. Dess kontrollsumma sparas även i begärans händelselogg.`,
    certificateHtml: 'Intyg (att läsa och skriva ut)',
    certificateJson: 'Intyg (JSON-fil)',
    certificateSave: (d) =>
      `Spara båda filerna: länkarna fungerar till ${d}, och de lagrade kopiorna raderas senare med begärans övriga filer.`,
    reviewSubject: (rt, r) => `Granska före utlämnande: ${rt} [${r}]`,
    reviewIntro: (rt, d) =>
      `Uppgifterna för begäran ”${rt}” har sammanställts. Granska dem innan de skickas, så att andra personers uppgifter utelämnas (artikel 15.4). Besluta före ${d}.`,
    reviewLink: 'Granska och lämna ut',
  },
  review: {
    title: 'Granskning före utlämnande',
    heading: 'Lämna ut uppgifterna till kunden?',
    explain:
      'Paketet är klart. Lämna ut det om det inte röjer andra personers uppgifter eller affärshemligheter (artikel 15.4); annars håll inne det och ange skälet: kunden får veta skälet och sin rätt att klaga.',
    sources: 'Vad paketet innehåller',
    approve: 'Lämna ut till kunden',
    approveExplain: 'Kunden får en nedladdningslänk via e-post nu.',
    withhold: 'Håll inne',
    withholdExplain: 'Kunden får veta ditt skäl och att hen kan klaga.',
    reason: 'Skäl att hålla inne',
    reasonHint: 'Visas för kunden. Krävs för att hålla inne.',
    submit: 'Bekräfta',
    released: 'Utlämnat',
    releasedBody: 'Kunden har fått nedladdningslänken.',
    withheld: 'Inte utlämnat',
    withheldBody: 'Kunden har fått veta ditt skäl.',
    reasonRequired: 'Ange ett skäl för att hålla inne paketet.',
    choose: 'Välj lämna ut eller håll inne.',
    reasonTooLong: 'Skälet får vara högst 2 000 tecken.',
    reasonWithRelease:
      'Du valde att lämna ut paketet men skrev också ett skäl att hålla inne det. Töm fältet för skäl om paketet ska lämnas ut, eller välj Håll inne.',
  },
  report: {
    title: (m) => `Dina personuppgifter hos ${m}`,
    intro: (m, d, r) =>
      `Den här rapporten besvarar din begäran till ${m} om att få se dina personuppgifter (artikel 15 i dataskyddsförordningen). Den togs fram ${d} (referens ${r}). Filerna i paketet innehåller själva uppgifterna.`,
    holders: 'Vem som har dina uppgifter',
    holdersIntro:
      'Här anges var för sig de organisationer som behandlar kunduppgifter för butikens räkning; den sista kolumnen visar vad var och en svarade på din begäran.',
    recipient: 'Organisation',
    categories: 'Kategorier av uppgifter',
    purposes: 'Ändamål',
    retention: 'Hur länge de sparas',
    location: 'Var de behandlas',
    found: 'Svar',
    notStated: 'Inte angivet',
    records: (n) => `${n} post${n === 1 ? '' : 'er'}`,
    source: 'Varifrån uppgifterna kommer',
    sourceText: (m) =>
      `Du lämnade uppgifterna till ${m} (beställningar, ditt konto, nyhetsbrev, recensioner) eller så uppstod de när du använde butiken. Organisationerna ovan fick dem från ${m} för att kunna utföra sina tjänster.`,
    rights: 'Dina rättigheter',
    rightsText: 'Du kan när som helst be butiken att',
    rightList: [
      'rätta uppgifter som är felaktiga eller ofullständiga (artikel 16);',
      'radera dina uppgifter, utom det som lagen kräver att den sparar (artikel 17);',
      'begränsa användningen medan en fråga om dem utreds (artikel 18);',
      'sluta använda dem för direktmarknadsföring (artikel 21.2 och 21.3) och, av skäl som hänför sig till din specifika situation, sluta med behandling som grundar sig på butikens berättigade intressen eller på en uppgift av allmänt intresse, om inte butiken kan påvisa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter eller behöver uppgifterna för rättsliga anspråk (artikel 21.1);',
      'ge dig dina uppgifter i en maskinläsbar fil att flytta någon annanstans (artikel 20).',
    ],
    exercise: (c) =>
      `Använd butikens formulär eller skriv till ${c} för att utöva dina rättigheter.`,
    automated: 'Automatiserade beslut',
    consent: 'Dina samtycken',
    consentIntro:
      'Samtycken du gett eller återkallat (till exempel datum för anmälan till och avanmälan från nyhetsbrev), så som organisationerna sparar dem.',
    consentNone: 'Inga uppgifter om samtycken hittades.',
    consentColumns: ['Organisation', 'Post', 'Fält', 'Värde'],
    files: 'Filer i paketet',
    filesJson:
      'data.json: alla dina uppgifter i en maskinläsbar fil (format dsr-export/2).',
    filesCsv: 'csv/: en tabell per kategori av uppgifter, för kalkylprogram.',
  },
  certificate: {
    title: (m) => `Raderingsintyg: ${m}`,
    intro: (m) =>
      `${m} raderade en registrerads personuppgifter på begäran (artikel 17 i dataskyddsförordningen). Intyget visar vad varje organisation gjorde. Det innehåller inga personuppgifter.`,
    reference: 'Begäran',
    received: 'Mottagen',
    completed: 'Slutförd',
    round: 'Omgång',
    processor: 'Organisation',
    outcome: 'Resultat',
    kept: 'Sparas, varför och till när',
    notified: 'Underrättad om raderingen',
    later: 'Resten raderas när skälet att spara det upphör.',
    identifiers: {
      email: 'e-postadress',
      'email-md5': 'e-postadress (hashad)',
      'email-sha256': 'e-postadress (hashad)',
      name: 'namn',
      'order-number': 'ordernummer',
      'shopify-customer-id': 'kundnummer hos Shopify',
      'shopify-order-id': 'ordernummer hos Shopify',
      'sendgrid-contact-id': 'kontaktnummer hos SendGrid',
      'subject-ref': 'en intern referens (inga personuppgifter)',
    },
    recipients: 'Mottagare som underrättats om raderingen (artikel 19)',
    recipientsIntro:
      'Varje organisation nedan fick begäran om radering med de typer av identifierare som anges (aldrig värdena här).',
    sentOn: (w, d) => `${w} den ${d}`,
    fingerprint: 'Fingeravtryck',
    fingerprintText:
      'SHA-256 av den kanoniska JSON-formen (RFC 8785) av certificate.json utan fältet ”sha256”. Varje ändring ändrar det.',
    noPersonalData: 'Inga personuppgifter finns här.',
  },
};

const de: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Ihre Daten von ${m} sind bereit [${r}]`,
    packageReady: (m, a) =>
      `${m} hat Ihre Auskunftsanfrage beantwortet (${a}). Die Antworten der Stellen, die Daten für den Shop verarbeiten:`,
    copySubject: (rt, r) => `Beantwortet: ${rt} [${r}]`,
    copyIntro: (rt, r) =>
      `Die Anfrage ${r} (${rt}) ist beantwortet. Die Antworten der Auftragsverarbeiter mit ihren Anmerkungen (die Kopie für die Kundin oder den Kunden enthält keine Anmerkungen):`,
    packageAccess:
      'Der Download ist eine ZIP-Datei. Öffnen Sie report.html im Browser: Dort steht, wer Ihre Daten hat, warum, wie lange und welche Rechte Sie haben. data.json und der Ordner csv enthalten die Daten selbst.',
    packagePortability:
      'Der Download ist eine ZIP-Datei mit Ihren Daten in maschinenlesbarer Form: data.json (alles) und je Datenart eine CSV-Tabelle, bereit für einen anderen Dienst.',
    download: 'Ihre Daten herunterladen (ZIP)',
    linkWorks: (d, u) =>
      `Der Link gilt bis zum ${d} für höchstens ${u} Downloads. Danach bitten Sie den Shop um einen neuen.`,
    certificateLink: 'Ihre Löschbestätigung',
    certificateSubject: (r) =>
      `Löschbestätigung zur Anfrage ${r}: als Nachweis aufbewahren`,
    certificateIntro: (r) =>
      `Die Löschanfrage ${r} wurde ausgeführt. Die Bestätigung hält fest, was jede Stelle getan hat, und enthält keine personenbezogenen Daten. Ihre Prüfsumme steht auch im Protokoll der Anfrage.`,
    certificateHtml: 'Bestätigung (zum Lesen und Drucken)',
    certificateJson: 'Bestätigung (JSON-Datensatz)',
    certificateSave: (d) =>
      `Speichern Sie beide Dateien: Die Links gelten bis zum ${d}, die gespeicherten Kopien werden später mit den übrigen Dateien der Anfrage gelöscht.`,
    reviewSubject: (rt, r) => `Vor der Herausgabe prüfen: ${rt} [${r}]`,
    reviewIntro: (rt, d) =>
      `Die Daten zur Anfrage „${rt}“ sind zusammengestellt. Prüfen Sie sie vor dem Versand, damit Daten anderer Personen ausgenommen werden (Art. 15 Abs. 4 DSGVO). Bitte entscheiden Sie vor dem ${d}.`,
    reviewLink: 'Prüfen und freigeben',
  },
  review: {
    title: 'Prüfung vor Herausgabe',
    heading: 'Daten an die Kundin oder den Kunden herausgeben?',
    explain:
      'Das Paket ist fertig. Geben Sie es frei, es sei denn, es enthüllt personenbezogene Daten anderer oder Geschäftsgeheimnisse (Art. 15 Abs. 4 DSGVO); dann halten Sie es zurück und nennen den Grund: Die Person erfährt Ihren Grund und ihr Beschwerderecht.',
    sources: 'Inhalt des Pakets',
    approve: 'Freigeben',
    approveExplain: 'Die Person erhält jetzt einen Download-Link per E-Mail.',
    withhold: 'Zurückhalten',
    withholdExplain:
      'Die Person erfährt Ihren Grund und dass sie sich beschweren kann.',
    reason: 'Grund für das Zurückhalten',
    reasonHint: 'Wird der Person angezeigt. Zum Zurückhalten erforderlich.',
    submit: 'Bestätigen',
    released: 'Freigegeben',
    releasedBody: 'Der Download-Link wurde versandt.',
    withheld: 'Zurückgehalten',
    withheldBody: 'Die Person wurde über Ihren Grund informiert.',
    reasonRequired: 'Nennen Sie einen Grund für das Zurückhalten.',
    choose: 'Wählen Sie Freigeben oder Zurückhalten.',
    reasonTooLong: 'Der Grund darf höchstens 2000 Zeichen lang sein.',
    reasonWithRelease:
      'Sie haben „Freigeben“ gewählt, aber auch einen Grund für das Zurückhalten eingegeben. Zum Freigeben leeren Sie das Feld „Grund für das Zurückhalten“; zum Zurückhalten wählen Sie „Zurückhalten“.',
  },
  report: {
    title: (m) => `Ihre personenbezogenen Daten bei ${m}`,
    intro: (m, d, r) =>
      `Dieser Bericht beantwortet Ihre Auskunftsanfrage an ${m} (Art. 15 DSGVO). Er wurde am ${d} erstellt (Referenz ${r}). Die Dateien in diesem Paket enthalten die Daten selbst.`,
    holders: 'Wer Ihre Daten hat',
    holdersIntro:
      'Jede unten einzeln genannte Stelle verarbeitet Kundendaten im Auftrag des Shops; die letzte Spalte zeigt, was sie zu Ihnen geantwortet hat.',
    recipient: 'Stelle',
    categories: 'Datenkategorien',
    purposes: 'Zwecke',
    retention: 'Speicherdauer',
    location: 'Ort der Verarbeitung',
    found: 'Antwort',
    notStated: 'Nicht angegeben',
    records: (n) => `${n} Datensatz${n === 1 ? '' : 'e'}`,
    source: 'Herkunft der Daten',
    sourceText: (m) =>
      `Sie haben die Daten ${m} gegeben (Bestellungen, Kundenkonto, Newsletter-Anmeldung, Bewertungen) oder sie sind bei Ihrer Nutzung des Shops entstanden. Die genannten Stellen haben sie von ${m} erhalten, um ihre Leistung zu erbringen.`,
    rights: 'Ihre Rechte',
    rightsText: 'Sie können den Shop jederzeit bitten,',
    rightList: [
      'unrichtige oder unvollständige Daten zu berichtigen (Art. 16 DSGVO);',
      'Ihre Daten zu löschen, außer was das Gesetz aufzubewahren verlangt (Art. 17 DSGVO);',
      'die Verarbeitung einzuschränken, solange eine Frage dazu geklärt wird (Art. 18 DSGVO);',
      'die Nutzung für Direktwerbung zu beenden (Art. 21 Abs. 2 und 3 DSGVO) und, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, eine Verarbeitung zu beenden, die auf berechtigte Interessen des Shops oder auf eine Aufgabe im öffentlichen Interesse gestützt ist, es sei denn, der Shop weist zwingende schutzwürdige Gründe nach, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder benötigt die Daten für Rechtsansprüche (Art. 21 Abs. 1 DSGVO);',
      'Ihnen Ihre Daten in einem maschinenlesbaren Format zur Übertragung zu geben (Art. 20 DSGVO).',
    ],
    exercise: (c) =>
      `Nutzen Sie dazu das Anfrageformular des Shops oder schreiben Sie an ${c}.`,
    automated: 'Automatisierte Entscheidungen',
    consent: 'Ihre Einwilligungen',
    consentIntro:
      'Erteilte oder widerrufene Einwilligungen (zum Beispiel An- und Abmeldedaten für Newsletter), wie die Stellen sie speichern.',
    consentNone: 'Keine Einwilligungsdaten gefunden.',
    consentColumns: ['Stelle', 'Datensatz', 'Feld', 'Wert'],
    files: 'Dateien in diesem Paket',
    filesJson:
      'data.json: alle Ihre Daten in einer maschinenlesbaren Datei (Format dsr-export/2).',
    filesCsv:
      'csv/: eine Tabelle je Datenkategorie, für Tabellenkalkulationen.',
  },
  certificate: {
    title: (m) => `Löschbestätigung: ${m}`,
    intro: (m) =>
      `${m} hat die personenbezogenen Daten einer betroffenen Person auf deren Anfrage gelöscht (Art. 17 DSGVO). Diese Bestätigung hält fest, was jede Stelle getan hat. Sie enthält keine personenbezogenen Daten.`,
    reference: 'Anfrage',
    received: 'Eingegangen',
    completed: 'Abgeschlossen',
    round: 'Runde',
    processor: 'Stelle',
    outcome: 'Ergebnis',
    kept: 'Aufbewahrt, warum und bis wann',
    notified: 'Über die Löschung informiert',
    later:
      'Der Rest wird gelöscht, wenn der Grund für die Aufbewahrung entfällt.',
    identifiers: {
      email: 'E-Mail-Adresse',
      'email-md5': 'E-Mail-Adresse (gehasht)',
      'email-sha256': 'E-Mail-Adresse (gehasht)',
      name: 'Name',
      'order-number': 'Bestellnummer',
      'shopify-customer-id': 'Shopify-Kundennummer',
      'shopify-order-id': 'Shopify-Bestellnummer',
      'sendgrid-contact-id': 'SendGrid-Kontaktnummer',
      'subject-ref': 'eine interne Kennung (keine personenbezogenen Daten)',
    },
    recipients: 'Über die Löschung informierte Empfänger (Art. 19 DSGVO)',
    recipientsIntro:
      'Jede unten genannte Stelle erhielt die Löschanfrage mit den aufgeführten Arten von Kennungen (die Werte stehen nicht hier).',
    sentOn: (w, d) => `${w} am ${d}`,
    fingerprint: 'Prüfsumme',
    fingerprintText:
      'SHA-256 des kanonischen JSON (RFC 8785) von certificate.json ohne das Feld "sha256". Jede Änderung ändert sie.',
    noPersonalData: 'Hier sind keine personenbezogenen Daten gespeichert.',
  },
};

const fr: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Vos données de ${m} sont prêtes [${r}]`,
    packageReady: (m, a) =>
      `${m} a répondu à votre demande d’accès à vos données (${a}). Voici la réponse de chaque organisme qui traite des données pour le compte de la boutique\u00a0:`,
    copySubject: (rt, r) => `Demande traitée\u00a0: «\u00a0${rt}\u00a0» [${r}]`,
    copyIntro: (rt, r) =>
      `La demande ${r} (${rt}) a reçu une réponse. Voici la réponse de chaque sous-traitant, avec ses remarques (l’exemplaire du client n’en contient pas)\u00a0:`,
    packageAccess:
      'Le téléchargement est un fichier zip. Ouvrez report.html dans votre navigateur\u00a0: il indique qui détient vos données, pourquoi, pour combien de temps, et vos droits. data.json et le dossier csv contiennent les données elles-mêmes.',
    packagePortability:
      'Le téléchargement est un fichier zip contenant vos données lisibles par machine\u00a0: data.json (tout) et un tableau CSV par type de données, prêts à être transférés à un autre service.',
    download: 'Télécharger vos données (zip)',
    linkWorks: (d, u) =>
      `Le lien fonctionne jusqu’au ${d}, pour ${u} téléchargements au plus. Ensuite, demandez-en un nouveau à la boutique.`,
    certificateLink: 'Votre attestation d’effacement',
    certificateSubject: (r) =>
      `Attestation d’effacement pour la demande ${r}\u00a0: à conserver comme preuve`,
    certificateIntro: (r) =>
      `La demande d’effacement ${r} a été exécutée. L’attestation indique ce que chaque organisme a fait et ne contient aucune donnée personnelle. Son empreinte est aussi conservée dans le journal de la demande.`,
    certificateHtml: 'Attestation (à lire et imprimer)',
    certificateJson: 'Attestation (enregistrement JSON)',
    certificateSave: (d) =>
      `Enregistrez les deux fichiers\u00a0: les liens fonctionnent jusqu’au ${d}, et les copies stockées seront supprimées plus tard avec les autres fichiers de la demande.`,
    reviewSubject: (rt, r) =>
      `À vérifier avant communication\u00a0: «\u00a0${rt}\u00a0» [${r}]`,
    reviewIntro: (rt, d) =>
      `Les données de la demande ${rt} sont rassemblées. Vérifiez-les avant envoi afin d’écarter les données d’autres personnes (article 15, paragraphe 4, du RGPD). Merci de décider avant le ${d}.`,
    reviewLink: 'Vérifier et communiquer',
  },
  review: {
    title: 'Vérification avant communication',
    heading: 'Communiquer les données au client\u00a0?',
    explain:
      'Le paquet est prêt. Communiquez-le sauf s’il révèle des données personnelles d’autrui ou des secrets d’affaires (article 15, paragraphe 4, du RGPD)\u00a0; dans ce cas, retenez-le et indiquez pourquoi\u00a0: le client reçoit votre motif et apprend son droit de réclamation.',
    sources: 'Contenu du paquet',
    approve: 'Communiquer au client',
    approveExplain:
      'le client reçoit maintenant un lien de téléchargement par e-mail.',
    withhold: 'Retenir',
    withholdExplain:
      'le client reçoit votre motif et apprend qu’il peut introduire une réclamation.',
    reason: 'Motif de la retenue',
    reasonHint: 'Affiché au client. Obligatoire pour retenir.',
    submit: 'Confirmer',
    released: 'Communiqué',
    releasedBody: 'Le lien de téléchargement a été envoyé au client.',
    withheld: 'Retenu',
    withheldBody: 'Le client a été informé de votre motif.',
    reasonRequired: 'Indiquez un motif pour retenir le paquet.',
    choose: 'Choisissez communiquer ou retenir.',
    reasonTooLong: 'Le motif ne doit pas dépasser 2\u00a0000 caractères.',
    reasonWithRelease:
      'Vous avez choisi de communiquer le paquet, mais vous avez aussi indiqué un motif de retenue. Pour le communiquer, videz le champ du motif\u00a0; pour le retenir, choisissez «\u00a0Retenir\u00a0».',
  },
  report: {
    title: (m) => `Vos données personnelles chez ${m}`,
    intro: (m, d, r) =>
      `Ce rapport répond à votre demande d’accès à vos données personnelles adressée à ${m} (article 15 du RGPD). Il a été établi le ${d} (référence ${r}). Les fichiers de ce paquet contiennent les données elles-mêmes.`,
    holders: 'Qui détient vos données',
    holdersIntro: `Chaque organisme ci-dessous, nommé individuellement, traite des données clients pour le compte de la boutique${NBSP}; la dernière colonne indique ce qu’il a répondu à votre sujet.`,
    recipient: 'Organisme',
    categories: 'Catégories de données',
    purposes: 'Finalités',
    retention: 'Durée de conservation',
    location: 'Lieu de traitement',
    found: 'Réponse',
    notStated: 'Non précisé',
    records: (n) => `${n} enregistrement${n === 1 ? '' : 's'}`,
    source: 'Origine des données',
    sourceText: (m) =>
      `Vous avez fourni ces données à ${m} (commandes, compte client, inscription à la lettre d’information, avis) ou elles résultent de votre utilisation de la boutique. Les organismes cités les ont reçues de ${m} pour fournir leur service.`,
    rights: 'Vos droits',
    rightsText: 'Vous pouvez à tout moment demander à la boutique de\u00a0:',
    rightList: [
      'rectifier des données inexactes ou incomplètes (article 16 du RGPD)\u00a0;',
      'effacer vos données, sauf celles que la loi l’oblige à conserver (article 17 du RGPD)\u00a0;',
      'limiter leur utilisation le temps qu’une question soit réglée (article 18 du RGPD)\u00a0;',
      'cesser de les utiliser à des fins de prospection (article 21, paragraphes 2 et 3, du RGPD) et, pour des raisons tenant à votre situation particulière, cesser un traitement fondé sur les intérêts légitimes de la boutique ou sur une mission d’intérêt public, à moins qu’elle ne démontre des motifs légitimes et impérieux qui prévalent sur vos intérêts et vos droits et libertés, ou n’ait besoin des données pour des droits en justice (article 21, paragraphe 1, du RGPD)\u00a0;',
      'vous remettre vos données dans un fichier lisible par machine pour les transférer (article 20 du RGPD).',
    ],
    exercise: (c) =>
      `Pour exercer ces droits, utilisez le formulaire de la boutique ou écrivez à ${c}.`,
    automated: 'Décisions automatisées',
    consent: 'Vos consentements',
    consentIntro:
      'Consentements donnés ou retirés (par exemple dates d’inscription et de désinscription à la lettre d’information), tels que les organismes les conservent.',
    consentNone: 'Aucun enregistrement de consentement trouvé.',
    consentColumns: ['Organisme', 'Enregistrement', 'Champ', 'Valeur'],
    files: 'Fichiers de ce paquet',
    filesJson:
      'data.json\u00a0: toutes vos données dans un fichier lisible par machine (format dsr-export/2).',
    filesCsv:
      'csv/\u00a0: un tableau par catégorie de données, pour un tableur.',
  },
  certificate: {
    title: (m) => `Attestation d’effacement\u00a0: ${m}`,
    intro: (m) =>
      `${m} a effacé les données personnelles d’une personne concernée à sa demande (article 17 du RGPD). Cette attestation indique ce que chaque organisme a fait. Elle ne contient aucune donnée personnelle.`,
    reference: 'Demande',
    received: 'Reçue',
    completed: 'Terminée',
    round: 'Tour',
    processor: 'Organisme',
    outcome: 'Résultat',
    kept: 'Conservé, pourquoi et jusqu’à quand',
    notified: 'Informé de l’effacement',
    later: 'Le reste sera effacé lorsque le motif de conservation prendra fin.',
    identifiers: {
      email: 'adresse e-mail',
      'email-md5': 'adresse e-mail (hachée)',
      'email-sha256': 'adresse e-mail (hachée)',
      name: 'nom',
      'order-number': 'numéro de commande',
      'shopify-customer-id': 'numéro de client Shopify',
      'shopify-order-id': 'numéro de commande Shopify',
      'sendgrid-contact-id': 'numéro de contact SendGrid',
      'subject-ref': 'une référence interne (sans données personnelles)',
    },
    recipients: 'Destinataires informés de l’effacement (article 19 du RGPD)',
    recipientsIntro:
      'Chaque organisme ci-dessous a reçu la demande d’effacement avec les types d’identifiants indiqués (jamais les valeurs ici).',
    sentOn: (w, d) => `${w} le ${d}`,
    fingerprint: 'Empreinte',
    fingerprintText:
      'SHA-256 du JSON canonique (RFC 8785) de certificate.json sans son champ "sha256". Toute modification la change.',
    noPersonalData: 'Aucune donnée personnelle n’est enregistrée ici.',
  },
};

export const PACKAGE_MESSAGES: Record<Locale, PackageMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
