import type { Messages } from './messages.ts';

export const fr: Messages = {
  dateLocale: 'fr-FR',
  languageName: 'Français',
  correction: {
    fields: {
      name: 'Nom',
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      address: 'Adresse',
      other: 'Autre chose (à décrire)',
    },
    legend:
      'Rectifier mes données\u00a0: qu’est-ce qui est inexact, et quelle est la bonne valeur\u00a0?',
    hint: 'Uniquement pour une rectification. Une ligne par donnée\u00a0; laissez les autres vides.',
    what: (n) => `Ce qui est inexact (${n})`,
    value: (n) => `La bonne valeur (${n})`,
    error:
      'Pour une rectification, indiquez ce qui est inexact et la bonne valeur (500 caractères au plus chacun), ou décrivez-le sous «\u00a0Ce que nous devrions savoir\u00a0».',
    correctTo: (field) => `${field}, valeur exacte`,
    label: 'Rectifications',
    corrected: (fields) => `rectifié\u00a0: ${fields}`,
    rejected: (fields) =>
      `non rectifié, le sous-traitant n’a pas accepté la nouvelle valeur\u00a0: ${fields}\u00a0; la boutique vous contactera`,
    byShop: (fields) =>
      `rectification manuelle par la boutique\u00a0: ${fields}`,
  },
  rights: {
    access: {
      title: 'Consulter mes données',
      explain:
        'Vous recevez une copie des données personnelles que la boutique détient sur vous.',
    },
    portability: {
      title: 'Obtenir une copie pour la transférer',
      explain:
        'Vous recevez vos données dans un fichier lisible par machine, que vous pouvez transmettre à un autre service.',
    },
    erasure: {
      title: 'Effacer mes données',
      explain:
        'La boutique supprime vos données personnelles, sauf celles que la loi l’oblige à conserver.',
    },
    rectification: {
      title: 'Rectifier mes données',
      explain:
        'La boutique corrige les données inexactes ou incomplètes vous concernant.',
    },
    objection: {
      title: 'Ne plus utiliser mes données (opposition)',
      explain:
        'La boutique cesse d’utiliser vos données à des fins de prospection ou à d’autres fins auxquelles vous vous opposez.',
    },
    restriction: {
      title: 'Limiter l’utilisation de mes données',
      explain:
        'La boutique conserve vos données mais ne les utilise plus le temps qu’une question les concernant soit réglée.',
    },
  },
  common: {
    reference: (ref) => `Référence\u00a0: ${ref}`,
    questions: (contact, ref) =>
      `Questions\u00a0: ${contact}. Référence\u00a0: ${ref}`,
    theirReasons: 'Motifs\u00a0:',
    nothingChanged: 'Rien n’a été modifié.',
  },
  form: {
    title: (m) => `Demande relative à vos données – ${m}`,
    heading: (m) => `Vos droits sur vos données chez ${m}`,
    intro:
      'Ce formulaire vous permet d’exercer vos droits au titre du règlement général sur la protection des données (RGPD). Nous vous enverrons par e-mail un lien pour confirmer qu’il s’agit bien de vous. La boutique doit répondre dans un délai d’un mois à compter de la réception de votre demande.',
    languages: 'Langue',
    legend: 'Que souhaitez-vous faire\u00a0?',
    email: 'Votre adresse e-mail',
    name: 'Votre nom',
    orderNumber: 'Un numéro de commande',
    details: 'Ce que nous devrions savoir',
    optional: '(facultatif)',
    orderHint: '(facultatif, aide à retrouver vos données)',
    detailsHint:
      '(facultatif\u00a0; pour une rectification, indiquez ce qui est inexact)',
    submit: 'Envoyer la demande',
    privacyPolicy: (m) => `Politique de confidentialité de ${m}`,
    errorSummary: 'Le formulaire contient une erreur',
    expired:
      'Le formulaire avait expiré. Vérifiez vos réponses et envoyez-le à nouveau.',
    honeypot: 'Laissez ce champ vide',
    errors: {
      type: 'Choisissez ce que vous souhaitez faire.',
      email: 'Saisissez votre adresse e-mail, par exemple nom@exemple.fr.',
      name: 'Le nom doit comporter au plus 200 caractères, sans caractères de contrôle.',
      orderNumber:
        'Le numéro de commande doit comporter au plus 64 caractères, sans caractères de contrôle.',
      details:
        'Ce texte doit comporter au plus 4000 caractères, sans caractères de contrôle.',
      other:
        'Un élément du formulaire est incorrect. Vérifiez-le et envoyez-le à nouveau.',
    },
  },
  submitted: {
    title: 'Consultez votre messagerie',
    body: (m) =>
      `Si l’adresse indiquée est correcte, vous recevrez dans quelques minutes un e-mail du service de protection des données de ${m}. Ouvrez le lien qu’il contient pour confirmer votre demande.`,
    linkWorks: (days) => `Le lien est valable ${days} jours.`,
  },
  confirm: {
    title: 'Confirmez votre demande',
    asked: (m) => `Votre demande à ${m}\u00a0:`,
    explain:
      'Appuyez sur le bouton pour confirmer que vous êtes l’auteur de cette demande. Rien ne se passe tant que vous ne l’avez pas fait.',
    button: 'Confirmer',
  },
  confirmed: {
    title: 'Demande confirmée',
    heading: 'Merci, votre demande est confirmée',
    handled: (m) => `Elle a été transmise à ${m} pour traitement.`,
    hearBy: (date) => `Vous recevrez une réponse au plus tard le ${date}.`,
  },
  decision: {
    title: (ref) => `Décision sur la demande ${ref}`,
    heading: 'Une demande relative aux données attend votre décision',
    request: 'Demande',
    right: 'Droit',
    from: 'De',
    identity: 'Identité',
    identityConfirmed: (date) => `Adresse e-mail confirmée le ${date}`,
    order: 'Commande',
    details: 'Précisions',
    received: 'Date de réception',
    due: 'Échéance',
    extended: '(prolongé)',
    processors: 'Sous-traitants',
    legend: 'Votre décision',
    approve: 'Approuver',
    approveExplain:
      'les sous-traitants ci-dessus sont contactés et le client reçoit une réponse.',
    deny: 'Refuser',
    denyExplain: (authority) =>
      `la demande est refusée\u00a0; le client est informé de vos motifs et de son droit d’introduire une réclamation (autorité de contrôle compétente\u00a0: ${authority}).`,
    extend: 'Prolonger',
    extendExplain:
      'le délai de deux mois au plus (une seule fois, article 12, paragraphe 3, du RGPD)\u00a0; le client est informé de la nouvelle date et de vos motifs. Vous décidez ensuite.',
    submit: 'Envoyer la décision',
    extendedNotice: (date) =>
      `Délai prolongé jusqu’au ${date}\u00a0; le client a été informé. Approuvez ou refusez maintenant.`,
    errors: {
      decision: 'Choisissez approuver, refuser ou prolonger.',
      reasonToDeny: 'Un motif est obligatoire pour refuser une demande.',
      reasonToExtend: 'Un motif est obligatoire pour prolonger le délai.',
      reasonTooLong: 'Le motif doit comporter au plus 2000 caractères.',
      alreadyExtended:
        'Le délai a déjà été prolongé une fois\u00a0; il ne peut pas l’être à nouveau.',
      extensionTooLate:
        'Le dernier jour pour notifier une prolongation est passé.',
      extensionImpossible:
        'Le délai de cette demande ne peut pas être prolongé.',
      groundWithoutDeny:
        'Un motif de refus ne va qu’avec «\u00a0Refuser\u00a0». Pour refuser la demande, choisissez «\u00a0Refuser\u00a0»\u00a0; pour l’approuver ou prolonger le délai, choisissez «\u00a0Aucun motif de refus\u00a0».',
      groundInvalid: 'Choisissez l’un des motifs de refus proposés.',
    },
    approvedTitle: 'Décision enregistrée',
    approvedHeading: 'Approuvée',
    approvedBody:
      'Les sous-traitants vont maintenant être contactés. Le client recevra le résultat par e-mail et vous serez averti en cas d’échec.',
    deniedTitle: 'Décision enregistrée',
    deniedHeading: 'Refusée',
    deniedBody:
      'Le client recevra vos motifs et l’information sur son droit d’introduire une réclamation.',
  },
  processor: {
    requestSubject: (right, merchant, ref, due) =>
      `Demande d’une personne concernée (${right}) transmise par ${merchant}, réf. ${ref}\u00a0: à traiter au plus tard le ${due}`,
    reminderPrefix: 'Rappel\u00a0: ',
    intro: (merchant, processor) =>
      `${merchant} est responsable du traitement des données personnelles que ${processor} traite pour son compte.`,
    asked: (right, article) =>
      `Un client a demandé ${right} (${article}). Son identité a été vérifiée et la demande approuvée.`,
    whatToDo: {
      access:
        'Veuillez téléverser une copie de toutes les données personnelles que vous détenez sur cette personne sur la page accessible par le lien ci-dessous, ou nous y indiquer que vous n’en détenez aucune. Merci de ne pas nous envoyer de données personnelles par e-mail.',
      portability:
        'Veuillez téléverser les données personnelles que cette personne vous a fournies, dans un format lisible par machine (CSV, JSON ou XLSX), sur la page accessible par le lien ci-dessous, ou nous y indiquer que vous n’en détenez aucune. Merci de ne pas nous envoyer de données personnelles par e-mail.',
      erasure:
        'Veuillez effacer toutes les données personnelles que vous détenez sur cette personne, sauf si la loi vous oblige à les conserver (indiquez-nous alors lesquelles et jusqu’à quand).',
      rectification:
        'Veuillez rectifier les données personnelles comme indiqué ci-dessous.',
      objection:
        'Veuillez cesser d’utiliser les données de cette personne à des fins de prospection, y compris pour le profilage lié à la prospection (comme les recommandations personnalisées), et ne plus lui adresser de communications commerciales.',
      restriction:
        'Veuillez limiter le traitement des données de cette personne (conservation uniquement, aucune autre utilisation) jusqu’à nouvel avis de notre part.',
    },
    identifiers: 'Personne concernée\u00a0:',
    email: 'E-mail',
    name: 'Nom',
    order: 'Numéro de commande',
    due: 'Date limite de traitement et de confirmation',
    confirmHere:
      'Une fois la demande traitée (ou si elle ne peut pas l’être), confirmez-le en un clic ici\u00a0:',
    confirmLink: 'Confirmer ce qui a été fait',
    dpa: 'Notre contrat de sous-traitance prévoit que vous nous aidiez à répondre aux demandes des personnes concernées (article 28, paragraphe 3, point e), du RGPD).',
    merchantSubject: (processor, ref) =>
      `Confirmez quand ${processor} a terminé, réf. ${ref}`,
    merchantIntro: (processor, right) =>
      `Nous avons transmis à ${processor} une demande de personne concernée (${right}). ${processor} vous confirme l’exécution uniquement par e-mail. Dès réception de sa confirmation, enregistrez-la ici\u00a0:`,
    merchantConfirm: 'Enregistrer la réponse du sous-traitant',
    escalationSubject: (processor, ref) =>
      `${processor} n’a pas confirmé, réf. ${ref}\u00a0: action requise`,
    escalationBody: (processor, right, due) =>
      `${processor} n’a pas confirmé la demande (${right}), qui devait être traitée au plus tard le ${due}. Veuillez contacter ce sous-traitant. Une fois sa réponse reçue, enregistrez-la ici\u00a0:`,
    escalationAction: 'Enregistrer la réponse',
    recordedTitle: 'Merci',
    recordedBody:
      'Votre réponse a été enregistrée. Vous pouvez fermer cette page.',
  },
  deferral: {
    subject: (ref, until) =>
      `Une partie de l’effacement ${ref} attend la fin d’une obligation de conservation (${until})`,
    body: (processors, until) =>
      `Une obligation légale de conservation retient une partie des données du client chez ${processors}. Le client a été informé de ce qui est conservé et pourquoi. Le reste sera effacé automatiquement après le ${until}. Si les données doivent être conservées plus longtemps (par exemple pour une action en justice), annulez l’effacement différé ici\u00a0:`,
    cancelHere: 'Annuler l’effacement différé',
    cancelLink: 'Annuler l’effacement différé',
    pageTitle: (ref) => `Effacement différé ${ref}`,
    pageBody: (processors, until) =>
      `Les données conservées chez ${processors} seront effacées automatiquement après le ${until}. L’annulation l’empêche\u00a0; indiquez pourquoi\u00a0: le client est informé de votre motif et de son droit d’introduire une réclamation.`,
    reason: 'Motif',
    submit: 'Annuler l’effacement différé',
    reasonRequired: 'Indiquez un motif d’annulation.',
    cancelledTitle: 'Effacement différé annulé',
    cancelledBody:
      'Les données conservées ne seront pas effacées automatiquement. Le client en a été informé, avec votre motif.',
  },
  errors: {
    linkGone: 'Ce lien ne peut plus être utilisé',
    linkInvalid: 'Ce lien n’est pas valide',
    linkGoneBody: 'Le lien a expiré ou a déjà été utilisé.',
    linkInvalidBody:
      'Vérifiez que vous avez ouvert le lien complet figurant dans l’e-mail, ou demandez-en un nouveau.',
    notRight: 'Quelque chose ne va pas',
    notRightBody: 'La demande n’a pas pu être traitée telle quelle.',
    tooMany: 'Trop de demandes',
    tooManyBody:
      'Trop de demandes ont été envoyées. Utilisez le lien de l’e-mail que nous vous avons envoyé, ou réessayez plus tard.',
    tryAgain: 'Veuillez réessayer dans une minute',
    tryAgainBody:
      'Votre demande n’a pas pu être finalisée pour le moment. Rien n’a été perdu\u00a0: renvoyez le formulaire dans une minute et nous vous enverrons par e-mail le lien pour la confirmer.',
    wentWrong: 'Une erreur s’est produite',
    wentWrongBody: 'Réessayez dans quelques minutes. Rien n’a été perdu.',
    originRefusedBody:
      'Le formulaire n’a été envoyé ni depuis le site de la boutique ni depuis le nôtre\u00a0: il n’a donc pas été accepté et rien n’a été enregistré. Ouvrez le formulaire de demande sur le site de la boutique et envoyez-le depuis celui-ci.',
  },
  status: {
    title: 'Votre demande relative à vos données',
    heading: (m) => `Votre demande à ${m}`,
    asked: 'Vous avez demandé',
    steps: {
      received: 'Reçue',
      verified: 'Vous avez confirmé votre identité',
      waiting: 'En attente de la décision de la boutique',
      working: 'En cours d’exécution',
      answered: 'Réponse envoyée',
    },
    denied:
      'Refusée\u00a0: la boutique vous a envoyé ses motifs et les voies de réclamation par e-mail',
    done: 'terminé',
    current: 'étape en cours',
    hearBy: (date) => `Vous recevrez une réponse au plus tard le ${date}.`,
    extended:
      'La boutique a prolongé le délai et vous en a indiqué les motifs par e-mail (article 12, paragraphe 3, du RGPD).',
    answeredOn: (date) =>
      `Réponse envoyée le ${date}. Elle se trouve dans votre messagerie.`,
    expired:
      'Cette demande n’a pas été confirmée à temps\u00a0: elle a été clôturée et ses données supprimées. Vous pouvez envoyer une nouvelle demande.',
    cancelled: 'Cette demande a été annulée.',
    readOnly:
      'Cette page indique seulement où en est votre demande\u00a0; elle ne modifie rien. Ne partagez pas le lien.',
    follow: 'Suivre votre demande',
    followHint:
      'La page de suivi indique à tout moment où en est votre demande. Gardez le lien pour vous.',
  },
  acting: {
    reference: 'Référence',
    language: 'Langue du client',
    reasonLanguage: (language) => `Langue du client\u00a0: ${language}.`,
    chooseApproveOrDeny: 'Choisissez approuver ou refuser.',
    deferralTooLong: 'Le motif ne doit pas dépasser 1000\u00a0caractères.',
  },
  intake: {
    notRectification: (chosen, rectification) =>
      `Vous avez rempli des rectifications, mais choisi «\u00a0${chosen}\u00a0». Pour faire rectifier vos données, choisissez «\u00a0${rectification}\u00a0»\u00a0; sinon, videz les lignes de rectification.`,
    nextHeading: 'La suite',
    nextConfirm:
      'Ouvrez le lien contenu dans l’e-mail pour confirmer que la demande vient bien de vous.',
    nextDecide:
      'La boutique traite ensuite votre demande. Elle doit répondre dans un délai d’un mois à compter de sa réception\u00a0; s’il lui faut plus de temps, elle doit vous en indiquer les raisons.',
    nextAnswer:
      'Vous recevrez la réponse par e-mail. Une fois la demande confirmée, vous recevrez aussi un lien vers une page qui indique où elle en est.',
    spam: (sender) =>
      `Pas d’e-mail au bout de quelques minutes\u00a0? Cherchez dans vos courriers indésirables un e-mail de «\u00a0${sender}\u00a0».`,
    resendIntro: 'Toujours rien\u00a0? Nous pouvons renvoyer l’e-mail.',
    resendButton: 'Renvoyer l’e-mail',
    resendHint: (minutes) =>
      `Nous l’envoyons au plus une fois toutes les ${minutes}\u00a0minutes.`,
    resent: (minutes) =>
      `Si votre demande attend encore d’être confirmée, l’e-mail a été renvoyé, sauf si le précédent est parti il y a moins de ${minutes}\u00a0minutes.`,
  },
  progress: {
    verifyUpcoming: 'Vous confirmez votre identité',
    verifyCurrent:
      'En attente de votre confirmation\u00a0: ouvrez le lien de l’e-mail que nous vous avons envoyé',
    verifyStopped: 'Non confirmée à temps',
    decisionUpcoming: 'Décision de la boutique',
    approved: 'La boutique a accepté votre demande',
    refused: 'La boutique a refusé votre demande',
    carriedOut: 'Exécutée',
    answerCurrent: 'Envoi de la réponse en cours',
    withheld:
      'Refusée après examen\u00a0: la boutique vous a expliqué par e-mail pourquoi elle ne peut pas vous envoyer vos données, et comment introduire une réclamation',
    partly:
      'Réponse envoyée\u00a0: la boutique vous a indiqué par e-mail ce qui a été effacé et ce qui est conservé pour une raison légale',
    doneOn: (date) => `terminé le ${date}`,
    delayed: 'étape retardée',
    stopped: 'étape interrompue',
    delayedNote:
      'Un problème technique retarde votre demande. La boutique a été prévenue et le traitement va reprendre\u00a0; le délai ci-dessous reste valable.',
    answeredNoDate: 'La réponse se trouve dans votre messagerie.',
    cancelledOn: (date) => `Cette demande a été annulée le ${date}.`,
    heldUntil: (date) =>
      `Une partie de vos données est conservée pour une raison légale jusqu’au ${date}. Elle sera ensuite effacée automatiquement, et la boutique vous écrira de nouveau.`,
    heldDataKept:
      'La boutique a depuis décidé de conserver les données qui avaient été gardées pour une raison légale (par exemple pour un litige). Vous pouvez l’interroger à ce sujet.',
  },
  aftermath: {
    confirmed: (date) => `Vous avez confirmé cette demande le ${date}.`,
    notConfirmed:
      'Cette demande n’a pas été confirmée à temps\u00a0: elle a été clôturée et ses données supprimées.',
    approved: (date) => `Cette demande a été approuvée le ${date}.`,
    refused: (date) => `Cette demande a été refusée le ${date}.`,
    released: (date) =>
      `Les données ont été communiquées au client le ${date}.`,
    withheld: (date) =>
      `Les données ont été retenues le ${date}\u00a0; le client en a été informé avec le motif.`,
    deferralCancelled: (date) =>
      `L’effacement différé a été annulé le ${date}\u00a0; les données conservées sont gardées.`,
    heldErased: (date) => `Les données conservées ont été effacées le ${date}.`,
    restrictionLifted: (date) =>
      `La limitation a été levée le ${date}\u00a0; le client en avait été informé au préalable.`,
    newerLink:
      'Elle attend toujours une réponse, et un lien plus récent a été envoyé depuis\u00a0: utilisez le lien du dernier e-mail.',
    cancelled: (date) => `Cette demande a été annulée le ${date}.`,
    answered: (date) => `Cette demande a reçu une réponse le ${date}.`,
    undated: {
      confirmed: 'Vous avez confirmé cette demande.',
      approved: 'Cette demande a été approuvée.',
      refused: 'Cette demande a été refusée.',
      released: 'Les données ont été communiquées au client.',
      withheld:
        'Les données ont été retenues\u00a0; le client en a été informé avec le motif.',
      deferralCancelled:
        'L’effacement différé a été annulé\u00a0; les données conservées sont gardées.',
      heldErased: 'Les données conservées ont été effacées.',
      restrictionLifted:
        'La limitation a été levée\u00a0; le client en avait été informé au préalable.',
      cancelled: 'Cette demande a été annulée.',
      answered: 'Cette demande a reçu une réponse.',
    },
    inProgress: 'Cette demande est en cours de traitement.',
    statusLink: 'Voir où en est la demande',
    newRequest: 'Envoyer une nouvelle demande',
  },
  email: {
    verifySubject: (m, ref) =>
      `Confirmez votre demande relative à vos données auprès de ${m} [${ref}]`,
    verifyAsked: (m, right) =>
      `Quelqu’un, vous sans doute, a adressé à ${m} la demande suivante\u00a0: ${right}.`,
    verifyHere: (date) =>
      `Confirmez la demande ici (le lien est valable jusqu’au ${date})\u00a0:`,
    verifyLink: 'Confirmer votre demande',
    verifyLinkWorks: (date) => `(le lien est valable jusqu’au ${date}).`,
    verifyIgnore:
      'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail\u00a0: rien ne se passera.',
    decisionSubject: (right, ref, due) =>
      `Décision requise\u00a0: «\u00a0${right}\u00a0» [${ref}], échéance le ${due}`,
    stillWaiting: 'Toujours en attente\u00a0: ',
    decisionIntro: (m) =>
      `Un client a confirmé une demande relative à ses données auprès de ${m}.`,
    daysLeft: (n) => `${n} jours restants`,
    identityConfirmed: 'adresse e-mail confirmée',
    processorsToContact: 'Sous-traitants à contacter',
    decideHere: 'Approuver ou refuser ici\u00a0:',
    decideLink: 'Approuver ou refuser cette demande',
    kept: (what, why, basis, until) =>
      `conservé\u00a0: ${what}, ${why} (${basis}), jusqu’au ${until}`,
    keptOpen: (what, why, basis) =>
      `conservé\u00a0: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'tant qu’une commande est en cours',
      'chargeback-window':
        'pendant la période de contestation de paiement et de retour',
      accounting: 'comme l’exige la législation comptable',
      'legal-claim': 'pour une action en justice',
      'legal-obligation': 'pour respecter une obligation légale',
      suppression:
        'pour qu’aucune prospection ne parvienne plus à cette adresse\u00a0: votre effacement et toute opposition à la prospection sont ainsi respectés',
    },
    deferredNote: (date) =>
      `Ce qui n’est conservé que pour une durée limitée sera effacé automatiquement après le ${date}\u00a0; nous vous écrirons à nouveau à ce moment-là.`,
    erasureSubject: (m, ref) =>
      `Vos données chez ${m} ont été effacées [${ref}]`,
    erasureDone: (m, article) =>
      `${m} a exécuté votre demande d’effacement (${article}). Voici ce qui a été fait à chaque endroit qui détenait vos données\u00a0:`,
    doneSubject: (m, ref) => `Votre demande à ${m} est traitée [${ref}]`,
    doneHandled: (m, right) => `${m} a traité votre demande\u00a0: ${right}.`,
    denialSubject: (m, ref) =>
      `${m} ne peut pas donner suite à votre demande [${ref}]`,
    denialDecided: (m, right) =>
      `${m} a décidé de ne pas donner suite à votre demande\u00a0: ${right}.`,
    failureSubject: (ref, phase) =>
      `Action requise\u00a0: la demande [${ref}] a échoué pendant la phase ${phase}`,
    failureStopped: (id, right, phase, error) =>
      `La demande ${id} (${right}) s’est arrêtée pendant la phase ${phase} (${error}).`,
    failureStillDue: (date) =>
      `La réponse reste due au plus tard le ${date}. Votre équipe d’exploitation peut voir où elle s’est arrêtée dans l’historique d’exécution du workflow.`,
    reminderSubject: (ref, days) =>
      `Rappel\u00a0: la demande [${ref}] arrive à échéance dans ${days} jour${days > 1 ? 's' : ''}`,
    overdueSubject: (ref, due) =>
      `EN RETARD\u00a0: la demande [${ref}] était due le ${due}`,
    reminderWhen: (id, right, due, days) =>
      `La demande ${id} (${right}) est due le ${due}, dans ${days} jour${days > 1 ? 's' : ''}.`,
    overdueWhen: (id, right, due, days) =>
      `La demande ${id} (${right}) était due le ${due} et a ${days} jour${days > 1 ? 's' : ''} de retard.`,
    waitingOn: {
      VERIFIED: 'La demande est en cours de préparation pour votre décision.',
      AWAITING_DECISION:
        'Elle attend votre décision\u00a0: utilisez le lien de l’e-mail «\u00a0Décision requise\u00a0».',
      IN_PROGRESS:
        'Les sous-traitants la traitent\u00a0; rien n’est encore attendu de votre part.',
      FAILED:
        'Elle s’est arrêtée sur une erreur et votre équipe d’exploitation doit la relancer\u00a0; la réponse reste due.',
    },
    lawOverdue:
      'Une réponse donnée après le délai légal peut être portée par le client devant l’autorité de contrôle (article 12, paragraphe 3, et article 77 du RGPD).',
    lawReminder:
      'Le RGPD accorde un mois à compter de la réception (article 12, paragraphe 3)\u00a0; toute prolongation doit être notifiée, avec ses motifs, avant la fin du mois.',
    extensionSubject: (m, ref) =>
      `${m} a besoin de plus de temps pour votre demande [${ref}]`,
    extensionNeeds: (m, right) =>
      `${m} a besoin de plus de temps pour répondre à votre demande\u00a0: ${right}.`,
    extensionHearBy: (date) =>
      `Vous recevrez désormais une réponse au plus tard le ${date}.`,
    stalledSubject: (ref) =>
      `Action requise\u00a0: la demande [${ref}] n’avance plus`,
    stalledWhat: (id, right, since, status) =>
      `La demande ${id} (${right}) n’a pas avancé depuis le ${since} (statut ${status}).`,
    stalledReasons: {
      'no-progress':
        'Rien ne s’est passé dans le workflow depuis plus longtemps que prévu.',
      'cannot-resume':
        'Son workflow s’est arrêté et ne peut pas reprendre automatiquement.',
      'restarts-exhausted':
        'Son workflow s’est de nouveau arrêté après plusieurs redémarrages.',
    },
    stalledFailedJobs: (jobs) =>
      `Sous-traitants dont la tâche a échoué\u00a0: ${jobs}.`,
    stalledAction: (date) =>
      `La réponse reste due au plus tard le ${date}. Votre équipe d’exploitation a été alertée\u00a0; veillez à ce que la demande soit traitée à temps.`,
    extensionLaw:
      'Le RGPD permet à une boutique de prolonger le délai de deux mois au plus lorsque c’est nécessaire, compte tenu de la complexité et du nombre de demandes, à condition de vous en indiquer les motifs dans le premier mois (article 12, paragraphe 3).',
  },
};
