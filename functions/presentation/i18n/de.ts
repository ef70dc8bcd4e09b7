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
  form: {
    title: (m) => `Datenschutzanfrage – ${m}`,
    heading: (m) => `Ihre Datenschutzrechte bei ${m}`,
    intro:
      'Mit diesem Formular machen Sie Ihre Rechte nach der Datenschutz-Grundverordnung (DSGVO) geltend. Wir senden Ihnen per E-Mail einen Link, mit dem Sie bestätigen, dass die Anfrage von Ihnen stammt. Der Shop muss innerhalb eines Monats nach Eingang Ihrer Anfrage antworten.',
    languages: 'Sprache',
    legend: 'Was möchten Sie tun?',
    email: 'Ihre E-Mail-Adresse',
    name: 'Ihr Name',
    orderNumber: 'Eine Bestellnummer',
    details: 'Was wir wissen sollten',
    optional: '(optional)',
    orderHint: '(optional, hilft beim Auffinden Ihrer Daten)',
    detailsHint: '(optional; bei einer Berichtigung: was ist falsch?)',
    submit: 'Anfrage senden',
    privacyPolicy: (m) => `Datenschutzerklärung von ${m}`,
    errorSummary: 'Bitte korrigieren Sie Ihre Angaben',
    expired:
      'Das Formular war abgelaufen. Bitte prüfen Sie Ihre Angaben und senden Sie es erneut.',
    honeypot: 'Dieses Feld bitte leer lassen',
    errors: {
      type: 'Wählen Sie aus, was Sie tun möchten.',
      email:
        'Geben Sie Ihre E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
      name: 'Der Name darf höchstens 200 Zeichen und keine Steuerzeichen enthalten.',
      orderNumber:
        'Die Bestellnummer darf höchstens 64 Zeichen und keine Steuerzeichen enthalten.',
      details:
        'Der Text darf höchstens 4000 Zeichen und keine Steuerzeichen enthalten.',
      other:
        'Etwas im Formular stimmt nicht. Prüfen Sie es und senden Sie es erneut.',
    },
  },
  submitted: {
    title: 'Prüfen Sie Ihr E-Mail-Postfach',
    body: (m) =>
      `Wenn die angegebene Adresse stimmt, erhalten Sie in wenigen Minuten eine E-Mail vom Datenschutzservice von ${m}. Öffnen Sie den Link darin, um Ihre Anfrage zu bestätigen.`,
    linkWorks: (days) => `Der Link ist ${days} Tage gültig.`,
  },
  confirm: {
    title: 'Anfrage bestätigen',
    asked: (m) => `Ihre Anfrage an ${m}:`,
    explain:
      'Bestätigen Sie mit der Schaltfläche, dass Sie diese Anfrage gestellt haben. Vorher geschieht nichts.',
    button: 'Bestätigen',
  },
  confirmed: {
    title: 'Anfrage bestätigt',
    heading: 'Vielen Dank, Ihre Anfrage ist bestätigt',
    handled: (m) => `${m} wurde gebeten, sie zu bearbeiten.`,
    hearBy: (date) => `Sie erhalten spätestens am ${date} eine Antwort.`,
  },
  decision: {
    title: (ref) => `Entscheidung zu Anfrage ${ref}`,
    heading: 'Eine Datenschutzanfrage wartet auf Ihre Entscheidung',
    request: 'Anfrage',
    right: 'Recht',
    from: 'Von',
    identity: 'Identität',
    identityConfirmed: (date) => `E-Mail-Adresse bestätigt am ${date}`,
    order: 'Bestellung',
    details: 'Angaben',
    received: 'Eingegangen',
    due: 'Antwort fällig',
    extended: '(verlängert)',
    processors: 'Auftragsverarbeiter',
    legend: 'Ihre Entscheidung',
    approve: 'Genehmigen',
    approveExplain:
      'Die oben genannten Auftragsverarbeiter werden kontaktiert und die Kundin oder der Kunde erhält eine Antwort.',
    deny: 'Ablehnen',
    denyExplain: (authority) =>
      `Die Anfrage wird abgelehnt; die Kundin oder der Kunde erhält Ihre Begründung und einen Hinweis auf das Beschwerderecht (zuständige Aufsichtsbehörde: ${authority}).`,
    extend: 'Verlängern',
    extendExplain:
      'die Frist um bis zu zwei Monate (einmalig, Art. 12 Abs. 3 DSGVO); das neue Datum und Ihre Begründung werden mitgeteilt. Sie entscheiden danach.',
    submit: 'Entscheidung absenden',
    extendedNotice: (date) =>
      `Frist bis zum ${date} verlängert; die Kundin oder der Kunde wurde informiert. Genehmigen oder lehnen Sie jetzt ab.`,
    errors: {
      decision: 'Wählen Sie Genehmigen, Ablehnen oder Verlängern.',
      reasonToDeny:
        'Zum Ablehnen einer Anfrage ist eine Begründung erforderlich.',
      reasonToExtend:
        'Zum Verlängern der Frist ist eine Begründung erforderlich.',
      reasonTooLong: 'Die Begründung darf höchstens 2000 Zeichen lang sein.',
      alreadyExtended:
        'Die Frist wurde bereits einmal verlängert; sie kann nicht erneut verlängert werden.',
      extensionTooLate:
        'Der letzte Tag, um eine Verlängerung mitzuteilen, ist verstrichen.',
      extensionImpossible:
        'Die Frist für diese Anfrage kann nicht verlängert werden.',
      groundWithoutDeny:
        'Ein Ablehnungsgrund gehört nur zu „Ablehnen“. Um die Anfrage abzulehnen, wählen Sie „Ablehnen“; um sie zu genehmigen oder die Frist zu verlängern, wählen Sie „Kein Ablehnungsgrund“.',
      groundInvalid: 'Wählen Sie einen der aufgeführten Ablehnungsgründe.',
    },
    approvedTitle: 'Entscheidung gespeichert',
    approvedHeading: 'Genehmigt',
    approvedBody:
      'Die Auftragsverarbeiter werden jetzt kontaktiert. Die Kundin oder der Kunde erhält das Ergebnis per E-Mail; Sie werden benachrichtigt, falls etwas fehlschlägt.',
    deniedTitle: 'Entscheidung gespeichert',
    deniedHeading: 'Abgelehnt',
    deniedBody:
      'Die Kundin oder der Kunde erhält Ihre Begründung und Informationen über das Beschwerderecht.',
  },
  processor: {
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
    recordedTitle: 'Vielen Dank',
    recordedBody:
      'Ihre Antwort wurde gespeichert. Sie können diese Seite schließen.',
  },
  deferral: {
    subject: (ref, until) =>
      `Ein Teil der Löschung ${ref} wartet bis zum ${until} auf das Ende einer Aufbewahrungspflicht`,
    body: (processors, until) =>
      `Eine gesetzliche Aufbewahrungspflicht hält einen Teil der Kundendaten bei ${processors} zurück. Die Kundin oder der Kunde wurde informiert, was aufbewahrt wird und warum. Der Rest wird nach dem ${until} automatisch gelöscht. Wenn die Daten länger aufbewahrt werden müssen (zum Beispiel für einen Rechtsanspruch), brechen Sie die aufgeschobene Löschung hier ab:`,
    cancelHere: 'Aufgeschobene Löschung abbrechen',
    cancelLink: 'Aufgeschobene Löschung abbrechen',
    pageTitle: (ref) => `Aufgeschobene Löschung ${ref}`,
    pageBody: (processors, until) =>
      `Die bei ${processors} aufbewahrten Daten werden nach dem ${until} automatisch gelöscht. Ein Abbruch verhindert das; geben Sie den Grund an: Die Person erfährt ihn zusammen mit ihrem Beschwerderecht.`,
    reason: 'Grund',
    submit: 'Aufgeschobene Löschung abbrechen',
    reasonRequired: 'Geben Sie einen Grund für den Abbruch an.',
    cancelledTitle: 'Aufgeschobene Löschung abgebrochen',
    cancelledBody:
      'Die aufbewahrten Daten werden nicht automatisch gelöscht. Die Person wurde mit Ihrer Begründung informiert.',
  },
  errors: {
    linkGone: 'Dieser Link kann nicht mehr verwendet werden',
    linkInvalid: 'Dieser Link ist ungültig',
    linkGoneBody: 'Der Link ist abgelaufen oder wurde bereits verwendet.',
    linkInvalidBody:
      'Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben, oder fordern Sie einen neuen an.',
    notRight: 'Etwas stimmt nicht',
    notRightBody: 'Die Anfrage konnte so nicht bearbeitet werden.',
    tooMany: 'Zu viele Versuche',
    tooManyBody:
      'Es gab zu viele Versuche in kurzer Zeit. Bitte verwenden Sie den Link in unserer E-Mail oder versuchen Sie es später erneut.',
    tryAgain: 'Bitte versuchen Sie es in einer Minute erneut',
    tryAgainBody:
      'Ihre Anfrage konnte gerade nicht abgeschlossen werden. Es ist nichts verloren gegangen: Senden Sie das Formular in einer Minute erneut, dann schicken wir Ihnen den Link zur Bestätigung per E-Mail.',
    wentWrong: 'Etwas ist schiefgelaufen',
    wentWrongBody:
      'Bitte versuchen Sie es in einigen Minuten erneut. Es ist nichts verloren gegangen.',
    originRefusedBody:
      'Das Formular wurde weder von der Website des Shops noch von unserer gesendet. Es wurde deshalb nicht angenommen, und nichts wurde gespeichert. Öffnen Sie das Anfrageformular auf der Website des Shops und senden Sie es von dort ab.',
  },
  status: {
    title: 'Ihre Datenschutzanfrage',
    heading: (m) => `Ihre Anfrage an ${m}`,
    asked: 'Ihr Anliegen',
    steps: {
      received: 'Eingegangen',
      verified: 'Sie haben Ihre Identität bestätigt',
      waiting: 'Wartet auf die Entscheidung des Shops',
      working: 'Wird ausgeführt',
      answered: 'Beantwortet',
    },
    denied:
      'Abgelehnt: Der Shop hat Ihnen die Gründe und Ihre Beschwerdemöglichkeiten per E-Mail mitgeteilt',
    done: 'erledigt',
    current: 'aktueller Schritt',
    hearBy: (date) => `Sie erhalten spätestens am ${date} eine Antwort.`,
    extended:
      'Der Shop hat die Frist verlängert und Ihnen die Gründe per E-Mail mitgeteilt (Art. 12 Abs. 3 DSGVO).',
    answeredOn: (date) =>
      `Beantwortet am ${date}. Die Antwort finden Sie in Ihrem E-Mail-Postfach.`,
    expired:
      'Diese Anfrage wurde nicht rechtzeitig bestätigt; sie wurde geschlossen und ihre Daten wurden gelöscht. Sie können eine neue Anfrage stellen.',
    cancelled: 'Diese Anfrage wurde abgebrochen.',
    readOnly:
      'Diese Seite zeigt nur den Stand Ihrer Anfrage; sie ändert nichts. Geben Sie den Link nicht weiter.',
    follow: 'Anfrage verfolgen',
    followHint:
      'Die Statusseite zeigt jederzeit den Stand Ihrer Anfrage. Behalten Sie den Link für sich.',
  },
  acting: {
    reference: 'Referenz',
    language: 'Sprache der Kundin oder des Kunden',
    reasonLanguage: (language) =>
      `Die Kundin oder der Kunde schreibt auf ${language}.`,
    chooseApproveOrDeny: 'Wählen Sie Genehmigen oder Ablehnen.',
    deferralTooLong: 'Der Grund darf höchstens 1000 Zeichen lang sein.',
  },
  intake: {
    notRectification: (chosen, rectification) =>
      `Sie haben Berichtigungen eingetragen, aber „${chosen}“ gewählt. Wenn Ihre Daten berichtigt werden sollen, wählen Sie „${rectification}“; andernfalls leeren Sie die Berichtigungszeilen.`,
    nextHeading: 'Wie es weitergeht',
    nextConfirm:
      'Öffnen Sie den Link in der E-Mail und bestätigen Sie, dass die Anfrage von Ihnen stammt.',
    nextDecide:
      'Danach bearbeitet der Shop Ihre Anfrage. Er muss innerhalb eines Monats nach Eingang antworten; braucht er länger, muss er Ihnen die Gründe mitteilen.',
    nextAnswer:
      'Sie erhalten die Antwort per E-Mail. Nach Ihrer Bestätigung erhalten Sie außerdem einen Link zu einer Seite, die den Stand Ihrer Anfrage zeigt.',
    spam: (sender) =>
      `Nach einigen Minuten noch keine E-Mail? Sehen Sie in Ihrem Spam- oder Junk-Ordner nach einer E-Mail von „${sender}“.`,
    resendIntro: 'Immer noch nichts? Wir können die E-Mail erneut senden.',
    resendButton: 'E-Mail erneut senden',
    resendHint: (minutes) =>
      `Wir senden sie höchstens einmal alle ${minutes} Minuten.`,
    resent: (minutes) =>
      `Wenn Ihre Anfrage noch auf Ihre Bestätigung wartet, wurde die E-Mail erneut gesendet, es sei denn, die letzte wurde vor weniger als ${minutes} Minuten verschickt.`,
  },
  progress: {
    verifyUpcoming: 'Sie bestätigen Ihre Identität',
    verifyCurrent:
      'Wartet auf Ihre Bestätigung: Öffnen Sie den Link in der E-Mail, die wir Ihnen gesendet haben',
    verifyStopped: 'Nicht rechtzeitig bestätigt',
    decisionUpcoming: 'Entscheidung des Shops',
    approved: 'Der Shop hat Ihre Anfrage angenommen',
    refused: 'Der Shop hat Ihre Anfrage abgelehnt',
    carriedOut: 'Ausgeführt',
    answerCurrent: 'Die Antwort wird Ihnen gesendet',
    withheld:
      'Nach Prüfung abgelehnt: Der Shop hat Ihnen per E-Mail mitgeteilt, warum er Ihre Daten nicht senden kann und wie Sie sich beschweren können',
    partly:
      'Beantwortet: Der Shop hat Ihnen per E-Mail mitgeteilt, was gelöscht wurde und was aus rechtlichen Gründen aufbewahrt wird',
    doneOn: (date) => `erledigt am ${date}`,
    delayed: 'verzögert',
    stopped: 'abgebrochen',
    delayedNote:
      'Ein technisches Problem verzögert Ihre Anfrage. Der Shop wurde benachrichtigt, und die Bearbeitung wird fortgesetzt; die Frist unten gilt weiterhin.',
    answeredNoDate: 'Die Antwort finden Sie in Ihrem E-Mail-Postfach.',
    cancelledOn: (date) => `Diese Anfrage wurde am ${date} abgebrochen.`,
    heldUntil: (date) =>
      `Ein Teil Ihrer Daten wird aus rechtlichen Gründen bis zum ${date} aufbewahrt. Danach wird er automatisch gelöscht, und der Shop schreibt Ihnen erneut.`,
    heldDataKept:
      'Der Shop hat inzwischen entschieden, die aus rechtlichen Gründen zurückbehaltenen Daten weiter aufzubewahren (zum Beispiel wegen eines Rechtsanspruchs). Sie können beim Shop nachfragen.',
  },
  aftermath: {
    confirmed: (date) => `Sie haben diese Anfrage am ${date} bestätigt.`,
    notConfirmed:
      'Diese Anfrage wurde nicht rechtzeitig bestätigt; sie wurde geschlossen und ihre Daten wurden gelöscht.',
    approved: (date) => `Diese Anfrage wurde am ${date} genehmigt.`,
    refused: (date) => `Diese Anfrage wurde am ${date} abgelehnt.`,
    released: (date) =>
      `Die Daten wurden am ${date} an die Kundin oder den Kunden herausgegeben.`,
    withheld: (date) =>
      `Die Daten wurden am ${date} zurückgehalten; der Kundin oder dem Kunden wurde der Grund mitgeteilt.`,
    deferralCancelled: (date) =>
      `Die aufgeschobene Löschung wurde am ${date} abgebrochen; die zurückbehaltenen Daten bleiben gespeichert.`,
    heldErased: (date) =>
      `Die zurückbehaltenen Daten wurden am ${date} gelöscht.`,
    restrictionLifted: (date) =>
      `Die Einschränkung wurde am ${date} aufgehoben; die Person wurde vorher informiert.`,
    newerLink:
      'Sie wartet noch auf eine Antwort, und inzwischen wurde ein neuerer Link verschickt: Verwenden Sie den Link aus der neuesten E-Mail.',
    cancelled: (date) => `Diese Anfrage wurde am ${date} abgebrochen.`,
    answered: (date) => `Diese Anfrage wurde am ${date} beantwortet.`,
    undated: {
      confirmed: 'Sie haben diese Anfrage bestätigt.',
      approved: 'Diese Anfrage wurde genehmigt.',
      refused: 'Diese Anfrage wurde abgelehnt.',
      released: 'Die Daten wurden an die Kundin oder den Kunden herausgegeben.',
      withheld:
        'Die Daten wurden zurückgehalten; der Kundin oder dem Kunden wurde der Grund mitgeteilt.',
      deferralCancelled:
        'Die aufgeschobene Löschung wurde abgebrochen; die zurückbehaltenen Daten bleiben gespeichert.',
      heldErased: 'Die zurückbehaltenen Daten wurden gelöscht.',
      restrictionLifted:
        'Die Einschränkung wurde aufgehoben; die Person wurde vorher informiert.',
      cancelled: 'Diese Anfrage wurde abgebrochen.',
      answered: 'Diese Anfrage wurde beantwortet.',
    },
    inProgress: 'Diese Anfrage wird bearbeitet.',
    statusLink: 'Stand der Anfrage ansehen',
    newRequest: 'Neue Anfrage stellen',
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
