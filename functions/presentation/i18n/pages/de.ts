import type { PageMessages } from './messages.ts';

export const de: PageMessages = {
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
    identityConfirmed: (date) => `E-Mail-Adresse bestätigt am ${date}`,
    order: 'Bestellung',
    details: 'Angaben',
    received: 'Eingegangen',
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
    recordedTitle: 'Vielen Dank',
    recordedBody:
      'Ihre Antwort wurde gespeichert. Sie können diese Seite schließen.',
  },
  deferral: {
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
};
