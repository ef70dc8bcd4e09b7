/** The fr texts of answers.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AnswerMessages } from '../answers.ts';

export const fr: AnswerMessages = {
  provided: (what) => `a fourni vos données (${what})`,
  providedUncounted: 'a fourni vos données',
  providedNoFile:
    'a répondu avoir transmis vos données, mais n’a joint aucun fichier à sa réponse',
  files: (n) => `${n} fichier${n === 1 ? '' : 's'}`,
  records: (n) => `${n} enregistrement${n === 1 ? '' : 's'}`,
  noneHeld: 'ne détient aucune donnée vous concernant',
  erased: 'a effacé vos données',
  erasedCounted: (r) => `a effacé vos données (${r})`,
  kept: 'a effacé vos données, à l’exception de ce qu’il doit conserver',
  restricted:
    'a limité le traitement de vos données\u00a0: elles sont conservées et ne sont traitées par ailleurs qu’avec votre consentement, pour des droits en justice, pour protéger les droits d’une autre personne ou pour des motifs importants d’intérêt public (article 18, paragraphe 2, du RGPD)\u00a0; la boutique vous informera avant la levée de la limitation (article 18, paragraphe 3, du RGPD)',
  marketingStopped: 'a cessé de vous adresser de la prospection commerciale',
  processingStopped:
    'a mis fin au traitement qui faisait l’objet de votre opposition',
  confirmedDone: 'a confirmé avoir donné suite à votre demande',
  couldNot: (reason) =>
    `n’a pas pu donner suite à votre demande. Motif\u00a0: «\u00a0${reason}\u00a0»`,
  couldNotShort: 'n’a pas pu donner suite à votre demande',
  heading: 'Ce que chaque organisme a répondu jusqu’ici',
  failedShopper: 'n’a pas encore terminé\u00a0; la boutique s’en occupe',
  failedMerchant: (reason) => `échec\u00a0: ${reason}`,
  notAnswered: 'n’a pas encore répondu',
  notAnsweredBy: (due) =>
    `n’a pas encore répondu (réponse demandée au plus tard le ${due})`,
  closedWithout:
    'n’a pas fourni sa part\u00a0: la boutique a clôturé votre demande sans sa réponse',
  notContacted:
    'n’a pas été sollicité\u00a0: cette demande ne peut pas lui être transmise (la boutique en a été informée)',
  notConcernedMarketing:
    'n’a pas été sollicité\u00a0: selon les informations de la boutique, il n’utilise vos données ni à des fins de prospection commerciale ni pour du profilage',
  notConcernedCorrections:
    'n’a pas été sollicité\u00a0: selon les informations de la boutique, il ne détient aucune des données à rectifier',
  withdrawn:
    'l’effacement demandé par la boutique a été retiré, et vos données y sont conservées',
  withdrawalTooLate:
    'avait déjà effacé vos données : l’effacement ne pouvait donc plus être retiré',
  withdrawalNothingPending:
    'n’avait plus d’effacement de vos données en attente : il n’y avait donc rien à retirer',
  withdrawalRefused:
    'n’a pas accepté le retrait de l’effacement demandé par la boutique, qui sera donc effectué',
  confirmedBy: (date) => `confirmé le ${date}`,
  recordedByShop: (date) => `selon la boutique, le ${date}`,
  note: (text) => `Sa remarque\u00a0: «\u00a0${text}\u00a0»`,
  missing: (names, n) =>
    `Non inclus\u00a0: ${names} ${n === 1 ? 'n’a pas fourni sa part' : 'n’ont pas fourni leur part'}.`,
  and: 'et',
};
