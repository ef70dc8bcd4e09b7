/** The fr texts of objection-form.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ObjectionFormMessages } from '../objection-form.ts';

export const fr: ObjectionFormMessages = {
  legend: 'Ne plus utiliser mes données\u00a0: à quoi vous opposez-vous\u00a0?',
  hint: 'Uniquement pour «\u00a0Ne plus utiliser mes données\u00a0».',
  scopes: {
    'direct-marketing': {
      label: 'La prospection',
      explain:
        'lettres d’information, offres et publicité, ainsi que le profilage qui y est lié. La boutique doit y mettre fin.',
    },
    other: {
      label: 'Une autre utilisation de mes données',
      explain:
        'par exemple le profilage ou l’analyse d’audience. Indiquez sous «\u00a0Ce que nous devrions savoir\u00a0» quelle utilisation et pourquoi\u00a0: la boutique met en balance vos raisons et les siennes.',
    },
  },
  errors: {
    scope:
      'Indiquez ce à quoi vous vous opposez\u00a0: la prospection ou une autre utilisation de vos données.',
    details:
      'Indiquez sous «\u00a0Ce que nous devrions savoir\u00a0» à quelle utilisation de vos données vous vous opposez, et pourquoi.',
  },
};
