/** The de texts of agent-console.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentConsoleMessages } from '../agent-console.ts';

export const de: AgentConsoleMessages = {
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
