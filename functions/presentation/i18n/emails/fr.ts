import type { EmailMessages } from './messages.ts';

export const fr: EmailMessages = {
  deferral: {
    subject: (ref, until) =>
      `Une partie de l’effacement ${ref} attend la fin d’une obligation de conservation (${until})`,
    body: (processors, until) =>
      `Une obligation légale de conservation retient une partie des données du client chez ${processors}. Le client a été informé de ce qui est conservé et pourquoi. Le reste sera effacé automatiquement après le ${until}. Si les données doivent être conservées plus longtemps (par exemple pour une action en justice), annulez l’effacement différé ici\u00a0:`,
    cancelHere: 'Annuler l’effacement différé',
    cancelLink: 'Annuler l’effacement différé',
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
