import type { ConsoleMessages } from './messages.ts';

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

export const de: ConsoleMessages = {
  product: 'Datenschutz-Desk',
  skip: 'Zum Inhalt springen',
  layout: {
    nav: 'Konsole',
    inbox: 'Anfragen',
    newRequest: 'Anfrage erfassen',
    signOut: 'Abmelden',
    signedInAs: (email, role) => `Angemeldet als ${email}, Rolle: ${role}`,
    shop: 'Shop',
    allShops: 'Alle meine Shops',
    open: 'Öffnen',
    language: 'Sprache',
  },
  roles: {
    viewer: 'Lesen',
    approver: 'Bearbeiten',
    admin: 'Verwalten',
    operator: 'Betrieb',
  },
  signIn: {
    title: 'Beim Datenschutz-Desk anmelden',
    intro:
      'Geben Sie Ihre E-Mail-Adresse ein. Gehört sie zum Datenschutz-Desk eines Shops, senden wir einen Anmeldelink an sie. Ein Passwort ist nicht nötig.',
    email: 'Ihre E-Mail-Adresse',
    emailHint: 'Die Adresse, mit der der Shop Sie hinzugefügt hat.',
    submit: 'Anmeldelink per E-Mail senden',
    invalid: 'Geben Sie Ihre E-Mail-Adresse ein, zum Beispiel name@example.com',
    sentTitle: 'Sehen Sie in Ihr Postfach',
    sentBody:
      'Gehört die Adresse zum Datenschutz-Desk eines Shops, ist ein Anmeldelink unterwegs. Er funktioniert einmal, 15 Minuten lang.',
    sentSpam:
      'Nichts angekommen? Sehen Sie im Spam-Ordner nach oder bitten Sie die Administration des Shops, Ihre Adresse hinzuzufügen.',
    again: 'Neuen Link anfordern',
    linkTitle: 'Anmelden',
    linkBody: (email) =>
      `Drücken Sie die Schaltfläche, um sich als ${email} anzumelden. Der Link funktioniert einmal.`,
    linkButton: 'Anmelden',
    usedTitle: 'Dieser Anmeldelink kann nicht verwendet werden',
    usedBody:
      'Dieser Link wurde bereits verwendet. Jeder Link meldet nur einmal an.',
    expiredBody: 'Dieser Link ist abgelaufen: Er gilt 15 Minuten.',
    invalidBody:
      'Dieser Link ist ungültig. Kopieren Sie den vollständigen Link aus der E-Mail.',
    newLink: 'Neuen Anmeldelink anfordern',
    signedOutTitle: 'Sie sind abgemeldet',
    signedOutBody:
      'Ihre Sitzung ist beendet, oder Sie gehören keinem Datenschutz-Desk eines Shops mehr an. Melden Sie sich erneut an, um fortzufahren.',
    tooMany:
      'Es wurden zu viele Anmeldelinks angefordert. Bitte versuchen Sie es in einer Stunde erneut.',
    mailSubject: 'Ihr Anmeldelink zum Datenschutz-Desk',
    mailBody: (until) =>
      `Melden Sie sich mit dem Link unten beim Datenschutz-Desk an. Er funktioniert einmal, bis ${until}.`,
    mailLink: 'Beim Datenschutz-Desk anmelden',
    mailIgnore:
      'Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link kann sich niemand anmelden.',
  },
  status: {
    PENDING_VERIFICATION: 'Wartet auf Bestätigung der E-Mail-Adresse',
    VERIFIED: 'Bestätigt',
    AWAITING_DECISION: 'Wartet auf Entscheidung',
    IN_PROGRESS: 'In Bearbeitung',
    DEFERRED: 'Beantwortet, Löschung aufgeschoben',
    COMPLETED: 'Abgeschlossen',
    DENIED: 'Abgelehnt',
    FAILED: 'Steckt fest',
    EXPIRED: 'Nie bestätigt',
    CANCELLED: 'Abgebrochen',
  },
  type: {
    access: 'Auskunft (Art. 15)',
    portability: 'Datenübertragbarkeit (Art. 20)',
    erasure: 'Löschung (Art. 17)',
    rectification: 'Berichtigung (Art. 16)',
    objection: 'Widerspruch (Art. 21)',
    restriction: 'Einschränkung (Art. 18)',
  },
  channel: {
    web: 'Webformular',
    email: 'E-Mail',
    post: 'Post',
    phone: 'Telefon',
    'in-person': 'Persönlich',
    other: 'Sonstiges',
    shopify: 'Shopify-Verwaltung',
  },
  closure: {
    withdrawn: 'Von der Person zurückgezogen',
    spam: 'Spam',
    duplicate: 'Duplikat',
    other: 'Anderer Grund',
    'no-authority': 'Vollmacht nicht nachgewiesen',
  },
  inbox: {
    title: 'Anfragen',
    heading: (shop) => `Anfragen: ${shop}`,
    headingAll: 'Anfragen: alle meine Shops',
    filters: 'Anfragen filtern',
    anyStatus: 'Jeder Status',
    anyType: 'Jede Art',
    anyChannel: 'Jeder Eingangsweg',
    statusLabel: 'Status',
    typeLabel: 'Art der Anfrage',
    channelLabel: 'Eingegangen per',
    overdue: 'Nur überfällige',
    dueWithin: 'Fällig innerhalb von (Tagen)',
    dueWithinHint:
      'Offene Anfragen, die in höchstens so vielen Tagen fällig sind.',
    search: 'E-Mail-Adresse oder Referenz',
    searchHint: 'Die vollständige Adresse oder die 8-stellige Referenz.',
    apply: 'Anzeigen',
    clear: 'Alle anzeigen',
    caption: (n) => plural(n, 'Anfrage', 'Anfragen'),
    columns: {
      select: 'Auswahl',
      reference: 'Referenz',
      shop: 'Shop',
      type: 'Anfrage',
      status: 'Status',
      channel: 'Eingegangen per',
      received: 'Eingegangen',
      due: 'Fällig',
      waitingOn: 'Wartet auf',
    },
    none: 'Keine passenden Anfragen.',
    truncated: (n) =>
      `Durchsucht werden nur die neuesten ${n} Anfragen je Shop. Grenzen Sie die Suche ein, um ältere zu finden.`,
    selectRow: (ref) => `Anfrage ${ref} auswählen`,
    bulkLegend: 'Ausgewählte Anfragen schließen',
    bulkHint:
      'Für eine Reihe vom selben Absender: schließt jede ausgewählte Anfrage, zu der noch kein Auftragsverarbeiter gefragt wurde, ohne jemanden zu kontaktieren.',
    bulkSpam: 'Als Spam',
    bulkDuplicate: 'Als Duplikate der Anfrage mit der Referenz',
    bulkSubmit: 'Ausgewählte Anfragen schließen',
    bulkDone: (n) =>
      n === 1
        ? '1 Anfrage wurde geschlossen.'
        : `${n} Anfragen wurden geschlossen.`,
    bulkSkipped: (refs) =>
      `Nicht geschlossen, weil sie schon weiter sind (Auftragsverarbeiter gefragt) oder bereits geschlossen: ${refs}.`,
    bulkNone:
      'Wählen Sie mindestens eine Anfrage und wie sie geschlossen werden.',
    invalidFilter:
      'Einer der Filter ist ungültig; die Liste zeigt alle Anfragen.',
  },
  due: {
    left: (n) => `noch ${plural(n, 'Tag', 'Tage')}`,
    today: 'heute fällig',
    overdue: (n) => `${plural(n, 'Tag', 'Tage')} überfällig`,
    closed: 'geschlossen',
    notOwed:
      'beantwortet; die Löschung wartet auf das Ende einer Aufbewahrungspflicht',
  },
  waiting: {
    type: 'Ihre Bestätigung der Art der Anfrage (sie kam per E-Mail)',
    address: 'eine richtige E-Mail-Adresse (unsere E-Mail kam zurück)',
    shopper: 'die Person (Bestätigung der E-Mail-Adresse)',
    decision: 'Ihre Entscheidung',
    review: 'Ihre Freigabeprüfung',
    operator: 'den Betrieb (der Ablauf steckt fest)',
    processors: (names) => names,
    nothing: 'niemanden',
  },
  request: {
    title: (ref) => `Anfrage ${ref}`,
    back: 'Zurück zu den Anfragen',
    facts: 'Die Anfrage',
    reference: 'Referenz',
    shop: 'Shop',
    type: 'Anfrage',
    status: 'Status',
    channel: 'Eingegangen per',
    received: 'Eingegangen',
    enteredBy: (who, date) => `erfasst von ${who} am ${date}`,
    from: 'Von',
    language: 'Sprache',
    identity: 'Identität',
    identityEmail: (date) => `E-Mail-Adresse per Link bestätigt am ${date}`,
    identityAttested: (who, date) => `vom Shop geprüft (${who}, ${date})`,
    identityNote: 'Wie sie geprüft wurde',
    identityPending: 'noch nicht bestätigt',
    order: 'Bestellnummer',
    details: 'Angaben',
    corrections: 'Gewünschte Berichtigungen',
    closedAs: 'Geschlossen als',
    duplicateOf: 'Duplikat von',
    pseudonymised: (date) =>
      `Die personenbezogenen Daten der Person wurden am ${date} entfernt (Aufbewahrungsfrist abgelaufen).`,
    deadline: 'Frist',
    due: 'Zu beantworten bis',
    computation: 'Wie die Frist berechnet wurde',
    computedOn: (reason, date) => `${reason}, berechnet am ${date}`,
    reasonReceived: 'Ab Eingang',
    reasonExtended: 'Verlängert',
    computationRule: (regime, country, tz) =>
      `Regeln: ${regime}. Zeitzone des Shops: ${tz}. Feiertage: ${country}.`,
    flags: 'Hinweise zur Berechnung',
    latest: 'Spätestmöglicher Tag mit Verlängerung',
    extendBy: 'Eine Verlängerung muss der Person mitgeteilt werden bis',
    extension: (date) =>
      `Verlängert am ${date}; der Person wurden die Gründe mitgeteilt.`,
    waitingOn: 'Wartet auf',
    processors: 'Auftragsverarbeiter und ihre Antworten',
    files: 'Übergebene Dateien',
    noJobs: 'Noch kein Auftragsverarbeiter wurde gefragt.',
    earlier: 'Weitere Anfragen derselben Person',
    noEarlier: 'Keine in diesem Shop.',
    timeline: 'Verlauf',
    timelineCaption: 'Das Prüfprotokoll, älteste zuerst',
    when: 'Wann',
    what: 'Was',
    who: 'Wer',
    emails: 'Gesendete E-Mails',
    emailsCaption: 'E-Mails zu dieser Anfrage',
    emailWhat: 'E-Mail',
    emailState: 'Gesendet',
    accepted: (time) => `vom Mail-Dienst angenommen am ${time}`,
    notConfirmed: (time) =>
      `nicht bestätigt: Versand begann am ${time}, wurde aber nicht als erledigt verzeichnet`,
    deliveryNote:
      'Ob eine E-Mail im Postfach ankam, wird nicht zurückgemeldet; „angenommen“ heißt, der Mail-Dienst hat sie übernommen.',
    noEmails: 'Noch keine E-Mail zu dieser Anfrage.',
  },
  actors: {
    subject: 'die Person',
    merchant: 'der Shop (Link per E-Mail)',
    system: 'das System',
    operator: 'der Betrieb',
    policy: 'die Vorgabe des Shops',
    member: (email) => email,
    formerMember: 'ein früheres Mitglied des Desks',
    processor: (name) => name,
  },
  events: {
    RequestReceived: 'Anfrage eingegangen',
    VerificationEmailSent: 'Link zur Bestätigung der E-Mail-Adresse gesendet',
    IdentityVerified: 'Identität bestätigt',
    ExecutionStarted: 'Ablauf gestartet',
    DecisionRequested: 'Entscheidung angefordert',
    RequestApproved: 'Genehmigt',
    RequestDenied: 'Abgelehnt',
    JobsPlanned: 'Zu fragende Auftragsverarbeiter aufgelistet',
    ProcessorJobCompleted: 'Ein Auftragsverarbeiter hat geantwortet',
    ProcessorJobFailed:
      'Der Teil eines Auftragsverarbeiters ist fehlgeschlagen',
    ExportWritten: 'Datenpaket erstellt',
    ErasureReportWritten: 'Löschbericht erstellt',
    ErasureCertified: 'Löschbestätigung erstellt',
    ReleaseReviewRequested: 'Freigabeprüfung angefordert',
    ExportReleased: 'Daten an die Person freigegeben',
    ExportWithheld: 'Daten zurückgehalten',
    ResultSent: 'Antwort an die Person gesendet',
    DenialSent: 'Ablehnung an die Person gesendet',
    RequestCompleted: 'Anfrage abgeschlossen',
    RequestClosed: 'Anfrage geschlossen',
    RequestFailed: 'Ablauf steckt fest',
    ExportDownloaded: 'Daten heruntergeladen',
    ReminderSent: 'Fristerinnerung gesendet',
    DeadlineEscalated: 'Frist überschritten: eskaliert',
    RequestExpired: 'Nie bestätigt: verfallen',
    RequestPseudonymised:
      'Personenbezogene Daten entfernt (Aufbewahrungsfrist abgelaufen)',
    DeadlineExtended: 'Frist verlängert',
    ExtensionNotified: 'Verlängerung der Person mitgeteilt',
    ExecutionRedriven: 'Ablauf vom Betrieb fortgesetzt',
    RequestCancelled: 'Anfrage abgebrochen',
    ProcessorJobPending: 'Auftragsverarbeiter gefragt',
    ProcessorReminderSent: 'Auftragsverarbeiter erinnert',
    ProcessorEscalated: 'Auftragsverarbeiter hat nicht rechtzeitig geantwortet',
    ProcessorConfirmed: 'Antwort des Auftragsverarbeiters erfasst',
    ProcessorCallbackReceived: 'Auftragsverarbeiter hat seinen Stand gemeldet',
    ShopifyRedactCascade: 'Shopify hat seine Apps zur Löschung aufgefordert',
    ErasureDeferred: 'Teil der Löschung aufgeschoben (Aufbewahrungspflicht)',
    DeferredJobsResumed: 'Aufgeschobene Löschung fortgesetzt',
    DeferralCancelled: 'Aufgeschobene Löschung abgebrochen',
    ProcessorErasureWithdrawn:
      'Löschung beim Auftragsverarbeiter zurückgezogen',
    ExecutionResumed: 'Ablauf neu gestartet',
    ExecutionContinued: 'Ablauf in einer neuen Ausführung fortgesetzt',
    RequestStalled: 'Anfrage stockt',
    DownloadLinkReissued: 'Neuer Download-Link gesendet',
    AcknowledgementSent: 'Eingangsbestätigung an die Person gesendet',
    SubjectNotified: 'Person benachrichtigt (nicht das Ergebnis)',
    RestrictionLifted: 'Einschränkung aufgehoben',
    InformationRequested:
      'Weitere Angaben bei der betroffenen Person angefordert',
    InformationReceived: 'Antwort der betroffenen Person erhalten',
    ExportPartsLeftOut: 'Daten ohne einzelne Teile herausgegeben',
    SettingsChanged: 'Einstellungen geändert',
    RegisterExported: 'Anfragenregister exportiert',
    EmailDelivered: 'E-Mail zugestellt',
    EmailBounced: 'E-Mail unzustellbar',
    EmailComplaintReceived: 'E-Mail vom Empfänger als Spam gemeldet',
    EmailRejected: 'E-Mail vom Maildienst abgelehnt',
    RequestTypeConfirmed: 'Art der Anfrage bestätigt',
    AttachmentDownloaded: 'Anhang heruntergeladen',
    OffboardingScheduled: 'Offboarding geplant (Shopify: App entfernt)',
    OffboardingCancelled: 'Offboarding abgebrochen',
    MerchantErasureStarted: 'Löschung der Shopdaten begonnen',
    MerchantErased: 'Shopdaten gelöscht',
    AgentAcknowledged:
      'Eingangsbestätigung an die bevollmächtigte Person gesendet',
    AgentNotified: 'Bevollmächtigte Person über die Schließung informiert',
  },
  mails: {
    acknowledgement: 'An die Person: die Anfrage ist eingegangen',
    verification: 'An die Person: E-Mail-Adresse bestätigen',
    decision: 'An den Desk: Entscheidung nötig',
    release: 'An den Desk: Freigabeprüfung',
    denial: 'An die Person: die Ablehnung und ihre Gründe',
    withheld: 'An die Person: die Daten werden zurückgehalten',
    result: 'An die Person: die Antwort',
    resultCopy:
      'An die Datenschutzkontaktstelle des Shops: Kopie der Antworten',
    certificate: 'An die Datenschutzkontaktstelle des Shops: Löschbestätigung',
    download: 'An die Person: ein neuer Download-Link',
    processorRequest:
      'Teil eines Auftragsverarbeiters: die Anfrage mit dem Bestätigungslink',
    processorReminder: 'Teil eines Auftragsverarbeiters: Erinnerung',
    processorEscalation:
      'An den Desk: ein Auftragsverarbeiter hat nicht geantwortet',
    deferred: 'An den Desk: Löschung wegen Aufbewahrungspflicht aufgeschoben',
    deadline: 'An den Desk: Fristerinnerung',
    failure: 'An den Desk: der Ablauf steckt fest',
    other: 'Andere E-Mail',
  },
  actions: {
    heading: 'Was Sie jetzt tun können',
    none: 'Bei dieser Anfrage wartet nichts auf den Desk.',
    viewerOnly:
      'Ihre Rolle erlaubt es, diese Anfrage anzusehen. Bearbeitet wird sie von einer Person mit Freigabe- oder Administrationsrecht des Shops.',
    decide: 'Entscheiden',
    decideHint:
      'Dieselbe Wahl wie in der Entscheidungs-E-Mail: Eine Genehmigung führt die Anfrage bei allen Auftragsverarbeitern aus; bei einer Ablehnung erfährt die Person Ihre Gründe und ihr Beschwerderecht.',
    release: 'Freigabeprüfung',
    cancel: 'Anfrage abbrechen',
    cancelHint:
      'Beendet die Anfrage endgültig. Niemand wird benachrichtigt; Antworten bereits gefragter Auftragsverarbeiter bleiben erhalten.',
    cancelKind: 'Warum',
    cancelNote: 'Notiz für die Unterlagen des Shops (optional)',
    cancelNoteHint:
      'Wird bei der Anfrage gespeichert, nicht im Prüfprotokoll. Höchstens 1000 Zeichen.',
    cancelSubmit: 'Anfrage abbrechen',
    cancelDeferral: 'Aufgeschobene Löschung abbrechen',
    cancelDeferralHint: (processors, until) =>
      `${processors} bewahren einen Teil der Daten bis zum ${until} auf; dann werden sie gelöscht. Brechen Sie ab, bleiben sie dauerhaft erhalten (etwa für einen Rechtsanspruch); die Anfrage wird als abgeschlossen geschlossen.`,
    spam: 'Als Spam schließen',
    spamHint:
      'Schließt die Anfrage, ohne jemanden zu kontaktieren. Nur bevor ein Auftragsverarbeiter gefragt wurde.',
    spamSubmit: 'Als Spam schließen',
    duplicate: 'Als Duplikat schließen',
    duplicateOf: 'Referenz der Anfrage, die sie wiederholt',
    duplicateHint:
      'Die 8-stellige Referenz der anderen Anfrage in diesem Shop, die weiterläuft.',
    duplicateSubmit: 'Als Duplikat schließen',
    reissue: 'Neuer Download-Link',
    reissueHint:
      'Sendet der Person einen neuen Link zum selben Paket. Alle früheren Links funktionieren sofort nicht mehr.',
    reissueSubmit: 'Neuen Download-Link senden',
    resendVerification: 'Bestätigung der E-Mail-Adresse',
    resendVerificationHint:
      'Sendet der Person die Bestätigungs-E-Mail erneut, mit einem neuen Link. Der frühere Link funktioniert weiterhin.',
    resendVerificationSubmit: 'Bestätigungs-E-Mail erneut senden',
    processor: (name) => name,
    resendProcessor: 'Anfrage erneut senden',
    resendProcessorHint:
      'Sendet der Datenschutzkontaktstelle des Auftragsverarbeiters die Anfrage erneut, mit dem Bestätigungslink.',
    answerProcessor: 'Antwort erfassen',
    answerHint:
      'Wenn er per Brief oder Telefon geantwortet hat (mit den Dateien, die er geschickt hat).',
    bulkFromSender: (n) =>
      n === 1
        ? 'Diese Person hat in diesem Shop 1 weitere offene Anfrage.'
        : `Diese Person hat in diesem Shop ${n} weitere offene Anfragen.`,
    bulkFromSenderLink: 'Anzeigen, um eine Reihe gemeinsam zu schließen',
    errors: {
      closureKind: 'Wählen Sie, warum die Anfrage abgebrochen wird.',
      noteTooLong: 'Die Notiz darf höchstens 1000 Zeichen lang sein.',
      noteRequired: 'Bei „Anderer Grund“ nennen Sie den Grund in der Notiz.',
      duplicateOf:
        'Geben Sie die Referenz einer anderen Anfrage in diesem Shop ein (8 Zeichen).',
    },
    refused: {
      notNow:
        'Das geht jetzt nicht: Die Anfrage ist schon weiter. Die Seite zeigt, wo sie steht.',
      packageGone:
        'Das Datenpaket wurde gelöscht (Pakete werden nur begrenzt aufbewahrt). Bitten Sie den Betrieb, die Anfrage erneut auszuführen.',
      nothingWaiting:
        'Darauf wartet jetzt nichts; die Seite zeigt, wo die Anfrage steht.',
      duplicateOfItself: 'Eine Anfrage kann kein Duplikat ihrer selbst sein.',
      duplicateUnknown:
        'In diesem Shop gibt es keine Anfrage mit dieser Referenz.',
      changedMeanwhile:
        'Jemand hat diese Einstellungen gespeichert, nachdem Sie die Seite geöffnet haben. Ihre Änderungen stehen unten und sind nicht gespeichert: Vergleichen Sie sie mit dem aktuellen Stand und speichern Sie erneut.',
      processorAwaited:
        'Laufende Anfragen warten noch auf die Antwort dieses Auftragsverarbeiters. Erfassen Sie dort seine Antwort (oder warten Sie sie ab), bevor Sie ihn entfernen.',
    },
  },
  answer: {
    title: (p, ref) => `Antwort von ${p} erfassen: ${ref}`,
    intro: (p) =>
      `Erfassen Sie, was ${p} per Brief oder Telefon geantwortet hat. Bei einer Auskunftsanfrage laden Sie zuerst die geschickten Dateien hoch. Die Antwort wird als vom Shop gegeben verzeichnet.`,
    back: 'Zurück zur Anfrage',
  },
  notices: {
    authorityAccepted:
      'Vollmacht anerkannt. Die Anfrage wird bearbeitet; die Antwort geht an die Person selbst.',
    authorityDeclined:
      'Geschlossen: Vollmacht nicht nachgewiesen. Die bevollmächtigte Person erhält Ihre Begründung.',
    typeConfirmed:
      'Die Art ist bestätigt; der Absender erhält jetzt den Bestätigungslink.',
    approved: 'Genehmigt. Die Auftragsverarbeiter werden jetzt gefragt.',
    denied: 'Abgelehnt. Die Person erfährt jetzt Ihre Gründe.',
    extended:
      'Die Frist ist verlängert; der Person wurden die Gründe mitgeteilt.',
    released: 'Freigegeben. Die Person erhält jetzt den Download-Link.',
    releasedPartly:
      'Ohne die ausgelassenen Teile herausgegeben. Die Person erhält den Download-Link und erfährt, was ausgelassen wurde und warum.',
    informationAsked:
      'Gefragt. Die Person erhält Ihre Frage per E-Mail mit einem Link zum Antworten; die Entscheidung wartet auf die Antwort.',
    withheld: 'Zurückgehalten. Die Person erfährt jetzt Ihren Grund.',
    cancelled: 'Die Anfrage ist abgebrochen.',
    deferralCancelled:
      'Die aufgeschobene Löschung ist abgebrochen; die Daten bleiben erhalten.',
    spam: 'Als Spam geschlossen.',
    duplicate: 'Als Duplikat geschlossen.',
    downloadReissued:
      'Der Person wurde ein neuer Download-Link gesendet; die früheren funktionieren nicht mehr.',
    verificationResent: 'Die Bestätigungs-E-Mail wurde erneut gesendet.',
    processorResent:
      'Die Anfrage wurde erneut an den Auftragsverarbeiter gesendet.',
    answered: 'Die Antwort des Auftragsverarbeiters ist erfasst.',
    entered: 'Die Anfrage ist erfasst.',
    duplicateOf: (ref) => `Als Duplikat von ${ref} geschlossen.`,
    extendedTo: (date) =>
      `Die Frist ist bis zum ${date} verlängert; der Person wurden die Gründe mitgeteilt.`,
  },
  enter: {
    title: 'Auf anderem Weg eingegangene Anfrage erfassen',
    intro:
      'Für eine Anfrage, die per E-Mail, Post, Telefon oder persönlich beim Shop einging. Die gesetzliche Frist läuft ab dem Tag, an dem der Shop sie erhalten hat.',
    shop: 'Shop',
    typeLegend: 'Worum hat die Person gebeten?',
    email: 'E-Mail-Adresse der Person',
    emailHint: 'Dorthin antwortet der Shop.',
    name: 'Name (optional)',
    channelLegend: 'Wie ist die Anfrage eingegangen?',
    receivedAt: 'Eingegangen am',
    receivedAtHint:
      'Der Tag, an dem der Shop sie erhalten hat (nicht in der Zukunft). Die Frist läuft ab diesem Tag.',
    details: 'Was die Person geschrieben oder gesagt hat (optional)',
    detailsHint:
      'Bei einer Berichtigung: was falsch ist und wie es richtig lautet.',
    corrections: 'Berichtigung',
    correctionsHint: 'Nur bei einer Berichtigung: eine Zeile je Angabe.',
    identityLegend: 'Identität',
    identityConfirmed:
      'Der Shop hat geprüft, dass die Anfrage von dieser Person stammt',
    identityConfirmedHint:
      'Dann erhält die Person eine Eingangsbestätigung statt eines Links zur Bestätigung der E-Mail-Adresse.',
    identityNote: 'Wie sie geprüft wurde',
    identityNoteHint:
      'Für die Unterlagen des Shops, zum Beispiel „unterschriebener Brief, stimmt mit dem Kundendatensatz überein“.',
    submit: 'Anfrage erfassen',
    errorSummary: 'Es gibt ein Problem',
    errors: {
      merchant: 'Wählen Sie den Shop.',
      type: 'Wählen Sie, worum die Person gebeten hat.',
      email:
        'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com.',
      name: 'Der Name darf höchstens 200 Zeichen lang sein, in einer Zeile.',
      channel: 'Wählen Sie, wie die Anfrage eingegangen ist.',
      receivedAt: 'Geben Sie den Eingangstag ein, zum Beispiel 2026-03-02.',
      receivedAtFuture:
        'Der Eingangstag darf nicht in der Zukunft und nicht vor dem 25. Mai 2018 liegen.',
      details: 'Die Angaben dürfen höchstens 4000 Zeichen lang sein.',
      corrections:
        'Bei einer Berichtigung geben Sie an, was falsch ist und wie es richtig lautet, oder beschreiben Sie es unter den Angaben.',
      identityNote:
        'Geben Sie an, wie die Identität geprüft wurde (höchstens 1000 Zeichen).',
      identityNoteWithout:
        'Eine Notiz zur Prüfung gehört nur zum angekreuzten Kästchen: Kreuzen Sie es an oder lassen Sie die Notiz leer.',
    },
  },
  errors: {
    notFoundTitle: 'Nicht gefunden',
    notFoundBody:
      'In den Shops, die Sie öffnen können, gibt es keine solche Anfrage, oder die Seite existiert nicht.',
    notAllowedTitle: 'Nicht erlaubt',
    notAllowedAct:
      'Ihre Rolle erlaubt es, Anfragen anzusehen, aber nicht zu bearbeiten. Fragen Sie die Administration des Shops.',
    notAllowedAdminister:
      'Ihre Rolle erlaubt keine Änderung der Einstellungen des Shops.',
    crossSiteTitle: 'Das Formular konnte nicht angenommen werden',
    crossSiteBody:
      'Es kam nicht von dieser Seite, oder die Seite ist zu alt. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.',
    notPossibleTitle: 'Jetzt nicht möglich',
    invalidTitle: 'Bitte prüfen Sie Ihre Angaben',
    wentWrongTitle: 'Etwas ist schiefgegangen',
    wentWrongBody:
      'Es wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut; passiert es wieder, informieren Sie den Betrieb.',
  },
};
