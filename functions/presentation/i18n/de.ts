import type { Messages } from './messages.ts';

export const de: Messages = {
  dateLocale: 'de-DE',
  languageName: 'Deutsch',
  correction: {
    fields: {
      name: 'Name',
      email: 'E-Mail-Adresse',
      phone: 'Telefonnummer',
      address: 'Adresse',
      other: 'Etwas anderes (bitte beschreiben)',
    },
    legend: 'Meine Daten berichtigen: Was ist falsch, und was ist richtig?',
    hint: 'Nur für eine Berichtigung. Eine Zeile pro Angabe; die anderen bleiben leer.',
    what: (n) => `Was ist falsch (${n})`,
    value: (n) => `Richtig ist (${n})`,
    error:
      'Geben Sie für eine Berichtigung an, was falsch ist und was richtig ist (jeweils höchstens 500 Zeichen), oder beschreiben Sie es unter „Was wir wissen sollten“.',
    correctTo: (field) => `${field}, richtiger Wert`,
    label: 'Berichtigungen',
    corrected: (fields) => `berichtigt: ${fields}`,
    rejected: (fields) =>
      `nicht berichtigt, der Auftragsverarbeiter hat den neuen Wert nicht angenommen: ${fields}; der Shop meldet sich bei Ihnen`,
    byShop: (fields) => `vom Shop von Hand zu berichtigen: ${fields}`,
  },
  rights: {
    access: {
      title: 'Meine Daten einsehen',
      explain:
        'Sie erhalten eine Kopie der personenbezogenen Daten, die der Shop über Sie gespeichert hat.',
    },
    portability: {
      title: 'Eine Kopie zur Übertragung erhalten',
      explain:
        'Sie erhalten Ihre Daten in einer maschinenlesbaren Datei, die Sie zu einem anderen Dienst mitnehmen können.',
    },
    erasure: {
      title: 'Meine Daten löschen',
      explain:
        'Der Shop löscht Ihre personenbezogenen Daten, außer denen, die er gesetzlich aufbewahren muss.',
    },
    rectification: {
      title: 'Meine Daten berichtigen',
      explain:
        'Der Shop berichtigt unrichtige oder unvollständige Daten über Sie.',
    },
    objection: {
      title: 'Nutzung meiner Daten beenden (Widerspruch)',
      explain:
        'Der Shop verwendet Ihre Daten nicht mehr für Werbung oder andere Zwecke, denen Sie widersprechen.',
    },
    restriction: {
      title: 'Verarbeitung meiner Daten einschränken',
      explain:
        'Der Shop bewahrt Ihre Daten auf, verwendet sie aber nicht, solange eine Frage dazu geklärt wird.',
    },
  },
  common: {
    reference: (ref) => `Referenz: ${ref}`,
    questions: (contact, ref) => `Fragen: ${contact}. Referenz: ${ref}`,
    theirReasons: 'Begründung:',
    nothingChanged: 'Es wurde nichts geändert.',
  },
  holds: {
    kept: (what, why, basis, until) =>
      `aufbewahrt: ${what}, ${why} (${basis}), bis zum ${until}`,
    keptOpen: (what, why, basis) => `aufbewahrt: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'solange eine Bestellung noch offen ist',
      'chargeback-window':
        'während der Frist für Zahlungsstreitigkeiten und Rücksendungen',
      accounting: 'wie es das Buchführungsrecht verlangt',
      'legal-claim': 'für einen Rechtsanspruch',
      'legal-obligation': 'zur Erfüllung einer rechtlichen Verpflichtung',
      suppression:
        'damit an die Adresse keine Werbung mehr geht: So werden Ihre Löschung und ein etwaiger Werbewiderspruch beachtet',
    },
  },
  decision: {
    request: 'Anfrage',
    right: 'Recht',
    from: 'Von',
    identity: 'Identität',
    due: 'Antwort fällig',
  },
  status: {
    follow: 'Anfrage verfolgen',
    followHint:
      'Die Statusseite zeigt jederzeit den Stand Ihrer Anfrage. Behalten Sie den Link für sich.',
  },
};
