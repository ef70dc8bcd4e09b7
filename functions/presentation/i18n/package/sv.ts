/** The sv texts of package.ts (loaded when a text in this language is first read: lazy.ts). */
import type { PackageMessages } from '../package.ts';

export const sv: PackageMessages = {
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
