/** The fr texts of confirm-page.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ConfirmPageMessages } from '../confirm-page.ts';

export const fr: ConfirmPageMessages = {
  title: (r) => `Confirmer la demande ${r}`,
  heading: (p) => `Qu’a fait ${p}\u00a0?`,
  request: 'Demande',
  legend: 'Résultat',
  done: {
    access: {
      label: 'Données fournies',
      explain: 'les données personnelles sont jointes ci-dessus.',
    },
    erasure: {
      label: 'Effacé',
      explain:
        'toutes les données personnelles de cette personne ont été effacées.',
    },
    other: {
      label: 'Effectué',
      explain: 'la demande a été entièrement exécutée.',
    },
  },
  choices: {
    kept: {
      label: () => 'Effacé en partie',
      explain:
        'certaines données doivent être conservées\u00a0: indiquez ci-dessous lesquelles, pourquoi et jusqu’à quand.',
    },
    'not-found': {
      label: () => 'Aucune donnée',
      explain:
        'aucune donnée personnelle concernant cette personne n’est détenue.',
    },
    'could-not': {
      label: () => 'Impossible à effectuer',
      explain:
        'expliquez pourquoi dans la remarque\u00a0; la boutique assurera le suivi.',
    },
    unanswered: {
      label: (p) => `Pas de réponse de ${p}`,
      explain:
        'clôturer cette partie sans sa réponse\u00a0; le client sera informé qu’elle manque. Indiquez dans la remarque comment vous avez tenté de le joindre.',
    },
  },
  keptLegend: 'Si des données sont conservées',
  keptHint:
    'Uniquement avec «\u00a0Effacé en partie\u00a0». Le client en sera informé.',
  keptWhat: 'Ce qui est conservé',
  keptWhatHint:
    'Type d’enregistrements, par exemple «\u00a0données d’expédition\u00a0»\u00a0; aucune donnée personnelle.',
  keptWhy: 'Pourquoi c’est conservé',
  keptUntil: 'Conservé jusqu’au',
  keptUntilHint: 'Facultatif. Le jour où les données seront effacées.',
  note: 'Remarque pour la boutique',
  noteHint:
    'Obligatoire si la demande n’a pas pu être exécutée ou en l’absence de réponse. La boutique la lit\u00a0; si la demande n’a pas pu être exécutée, le motif est communiqué au client.',
  submit: 'Confirmer',
  errorSummary: 'Veuillez vérifier votre réponse',
  errors: {
    outcome: 'Choisissez ce qui a été fait.',
    note: 'Rédigez une remarque (1\u00a0000 caractères au plus)\u00a0: elle est requise pour cette réponse.',
    keptWhat: 'Indiquez ce qui est conservé (300 caractères au plus).',
    keptReason: 'Choisissez pourquoi c’est conservé.',
    keptUntil:
      'Indiquez la date au format AAAA-MM-JJ, aujourd’hui ou plus tard.',
  },
};
