/** The de texts of processor-mail.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ProcessorMailMessages } from '../processor-mail.ts';

export const de: ProcessorMailMessages = {
  noteFrom: (merchant) => `Hinweis von ${merchant}:`,
  objectionOther:
    'Die betroffene Person hat aus Gründen, die sich aus ihrer besonderen Situation ergeben, einer anderen Verarbeitung ihrer Daten als Direktwerbung widersprochen, etwa einem Profiling (Art. 21 Abs. 1 DSGVO). Wir haben dem Widerspruch stattgegeben. Bitte stellen Sie die in unserer Nachricht unten beschriebene Verarbeitung ein und bestätigen Sie, sobald sie eingestellt ist.',
  right: {
    access: 'Auskunftsrecht',
    portability: 'Recht auf Datenübertragbarkeit',
    erasure: 'Recht auf Löschung',
    rectification: 'Recht auf Berichtigung',
    objection: 'Widerspruchsrecht',
    restriction: 'Recht auf Einschränkung der Verarbeitung',
  },
  requested: {
    access: 'Auskunft über die eigenen personenbezogenen Daten',
    portability:
      'die selbst bereitgestellten personenbezogenen Daten in einem maschinenlesbaren Format',
    erasure: 'die Löschung der eigenen personenbezogenen Daten',
    rectification: 'die Berichtigung der eigenen personenbezogenen Daten',
    objection: 'das Ende der Verarbeitung der eigenen personenbezogenen Daten',
    restriction:
      'die Einschränkung der Verarbeitung der eigenen personenbezogenen Daten',
  },
  requestSubject: (right, merchant, ref, due) =>
    `Anfrage einer betroffenen Person (${right}) von ${merchant}, Referenz ${ref}: bitte bis zum ${due} erledigen`,
  reminderPrefix: 'Erinnerung: ',
  intro: (merchant, processor) =>
    `${processor} verarbeitet als Auftragsverarbeiter personenbezogene Daten im Auftrag von ${merchant}, dem Verantwortlichen.`,
  asked: (right, article) =>
    `Eine Kundin oder ein Kunde hat ${right} verlangt (${article}). Die Identität wurde überprüft und die Anfrage genehmigt.`,
  whatToDo: {
    access:
      'Bitte laden Sie eine Kopie aller personenbezogenen Daten, die Sie über diese Person gespeichert haben, auf der Seite hinter dem Link unten hoch, oder teilen Sie uns dort mit, dass Sie keine Daten über sie gespeichert haben. Bitte senden Sie personenbezogene Daten nicht per E-Mail.',
    portability:
      'Bitte laden Sie die personenbezogenen Daten, die diese Person Ihnen bereitgestellt hat, in einem maschinenlesbaren Format (CSV, JSON oder XLSX) auf der Seite hinter dem Link unten hoch, oder teilen Sie uns dort mit, dass Sie keine solchen Daten gespeichert haben. Bitte senden Sie personenbezogene Daten nicht per E-Mail.',
    erasure:
      'Bitte löschen Sie alle personenbezogenen Daten, die Sie über diese Person gespeichert haben, sofern Sie nicht gesetzlich zur Aufbewahrung verpflichtet sind (teilen Sie uns in diesem Fall mit, welche Daten und bis wann).',
    rectification:
      'Bitte berichtigen Sie die personenbezogenen Daten wie unten beschrieben.',
    objection:
      'Bitte verwenden Sie die Daten dieser Person nicht mehr für Direktwerbung, auch nicht für damit verbundenes Profiling (etwa personalisierte Empfehlungen), und sperren Sie sie für weitere Werbung.',
    restriction:
      'Bitte schränken Sie die Verarbeitung der Daten dieser Person ein (nur Speicherung, keine sonstige Nutzung), bis wir Ihnen etwas anderes mitteilen.',
  },
  identifiers: 'Die betroffene Person:',
  email: 'E-Mail',
  name: 'Name',
  order: 'Bestellnummer',
  due: 'Frist für Erledigung und Bestätigung',
  confirmHere:
    'Sobald dies erledigt ist (oder nicht möglich ist), bestätigen Sie es hier mit einem Klick:',
  confirmLink: 'Ergebnis bestätigen',
  dpa: 'Nach unserem Auftragsverarbeitungsvertrag unterstützen Sie uns bei der Beantwortung von Anfragen betroffener Personen (Art. 28 Abs. 3 lit. e DSGVO).',
  merchantSubject: (processor, ref) =>
    `Abschluss durch ${processor} bestätigen, Referenz ${ref}`,
  merchantIntro: (processor, right) =>
    `Wir haben ${processor} eine Anfrage einer betroffenen Person weitergeleitet (${right}). ${processor} meldet den Abschluss nur per E-Mail an Sie. Sobald die Bestätigung eingeht, erfassen Sie sie hier:`,
  merchantConfirm: 'Antwort des Auftragsverarbeiters erfassen',
  escalationSubject: (processor, ref) =>
    `${processor} hat nicht bestätigt, Referenz ${ref}: Handlungsbedarf`,
  escalationBody: (processor, right, due) =>
    `${processor} hat die Anfrage (${right}) nicht bestätigt, die bis zum ${due} fällig war. Bitte kontaktieren Sie den Auftragsverarbeiter. Sobald eine Antwort vorliegt, erfassen Sie sie hier:`,
  escalationAction: 'Antwort erfassen',
};
