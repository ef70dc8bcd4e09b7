/** The fr texts of information.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InformationMessages } from '../information.ts';

export const fr: InformationMessages = {
  askSubject: (m, ref) =>
    `${m} a besoin d’informations complémentaires pour votre demande [${ref}]`,
  askIntro: (m, right) =>
    `${m} a besoin d’informations complémentaires de votre part pour traiter votre demande\u00a0: ${right}.`,
  question: 'Ce qui est nécessaire\u00a0:',
  answerHere: (date) =>
    `Répondez ici (le lien est valable jusqu’au ${date})\u00a0:`,
  answerLink: 'Répondre à la question',
  pause: {
    'stops-clock': () =>
      'Tant que vous n’avez pas répondu, le délai dont dispose la boutique pour répondre à votre demande est suspendu.',
    'outer-bound-only': (due) =>
      `La boutique doit néanmoins répondre à votre demande au plus tard le ${due}.`,
    none: (due) =>
      `La boutique doit néanmoins répondre à votre demande au plus tard le ${due}.`,
  },
  pageTitle: 'Votre réponse à la boutique',
  heading: (m) => `${m} a besoin d’informations complémentaires`,
  asked: (date) => `Question posée le ${date}\u00a0:`,
  answer: 'Votre réponse',
  answerHint:
    'La boutique lit votre réponse avec votre demande. 2000 caractères au plus.',
  submit: 'Envoyer la réponse',
  errors: {
    required: 'Rédigez votre réponse.',
    invalid:
      'Votre réponse doit comporter au plus 2000 caractères, sans caractères de contrôle ni marques de sens du texte.',
  },
  sentTitle: 'Merci',
  sentBody: (m, due) =>
    `Votre réponse a été envoyée à ${m}. Vous recevrez une réponse à votre demande au plus tard le ${due}.`,
  answeredSubject: (ref, due) =>
    `Le client a répondu\u00a0: demande [${ref}], échéance le ${due}`,
  answeredIntro: (date, right) =>
    `Le client a répondu à la demande d’informations complémentaires du ${date} (${right}).`,
  answerLabel: 'Sa réponse\u00a0:',
  due: (date) => `Réponse due le ${date}`,
  moved: (from, to) =>
    `La date d’échéance est passée du ${from} au ${to}\u00a0: le délai était suspendu dans l’attente de la réponse.`,
  noLink:
    'Décidez au moyen du lien figurant dans le dernier e-mail «\u00a0Décision requise\u00a0».',
  aftermath: (date) => `Vous avez répondu à cette question le ${date}.`,
  progress: {
    current: (date) =>
      `La boutique vous a demandé des informations complémentaires le ${date}\u00a0: répondez au moyen du lien figurant dans l’e-mail`,
    done: 'Vous avez répondu à la question de la boutique',
    unanswered: 'La question de la boutique est restée sans réponse',
    paused:
      'Tant que vous n’avez pas répondu, le délai est suspendu\u00a0: la date ci-dessous est reportée du nombre de jours que vous prenez pour répondre.',
  },
};
