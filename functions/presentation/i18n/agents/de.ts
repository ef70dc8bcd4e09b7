/** The de texts of agents.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentMessages } from '../agents.ts';

export const de: AgentMessages = {
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
