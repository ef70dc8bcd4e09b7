import type { PageMessages } from './messages.ts';

export const fr: PageMessages = {
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
    identityConfirmed: (date) => `Adresse e-mail confirmée le ${date}`,
    order: 'Commande',
    details: 'Précisions',
    received: 'Date de réception',
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
    recordedTitle: 'Merci',
    recordedBody:
      'Votre réponse a été enregistrée. Vous pouvez fermer cette page.',
  },
  deferral: {
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
};
