/** The fr texts of processor-mail.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ProcessorMailMessages } from '../processor-mail.ts';

export const fr: ProcessorMailMessages = {
  noteFrom: (merchant) => `Remarque transmise par ${merchant}\u00a0:`,
  objectionOther:
    'La personne concernée s’est opposée, pour des raisons tenant à sa situation particulière, à un traitement de ses données autre que la prospection, tel que le profilage (article 21, paragraphe 1, du RGPD). Nous avons fait droit à l’opposition. Veuillez mettre fin au traitement décrit dans notre message ci-dessous et confirmer lorsqu’il aura cessé.',
  right: {
    access: 'droit d’accès',
    portability: 'droit à la portabilité des données',
    erasure: 'droit à l’effacement',
    rectification: 'droit de rectification',
    objection: 'droit d’opposition',
    restriction: 'droit à la limitation du traitement',
  },
  requested: {
    access: 'l’accès à ses données personnelles',
    portability:
      'la communication, dans un format lisible par machine, des données personnelles qu’il a fournies',
    erasure: 'l’effacement de ses données personnelles',
    rectification: 'la rectification de ses données personnelles',
    objection: 'qu’il soit mis fin au traitement de ses données personnelles',
    restriction: 'la limitation du traitement de ses données personnelles',
  },
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
};
