/** The de texts of objection-form.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ObjectionFormMessages } from '../objection-form.ts';

export const de: ObjectionFormMessages = {
  legend: 'Nutzung meiner Daten beenden: Wogegen widersprechen Sie?',
  hint: 'Nur für „Nutzung meiner Daten beenden“.',
  scopes: {
    'direct-marketing': {
      label: 'Direktwerbung',
      explain:
        'Newsletter, Angebote und Werbung sowie Profiling dafür. Der Shop muss sie einstellen.',
    },
    other: {
      label: 'Eine andere Nutzung meiner Daten',
      explain:
        'zum Beispiel Profiling oder Analysen. Geben Sie unter „Was wir wissen sollten“ an, welcher Nutzung Sie widersprechen und warum: Der Shop wägt Ihre Gründe gegen seine eigenen ab.',
    },
  },
  errors: {
    scope:
      'Geben Sie an, wogegen Sie widersprechen: Direktwerbung oder eine andere Nutzung Ihrer Daten.',
    details:
      'Geben Sie unter „Was wir wissen sollten“ an, welcher Nutzung Ihrer Daten Sie widersprechen und warum.',
  },
};
