/** The fr texts of deferral-keep.ts (loaded when a text in this language is first read: lazy.ts). */
import type { DeferralKeepMessages } from '../deferral-keep.ts';

const NBSP = '\u00a0';

export const fr: DeferralKeepMessages = {
  groundLegend: `Base juridique de la conservation (communiquée au client)`,
  groundLabels: {
    'legal-obligation': 'Une obligation légale impose de les conserver',
    'legal-claims':
      'Elles sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice',
  },
  endLegend: `Jusqu’à quand${NBSP}: une date ou un événement (le client est informé que la boutique effacera alors les données)`,
  untilDate: 'Jusqu’à cette date',
  untilEvent: `Ou jusqu’à cet événement (par exemple${NBSP}: la fin de la procédure judiciaire concernant la commande 1001)`,
  problems: {
    groundRequired: 'Choisissez la base juridique de la conservation.',
    endRequired:
      'Indiquez soit la date jusqu’à laquelle les données sont conservées, soit l’événement qui y met fin, mais pas les deux.',
    dateInvalid:
      'La date doit être postérieure à aujourd’hui et se situer au plus 10 ans plus tard.',
    eventTooLong:
      'Décrivez l’événement en une ligne de 200 caractères au plus.',
    processorUnavailable:
      'Shopify n’a pas pu retirer pour l’instant l’effacement que nous lui avions demandé. Rien n’a été modifié : réessayez dans un instant.',
  },
  groundBasis: {
    'legal-obligation': 'le respect d’une obligation légale',
    'legal-claims':
      'la constatation, l’exercice ou la défense de droits en justice',
  },
  keptOn: (basis) =>
    `La boutique conserve les données sur la base juridique suivante${NBSP}: ${basis}.`,
  keptUntil: (date) =>
    `La boutique conserve les données jusqu’au ${date} et les effacera à cette date.`,
  keptUntilEvent: (event) =>
    `La boutique conserve les données jusqu’à ce que l’événement suivant se soit produit${NBSP}: «${NBSP}${event}${NBSP}», et les effacera alors.`,
};
