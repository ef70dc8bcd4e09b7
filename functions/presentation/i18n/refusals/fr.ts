/** The fr texts of refusals.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RefusalMessages } from '../refusals.ts';

export const fr: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded':
      'Manifestement infondée (article 12, paragraphe 5, du RGPD)',
    excessive: 'Excessive (article 12, paragraphe 5, du RGPD)',
    'identity-unconfirmed':
      'L’identité du demandeur n’a pas pu être confirmée, même avec les informations demandées (article 11, paragraphe 2, et article 12, paragraphe 2, du RGPD)',
    'no-erasure-ground':
      'Effacement\u00a0: aucun des motifs de l’article 17, paragraphe 1, du RGPD ne s’applique (par exemple, les données sont encore nécessaires à la finalité pour laquelle elles ont été collectées)',
    'portability-not-applicable':
      'Portabilité\u00a0: le traitement n’est pas fondé sur le consentement ou sur un contrat, ou n’est pas effectué à l’aide de procédés automatisés (article 20, paragraphe 1, du RGPD)',
    'compelling-legitimate-grounds':
      'Opposition\u00a0: des motifs légitimes et impérieux pour le traitement prévalent sur les intérêts et les droits et libertés du client (article 21, paragraphe 1, du RGPD)',
    'objection-legal-claims':
      'Opposition\u00a0: le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 21, paragraphe 1, du RGPD)',
    other: 'Autre (expliquez ci-dessous)',
    'legal-obligation':
      'Effacement\u00a0: les données doivent être conservées pour respecter une obligation légale (article 17, paragraphe 3, point b), du RGPD)',
    'legal-claims':
      'Effacement\u00a0: les données sont nécessaires à des droits en justice (article 17, paragraphe 3, point e), du RGPD)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'La demande est manifestement infondée (article 12, paragraphe 5, du RGPD).',
    excessive: 'La demande est excessive (article 12, paragraphe 5, du RGPD).',
    'identity-unconfirmed':
      'Même avec les informations demandées, nous n’avons pas pu confirmer que la demande émane de vous (article 11, paragraphe 2, et article 12, paragraphe 2, du RGPD).',
    'no-erasure-ground':
      'Aucun des motifs d’effacement prévus à l’article 17, paragraphe 1, du RGPD ne s’applique à vos données.',
    'portability-not-applicable':
      'Le droit à la portabilité ne s’applique pas à ces données\u00a0: leur traitement n’est pas fondé sur votre consentement ou sur un contrat conclu avec vous, ou n’est pas effectué à l’aide de procédés automatisés (article 20, paragraphe 1, du RGPD).',
    'compelling-legitimate-grounds':
      'Il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés (article 21, paragraphe 1, du RGPD).',
    'objection-legal-claims':
      'Le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 21, paragraphe 1, du RGPD).',
    other: 'Autres motifs, expliqués ci-dessous.',
    'legal-obligation':
      'Nous devons conserver les données pour respecter une obligation légale (article 17, paragraphe 3, point b), du RGPD).',
    'legal-claims':
      'Les données sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (article 17, paragraphe 3, point e), du RGPD).',
  },
  errors: {
    groundNeedsReason:
      'Un motif de la liste ne suffit pas\u00a0: rédigez les motifs propres à cette demande. Le client les lit (article 12, paragraphe 4, du RGPD), et la boutique doit pouvoir les démontrer (article 12, paragraphe 5, du RGPD).',
    reasonToAsk:
      'Indiquez les informations dont vous avez besoin de la part du client, et pourquoi.',
    alreadyAsked:
      'Des informations complémentaires ont déjà été demandées une fois au client. Approuvez ou refusez la demande maintenant.',
    noteWithoutApprove:
      'Un message aux sous-traitants ne va qu’avec «\u00a0Approuver\u00a0»\u00a0: sinon, aucun sous-traitant n’est contacté. Videz le message ou choisissez «\u00a0Approuver\u00a0».',
    noteTooLong:
      'Le message aux sous-traitants doit comporter au plus 1000 caractères.',
    noteRequired:
      'L’opposition vise un traitement autre que la prospection\u00a0: pour l’approuver, indiquez dans le message aux sous-traitants le traitement auquel ils doivent mettre fin.',
    reasonWithApprove:
      'Vous avez choisi «\u00a0Approuver\u00a0», mais vous avez aussi saisi un texte pour le client. Il n’est envoyé que si vous refusez, prolongez ou demandez des informations complémentaires\u00a0: pour approuver, videz le champ\u00a0; pour refuser, choisissez «\u00a0Refuser\u00a0».',
  },
  chooseAll:
    'Choisissez approuver, refuser, prolonger ou demander des informations complémentaires.',
  chooseAsk:
    'Choisissez approuver, refuser ou demander des informations complémentaires.',
  groundLegend:
    'Motif du refus (avec «\u00a0Refuser\u00a0»\u00a0; les motifs propres à cette demande sont en outre obligatoires ci-dessous)',
  noGround:
    'Aucun motif de refus (approuver, prolonger ou demander des informations complémentaires)',
  reason:
    'Envoyé au client\u00a0: les motifs propres à cette demande (obligatoires pour refuser ou prolonger) ou ce dont vous avez besoin de sa part (pour demander des informations complémentaires)',
  ask: 'Demander des informations complémentaires',
  askExplain:
    'le client reçoit votre question par e-mail et répond sur une page\u00a0; vous décidez ensuite, la réponse étant affichée ici. Une seule fois par demande.',
  pause: {
    'stops-clock':
      'Tant que le client n’a pas répondu, le délai est suspendu (article 12A du RGPD britannique)\u00a0: la date d’échéance est reportée du nombre de jours écoulés jusqu’à la réponse.',
    'outer-bound-only':
      'La date d’échéance ne change pas pendant que vous attendez la réponse\u00a0: décidez au plus tard à la date indiquée ci-dessus.',
    none: 'La date d’échéance ne change pas pendant que vous attendez la réponse\u00a0: décidez au plus tard à la date indiquée ci-dessus.',
  },
  askedNotice:
    'Votre question a été envoyée au client par e-mail. Vous recevrez sa réponse par e-mail\u00a0; d’ici là, vous pouvez toujours approuver ou refuser.',
  information: {
    heading: 'Informations complémentaires du client',
    asked: (date) => `Question posée le ${date}\u00a0:`,
    waiting: 'Le client n’a pas encore répondu.',
    answered: (date) => `Réponse du client le ${date}\u00a0:`,
  },
  earlier: {
    heading: 'Demandes antérieures de la même adresse e-mail',
    none: 'Aucune autre demande confirmée n’est enregistrée pour cette adresse e-mail.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 autre demande' : `${total} autres demandes`}, dont ${withinYear} dans les 12 mois précédant celle-ci.`,
    shown: (n) => `Les ${n} plus récentes sont indiquées.`,
    outcome: 'Issue',
    outcomes: {
      open: 'Toujours en cours',
      answered: 'Répondue',
      refused: 'Refusée',
      cancelled: 'Annulée',
      failed: 'Arrêtée par une erreur, réponse toujours due',
      expired: 'Non confirmée',
    },
    closedOn: (outcome, date) => `${outcome} le ${date}`,
    hint: 'Pour refuser une demande comme excessive, la boutique doit pouvoir démontrer pourquoi elle l’est (article 12, paragraphe 5, du RGPD). Renouveler une demande n’est pas excessif en soi\u00a0; selon le Comité européen de la protection des données, une demande présentée plus d’un an après la précédente n’est pas excessive du fait de sa répétition (lignes directrices 01/2022).',
  },
  extendBy: 'Date limite pour une prolongation',
  refuseBy: 'Date limite pour un refus (article 12, paragraphe 4, du RGPD)',
  refusalLate: (date) =>
    `Le délai pour informer le client d’un refus a expiré le ${date} (article 12, paragraphe 4, du RGPD\u00a0: un mois à compter de la réception). Un refus envoyé maintenant est tardif.`,
  note: 'Message aux sous-traitants (facultatif, avec «\u00a0Approuver\u00a0»)',
  noteHint:
    'Les sous-traitants lisent ce message avec la demande qu’ils reçoivent. N’écrivez que ce dont ils ont besoin pour l’exécuter\u00a0; 1000 caractères au plus.',
  noteObjection:
    'L’opposition vise un traitement autre que la prospection (article 21, paragraphe 1, du RGPD)\u00a0: pour l’approuver, le message est obligatoire. Indiquez le traitement auquel les sous-traitants doivent mettre fin\u00a0; il ne leur est pas demandé de cesser la prospection.',
  objectionScope: 'Opposition à',
  scopes: {
    'direct-marketing':
      'la prospection (article 21, paragraphes 2 et 3, du RGPD)',
    other:
      'un autre traitement, comme le profilage (article 21, paragraphe 1, du RGPD)',
  },
  directMarketingWarning: (processors) =>
    `Selon le registre, les données sont utilisées à des fins de prospection chez ${processors}. Dans la mesure où l’opposition vise la prospection, elle doit être satisfaite\u00a0: elle ne peut pas être rejetée pour les motifs de l’article 21, paragraphe 1, du RGPD (article 21, paragraphe 3, du RGPD).`,
  waitingForAnswer: (date) =>
    `Des informations complémentaires ont été demandées au client le ${date}\u00a0; pas encore de réponse.`,
  answeredOn: (date) =>
    `Le client a répondu à la demande d’informations complémentaires le ${date}.`,
};
