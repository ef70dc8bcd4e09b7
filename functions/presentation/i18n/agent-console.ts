/**
 * The console's words for requests made by agents (domain/agents.ts): the request page's section
 * (who asked, as what, the authorisation and what the member may do about it), the page that
 * takes an authorisation received by post or email, the entry form's agent fields, and the
 * inbox's groups with their batch actions. In the five languages; the members are addressed as
 * the rest of the console addresses them.
 */
import type { Locale } from '#domain/schemas.ts';
import type { AgentAction, AgentSkip } from '#use-cases/console/agents.ts';

type S = string;
const NBSP = '\u00a0';

export interface AgentConsoleMessages {
  section: {
    heading: S;
    intro: S;
    agent: S;
    relation: S;
    files: S;
    noFiles: S;
    download: (name: S) => S;
    notAccepted: S;
    addFile: S;
    accepted: (who: S, date: S, files: number) => S;
  };
  accept: {
    heading: S;
    hint: S;
    check: S;
    submit: S;
    errors: { checked: S; none: S; notAccepted: S };
  };
  decline: {
    heading: S;
    hint: S;
    reason: S;
    reasonHint: S;
    submit: S;
    errors: { required: S; tooLong: S };
  };
  /** The page that takes an authorisation received by post or email. */
  upload: {
    title: (ref: S) => S;
    heading: S;
    intro: S;
    back: S;
    closed: S;
  };
  /** The entry form. */
  entry: {
    legend: S;
    onBehalf: S;
    hint: S;
    name: S;
    email: S;
    relation: S;
  };
  /** The identity line of the request page when the authority was accepted. */
  identityAccepted: (who: S, date: S) => S;
  inbox: {
    heading: S;
    intro: S;
    group: (who: S, waiting: number, total: number) => S;
    show: S;
    filtered: (who: S) => S;
    all: S;
    batchLegend: S;
    batchHint: S;
    actions: Record<AgentAction, S>;
    reason: S;
    confirm: S;
    submit: S;
    problem: S;
    resultHeading: (action: S) => S;
    outcomes: Record<'done' | AgentSkip, S>;
  };
}

const en: AgentConsoleMessages = {
  section: {
    heading: 'Asked on the person’s behalf',
    intro:
      'Someone else made this request for the person. The person confirms it by their own link, or you accept the agent’s authority after checking the authorisation. The answer always goes to the person’s address, never to the agent.',
    agent: 'Agent',
    relation: 'Relation, as the agent gave it',
    files: 'Authorisation',
    noFiles:
      'No authorisation uploaded yet. The agent was emailed a link to upload it.',
    download: (name) => `Download ${name}`,
    notAccepted: 'not a PDF or a picture',
    addFile: 'Add an authorisation received by post or email',
    accepted: (who, date, n) =>
      `Authority accepted by ${who} on ${date}, on ${n} ${n === 1 ? 'file' : 'files'}.`,
  },
  accept: {
    heading: 'Accept the agent’s authority',
    hint: 'If the authorisation names this person and lets the agent make this request, accept it: the request goes ahead without the person’s own confirmation.',
    check:
      'I have opened the authorisation: it names this person and lets the agent make this request',
    submit: 'Accept the authority',
    errors: {
      checked: 'Tick to say that you checked the authorisation.',
      none: 'There is no authorisation to accept: none has been uploaded.',
      notAccepted:
        'A file is not a PDF or a picture; it cannot be the authorisation.',
    },
  },
  decline: {
    heading: 'Close: authority not shown',
    hint: 'Closes the request without acting on it and emails the agent your reason. The person can still ask themselves.',
    reason: 'Reason (sent to the agent)',
    reasonHint: 'For example: the letter is not signed by the person.',
    submit: 'Close the request',
    errors: {
      required: 'Say why the authority is not shown.',
      tooLong: 'The reason must be at most 1000 characters.',
    },
  },
  upload: {
    title: (ref) => `Authorisation for ${ref}`,
    heading: 'Add an authorisation',
    intro:
      'Upload an authorisation the shop received by post or email (a scan or photo of the letter, or the PDF). It is kept with the request and shown with the agent’s own files.',
    back: 'Back to the request',
    closed:
      'The request no longer waits for an authorisation; nothing more can be added.',
  },
  entry: {
    legend: 'Made on someone else’s behalf?',
    onBehalf: 'The request was made by someone on the person’s behalf',
    hint: 'Then the email address above is the person’s own: the link and the answer go there. The agent gets an acknowledgement with a link to upload the authorisation.',
    name: 'Agent’s name',
    email: 'Agent’s email address',
    relation: 'Who the agent is to the person',
  },
  identityAccepted: (who, date) =>
    `Agent’s authority accepted by ${who} on ${date}`,
  inbox: {
    heading: 'Requests from agents',
    intro:
      'Requests made on people’s behalf, grouped by removal service or by agent. Open a group to act on its requests together.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'request' : 'requests'}, ${waiting} waiting for confirmation`,
    show: 'Show these requests',
    filtered: (who) => `Showing the requests from ${who}.`,
    all: 'Show all requests',
    batchLegend: 'Act on the ticked requests from this agent',
    batchHint:
      'Tick the requests first: none is ticked for you. Each request is acted on separately and the result is shown for each.',
    actions: {
      remind: 'Email each person their confirmation link again',
      accept:
        'Accept the agent’s authority for each (I checked each one’s authorisation)',
      decline: 'Close each: authority not shown (the agent is told the reason)',
    },
    reason: 'Reason, if you close them (sent to the agent)',
    confirm: 'I confirm: do this for every request I ticked',
    submit: 'Apply to the ticked requests',
    problem:
      'Nothing was done: choose an action, tick at least one request, confirm, and give a reason when closing.',
    resultHeading: (action) => `Result: ${action}`,
    outcomes: {
      done: 'done',
      notWaiting: 'left as it was: it no longer waits for confirmation',
      notAgent: 'left as it was: not made by an agent',
      noAuthority: 'left as it was: no authorisation uploaded',
      notAccepted: 'left as it was: a file is not a PDF or a picture',
      typePending: 'left as it was: confirm its type first',
    },
  },
};

const fi: AgentConsoleMessages = {
  section: {
    heading: 'Tehty henkilön puolesta',
    intro:
      'Toinen henkilö teki tämän pyynnön henkilön puolesta. Henkilö vahvistaa pyynnön omalla linkillään, tai hyväksyt asiamiehen valtuutuksen tarkistettuasi sen. Vastaus menee aina henkilön omaan osoitteeseen, ei koskaan asiamiehelle.',
    agent: 'Asiamies',
    relation: 'Suhde henkilöön asiamiehen mukaan',
    files: 'Valtuutus',
    noFiles:
      'Valtuutusta ei ole vielä ladattu. Asiamiehelle on lähetetty linkki sen lataamiseen.',
    download: (name) => `Lataa ${name}`,
    notAccepted: 'ei PDF eikä kuva',
    addFile: 'Lisää postitse tai sähköpostitse saatu valtuutus',
    accepted: (who, date, n) =>
      `Valtuutuksen hyväksyi ${who} ${date} (${n} ${n === 1 ? 'tiedosto' : 'tiedostoa'}).`,
  },
  accept: {
    heading: 'Hyväksy asiamiehen valtuutus',
    hint: 'Jos valtuutuksessa mainitaan tämä henkilö ja se oikeuttaa asiamiehen tekemään tämän pyynnön, hyväksy se: pyyntö etenee ilman henkilön omaa vahvistusta.',
    check:
      'Olen avannut valtuutuksen: siinä mainitaan tämä henkilö ja se oikeuttaa asiamiehen tekemään tämän pyynnön',
    submit: 'Hyväksy valtuutus',
    errors: {
      checked: 'Vahvista rastilla, että tarkistit valtuutuksen.',
      none: 'Hyväksyttävää valtuutusta ei ole: mitään ei ole ladattu.',
      notAccepted:
        'Yksi tiedostoista ei ole PDF eikä kuva, joten se ei voi olla valtuutus.',
    },
  },
  decline: {
    heading: 'Sulje: valtuutusta ei osoitettu',
    hint: 'Sulkee pyynnön käsittelemättä sitä ja lähettää perustelusi asiamiehelle. Henkilö voi edelleen tehdä pyynnön itse.',
    reason: 'Perustelu (lähetetään asiamiehelle)',
    reasonHint: 'Esimerkiksi: henkilö ei ole allekirjoittanut kirjettä.',
    submit: 'Sulje pyyntö',
    errors: {
      required: 'Kerro, miksi valtuutusta ei ole osoitettu.',
      tooLong: 'Perustelu voi olla enintään 1000 merkkiä.',
    },
  },
  upload: {
    title: (ref) => `Valtuutus: ${ref}`,
    heading: 'Lisää valtuutus',
    intro:
      'Lataa kauppaan postitse tai sähköpostitse tullut valtuutus (kirjeen skannaus tai valokuva tai PDF-tiedosto). Se säilytetään pyynnön yhteydessä asiamiehen omien tiedostojen rinnalla.',
    back: 'Takaisin pyyntöön',
    closed: 'Pyyntö ei enää odota valtuutusta; mitään ei voi enää lisätä.',
  },
  entry: {
    legend: 'Tehtiinkö pyyntö toisen puolesta?',
    onBehalf: 'Pyynnön teki joku henkilön puolesta',
    hint: 'Yllä oleva sähköpostiosoite on silloin henkilön oma: linkki ja vastaus menevät sinne. Asiamies saa kuittauksen ja linkin valtuutuksen lataamiseen.',
    name: 'Asiamiehen nimi',
    email: 'Asiamiehen sähköpostiosoite',
    relation: 'Kuka asiamies on henkilölle',
  },
  identityAccepted: (who, date) =>
    `Asiamiehen valtuutuksen hyväksyi ${who} ${date}`,
  inbox: {
    heading: 'Asiamiesten pyynnöt',
    intro:
      'Toisten puolesta tehdyt pyynnöt palveluittain tai asiamiehittäin. Avaa ryhmä, niin voit käsitellä sen pyynnöt yhdessä.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'pyyntö' : 'pyyntöä'}, joista ${waiting} odottaa vahvistusta`,
    show: 'Näytä nämä pyynnöt',
    filtered: (who) => `Näytetään pyynnöt: ${who}.`,
    all: 'Näytä kaikki pyynnöt',
    batchLegend: 'Käsittele tämän asiamiehen valitut pyynnöt',
    batchHint:
      'Valitse ensin pyynnöt: mitään ei ole valittu valmiiksi. Kukin pyyntö käsitellään erikseen, ja tulos näytetään jokaisesta.',
    actions: {
      remind: 'Lähetä jokaiselle henkilölle vahvistuslinkki uudelleen',
      accept:
        'Hyväksy asiamiehen valtuutus jokaiseen (tarkistin jokaisen valtuutuksen)',
      decline:
        'Sulje jokainen: valtuutusta ei osoitettu (perustelu lähetetään asiamiehelle)',
    },
    reason: 'Perustelu, jos suljet pyynnöt (lähetetään asiamiehelle)',
    confirm: 'Vahvistan: tee tämä jokaiselle valitsemalleni pyynnölle',
    submit: 'Käsittele valitut pyynnöt',
    problem:
      'Mitään ei tehty: valitse toiminto ja vähintään yksi pyyntö, vahvista ja anna perustelu, jos suljet.',
    resultHeading: (action) => `Tulos: ${action}`,
    outcomes: {
      done: 'tehty',
      notWaiting: 'ennallaan: ei enää odota vahvistusta',
      notAgent: 'ennallaan: ei asiamiehen tekemä',
      noAuthority: 'ennallaan: valtuutusta ei ole ladattu',
      notAccepted: 'ennallaan: tiedosto ei ole PDF eikä kuva',
      typePending: 'ennallaan: vahvista ensin pyynnön laji',
    },
  },
};

const sv: AgentConsoleMessages = {
  section: {
    heading: 'Gjord för personens räkning',
    intro:
      'Någon annan gjorde den här begäran för personen. Personen bekräftar den med sin egen länk, eller så godtar ni ombudets fullmakt efter att ha granskat den. Svaret går alltid till personens adress, aldrig till ombudet.',
    agent: 'Ombud',
    relation: 'Relation enligt ombudet',
    files: 'Fullmakt',
    noFiles:
      'Ingen fullmakt har laddats upp ännu. Ombudet har fått en länk för att ladda upp den.',
    download: (name) => `Ladda ned ${name}`,
    notAccepted: 'varken PDF eller bild',
    addFile: 'Lägg till en fullmakt som kommit per post eller e-post',
    accepted: (who, date, n) =>
      `Fullmakten godtogs av ${who} den ${date} (${n} ${n === 1 ? 'fil' : 'filer'}).`,
  },
  accept: {
    heading: 'Godta ombudets fullmakt',
    hint: 'Om fullmakten nämner den här personen och ger ombudet rätt att göra den här begäran, godta den: begäran går vidare utan personens egen bekräftelse.',
    check:
      'Jag har öppnat fullmakten: den nämner den här personen och ger ombudet rätt att göra den här begäran',
    submit: 'Godta fullmakten',
    errors: {
      checked: 'Kryssa i att du har granskat fullmakten.',
      none: 'Det finns ingen fullmakt att godta: ingen har laddats upp.',
      notAccepted:
        'En fil är varken PDF eller bild och kan inte vara fullmakten.',
    },
  },
  decline: {
    heading: 'Avsluta: fullmakt har inte visats',
    hint: 'Avslutar begäran utan att behandla den och skickar din motivering till ombudet. Personen kan fortfarande själv göra begäran.',
    reason: 'Motivering (skickas till ombudet)',
    reasonHint: 'Till exempel: brevet är inte undertecknat av personen.',
    submit: 'Avsluta begäran',
    errors: {
      required: 'Ange varför fullmakten inte har visats.',
      tooLong: 'Motiveringen får vara högst 1000 tecken.',
    },
  },
  upload: {
    title: (ref) => `Fullmakt för ${ref}`,
    heading: 'Lägg till en fullmakt',
    intro:
      'Ladda upp en fullmakt som butiken fått per post eller e-post (en skanning eller ett foto av brevet, eller PDF-filen). Den sparas med begäran tillsammans med ombudets egna filer.',
    back: 'Tillbaka till begäran',
    closed:
      'Begäran väntar inte längre på någon fullmakt; inget mer kan läggas till.',
  },
  entry: {
    legend: 'Gjord för någon annans räkning?',
    onBehalf: 'Begäran gjordes av någon för personens räkning',
    hint: 'E-postadressen ovan är då personens egen: länken och svaret går dit. Ombudet får en bekräftelse med en länk för att ladda upp fullmakten.',
    name: 'Ombudets namn',
    email: 'Ombudets e-postadress',
    relation: 'Vem ombudet är för personen',
  },
  identityAccepted: (who, date) =>
    `Ombudets fullmakt godtogs av ${who} den ${date}`,
  inbox: {
    heading: 'Begäranden från ombud',
    intro:
      'Begäranden som gjorts för andras räkning, grupperade per tjänst eller per ombud. Öppna en grupp för att hantera dess begäranden tillsammans.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'begäran' : 'begäranden'}, varav ${waiting} väntar på bekräftelse`,
    show: 'Visa dessa begäranden',
    filtered: (who) => `Visar begärandena från ${who}.`,
    all: 'Visa alla begäranden',
    batchLegend: 'Hantera de markerade begärandena från detta ombud',
    batchHint:
      'Markera begärandena först: ingen är förvald. Varje begäran hanteras för sig och resultatet visas för var och en.',
    actions: {
      remind: 'Skicka bekräftelselänken igen till varje person',
      accept:
        'Godta ombudets fullmakt för varje begäran (jag har granskat varje fullmakt)',
      decline:
        'Avsluta varje: fullmakt har inte visats (ombudet får motiveringen)',
    },
    reason: 'Motivering, om du avslutar dem (skickas till ombudet)',
    confirm: 'Jag bekräftar: gör detta för varje begäran jag markerat',
    submit: 'Tillämpa på de markerade begärandena',
    problem:
      'Inget gjordes: välj en åtgärd, markera minst en begäran, bekräfta och ange en motivering om du avslutar.',
    resultHeading: (action) => `Resultat: ${action}`,
    outcomes: {
      done: 'klart',
      notWaiting: 'oförändrad: väntar inte längre på bekräftelse',
      notAgent: 'oförändrad: inte gjord av ett ombud',
      noAuthority: 'oförändrad: ingen fullmakt uppladdad',
      notAccepted: 'oförändrad: en fil är varken PDF eller bild',
      typePending: 'oförändrad: bekräfta först typen av begäran',
    },
  },
};

const de: AgentConsoleMessages = {
  section: {
    heading: 'Im Namen der Person gestellt',
    intro:
      'Jemand anderes hat diese Anfrage für die Person gestellt. Die Person bestätigt sie über ihren eigenen Link, oder Sie erkennen die Vollmacht an, nachdem Sie sie geprüft haben. Die Antwort geht immer an die Adresse der Person, nie an die bevollmächtigte Person.',
    agent: 'Bevollmächtigte Person',
    relation: 'Beziehung laut eigener Angabe',
    files: 'Vollmacht',
    noFiles:
      'Noch keine Vollmacht hochgeladen. Die bevollmächtigte Person hat per E-Mail einen Link zum Hochladen erhalten.',
    download: (name) => `${name} herunterladen`,
    notAccepted: 'weder PDF noch Bild',
    addFile: 'Per Post oder E-Mail erhaltene Vollmacht hinzufügen',
    accepted: (who, date, n) =>
      `Vollmacht anerkannt von ${who} am ${date} (${n} ${n === 1 ? 'Datei' : 'Dateien'}).`,
  },
  accept: {
    heading: 'Vollmacht anerkennen',
    hint: 'Wenn die Vollmacht diese Person nennt und zu dieser Anfrage berechtigt, erkennen Sie sie an: Die Anfrage wird dann ohne eigene Bestätigung der Person bearbeitet.',
    check:
      'Ich habe die Vollmacht geöffnet: Sie nennt diese Person und berechtigt zu dieser Anfrage',
    submit: 'Vollmacht anerkennen',
    errors: {
      checked: 'Kreuzen Sie an, dass Sie die Vollmacht geprüft haben.',
      none: 'Es gibt keine Vollmacht zum Anerkennen: Es wurde nichts hochgeladen.',
      notAccepted:
        'Eine Datei ist weder PDF noch Bild und kann keine Vollmacht sein.',
    },
  },
  decline: {
    heading: 'Schließen: Vollmacht nicht nachgewiesen',
    hint: 'Schließt die Anfrage, ohne sie zu bearbeiten, und sendet der bevollmächtigten Person Ihre Begründung. Die Person kann die Anfrage weiterhin selbst stellen.',
    reason: 'Begründung (wird der bevollmächtigten Person gesendet)',
    reasonHint:
      'Zum Beispiel: Das Schreiben ist nicht von der Person unterschrieben.',
    submit: 'Anfrage schließen',
    errors: {
      required: 'Geben Sie an, warum die Vollmacht nicht nachgewiesen ist.',
      tooLong: 'Die Begründung darf höchstens 1000 Zeichen lang sein.',
    },
  },
  upload: {
    title: (ref) => `Vollmacht zu ${ref}`,
    heading: 'Vollmacht hinzufügen',
    intro:
      'Laden Sie eine Vollmacht hoch, die der Shop per Post oder E-Mail erhalten hat (Scan oder Foto des Schreibens oder die PDF-Datei). Sie wird bei der Anfrage neben den Dateien der bevollmächtigten Person aufbewahrt.',
    back: 'Zurück zur Anfrage',
    closed:
      'Die Anfrage wartet nicht mehr auf eine Vollmacht; es kann nichts mehr hinzugefügt werden.',
  },
  entry: {
    legend: 'Im Namen einer anderen Person gestellt?',
    onBehalf: 'Die Anfrage wurde von jemandem im Namen der Person gestellt',
    hint: 'Die E-Mail-Adresse oben ist dann die der Person selbst: Link und Antwort gehen dorthin. Die bevollmächtigte Person erhält eine Eingangsbestätigung mit einem Link zum Hochladen der Vollmacht.',
    name: 'Name der bevollmächtigten Person',
    email: 'E-Mail-Adresse der bevollmächtigten Person',
    relation: 'Beziehung zur Person',
  },
  identityAccepted: (who, date) => `Vollmacht anerkannt von ${who} am ${date}`,
  inbox: {
    heading: 'Anfragen von Bevollmächtigten',
    intro:
      'Im Namen anderer gestellte Anfragen, gruppiert nach Löschdienst oder bevollmächtigter Person. Öffnen Sie eine Gruppe, um ihre Anfragen gemeinsam zu bearbeiten.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'Anfrage' : 'Anfragen'}, davon ${waiting} unbestätigt`,
    show: 'Diese Anfragen anzeigen',
    filtered: (who) => `Angezeigt werden die Anfragen von ${who}.`,
    all: 'Alle Anfragen anzeigen',
    batchLegend: 'Markierte Anfragen dieser bevollmächtigten Person bearbeiten',
    batchHint:
      'Markieren Sie zuerst die Anfragen: Keine ist vorausgewählt. Jede Anfrage wird einzeln bearbeitet, und das Ergebnis wird für jede angezeigt.',
    actions: {
      remind: 'Jeder Person den Bestätigungslink erneut senden',
      accept:
        'Vollmacht für jede Anfrage anerkennen (ich habe jede Vollmacht geprüft)',
      decline:
        'Jede schließen: Vollmacht nicht nachgewiesen (die Begründung wird mitgeteilt)',
    },
    reason: 'Begründung, falls Sie sie schließen (wird mitgeteilt)',
    confirm: 'Ich bestätige: für jede markierte Anfrage ausführen',
    submit: 'Auf die markierten Anfragen anwenden',
    problem:
      'Es wurde nichts getan: Wählen Sie eine Aktion, markieren Sie mindestens eine Anfrage, bestätigen Sie und geben Sie beim Schließen eine Begründung an.',
    resultHeading: (action) => `Ergebnis: ${action}`,
    outcomes: {
      done: 'erledigt',
      notWaiting: 'unverändert: wartet nicht mehr auf Bestätigung',
      notAgent: 'unverändert: nicht von einer bevollmächtigten Person gestellt',
      noAuthority: 'unverändert: keine Vollmacht hochgeladen',
      notAccepted: 'unverändert: eine Datei ist weder PDF noch Bild',
      typePending: 'unverändert: zuerst die Art der Anfrage bestätigen',
    },
  },
};

const fr: AgentConsoleMessages = {
  section: {
    heading: 'Demande faite pour le compte de la personne',
    intro: `Quelqu’un d’autre a fait cette demande pour la personne. La personne la confirme par son propre lien, ou vous acceptez le mandat après l’avoir vérifié. La réponse est toujours envoyée à l’adresse de la personne, jamais au mandataire.`,
    agent: 'Mandataire',
    relation: 'Lien avec la personne, selon le mandataire',
    files: 'Mandat',
    noFiles: `Aucun mandat téléversé pour l’instant. Le mandataire a reçu par e-mail un lien pour le téléverser.`,
    download: (name) => `Télécharger ${name}`,
    notAccepted: 'ni PDF ni image',
    addFile: 'Ajouter un mandat reçu par courrier ou par e-mail',
    accepted: (who, date, n) =>
      `Mandat accepté par ${who} le ${date} (${n}${NBSP}${n === 1 ? 'fichier' : 'fichiers'}).`,
  },
  accept: {
    heading: 'Accepter le mandat',
    hint: `Si le mandat désigne cette personne et autorise le mandataire à faire cette demande, acceptez-le${NBSP}: la demande est alors traitée sans la confirmation de la personne.`,
    check: `J’ai ouvert le mandat${NBSP}: il désigne cette personne et autorise le mandataire à faire cette demande`,
    submit: 'Accepter le mandat',
    errors: {
      checked: 'Cochez la case pour indiquer que vous avez vérifié le mandat.',
      none: `Il n’y a pas de mandat à accepter${NBSP}: rien n’a été téléversé.`,
      notAccepted:
        'Un fichier n’est ni un PDF ni une image et ne peut pas être le mandat.',
    },
  },
  decline: {
    heading: `Clore${NBSP}: mandat non justifié`,
    hint: 'Clôt la demande sans y donner suite et envoie votre motif au mandataire. La personne peut toujours faire la demande elle-même.',
    reason: 'Motif (envoyé au mandataire)',
    reasonHint: `Par exemple${NBSP}: la lettre n’est pas signée par la personne.`,
    submit: 'Clore la demande',
    errors: {
      required: 'Indiquez pourquoi le mandat n’est pas justifié.',
      tooLong: 'Le motif ne doit pas dépasser 1000 caractères.',
    },
  },
  upload: {
    title: (ref) => `Mandat pour ${ref}`,
    heading: 'Ajouter un mandat',
    intro:
      'Téléversez un mandat reçu par la boutique par courrier ou par e-mail (numérisation ou photo de la lettre, ou le PDF). Il est conservé avec la demande, à côté des fichiers du mandataire.',
    back: 'Retour à la demande',
    closed: `La demande n’attend plus de mandat${NBSP}; plus rien ne peut être ajouté.`,
  },
  entry: {
    legend: `Faite pour le compte d’une autre personne${NBSP}?`,
    onBehalf:
      'La demande a été faite par quelqu’un pour le compte de la personne',
    hint: `L’adresse e-mail ci-dessus est alors celle de la personne${NBSP}: le lien et la réponse y sont envoyés. Le mandataire reçoit un accusé de réception avec un lien pour téléverser le mandat.`,
    name: 'Nom du mandataire',
    email: 'Adresse e-mail du mandataire',
    relation: 'Lien du mandataire avec la personne',
  },
  identityAccepted: (who, date) => `Mandat accepté par ${who} le ${date}`,
  inbox: {
    heading: 'Demandes de mandataires',
    intro:
      'Demandes faites pour le compte d’autres personnes, regroupées par service ou par mandataire. Ouvrez un groupe pour traiter ses demandes ensemble.',
    group: (who, waiting, total) =>
      `${who}${NBSP}: ${total}${NBSP}${total === 1 ? 'demande' : 'demandes'}, dont ${waiting} en attente de confirmation`,
    show: 'Afficher ces demandes',
    filtered: (who) => `Demandes de ${who}.`,
    all: 'Afficher toutes les demandes',
    batchLegend: 'Traiter les demandes cochées de ce mandataire',
    batchHint: `Cochez d’abord les demandes${NBSP}: aucune n’est cochée d’avance. Chaque demande est traitée séparément et le résultat est affiché pour chacune.`,
    actions: {
      remind: 'Renvoyer à chaque personne son lien de confirmation',
      accept: 'Accepter le mandat pour chacune (j’ai vérifié chaque mandat)',
      decline: `Clore chacune${NBSP}: mandat non justifié (le motif est envoyé au mandataire)`,
    },
    reason: 'Motif, si vous les closez (envoyé au mandataire)',
    confirm: `Je confirme${NBSP}: faire ceci pour chaque demande cochée`,
    submit: 'Appliquer aux demandes cochées',
    problem: `Rien n’a été fait${NBSP}: choisissez une action, cochez au moins une demande, confirmez et indiquez un motif pour clore.`,
    resultHeading: (action) => `Résultat${NBSP}: ${action}`,
    outcomes: {
      done: 'fait',
      notWaiting: `inchangée${NBSP}: n’attend plus de confirmation`,
      notAgent: `inchangée${NBSP}: pas faite par un mandataire`,
      noAuthority: `inchangée${NBSP}: aucun mandat téléversé`,
      notAccepted: `inchangée${NBSP}: un fichier n’est ni un PDF ni une image`,
      typePending: `inchangée${NBSP}: confirmez d’abord le type de demande`,
    },
  },
};

export const AGENT_CONSOLE_MESSAGES: Record<Locale, AgentConsoleMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
