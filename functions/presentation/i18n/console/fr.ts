import type { ConsoleMessages } from './messages.ts';

const plural = (n: number, one: string, many: string) =>
  `${n} ${n <= 1 ? one : many}`;

export const fr: ConsoleMessages = {
  product: 'Bureau confidentialité',
  skip: 'Aller au contenu',
  layout: {
    nav: 'Console',
    inbox: 'Demandes',
    newRequest: 'Saisir une demande',
    signOut: 'Se déconnecter',
    signedInAs: (email, role) => `Session ouverte\u00a0: ${email} (${role})`,
    shop: 'Boutique',
    allShops: 'Toutes mes boutiques',
    open: 'Ouvrir',
    language: 'Langue',
  },
  roles: {
    viewer: 'lecture',
    approver: 'traitement',
    admin: 'administration',
    operator: 'exploitation',
  },
  signIn: {
    title: 'Connexion au bureau confidentialité',
    intro:
      'Saisissez votre adresse e-mail. Si elle appartient à une personne du bureau confidentialité d’une boutique, nous y envoyons un lien de connexion. Aucun mot de passe n’est nécessaire.',
    email: 'Votre adresse e-mail',
    emailHint: 'L’adresse que la boutique a enregistrée pour vous.',
    submit: 'M’envoyer un lien de connexion',
    invalid: 'Saisissez votre adresse e-mail, par exemple nom@example.com',
    sentTitle: 'Consultez votre messagerie',
    sentBody:
      'Si cette adresse appartient à une personne du bureau confidentialité d’une boutique, un lien de connexion est en route. Il fonctionne une fois, pendant 15 minutes.',
    sentSpam:
      'Rien reçu\u00a0? Regardez dans les indésirables, ou demandez à l’administration de la boutique d’ajouter votre adresse.',
    again: 'Demander un autre lien',
    linkTitle: 'Connexion',
    linkBody: (email) =>
      `Appuyez sur le bouton pour vous connecter en tant que ${email}. Le lien fonctionne une fois.`,
    linkButton: 'Se connecter',
    usedTitle: 'Ce lien de connexion ne peut pas être utilisé',
    usedBody: 'Ce lien a déjà servi. Chaque lien ne connecte qu’une fois.',
    expiredBody: 'Ce lien a expiré\u00a0: il est valable 15 minutes.',
    invalidBody:
      'Ce lien n’est pas valide. Copiez le lien complet depuis l’e-mail.',
    newLink: 'Demander un nouveau lien de connexion',
    signedOutTitle: 'Votre session est fermée',
    signedOutBody:
      'Votre session a pris fin, ou vous ne faites plus partie du bureau confidentialité d’une boutique. Reconnectez-vous pour continuer.',
    tooMany:
      'Trop de liens de connexion ont été demandés. Veuillez réessayer dans une heure.',
    mailSubject: 'Votre lien de connexion au bureau confidentialité',
    mailBody: (until) =>
      `Connectez-vous au bureau confidentialité avec le lien ci-dessous. Il fonctionne une fois, jusqu’au ${until}.`,
    mailLink: 'Se connecter au bureau confidentialité',
    mailIgnore:
      'Si vous ne l’avez pas demandé, ignorez cet e-mail\u00a0: personne ne peut se connecter sans le lien.',
  },
  status: {
    PENDING_VERIFICATION: 'En attente de confirmation de l’adresse e-mail',
    VERIFIED: 'Confirmée',
    AWAITING_DECISION: 'En attente de décision',
    IN_PROGRESS: 'En cours',
    DEFERRED: 'Répondue, effacement différé',
    COMPLETED: 'Terminée',
    DENIED: 'Refusée',
    FAILED: 'Bloquée',
    EXPIRED: 'Jamais confirmée',
    CANCELLED: 'Annulée',
  },
  type: {
    access: 'Accès (article 15)',
    portability: 'Portabilité (article 20)',
    erasure: 'Effacement (article 17)',
    rectification: 'Rectification (article 16)',
    objection: 'Opposition (article 21)',
    restriction: 'Limitation (article 18)',
  },
  channel: {
    web: 'Formulaire web',
    email: 'E-mail',
    post: 'Courrier',
    phone: 'Téléphone',
    'in-person': 'En personne',
    other: 'Autre',
    shopify: 'Administration Shopify',
  },
  closure: {
    withdrawn: 'Retirée par la personne',
    spam: 'Spam',
    duplicate: 'Doublon',
    other: 'Autre motif',
    'no-authority': 'Mandat non justifié',
  },
  inbox: {
    title: 'Demandes',
    heading: (shop) => `Demandes\u00a0: ${shop}`,
    headingAll: 'Demandes\u00a0: toutes mes boutiques',
    filters: 'Filtrer les demandes',
    anyStatus: 'Tous les statuts',
    anyType: 'Tous les types',
    anyChannel: 'Tous les canaux',
    statusLabel: 'Statut',
    typeLabel: 'Type de demande',
    channelLabel: 'Reçue par',
    overdue: 'En retard seulement',
    dueWithin: 'Échéance dans (jours)',
    dueWithinHint:
      'Demandes ouvertes dont l’échéance tombe dans ce nombre de jours au plus.',
    search: 'Adresse e-mail ou référence',
    searchHint: 'L’adresse complète, ou la référence de 8 caractères.',
    apply: 'Afficher',
    clear: 'Tout afficher',
    caption: (n) => plural(n, 'demande', 'demandes'),
    columns: {
      select: 'Choisir',
      reference: 'Référence',
      shop: 'Boutique',
      type: 'Demande',
      status: 'Statut',
      channel: 'Reçue par',
      received: 'Reçue le',
      due: 'Échéance',
      waitingOn: 'En attente de',
    },
    none: 'Aucune demande ne correspond.',
    truncated: (n) =>
      `Seules les ${n} demandes les plus récentes de chaque boutique sont parcourues. Affinez la recherche pour trouver les plus anciennes.`,
    selectRow: (ref) => `Choisir la demande ${ref}`,
    bulkLegend: 'Clore les demandes choisies',
    bulkHint:
      'Pour une série venant d’un même expéditeur\u00a0: clôt chaque demande choisie pour laquelle aucun sous-traitant n’a encore été sollicité, sans contacter personne.',
    bulkSpam: 'Comme spam',
    bulkDuplicate: 'Comme doublons de la demande de référence',
    bulkSubmit: 'Clore les demandes choisies',
    bulkDone: (n) => (n <= 1 ? `${n} demande close.` : `${n} demandes closes.`),
    bulkSkipped: (refs) =>
      `Non closes, car elles ont avancé (sous-traitants sollicités) ou sont déjà closes\u00a0: ${refs}.`,
    bulkNone: 'Choisissez au moins une demande, et la façon de les clore.',
    invalidFilter:
      'L’un des filtres n’est pas valide\u00a0; la liste montre toutes les demandes.',
  },
  due: {
    left: (n) => (n <= 1 ? `${n} jour restant` : `${n} jours restants`),
    today: 'échéance aujourd’hui',
    overdue: (n) => `${plural(n, 'jour', 'jours')} de retard`,
    closed: 'close',
    notOwed:
      'répondue\u00a0; l’effacement attend la fin d’une obligation de conservation',
  },
  waiting: {
    type: 'votre confirmation du type de demande (elle est arrivée par e-mail)',
    address: "une adresse e-mail correcte (notre e-mail n'a pas été remis)",
    shopper: 'la personne (confirmation de l’adresse e-mail)',
    decision: 'votre décision',
    review: 'votre examen avant communication',
    operator: 'l’exploitation (le traitement est bloqué)',
    processors: (names) => names,
    nothing: 'personne',
  },
  request: {
    title: (ref) => `Demande ${ref}`,
    back: 'Retour aux demandes',
    facts: 'La demande',
    reference: 'Référence',
    shop: 'Boutique',
    type: 'Demande',
    status: 'Statut',
    channel: 'Reçue par',
    received: 'Reçue le',
    enteredBy: (who, date) => `saisie par ${who} le ${date}`,
    from: 'De',
    language: 'Langue',
    identity: 'Identité',
    identityEmail: (date) => `adresse e-mail confirmée par le lien le ${date}`,
    identityAttested: (who, date) =>
      `vérifiée par la boutique (${who}, ${date})`,
    identityNote: 'Comment elle a été vérifiée',
    identityPending: 'pas encore confirmée',
    order: 'Numéro de commande',
    details: 'Précisions',
    corrections: 'Rectifications demandées',
    closedAs: 'Close comme',
    duplicateOf: 'Doublon de',
    pseudonymised: (date) =>
      `Les données personnelles de la personne ont été retirées le ${date} (durée de conservation écoulée).`,
    deadline: 'Délai',
    due: 'Réponse due au plus tard le',
    computation: 'Calcul du délai',
    computedOn: (reason, date) => `${reason}, calculé le ${date}`,
    reasonReceived: 'À compter de la réception',
    reasonExtended: 'Prolongé',
    computationRule: (regime, country, tz) =>
      `Règles\u00a0: ${regime}. Fuseau horaire de la boutique\u00a0: ${tz}. Jours fériés\u00a0: ${country}.`,
    flags: 'Notes de calcul',
    latest: 'Date la plus tardive possible avec prolongation',
    extendBy:
      'Une prolongation doit être annoncée à la personne au plus tard le',
    extension: (date) =>
      `Prolongé le ${date}\u00a0; la personne a été informée des motifs.`,
    waitingOn: 'En attente de',
    processors: 'Sous-traitants et leurs réponses',
    files: 'Fichiers remis',
    noJobs: 'Aucun sous-traitant n’a encore été sollicité.',
    earlier: 'Autres demandes de la même personne',
    noEarlier: 'Aucune dans cette boutique.',
    timeline: 'Ce qui s’est passé',
    timelineCaption: 'Le journal d’audit, du plus ancien au plus récent',
    when: 'Quand',
    what: 'Quoi',
    who: 'Qui',
    emails: 'E-mails envoyés',
    emailsCaption: 'E-mails concernant cette demande',
    emailWhat: 'E-mail',
    emailState: 'Envoi',
    accepted: (time) => `accepté par le service d’envoi le ${time}`,
    notConfirmed: (time) =>
      `non confirmé\u00a0: l’envoi a commencé le ${time} sans être enregistré comme fait`,
    deliveryNote:
      'L’arrivée d’un e-mail dans la boîte de réception n’est pas signalée en retour\u00a0; «\u00a0accepté\u00a0» signifie que le service d’envoi l’a pris en charge.',
    noEmails: 'Aucun e-mail sur cette demande pour l’instant.',
  },
  actors: {
    subject: 'la personne',
    merchant: 'la boutique (lien par e-mail)',
    system: 'le système',
    operator: 'l’exploitation',
    policy: 'la règle de la boutique',
    member: (email) => email,
    formerMember: 'un ancien membre du bureau',
    processor: (name) => name,
  },
  events: {
    RequestReceived: 'Demande reçue',
    VerificationEmailSent: 'Lien de confirmation de l’adresse envoyé',
    IdentityVerified: 'Identité confirmée',
    ExecutionStarted: 'Traitement lancé',
    DecisionRequested: 'Décision demandée',
    RequestApproved: 'Acceptée',
    RequestDenied: 'Refusée',
    JobsPlanned: 'Sous-traitants à solliciter listés',
    ProcessorJobCompleted: 'Un sous-traitant a répondu',
    ProcessorJobFailed: 'La part d’un sous-traitant a échoué',
    ExportWritten: 'Paquet de données constitué',
    ErasureReportWritten: 'Rapport d’effacement rédigé',
    ErasureCertified: 'Attestation d’effacement rédigée',
    ReleaseReviewRequested: 'Examen avant communication demandé',
    ExportReleased: 'Données communiquées à la personne',
    ExportWithheld: 'Données retenues',
    ResultSent: 'Réponse envoyée à la personne',
    DenialSent: 'Refus envoyé à la personne',
    RequestCompleted: 'Demande terminée',
    RequestClosed: 'Demande close',
    RequestFailed: 'Traitement bloqué',
    ExportDownloaded: 'Données téléchargées',
    ReminderSent: 'Rappel d’échéance envoyé',
    DeadlineEscalated: 'Échéance dépassée\u00a0: signalée',
    RequestExpired: 'Jamais confirmée\u00a0: expirée',
    RequestPseudonymised:
      'Données personnelles retirées (conservation écoulée)',
    DeadlineExtended: 'Délai prolongé',
    ExtensionNotified: 'Prolongation annoncée à la personne',
    ExecutionRedriven: 'Traitement relancé par l’exploitation',
    RequestCancelled: 'Demande annulée',
    ProcessorJobPending: 'Sous-traitant sollicité',
    ProcessorReminderSent: 'Sous-traitant relancé',
    ProcessorEscalated: 'Le sous-traitant n’a pas répondu à temps',
    ProcessorConfirmed: 'Réponse du sous-traitant enregistrée',
    ProcessorCallbackReceived: 'Le sous-traitant a signalé son état',
    ShopifyRedactCascade: 'Shopify a demandé l’effacement à ses applications',
    ErasureDeferred:
      'Une partie de l’effacement différée (conservation obligatoire)',
    DeferredJobsResumed: 'Effacement différé repris',
    DeferralCancelled: 'Effacement différé annulé',
    ProcessorErasureWithdrawn: 'Effacement retiré auprès du sous-traitant',
    ExecutionResumed: 'Traitement redémarré',
    ExecutionContinued: 'Traitement poursuivi dans une nouvelle exécution',
    RequestStalled: 'Demande à l’arrêt',
    DownloadLinkReissued: 'Nouveau lien de téléchargement envoyé',
    AcknowledgementSent: 'Accusé de réception envoyé à la personne',
    SubjectNotified: 'Personne informée (hors résultat)',
    RestrictionLifted: 'Limitation levée',
    InformationRequested:
      'Informations complémentaires demandées à la personne',
    InformationReceived: 'Réponse de la personne reçue',
    ExportPartsLeftOut: 'Données communiquées sans certaines parties',
    SettingsChanged: 'Paramètres modifiés',
    RegisterExported: 'Registre des demandes exporté',
    EmailDelivered: 'E-mail remis',
    EmailBounced: 'E-mail non remis',
    EmailComplaintReceived: 'E-mail signalé comme spam par son destinataire',
    EmailRejected: 'E-mail refusé par le service de messagerie',
    RequestTypeConfirmed: 'Type de demande confirmé',
    AttachmentDownloaded: 'Pièce jointe téléchargée',
    OffboardingScheduled: 'Départ programmé (Shopify : application retirée)',
    OffboardingCancelled: 'Départ annulé',
    MerchantErasureStarted: 'Effacement des données de la boutique commencé',
    MerchantErased: 'Données de la boutique effacées',
    AgentAcknowledged: 'Accusé de réception envoyé au mandataire',
    AgentNotified: 'Mandataire informé de la clôture',
  },
  mails: {
    acknowledgement: 'À la personne\u00a0: la demande est bien reçue',
    verification: 'À la personne\u00a0: confirmer l’adresse e-mail',
    decision: 'Au bureau\u00a0: décision à prendre',
    release: 'Au bureau\u00a0: examen avant communication',
    denial: 'À la personne\u00a0: le refus et ses motifs',
    withheld: 'À la personne\u00a0: les données sont retenues',
    result: 'À la personne\u00a0: la réponse',
    resultCopy:
      'Au contact confidentialité de la boutique\u00a0: copie des réponses',
    certificate:
      'Au contact confidentialité de la boutique\u00a0: attestation d’effacement',
    download: 'À la personne\u00a0: un nouveau lien de téléchargement',
    processorRequest:
      'Part d’un sous-traitant\u00a0: la demande, avec son lien de confirmation',
    processorReminder: 'Part d’un sous-traitant\u00a0: relance',
    processorEscalation: 'Au bureau\u00a0: un sous-traitant n’a pas répondu',
    deferred:
      'Au bureau\u00a0: effacement différé par une obligation de conservation',
    deadline: 'Au bureau\u00a0: rappel d’échéance',
    failure: 'Au bureau\u00a0: le traitement est bloqué',
    other: 'Autre e-mail',
  },
  actions: {
    heading: 'Ce que vous pouvez faire maintenant',
    none: 'Rien n’attend le bureau sur cette demande.',
    viewerOnly:
      'Votre rôle vous permet de consulter cette demande. Une personne chargée du traitement ou de l’administration de la boutique y donne suite.',
    decide: 'Décider',
    decideHint:
      'Le même choix que dans l’e-mail de décision\u00a0: accepter lance la demande auprès de chaque sous-traitant\u00a0; refuser communique à la personne vos motifs et son droit de réclamation.',
    release: 'Examen avant communication',
    cancel: 'Annuler la demande',
    cancelHint:
      'Arrête la demande définitivement. Personne n’est prévenu\u00a0; les réponses des sous-traitants déjà sollicités sont conservées.',
    cancelKind: 'Pourquoi',
    cancelNote: 'Note pour les dossiers de la boutique (facultatif)',
    cancelNoteHint:
      'Conservée avec la demande, pas dans le journal d’audit. 1000 caractères au plus.',
    cancelSubmit: 'Annuler la demande',
    cancelDeferral: 'Annuler l’effacement différé',
    cancelDeferralHint: (processors, until) =>
      `${processors} conservent une partie des données jusqu’au ${until}, date à laquelle elles seront effacées. Annuler les conserve définitivement (par exemple pour une action en justice)\u00a0; la demande est close comme terminée.`,
    spam: 'Clore comme spam',
    spamHint:
      'Clôt la demande sans contacter personne. Seulement avant qu’un sous-traitant ait été sollicité.',
    spamSubmit: 'Clore comme spam',
    duplicate: 'Clore comme doublon',
    duplicateOf: 'Référence de la demande qu’elle répète',
    duplicateHint:
      'La référence de 8 caractères de l’autre demande de cette boutique, qui se poursuit.',
    duplicateSubmit: 'Clore comme doublon',
    reissue: 'Nouveau lien de téléchargement',
    reissueHint:
      'Envoie à la personne un nouveau lien vers le même paquet. Tous les liens précédents cessent aussitôt de fonctionner.',
    reissueSubmit: 'Envoyer un nouveau lien de téléchargement',
    resendVerification: 'Confirmation de l’adresse e-mail',
    resendVerificationHint:
      'Renvoie à la personne l’e-mail de confirmation, avec un nouveau lien. Le lien précédent fonctionne toujours.',
    resendVerificationSubmit: 'Renvoyer l’e-mail de confirmation',
    processor: (name) => name,
    resendProcessor: 'Renvoyer la demande',
    resendProcessorHint:
      'Renvoie la demande au contact confidentialité du sous-traitant, avec son lien de confirmation.',
    answerProcessor: 'Enregistrer sa réponse',
    answerHint:
      'Quand il a répondu par courrier ou par téléphone (avec les fichiers qu’il a envoyés).',
    bulkFromSender: (n) =>
      n <= 1
        ? `Cette personne a ${n} autre demande ouverte dans cette boutique.`
        : `Cette personne a ${n} autres demandes ouvertes dans cette boutique.`,
    bulkFromSenderLink: 'Les afficher pour clore une série en une fois',
    errors: {
      closureKind: 'Choisissez pourquoi la demande est annulée.',
      noteTooLong: 'La note doit faire 1000 caractères au plus.',
      noteRequired:
        'Pour «\u00a0Autre motif\u00a0», indiquez le motif dans la note.',
      duplicateOf:
        'Saisissez la référence d’une autre demande de cette boutique (8 caractères).',
    },
    refused: {
      notNow:
        'Impossible maintenant\u00a0: la demande a avancé. La page montre où elle en est.',
      packageGone:
        'Le paquet de données a été supprimé (les paquets sont conservés pendant une durée limitée). Demandez à l’exploitation de relancer la demande.',
      nothingWaiting:
        'Rien n’attend cela maintenant\u00a0; la page montre où en est la demande.',
      duplicateOfItself: 'Une demande ne peut pas être son propre doublon.',
      duplicateUnknown:
        'Aucune demande de cette boutique ne porte cette référence.',
      changedMeanwhile:
        'Quelqu’un a enregistré ces paramètres après l’ouverture de la page. Vos modifications figurent ci-dessous, non enregistrées : comparez-les aux paramètres actuels et enregistrez de nouveau.',
      processorAwaited:
        'Des demandes en cours attendent encore la réponse de ce sous-traitant. Enregistrez sa réponse dans ces demandes (ou attendez-la) avant de le retirer.',
    },
  },
  answer: {
    title: (p, ref) => `Enregistrer la réponse de ${p}\u00a0: ${ref}`,
    intro: (p) =>
      `Enregistrez ce que ${p} a répondu par courrier ou par téléphone. Pour une demande d’accès, téléversez d’abord les fichiers reçus. La réponse est enregistrée comme donnée par la boutique.`,
    back: 'Retour à la demande',
  },
  notices: {
    authorityAccepted:
      'Mandat accepté. La demande est traitée ; la réponse est envoyée à la personne elle-même.',
    authorityDeclined:
      'Close : mandat non justifié. Le mandataire reçoit votre motif.',
    typeConfirmed:
      "Le type est confirmé ; l'expéditeur reçoit maintenant le lien de confirmation.",
    approved: 'Acceptée. Les sous-traitants sont sollicités.',
    denied: 'Refusée. La personne reçoit vos motifs.',
    extended:
      'Le délai est prolongé\u00a0; la personne a été informée des motifs.',
    released: 'Communiquée. La personne reçoit le lien de téléchargement.',
    releasedPartly:
      'Communiqué sans les parties écartées. La personne reçoit le lien de téléchargement et apprend ce qui a été écarté et pourquoi.',
    informationAsked:
      'Demandé. La personne reçoit votre question par e-mail avec un lien pour répondre ; la décision attend sa réponse.',
    withheld: 'Retenue. La personne reçoit votre motif.',
    cancelled: 'La demande est annulée.',
    deferralCancelled:
      'L’effacement différé est annulé\u00a0; les données sont conservées.',
    spam: 'Close comme spam.',
    duplicate: 'Close comme doublon.',
    downloadReissued:
      'Un nouveau lien de téléchargement a été envoyé à la personne\u00a0; les précédents ne fonctionnent plus.',
    verificationResent: 'L’e-mail de confirmation a été renvoyé.',
    processorResent: 'La demande a été renvoyée au sous-traitant.',
    answered: 'La réponse du sous-traitant est enregistrée.',
    entered: 'La demande est saisie.',
    duplicateOf: (ref) => `Close comme doublon de ${ref}.`,
    extendedTo: (date) =>
      `Le délai est prolongé jusqu’au ${date}\u00a0; la personne a été informée des motifs.`,
  },
  enter: {
    title: 'Saisir une demande reçue autrement',
    intro:
      'Pour une demande parvenue à la boutique par e-mail, courrier, téléphone ou en personne. Le délai légal court à partir du jour où la boutique l’a reçue.',
    shop: 'Boutique',
    typeLegend: 'Qu’a demandé la personne\u00a0?',
    email: 'Adresse e-mail de la personne',
    emailHint: 'C’est là que la boutique lui répond.',
    name: 'Nom (facultatif)',
    channelLegend: 'Comment la demande est-elle arrivée\u00a0?',
    receivedAt: 'Reçue le',
    receivedAtHint:
      'Le jour où la boutique l’a reçue (pas dans le futur). Le délai court à partir de ce jour.',
    details: 'Ce que la personne a écrit ou dit (facultatif)',
    detailsHint:
      'Pour une rectification\u00a0: ce qui est inexact, et ce qui est exact.',
    corrections: 'Rectification',
    correctionsHint:
      'Seulement pour une rectification\u00a0: une ligne par élément.',
    identityLegend: 'Identité',
    identityConfirmed:
      'La boutique a vérifié que la demande vient de cette personne',
    identityConfirmedHint:
      'La personne reçoit alors un accusé de réception, et non un lien pour confirmer son adresse e-mail.',
    identityNote: 'Comment elle a été vérifiée',
    identityNoteHint:
      'Pour les dossiers de la boutique, par exemple «\u00a0lettre signée, conforme à la fiche client\u00a0».',
    submit: 'Saisir la demande',
    errorSummary: 'Il y a un problème',
    errors: {
      merchant: 'Choisissez la boutique.',
      type: 'Choisissez ce que la personne a demandé.',
      email: 'Saisissez une adresse e-mail, par exemple nom@example.com.',
      name: 'Le nom doit faire 200 caractères au plus, sur une ligne.',
      channel: 'Choisissez comment la demande est arrivée.',
      receivedAt: 'Saisissez le jour de réception, par exemple 2026-03-02.',
      receivedAtFuture:
        'Le jour de réception ne peut être ni dans le futur, ni avant le 25 mai 2018.',
      details: 'Les précisions doivent faire 4000 caractères au plus.',
      corrections:
        'Pour une rectification, indiquez ce qui est inexact et ce qui est exact, ou décrivez-le dans les précisions.',
      identityNote:
        'Indiquez comment l’identité a été vérifiée (1000 caractères au plus).',
      identityNoteWithout:
        'Une note sur la vérification ne va qu’avec la case cochée\u00a0: cochez-la, ou laissez la note vide.',
    },
  },
  errors: {
    notFoundTitle: 'Introuvable',
    notFoundBody:
      'Il n’y a pas de telle demande dans les boutiques que vous pouvez ouvrir, ou la page n’existe pas.',
    notAllowedTitle: 'Non autorisé',
    notAllowedAct:
      'Votre rôle vous permet de consulter les demandes, pas d’y donner suite. Adressez-vous à l’administration de la boutique.',
    notAllowedAdminister:
      'Votre rôle ne permet pas de modifier les réglages de la boutique.',
    crossSiteTitle: 'Le formulaire n’a pas pu être accepté',
    crossSiteBody:
      'Il ne venait pas de cette page, ou la page est trop ancienne. Revenez en arrière, rechargez la page et réessayez.',
    notPossibleTitle: 'Impossible pour l’instant',
    invalidTitle: 'Vérifiez ce qui a été envoyé',
    wentWrongTitle: 'Une erreur s’est produite',
    wentWrongBody:
      'Rien n’a été modifié. Veuillez réessayer dans une minute\u00a0; si cela se reproduit, prévenez l’exploitation.',
  },
};
