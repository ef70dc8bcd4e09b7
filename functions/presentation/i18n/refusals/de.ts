/** The de texts of refusals.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RefusalMessages } from '../refusals.ts';

export const de: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Offenkundig unbegründet (Art. 12 Abs. 5 DSGVO)',
    excessive: 'Exzessiv (Art. 12 Abs. 5 DSGVO)',
    'identity-unconfirmed':
      'Die Identität der Kundin oder des Kunden konnte auch mit den angeforderten Informationen nicht bestätigt werden (Art. 11 Abs. 2 und Art. 12 Abs. 2 DSGVO)',
    'no-erasure-ground':
      'Löschung: Keiner der Gründe des Art. 17 Abs. 1 DSGVO liegt vor (zum Beispiel werden die Daten für den Zweck, für den sie erhoben wurden, noch benötigt)',
    'portability-not-applicable':
      'Datenübertragbarkeit: Die Verarbeitung beruht nicht auf einer Einwilligung oder einem Vertrag oder erfolgt nicht automatisiert (Art. 20 Abs. 1 DSGVO)',
    'compelling-legitimate-grounds':
      'Widerspruch: Zwingende schutzwürdige Gründe für die Verarbeitung überwiegen die Interessen, Rechte und Freiheiten der Kundin oder des Kunden (Art. 21 Abs. 1 DSGVO)',
    'objection-legal-claims':
      'Widerspruch: Die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO)',
    other: 'Sonstiges (unten erläutern)',
    'legal-obligation':
      'Löschung: Die Daten müssen zur Erfüllung einer rechtlichen Verpflichtung aufbewahrt werden (Art. 17 Abs. 3 lit. b DSGVO)',
    'legal-claims':
      'Löschung: Die Daten werden für Rechtsansprüche benötigt (Art. 17 Abs. 3 lit. e DSGVO)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'Die Anfrage ist offenkundig unbegründet (Art. 12 Abs. 5 DSGVO).',
    excessive: 'Die Anfrage ist exzessiv (Art. 12 Abs. 5 DSGVO).',
    'identity-unconfirmed':
      'Wir konnten auch mit den angeforderten Informationen nicht bestätigen, dass die Anfrage von Ihnen stammt (Art. 11 Abs. 2 und Art. 12 Abs. 2 DSGVO).',
    'no-erasure-ground':
      'Keiner der in Art. 17 Abs. 1 DSGVO genannten Gründe für eine Löschung trifft auf Ihre Daten zu.',
    'portability-not-applicable':
      'Das Recht auf Datenübertragbarkeit gilt für diese Daten nicht: Ihre Verarbeitung beruht weder auf Ihrer Einwilligung noch auf einem Vertrag mit Ihnen, oder sie erfolgt nicht mithilfe automatisierter Verfahren (Art. 20 Abs. 1 DSGVO).',
    'compelling-legitimate-grounds':
      'Wir haben zwingende schutzwürdige Gründe für die Verarbeitung, die Ihre Interessen, Rechte und Freiheiten überwiegen (Art. 21 Abs. 1 DSGVO).',
    'objection-legal-claims':
      'Die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).',
    other: 'Andere Gründe, unten erläutert.',
    'legal-obligation':
      'Wir müssen die Daten aufbewahren, um eine rechtliche Verpflichtung zu erfüllen (Art. 17 Abs. 3 lit. b DSGVO).',
    'legal-claims':
      'Die Daten werden zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigt (Art. 17 Abs. 3 lit. e DSGVO).',
  },
  errors: {
    groundNeedsReason:
      'Ein Grund aus der Liste genügt nicht: Schreiben Sie die Gründe, die für diese Anfrage gelten. Die Kundin oder der Kunde liest sie (Art. 12 Abs. 4 DSGVO), und der Shop muss sie nachweisen können (Art. 12 Abs. 5 DSGVO).',
    reasonToAsk:
      'Schreiben Sie, welche Informationen Sie von der Kundin oder dem Kunden benötigen und warum.',
    alreadyAsked:
      'Die Kundin oder der Kunde wurde bereits einmal um weitere Informationen gebeten. Genehmigen oder lehnen Sie die Anfrage jetzt ab.',
    noteWithoutApprove:
      'Eine Nachricht an die Auftragsverarbeiter gehört nur zu „Genehmigen“: Sonst wird kein Auftragsverarbeiter kontaktiert. Leeren Sie die Nachricht oder wählen Sie „Genehmigen“.',
    noteTooLong:
      'Die Nachricht an die Auftragsverarbeiter darf höchstens 1000 Zeichen lang sein.',
    noteRequired:
      'Der Widerspruch richtet sich gegen eine andere Verarbeitung als Direktwerbung: Um ihn zu genehmigen, schreiben Sie in die Nachricht an die Auftragsverarbeiter, welche Verarbeitung sie einstellen müssen.',
    reasonWithApprove:
      'Sie haben „Genehmigen“ gewählt, aber auch einen Text an die Kundin oder den Kunden eingegeben. Er wird nur beim Ablehnen, Verlängern oder bei der Bitte um weitere Informationen gesendet: Um zu genehmigen, leeren Sie das Feld; um abzulehnen, wählen Sie „Ablehnen“.',
  },
  chooseAll:
    'Wählen Sie Genehmigen, Ablehnen, Verlängern oder um weitere Informationen bitten.',
  chooseAsk:
    'Wählen Sie Genehmigen, Ablehnen oder um weitere Informationen bitten.',
  groundLegend:
    'Grund für die Ablehnung (mit „Ablehnen“; die Gründe im Einzelfall sind unten zusätzlich erforderlich)',
  noGround:
    'Kein Ablehnungsgrund (Genehmigen, Verlängern oder um weitere Informationen bitten)',
  reason:
    'Wird der Kundin oder dem Kunden gesendet: die Gründe im Einzelfall (erforderlich zum Ablehnen und Verlängern) oder was Sie noch benötigen (bei der Bitte um weitere Informationen)',
  ask: 'Um weitere Informationen bitten',
  askExplain:
    'Die Kundin oder der Kunde erhält Ihre Frage per E-Mail und antwortet auf einer Seite; Sie entscheiden danach und sehen die Antwort hier. Einmal pro Anfrage.',
  pause: {
    'stops-clock':
      'Solange die Antwort aussteht, läuft die Frist nicht (Art. 12A UK GDPR): Das Fälligkeitsdatum verschiebt sich um die Tage bis zur Antwort.',
    'outer-bound-only':
      'Das Fälligkeitsdatum verschiebt sich nicht, während Sie auf die Antwort warten: Entscheiden Sie bis zum oben genannten Datum.',
    none: 'Das Fälligkeitsdatum verschiebt sich nicht, während Sie auf die Antwort warten: Entscheiden Sie bis zum oben genannten Datum.',
  },
  askedNotice:
    'Ihre Frage wurde der Kundin oder dem Kunden per E-Mail gesendet. Sie erhalten die Antwort per E-Mail; bis dahin können Sie weiterhin genehmigen oder ablehnen.',
  information: {
    heading: 'Weitere Informationen der Kundin oder des Kunden',
    asked: (date) => `Gefragt am ${date}:`,
    waiting: 'Die Antwort steht noch aus.',
    answered: (date) => `Antwort vom ${date}:`,
  },
  earlier: {
    heading: 'Frühere Anfragen von derselben E-Mail-Adresse',
    none: 'Von dieser E-Mail-Adresse liegt keine andere bestätigte Anfrage vor.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 weitere Anfrage' : `${total} weitere Anfragen`}, davon ${withinYear} in den 12 Monaten vor dieser.`,
    shown: (n) => `Die ${n} neuesten sind aufgeführt.`,
    outcome: 'Ergebnis',
    outcomes: {
      open: 'Noch offen',
      answered: 'Beantwortet',
      refused: 'Abgelehnt',
      cancelled: 'Abgebrochen',
      failed: 'Durch einen Fehler angehalten, Antwort noch geschuldet',
      expired: 'Nicht bestätigt',
    },
    closedOn: (outcome, date) => `${outcome} am ${date}`,
    hint: 'Um eine Anfrage als exzessiv abzulehnen, muss der Shop nachweisen können, warum sie es ist (Art. 12 Abs. 5 DSGVO). Eine erneute Anfrage ist nicht schon deshalb exzessiv; nach dem Europäischen Datenschutzausschuss ist eine Anfrage, die mehr als ein Jahr nach der vorigen gestellt wird, nicht wegen der Wiederholung exzessiv (Leitlinien 01/2022).',
  },
  extendBy: 'Verlängern bis',
  refuseBy: 'Ablehnen bis (Art. 12 Abs. 4 DSGVO)',
  refusalLate: (date) =>
    `Die Frist, die Kundin oder den Kunden über eine Ablehnung zu unterrichten, endete am ${date} (Art. 12 Abs. 4 DSGVO: ein Monat nach Eingang). Eine jetzt gesendete Ablehnung ist verspätet.`,
  note: 'Nachricht an die Auftragsverarbeiter (optional, mit „Genehmigen“)',
  noteHint:
    'Die Auftragsverarbeiter lesen diese Nachricht mit der Anfrage, die sie erhalten. Schreiben Sie nur, was sie für die Ausführung brauchen; höchstens 1000 Zeichen.',
  noteObjection:
    'Der Widerspruch richtet sich gegen eine andere Verarbeitung als Direktwerbung (Art. 21 Abs. 1 DSGVO): Zum Genehmigen ist die Nachricht erforderlich. Geben Sie an, welche Verarbeitung die Auftragsverarbeiter einstellen müssen; sie werden nicht gebeten, die Werbung einzustellen.',
  objectionScope: 'Widerspruch gegen',
  scopes: {
    'direct-marketing': 'Direktwerbung (Art. 21 Abs. 2 und 3 DSGVO)',
    other: 'andere Verarbeitung, etwa Profiling (Art. 21 Abs. 1 DSGVO)',
  },
  directMarketingWarning: (processors) =>
    `Laut Verzeichnis werden die Daten bei ${processors} für Direktwerbung verwendet. Soweit sich der Widerspruch gegen Direktwerbung richtet, ist ihm zu entsprechen: Er kann nicht aus den Gründen des Art. 21 Abs. 1 DSGVO abgelehnt werden (Art. 21 Abs. 3 DSGVO).`,
  waitingForAnswer: (date) =>
    `Am ${date} wurde um weitere Informationen gebeten; die Antwort steht noch aus.`,
  answeredOn: (date) =>
    `Die Bitte um weitere Informationen wurde am ${date} beantwortet.`,
};
