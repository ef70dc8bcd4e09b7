/**
 * Words of requests made on someone's behalf (domain/agents.ts), in the five languages: the
 * form's part for the agent, the lines the subject's confirmation email and acknowledgement add,
 * the agent's acknowledgement, the agent's authorisation upload page and the email that tells the
 * agent a request was closed because no authority was shown. Shoppers and agents are addressed as
 * the other shopper texts address them (du/sinä, Sie, vous). A relation is quoted after a colon,
 * so no language has to inflect it.
 */
import type { AgentRelation } from '#domain/agents.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;
const NBSP = '\u00a0';

export interface AgentMessages {
  /** Who the agent is to the person, as a label (lists, after a colon). */
  relations: Record<AgentRelation, S>;
  form: {
    legend: S;
    onBehalf: S;
    /** Under the box: whose details go where. */
    hint: S;
    name: S;
    email: S;
    relation: S;
    /** The first, empty choice of the relation list. */
    choose: S;
    /** What follows sending: the upload of the authorisation. */
    uploadNote: S;
    errors: {
      onBehalf: S;
      name: S;
      email: S;
      /** The agent gave the person's address as their own. */
      sameEmail: S;
      relation: S;
    };
  };
  /** The page after the form, for an agent. */
  submitted: {
    body: (merchant: S) => S;
    upload: S;
    uploadHint: S;
  };
  /** Lines the person's own confirmation email adds. */
  verification: {
    byAgent: (agent: S, address: S, relation: S) => S;
    confirmOnly: S;
  };
  /** The line the person's acknowledgement adds when the shop accepted the agent's authority. */
  acknowledgement: (agent: S, relation: S) => S;
  /** The merchant's decision email and page: who asked for the person, and how it was confirmed. */
  decision: {
    agent: S;
    agentIs: (agent: S, address: S, relation: S) => S;
    /** The identity row when the shop accepted the agent's authority instead of the person's link. */
    identityByAuthority: (date: S) => S;
  };
  /** The agent's acknowledgement. */
  agentEmail: {
    subject: (merchant: S, ref: S) => S;
    received: (merchant: S, right: S, relation: S) => S;
    whatNext: (merchant: S) => S;
    upload: (date: S) => S;
    uploadLink: S;
    answerGoesToPerson: S;
  };
  /** The agent's page that takes the authorisation. */
  page: {
    title: (ref: S) => S;
    heading: (merchant: S) => S;
    intro: (maxSize: S, maxFiles: number) => S;
    types: S;
    fileLabel: S;
    upload: S;
    formNote: S;
    limitReached: (maxFiles: number) => S;
    listHeading: S;
    none: S;
    notAccepted: (label: S) => S;
    remove: S;
    removeLabel: (name: S) => S;
    /** The request no longer needs it: confirmed by the person, accepted or closed. */
    done: S;
    /** After the list: that the shop sees the files and what it then does. */
    seenBy: (merchant: S) => S;
  };
  /** To the agent: closed because the authority was not shown. */
  declined: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, right: S) => S;
    reason: (merchant: S) => S;
    again: S;
  };
}

const en: AgentMessages = {
  relations: {
    'family-member': 'family member',
    'legal-guardian': 'parent or legal guardian',
    lawyer: 'lawyer',
    'privacy-service': 'privacy service (for example a data removal service)',
    other: 'other',
  },
  form: {
    legend: 'Asking for someone else?',
    onBehalf: 'I am asking on someone else’s behalf',
    hint: 'Then the email address and name above must be the person’s own: we send them a link to confirm the request, and the answer goes to them. Give your own details here.',
    name: 'Your own name',
    email: 'Your own email address',
    relation: 'Who you are to the person',
    choose: 'Choose…',
    uploadNote:
      'After you send the request, you can upload your authorisation (for example a power of attorney or a letter signed by the person).',
    errors: {
      onBehalf:
        'Tick “I am asking on someone else’s behalf”, or clear the fields about you.',
      name: 'Enter your name (at most 200 characters).',
      email: 'Enter your own email address, like name@example.com.',
      sameEmail:
        'Enter your own email address here; the person’s address goes in the email field above.',
      relation: 'Choose who you are to the person.',
    },
  },
  submitted: {
    body: (m) =>
      `We have emailed the person a link to confirm the request. ${m} acts on it once they confirm it, or once ${m} has checked your authorisation and accepts it. We have also sent you an email with this page’s upload link.`,
    upload: 'Upload your authorisation',
    uploadHint:
      'A power of attorney or a letter signed by the person, as a PDF or a photo.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `This request was sent on your behalf by ${agent} (${address}), who describes themselves as your: ${relation}.`,
    confirmOnly:
      'Confirm it only if you asked them to act for you. The answer will come to you at this address, not to them.',
  },
  acknowledgement: (agent, relation) =>
    `The request was made on your behalf by ${agent} (${relation}); the shop has checked their authorisation. The answer comes to you at this address.`,
  decision: {
    agent: 'Made on their behalf by',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `not confirmed by the person: the shop accepted the agent’s authorisation on ${date}`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Your request to ${m} on someone else’s behalf [${ref}]`,
    received: (m, right, relation) =>
      `${m} has received the request you sent on another person’s behalf (${right}). You described yourself as the person’s: ${relation}.`,
    whatNext: (m) =>
      `We have emailed the person a link at their own address. The request goes ahead when they confirm it, or when ${m} has checked your authorisation and accepts it. Until then, nothing is done.`,
    upload: (date) =>
      `Upload your authorisation, for example a power of attorney or a letter signed by the person, as a PDF or a photo (the page works until ${date}):`,
    uploadLink: 'Upload your authorisation',
    answerGoesToPerson:
      'The answer goes to the person, at their own address, not to you: we send personal data only to the person it is about.',
  },
  page: {
    title: (ref) => `Authorisation for request ${ref}`,
    heading: (m) => `Your authorisation for ${m}`,
    intro: (size, n) =>
      `Upload the document that shows you may act for the person: for example a power of attorney, or a letter signed by them. One file at a time, up to ${size} a file, ${n} files in all.`,
    types:
      'Accepted: PDF and photos or scans (PNG, JPEG, GIF, WebP, HEIC). The type is read from the file’s content.',
    fileLabel: 'File to upload',
    upload: 'Upload',
    formNote:
      'If the upload is refused (for example, a file that is too large), go back to this page and choose another file. Reload the page if it has been open for more than an hour.',
    limitReached: (n) =>
      `${n} files have been uploaded, the most this page takes. Remove one to upload another.`,
    listHeading: 'Uploaded files',
    none: 'No files uploaded yet.',
    notAccepted: (label) => `${label}: not accepted, please remove it`,
    remove: 'Remove',
    removeLabel: (name) => `Remove ${name}`,
    done: 'This request no longer needs an authorisation: the person has confirmed it, the shop has decided on it, or it has closed. Nothing more can be uploaded.',
    seenBy: (m) =>
      `${m} sees the files listed here and decides whether they show that you may act for the person.`,
  },
  declined: {
    subject: (m, ref) =>
      `Your request to ${m} on someone else’s behalf was closed [${ref}]`,
    body: (m, right) =>
      `${m} has closed the request you sent on another person’s behalf (${right}) without acting on it: the person did not confirm it, and ${m} could not see from what you sent that you may act for them.`,
    reason: (m) => `${m}’s reason:`,
    again:
      'The person can make the request themselves at any time. You can also send it again with an authorisation signed by the person.',
  },
};

const fi: AgentMessages = {
  relations: {
    'family-member': 'perheenjäsen',
    'legal-guardian': 'huoltaja tai edunvalvoja',
    lawyer: 'asianajaja tai lakimies',
    'privacy-service':
      'tietosuojapalvelu (esimerkiksi tietojen poistamiseen erikoistunut palvelu)',
    other: 'muu',
  },
  form: {
    legend: 'Teetkö pyynnön toisen puolesta?',
    onBehalf: 'Teen pyynnön toisen henkilön puolesta',
    hint: 'Anna silloin yllä henkilön oma sähköpostiosoite ja nimi: lähetämme hänelle linkin, jolla hän vahvistaa pyynnön, ja vastaus menee hänelle. Omat tietosi annat tässä.',
    name: 'Oma nimi',
    email: 'Oma sähköpostiosoite',
    relation: 'Kuka olet henkilölle',
    choose: 'Valitse…',
    uploadNote:
      'Kun olet lähettänyt pyynnön, voit ladata valtuutuksesi (esimerkiksi valtakirjan tai henkilön allekirjoittaman kirjeen).',
    errors: {
      onBehalf:
        'Valitse ”Teen pyynnön toisen henkilön puolesta” tai tyhjennä omat tietosi.',
      name: 'Kirjoita nimesi (enintään 200 merkkiä).',
      email:
        'Kirjoita oma sähköpostiosoitteesi, esimerkiksi nimi@esimerkki.fi.',
      sameEmail:
        'Kirjoita tähän oma sähköpostiosoitteesi; henkilön osoite kuuluu yllä olevaan sähköpostikenttään.',
      relation: 'Valitse, kuka olet henkilölle.',
    },
  },
  submitted: {
    body: (m) =>
      `Lähetimme henkilölle linkin, jolla hän voi vahvistaa pyynnön. ${m} käsittelee pyynnön, kun hän on vahvistanut sen tai kun kauppa on tarkistanut valtuutuksesi ja hyväksynyt sen. Lähetimme myös sinulle sähköpostin, jossa on tämän sivun latauslinkki.`,
    upload: 'Lataa valtuutuksesi',
    uploadHint:
      'Valtakirja tai henkilön allekirjoittama kirje PDF-tiedostona tai valokuvana.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Tämän pyynnön lähetti puolestasi ${agent} (${address}), joka kertoo olevansa sinulle: ${relation}.`,
    confirmOnly:
      'Vahvista pyyntö vain, jos olet pyytänyt häntä toimimaan puolestasi. Vastaus tulee sinulle tähän osoitteeseen, ei hänelle.',
  },
  acknowledgement: (agent, relation) =>
    `Pyynnön teki puolestasi ${agent} (${relation}); kauppa on tarkistanut hänen valtuutuksensa. Vastaus tulee sinulle tähän osoitteeseen.`,
  decision: {
    agent: 'Henkilön puolesta pyynnön teki',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `henkilö ei ole vahvistanut pyyntöä: kauppa hyväksyi asiamiehen valtuutuksen ${date}`,
  },
  agentEmail: {
    subject: (m, ref) => `Toisen puolesta tekemäsi pyyntö: ${m} [${ref}]`,
    received: (m, right, relation) =>
      `${m} on vastaanottanut pyynnön, jonka lähetit toisen henkilön puolesta (${right}). Kerroit olevasi henkilölle: ${relation}.`,
    whatNext: (m) =>
      `Lähetimme henkilölle linkin hänen omaan sähköpostiosoitteeseensa. Pyyntö etenee, kun hän vahvistaa sen tai kun ${m} on tarkistanut valtuutuksesi ja hyväksynyt sen. Siihen asti mitään ei tehdä.`,
    upload: (date) =>
      `Lataa valtuutuksesi, esimerkiksi valtakirja tai henkilön allekirjoittama kirje, PDF-tiedostona tai valokuvana (sivu toimii ${date} asti):`,
    uploadLink: 'Lataa valtuutuksesi',
    answerGoesToPerson:
      'Vastaus lähetetään henkilölle hänen omaan osoitteeseensa, ei sinulle: lähetämme henkilötietoja vain sille, jota ne koskevat.',
  },
  page: {
    title: (ref) => `Valtuutus pyyntöön ${ref}`,
    heading: (m) => `Valtuutuksesi: ${m}`,
    intro: (size, n) =>
      `Lataa asiakirja, joka osoittaa, että saat toimia henkilön puolesta, esimerkiksi valtakirja tai hänen allekirjoittamansa kirje. Yksi tiedosto kerrallaan, enintään ${size} tiedostoa kohden ja yhteensä ${n} tiedostoa.`,
    types:
      'Hyväksytään PDF sekä valokuvat ja skannaukset (PNG, JPEG, GIF, WebP, HEIC). Tyyppi päätellään tiedoston sisällöstä.',
    fileLabel: 'Ladattava tiedosto',
    upload: 'Lataa',
    formNote:
      'Jos lataus hylätään (esimerkiksi liian suuren tiedoston vuoksi), palaa tälle sivulle ja valitse toinen tiedosto. Lataa sivu uudelleen, jos se on ollut auki yli tunnin.',
    limitReached: (n) =>
      `Tiedostoja on ladattu ${n}, mikä on enimmäismäärä. Poista yksi, jos haluat ladata toisen.`,
    listHeading: 'Ladatut tiedostot',
    none: 'Tiedostoja ei ole vielä ladattu.',
    notAccepted: (label) => `${label}: ei hyväksytä, poista tiedosto`,
    remove: 'Poista',
    removeLabel: (name) => `Poista ${name}`,
    done: 'Tähän pyyntöön ei enää tarvita valtuutusta: henkilö on vahvistanut sen, kauppa on ratkaissut sen tai se on suljettu. Tiedostoja ei voi enää ladata.',
    seenBy: (m) =>
      `${m} näkee tässä luetellut tiedostot ja arvioi, osoittavatko ne, että saat toimia henkilön puolesta.`,
  },
  declined: {
    subject: (m, ref) =>
      `Toisen puolesta tekemäsi pyyntö suljettiin: ${m} [${ref}]`,
    body: (m, right) =>
      `${m} on sulkenut pyynnön, jonka lähetit toisen henkilön puolesta (${right}), käsittelemättä sitä: henkilö ei vahvistanut pyyntöä, eikä kauppa voinut lähettämäsi perusteella todeta, että saat toimia hänen puolestaan.`,
    reason: (m) => `Perustelu (${m}):`,
    again:
      'Henkilö voi tehdä pyynnön itse milloin tahansa. Voit myös lähettää pyynnön uudelleen henkilön allekirjoittaman valtuutuksen kanssa.',
  },
};

const sv: AgentMessages = {
  relations: {
    'family-member': 'familjemedlem',
    'legal-guardian': 'vårdnadshavare, god man eller förvaltare',
    lawyer: 'advokat eller jurist',
    'privacy-service':
      'integritetstjänst (till exempel en tjänst som tar bort personuppgifter)',
    other: 'annat',
  },
  form: {
    legend: 'Gör du begäran för någon annan?',
    onBehalf: 'Jag gör begäran för någon annans räkning',
    hint: 'Ange då personens egen e-postadress och namn ovan: vi skickar en länk till personen för att bekräfta begäran, och svaret går till personen. Dina egna uppgifter anger du här.',
    name: 'Ditt eget namn',
    email: 'Din egen e-postadress',
    relation: 'Vem du är för personen',
    choose: 'Välj…',
    uploadNote:
      'När du har skickat begäran kan du ladda upp din fullmakt (till exempel en fullmakt eller ett brev som personen har undertecknat).',
    errors: {
      onBehalf:
        'Kryssa i ”Jag gör begäran för någon annans räkning”, eller töm fälten om dig.',
      name: 'Skriv ditt namn (högst 200 tecken).',
      email: 'Skriv din egen e-postadress, till exempel namn@exempel.se.',
      sameEmail:
        'Skriv din egen e-postadress här; personens adress hör hemma i e-postfältet ovan.',
      relation: 'Välj vem du är för personen.',
    },
  },
  submitted: {
    body: (m) =>
      `Vi har skickat en länk till personen så att hen kan bekräfta begäran. ${m} behandlar den när personen har bekräftat den, eller när butiken har granskat och godtagit din fullmakt. Vi har också skickat dig ett e-postmeddelande med uppladdningslänken till den här sidan.`,
    upload: 'Ladda upp din fullmakt',
    uploadHint:
      'En fullmakt eller ett brev som personen har undertecknat, som PDF eller foto.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Den här begäran skickades för din räkning av ${agent} (${address}), som anger sig vara din: ${relation}.`,
    confirmOnly:
      'Bekräfta den bara om du har bett hen att företräda dig. Svaret kommer till dig på den här adressen, inte till hen.',
  },
  acknowledgement: (agent, relation) =>
    `Begäran gjordes för din räkning av ${agent} (${relation}); butiken har granskat fullmakten. Svaret kommer till dig på den här adressen.`,
  decision: {
    agent: 'Gjord för personens räkning av',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `inte bekräftad av personen: butiken godtog ombudets fullmakt den ${date}`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Din begäran till ${m} för någon annans räkning [${ref}]`,
    received: (m, right, relation) =>
      `${m} har tagit emot begäran som du skickade för en annan persons räkning (${right}). Du angav att du är personens: ${relation}.`,
    whatNext: (m) =>
      `Vi har skickat en länk till personens egen e-postadress. Begäran går vidare när personen bekräftar den, eller när ${m} har granskat och godtagit din fullmakt. Till dess görs ingenting.`,
    upload: (date) =>
      `Ladda upp din fullmakt, till exempel en fullmakt eller ett brev som personen har undertecknat, som PDF eller foto (sidan fungerar till och med ${date}):`,
    uploadLink: 'Ladda upp din fullmakt',
    answerGoesToPerson:
      'Svaret skickas till personen på hens egen adress, inte till dig: vi skickar personuppgifter bara till den som de gäller.',
  },
  page: {
    title: (ref) => `Fullmakt för begäran ${ref}`,
    heading: (m) => `Din fullmakt till ${m}`,
    intro: (size, n) =>
      `Ladda upp handlingen som visar att du får företräda personen, till exempel en fullmakt eller ett brev som hen har undertecknat. En fil i taget, högst ${size} per fil och ${n} filer sammanlagt.`,
    types:
      'Godtas: PDF samt foton och skanningar (PNG, JPEG, GIF, WebP, HEIC). Typen avgörs av filens innehåll.',
    fileLabel: 'Fil att ladda upp',
    upload: 'Ladda upp',
    formNote:
      'Om uppladdningen nekas (till exempel för att filen är för stor), gå tillbaka till den här sidan och välj en annan fil. Ladda om sidan om den har varit öppen i mer än en timme.',
    limitReached: (n) =>
      `${n} filer har laddats upp, det högsta antalet. Ta bort en fil för att ladda upp en annan.`,
    listHeading: 'Uppladdade filer',
    none: 'Inga filer har laddats upp ännu.',
    notAccepted: (label) => `${label}: godtas inte, ta bort filen`,
    remove: 'Ta bort',
    removeLabel: (name) => `Ta bort ${name}`,
    done: 'Den här begäran behöver inte längre någon fullmakt: personen har bekräftat den, butiken har fattat beslut eller så har den avslutats. Inget mer kan laddas upp.',
    seenBy: (m) =>
      `${m} ser filerna som listas här och avgör om de visar att du får företräda personen.`,
  },
  declined: {
    subject: (m, ref) =>
      `Din begäran till ${m} för någon annans räkning har avslutats [${ref}]`,
    body: (m, right) =>
      `${m} har avslutat begäran som du skickade för en annan persons räkning (${right}) utan att behandla den: personen bekräftade den inte, och butiken kunde inte se av det du skickade att du får företräda personen.`,
    reason: (m) => `Motivering från ${m}:`,
    again:
      'Personen kan själv göra begäran när som helst. Du kan också skicka den igen med en fullmakt som personen har undertecknat.',
  },
};

const de: AgentMessages = {
  relations: {
    'family-member': 'Familienmitglied',
    'legal-guardian': 'Elternteil, Vormund oder rechtliche Betreuung',
    lawyer: 'Rechtsanwältin oder Rechtsanwalt',
    'privacy-service':
      'Datenschutzdienst (zum Beispiel ein Dienst, der Daten löschen lässt)',
    other: 'Sonstiges',
  },
  form: {
    legend: 'Stellen Sie die Anfrage für eine andere Person?',
    onBehalf: 'Ich stelle die Anfrage im Namen einer anderen Person',
    hint: 'Geben Sie dann oben die eigene E-Mail-Adresse und den Namen dieser Person an: Wir senden ihr einen Link zur Bestätigung, und die Antwort geht an sie. Ihre eigenen Angaben machen Sie hier.',
    name: 'Ihr eigener Name',
    email: 'Ihre eigene E-Mail-Adresse',
    relation: 'In welcher Beziehung Sie zu der Person stehen',
    choose: 'Bitte wählen…',
    uploadNote:
      'Nach dem Absenden können Sie Ihre Vollmacht hochladen (zum Beispiel eine Vollmacht oder ein von der Person unterschriebenes Schreiben).',
    errors: {
      onBehalf:
        'Kreuzen Sie „Ich stelle die Anfrage im Namen einer anderen Person“ an oder leeren Sie die Felder zu Ihrer Person.',
      name: 'Geben Sie Ihren Namen ein (höchstens 200 Zeichen).',
      email: 'Geben Sie Ihre eigene E-Mail-Adresse ein, etwa name@beispiel.de.',
      sameEmail:
        'Geben Sie hier Ihre eigene E-Mail-Adresse ein; die Adresse der Person gehört in das E-Mail-Feld oben.',
      relation: 'Wählen Sie, in welcher Beziehung Sie zu der Person stehen.',
    },
  },
  submitted: {
    body: (m) =>
      `Wir haben der Person einen Link zur Bestätigung der Anfrage geschickt. ${m} bearbeitet die Anfrage, sobald die Person sie bestätigt oder sobald der Shop Ihre Vollmacht geprüft und anerkannt hat. Außerdem haben wir Ihnen eine E-Mail mit dem Link zum Hochladen geschickt.`,
    upload: 'Vollmacht hochladen',
    uploadHint:
      'Eine Vollmacht oder ein von der Person unterschriebenes Schreiben, als PDF oder Foto.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Diese Anfrage hat ${agent} (${address}) in Ihrem Namen gestellt und gibt an, zu Ihnen in folgender Beziehung zu stehen: ${relation}.`,
    confirmOnly:
      'Bestätigen Sie sie nur, wenn Sie diese Person beauftragt haben, für Sie zu handeln. Die Antwort geht an Sie unter dieser Adresse, nicht an die Person.',
  },
  acknowledgement: (agent, relation) =>
    `Die Anfrage hat ${agent} (${relation}) in Ihrem Namen gestellt; der Shop hat die Vollmacht geprüft. Die Antwort geht an Sie unter dieser Adresse.`,
  decision: {
    agent: 'In ihrem Namen gestellt von',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `nicht von der Person bestätigt: Der Shop hat die Vollmacht am ${date} anerkannt`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Ihre Anfrage an ${m} im Namen einer anderen Person [${ref}]`,
    received: (m, right, relation) =>
      `${m} hat die Anfrage erhalten, die Sie im Namen einer anderen Person gestellt haben (${right}). Ihre Beziehung zu der Person laut Ihren Angaben: ${relation}.`,
    whatNext: (m) =>
      `Wir haben der Person einen Link an ihre eigene E-Mail-Adresse geschickt. Die Anfrage wird bearbeitet, sobald die Person sie bestätigt oder sobald ${m} Ihre Vollmacht geprüft und anerkannt hat. Bis dahin geschieht nichts.`,
    upload: (date) =>
      `Laden Sie Ihre Vollmacht hoch, zum Beispiel eine Vollmacht oder ein von der Person unterschriebenes Schreiben, als PDF oder Foto (die Seite funktioniert bis ${date}):`,
    uploadLink: 'Vollmacht hochladen',
    answerGoesToPerson:
      'Die Antwort geht an die Person unter ihrer eigenen Adresse, nicht an Sie: Personenbezogene Daten senden wir nur an die Person, die sie betreffen.',
  },
  page: {
    title: (ref) => `Vollmacht zur Anfrage ${ref}`,
    heading: (m) => `Ihre Vollmacht für ${m}`,
    intro: (size, n) =>
      `Laden Sie das Dokument hoch, das zeigt, dass Sie für die Person handeln dürfen, zum Beispiel eine Vollmacht oder ein von ihr unterschriebenes Schreiben. Eine Datei nach der anderen, bis zu ${size} je Datei und ${n} Dateien insgesamt.`,
    types:
      'Akzeptiert: PDF sowie Fotos und Scans (PNG, JPEG, GIF, WebP, HEIC). Der Typ wird aus dem Inhalt der Datei bestimmt.',
    fileLabel: 'Hochzuladende Datei',
    upload: 'Hochladen',
    formNote:
      'Wird das Hochladen abgelehnt (etwa weil die Datei zu groß ist), kehren Sie zu dieser Seite zurück und wählen Sie eine andere Datei. Laden Sie die Seite neu, wenn sie länger als eine Stunde geöffnet war.',
    limitReached: (n) =>
      `Es wurden ${n} Dateien hochgeladen, mehr nimmt diese Seite nicht an. Entfernen Sie eine, um eine andere hochzuladen.`,
    listHeading: 'Hochgeladene Dateien',
    none: 'Noch keine Dateien hochgeladen.',
    notAccepted: (label) => `${label}: nicht akzeptiert, bitte entfernen`,
    remove: 'Entfernen',
    removeLabel: (name) => `${name} entfernen`,
    done: 'Für diese Anfrage wird keine Vollmacht mehr benötigt: Die Person hat sie bestätigt, der Shop hat darüber entschieden, oder sie wurde abgeschlossen. Es kann nichts mehr hochgeladen werden.',
    seenBy: (m) =>
      `${m} sieht die hier aufgeführten Dateien und entscheidet, ob sie zeigen, dass Sie für die Person handeln dürfen.`,
  },
  declined: {
    subject: (m, ref) =>
      `Ihre Anfrage an ${m} im Namen einer anderen Person wurde geschlossen [${ref}]`,
    body: (m, right) =>
      `${m} hat die Anfrage, die Sie im Namen einer anderen Person gestellt haben (${right}), geschlossen, ohne sie zu bearbeiten: Die Person hat sie nicht bestätigt, und der Shop konnte Ihren Unterlagen nicht entnehmen, dass Sie für sie handeln dürfen.`,
    reason: (m) => `Begründung von ${m}:`,
    again:
      'Die Person kann die Anfrage jederzeit selbst stellen. Sie können sie auch erneut senden, zusammen mit einer von der Person unterschriebenen Vollmacht.',
  },
};

const fr: AgentMessages = {
  relations: {
    'family-member': 'membre de la famille',
    'legal-guardian': 'parent ou représentant légal (tuteur, curateur)',
    lawyer: 'avocat',
    'privacy-service':
      'service de protection de la vie privée (par exemple un service de suppression de données)',
    other: 'autre',
  },
  form: {
    legend: `Vous faites la demande pour quelqu’un d’autre${NBSP}?`,
    onBehalf: 'Je fais cette demande pour le compte d’une autre personne',
    hint: `Indiquez alors ci-dessus l’adresse e-mail et le nom de cette personne${NBSP}: nous lui envoyons un lien pour confirmer la demande, et la réponse lui est adressée. Vos propres coordonnées se saisissent ici.`,
    name: 'Votre propre nom',
    email: 'Votre propre adresse e-mail',
    relation: 'Votre lien avec la personne',
    choose: 'Choisir…',
    uploadNote:
      'Après l’envoi de la demande, vous pourrez téléverser votre mandat (par exemple une procuration ou une lettre signée par la personne).',
    errors: {
      onBehalf: `Cochez «${NBSP}Je fais cette demande pour le compte d’une autre personne${NBSP}», ou videz les champs qui vous concernent.`,
      name: 'Saisissez votre nom (200 caractères au plus).',
      email:
        'Saisissez votre propre adresse e-mail, par exemple nom@exemple.fr.',
      sameEmail: `Saisissez ici votre propre adresse e-mail${NBSP}; celle de la personne va dans le champ e-mail ci-dessus.`,
      relation: 'Choisissez votre lien avec la personne.',
    },
  },
  submitted: {
    body: (m) =>
      `Nous avons envoyé à la personne un lien pour confirmer la demande. ${m} la traitera dès qu’elle l’aura confirmée, ou dès que la boutique aura vérifié et accepté votre mandat. Nous vous avons aussi envoyé un e-mail contenant le lien de téléversement de cette page.`,
    upload: 'Téléverser votre mandat',
    uploadHint:
      'Une procuration ou une lettre signée par la personne, en PDF ou en photo.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Cette demande a été envoyée en votre nom par ${agent} (${address}), qui se présente ainsi${NBSP}: ${relation}.`,
    confirmOnly:
      'Ne la confirmez que si vous lui avez demandé d’agir pour vous. La réponse vous sera envoyée à cette adresse, et non à cette personne.',
  },
  acknowledgement: (agent, relation) =>
    `La demande a été faite en votre nom par ${agent} (${relation})${NBSP}; la boutique a vérifié son mandat. La réponse vous sera envoyée à cette adresse.`,
  decision: {
    agent: 'Faite pour son compte par',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `non confirmée par la personne${NBSP}: la boutique a accepté le mandat le ${date}`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Votre demande à ${m} pour le compte d’une autre personne [${ref}]`,
    received: (m, right, relation) =>
      `${m} a bien reçu la demande que vous avez envoyée pour le compte d’une autre personne (${right}). Votre lien avec la personne, tel que vous l’avez indiqué${NBSP}: ${relation}.`,
    whatNext: (m) =>
      `Nous avons envoyé un lien à la personne, à sa propre adresse e-mail. La demande sera traitée dès qu’elle l’aura confirmée, ou dès que ${m} aura vérifié et accepté votre mandat. D’ici là, rien n’est fait.`,
    upload: (date) =>
      `Téléversez votre mandat, par exemple une procuration ou une lettre signée par la personne, en PDF ou en photo (la page fonctionne jusqu’au ${date})${NBSP}:`,
    uploadLink: 'Téléverser votre mandat',
    answerGoesToPerson: `La réponse est envoyée à la personne, à sa propre adresse, et non à vous${NBSP}: nous n’envoyons des données personnelles qu’à la personne qu’elles concernent.`,
  },
  page: {
    title: (ref) => `Mandat pour la demande ${ref}`,
    heading: (m) => `Votre mandat pour ${m}`,
    intro: (size, n) =>
      `Téléversez le document qui montre que vous pouvez agir pour la personne${NBSP}: par exemple une procuration ou une lettre signée par elle. Un fichier à la fois, ${size} au plus par fichier, ${n} fichiers en tout.`,
    types: `Acceptés${NBSP}: PDF, photos et numérisations (PNG, JPEG, GIF, WebP, HEIC). Le type est déterminé d’après le contenu du fichier.`,
    fileLabel: 'Fichier à téléverser',
    upload: 'Téléverser',
    formNote:
      'Si le téléversement est refusé (par exemple parce que le fichier est trop volumineux), revenez sur cette page et choisissez un autre fichier. Rechargez la page si elle est ouverte depuis plus d’une heure.',
    limitReached: (n) =>
      `${n} fichiers ont été téléversés, le maximum pour cette page. Supprimez-en un pour en téléverser un autre.`,
    listHeading: 'Fichiers téléversés',
    none: 'Aucun fichier téléversé pour l’instant.',
    notAccepted: (label) =>
      `${label}${NBSP}: non accepté, veuillez le supprimer`,
    remove: 'Supprimer',
    removeLabel: (name) => `Supprimer ${name}`,
    done: `Cette demande n’a plus besoin de mandat${NBSP}: la personne l’a confirmée, la boutique a statué ou elle a été close. Plus rien ne peut être téléversé.`,
    seenBy: (m) =>
      `${m} voit les fichiers listés ici et décide s’ils montrent que vous pouvez agir pour la personne.`,
  },
  declined: {
    subject: (m, ref) =>
      `Votre demande à ${m} pour le compte d’une autre personne a été close [${ref}]`,
    body: (m, right) =>
      `${m} a clos, sans y donner suite, la demande que vous avez envoyée pour le compte d’une autre personne (${right})${NBSP}: la personne ne l’a pas confirmée, et la boutique n’a pas pu établir, d’après vos documents, que vous pouvez agir pour elle.`,
    reason: (m) => `Motif indiqué par ${m}${NBSP}:`,
    again:
      'La personne peut faire la demande elle-même à tout moment. Vous pouvez aussi la renvoyer accompagnée d’un mandat signé par la personne.',
  },
};

export const AGENT_MESSAGES: Record<Locale, AgentMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
