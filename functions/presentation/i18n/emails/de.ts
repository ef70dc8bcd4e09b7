import type { EmailMessages } from './messages.ts';

export const de: EmailMessages = {
  deferral: {
    subject: (ref, until) =>
      `Ein Teil der Löschung ${ref} wartet bis zum ${until} auf das Ende einer Aufbewahrungspflicht`,
    body: (processors, until) =>
      `Eine gesetzliche Aufbewahrungspflicht hält einen Teil der Kundendaten bei ${processors} zurück. Die Kundin oder der Kunde wurde informiert, was aufbewahrt wird und warum. Der Rest wird nach dem ${until} automatisch gelöscht. Wenn die Daten länger aufbewahrt werden müssen (zum Beispiel für einen Rechtsanspruch), brechen Sie die aufgeschobene Löschung hier ab:`,
    cancelHere: 'Aufgeschobene Löschung abbrechen',
    cancelLink: 'Aufgeschobene Löschung abbrechen',
  },
  email: {
    verifySubject: (m, ref) =>
      `Bestätigen Sie Ihre Datenschutzanfrage an ${m} [${ref}]`,
    verifyAsked: (m, right) =>
      `Jemand, hoffentlich Sie, hat ${m} um Folgendes gebeten: ${right}.`,
    verifyHere: (date) =>
      `Bestätigen Sie die Anfrage hier (der Link ist bis zum ${date} gültig):`,
    verifyLink: 'Anfrage bestätigen',
    verifyLinkWorks: (date) => `(der Link ist bis zum ${date} gültig).`,
    verifyIgnore:
      'Wenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail; es geschieht dann nichts.',
    decisionSubject: (right, ref, due) =>
      `Entscheidung erforderlich: ${right} [${ref}], fällig am ${due}`,
    stillWaiting: 'Weiterhin offen: ',
    decisionIntro: (m) =>
      `Eine Kundin oder ein Kunde hat eine Datenschutzanfrage an ${m} bestätigt.`,
    daysLeft: (n) => `noch ${n} Tage`,
    identityConfirmed: 'E-Mail-Adresse bestätigt',
    processorsToContact: 'Zu kontaktierende Auftragsverarbeiter',
    decideHere: 'Hier genehmigen oder ablehnen:',
    decideLink: 'Anfrage genehmigen oder ablehnen',
    deferredNote: (date) =>
      `Was nur befristet aufbewahrt wird, löschen wir nach dem ${date} automatisch; wir schreiben Ihnen dann erneut.`,
    erasureSubject: (m, ref) => `Ihre Daten bei ${m} wurden gelöscht [${ref}]`,
    erasureDone: (m, article) =>
      `${m} hat Ihre Löschanfrage ausgeführt (${article}). Das Ergebnis an jeder Stelle, die Ihre Daten gespeichert hatte:`,
    doneSubject: (m, ref) => `Ihre Anfrage an ${m} ist erledigt [${ref}]`,
    doneHandled: (m, right) => `${m} hat Ihre Anfrage bearbeitet: ${right}.`,
    denialSubject: (m, ref) =>
      `${m} kann Ihre Datenschutzanfrage nicht erfüllen [${ref}]`,
    denialDecided: (m, right) =>
      `${m} hat entschieden, Ihrer Anfrage nicht nachzukommen: ${right}.`,
    failureSubject: (ref, phase) =>
      `Handlungsbedarf: Datenschutzanfrage [${ref}] ist in der Phase ${phase} fehlgeschlagen`,
    failureStopped: (id, right, phase, error) =>
      `Anfrage ${id} (${right}) wurde in der Phase ${phase} angehalten (${error}).`,
    failureStillDue: (date) =>
      `Die Antwort ist weiterhin bis zum ${date} fällig. Ihr Betriebsteam sieht im Ausführungsverlauf des Workflows, wo sie angehalten wurde.`,
    reminderSubject: (ref, days) =>
      `Erinnerung: Datenschutzanfrage [${ref}] ist in ${days} ${days === 1 ? 'Tag' : 'Tagen'} fällig`,
    overdueSubject: (ref, due) =>
      `ÜBERFÄLLIG: Datenschutzanfrage [${ref}] war am ${due} fällig`,
    reminderWhen: (id, right, due, days) =>
      `Anfrage ${id} (${right}) ist am ${due} fällig, in ${days} ${days === 1 ? 'Tag' : 'Tagen'}.`,
    overdueWhen: (id, right, due, days) =>
      `Anfrage ${id} (${right}) war am ${due} fällig und ist seit ${days} ${days === 1 ? 'Tag' : 'Tagen'} überfällig.`,
    waitingOn: {
      VERIFIED: 'Die Anfrage wird für Ihre Entscheidung vorbereitet.',
      AWAITING_DECISION:
        'Sie wartet auf Ihre Entscheidung: Verwenden Sie den Link in der E-Mail „Entscheidung erforderlich“.',
      IN_PROGRESS:
        'Die Auftragsverarbeiter arbeiten daran; von Ihnen wird noch nichts benötigt.',
      FAILED:
        'Sie wurde durch einen Fehler angehalten und muss von Ihrem Betriebsteam erneut gestartet werden; die Antwort ist weiterhin geschuldet.',
    },
    lawOverdue:
      'Über eine Antwort nach Ablauf der gesetzlichen Frist kann sich die Kundin oder der Kunde bei der Aufsichtsbehörde beschweren (Art. 12 Abs. 3, Art. 77 DSGVO).',
    lawReminder:
      'Die DSGVO sieht einen Monat ab Eingang vor (Art. 12 Abs. 3); eine Fristverlängerung muss vor Ablauf des Monats mit Begründung mitgeteilt werden.',
    extensionSubject: (m, ref) =>
      `${m} benötigt mehr Zeit für Ihre Datenschutzanfrage [${ref}]`,
    extensionNeeds: (m, right) =>
      `${m} benötigt mehr Zeit, um Ihre Anfrage zu beantworten: ${right}.`,
    extensionHearBy: (date) =>
      `Sie erhalten nun spätestens am ${date} eine Antwort.`,
    stalledSubject: (ref) =>
      `Handlungsbedarf: Datenschutzanfrage [${ref}] kommt nicht voran`,
    stalledWhat: (id, right, since, status) =>
      `Die Anfrage ${id} (${right}) ist seit dem ${since} nicht vorangekommen (Status ${status}).`,
    stalledReasons: {
      'no-progress': 'Im Workflow ist länger als erwartet nichts geschehen.',
      'cannot-resume':
        'Ihr Workflow wurde angehalten und kann nicht automatisch fortgesetzt werden.',
      'restarts-exhausted':
        'Ihr Workflow wurde nach mehreren Neustarts erneut angehalten.',
    },
    stalledFailedJobs: (jobs) =>
      `Auftragsverarbeiter, deren Auftrag fehlgeschlagen ist: ${jobs}.`,
    stalledAction: (date) =>
      `Die Antwort ist weiterhin bis zum ${date} fällig. Ihr Betriebsteam wurde alarmiert; bitte sorgen Sie dafür, dass die Anfrage rechtzeitig abgeschlossen wird.`,
    extensionLaw:
      'Nach der DSGVO darf ein Shop die Frist um höchstens zwei weitere Monate verlängern, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anfragen erforderlich ist und er Ihnen die Gründe innerhalb des ersten Monats mitteilt (Art. 12 Abs. 3).',
  },
};
