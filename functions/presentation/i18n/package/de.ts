/** The de texts of package.ts (loaded when a text in this language is first read: lazy.ts). */
import type { PackageMessages } from '../package.ts';

export const de: PackageMessages = {
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
