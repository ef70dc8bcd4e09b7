/** The de texts of confirm-page.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ConfirmPageMessages } from '../confirm-page.ts';

export const de: ConfirmPageMessages = {
  title: (r) => `Anfrage ${r} bestätigen`,
  heading: (p) => `Was hat ${p} unternommen?`,
  request: 'Anfrage',
  legend: 'Ergebnis',
  done: {
    access: {
      label: 'Daten bereitgestellt',
      explain: 'Die personenbezogenen Daten sind oben angehängt.',
    },
    erasure: {
      label: 'Gelöscht',
      explain: 'Alle personenbezogenen Daten dieser Person wurden gelöscht.',
    },
    other: {
      label: 'Erledigt',
      explain: 'Die Anfrage wurde vollständig umgesetzt.',
    },
  },
  choices: {
    kept: {
      label: () => 'Teilweise gelöscht',
      explain:
        'Einige Daten müssen aufbewahrt werden: Bitte geben Sie unten an, welche, warum und bis wann.',
    },
    'not-found': {
      label: () => 'Keine Daten',
      explain:
        'Über diese Person werden keine personenbezogenen Daten gespeichert.',
    },
    'could-not': {
      label: () => 'Nicht möglich',
      explain: 'Bitte in der Anmerkung begründen; der Shop kümmert sich darum.',
    },
    unanswered: {
      label: (p) => `Keine Antwort von ${p}`,
      explain:
        'Diesen Teil ohne Antwort abschließen; der Kundin oder dem Kunden wird mitgeteilt, dass er fehlt. Bitte vermerken Sie, wie Sie versucht haben, die Stelle zu erreichen.',
    },
  },
  keptLegend: 'Falls Daten aufbewahrt werden',
  keptHint:
    'Nur bei „Teilweise gelöscht“. Dies wird der Kundin oder dem Kunden mitgeteilt.',
  keptWhat: 'Was aufbewahrt wird',
  keptWhatHint:
    'Art der Datensätze, zum Beispiel „Sendungsdaten“; keine personenbezogenen Daten.',
  keptWhy: 'Warum es aufbewahrt wird',
  keptUntil: 'Aufbewahrt bis',
  keptUntilHint: 'Optional. Der Tag, an dem die Daten gelöscht werden.',
  note: 'Anmerkung für den Shop',
  noteHint:
    'Erforderlich, wenn die Anfrage nicht umgesetzt werden konnte oder keine Antwort kam. Der Shop liest sie; ist die Umsetzung nicht möglich, wird der Kundin oder dem Kunden der Grund mitgeteilt.',
  submit: 'Bestätigen',
  errorSummary: 'Bitte prüfen Sie Ihre Antwort',
  errors: {
    outcome: 'Bitte wählen Sie, was geschehen ist.',
    note: 'Bitte schreiben Sie eine Anmerkung (höchstens 1.000 Zeichen): Sie ist für diese Antwort erforderlich.',
    keptWhat:
      'Bitte geben Sie an, was aufbewahrt wird (höchstens 300 Zeichen).',
    keptReason: 'Bitte wählen Sie, warum es aufbewahrt wird.',
    keptUntil:
      'Bitte geben Sie das Datum als JJJJ-MM-TT an, heute oder später.',
  },
};
