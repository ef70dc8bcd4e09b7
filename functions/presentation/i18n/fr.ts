import type { Messages } from './messages.ts';

export const fr: Messages = {
  dateLocale: 'fr-FR',
  languageName: 'Français',
  correction: {
    fields: {
      name: 'Nom',
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      address: 'Adresse',
      other: 'Autre chose (à décrire)',
    },
    legend:
      'Rectifier mes données\u00a0: qu’est-ce qui est inexact, et quelle est la bonne valeur\u00a0?',
    hint: 'Uniquement pour une rectification. Une ligne par donnée\u00a0; laissez les autres vides.',
    what: (n) => `Ce qui est inexact (${n})`,
    value: (n) => `La bonne valeur (${n})`,
    error:
      'Pour une rectification, indiquez ce qui est inexact et la bonne valeur (500 caractères au plus chacun), ou décrivez-le sous «\u00a0Ce que nous devrions savoir\u00a0».',
    correctTo: (field) => `${field}, valeur exacte`,
    label: 'Rectifications',
    corrected: (fields) => `rectifié\u00a0: ${fields}`,
    rejected: (fields) =>
      `non rectifié, le sous-traitant n’a pas accepté la nouvelle valeur\u00a0: ${fields}\u00a0; la boutique vous contactera`,
    byShop: (fields) =>
      `rectification manuelle par la boutique\u00a0: ${fields}`,
  },
  rights: {
    access: {
      title: 'Consulter mes données',
      explain:
        'Vous recevez une copie des données personnelles que la boutique détient sur vous.',
    },
    portability: {
      title: 'Obtenir une copie pour la transférer',
      explain:
        'Vous recevez vos données dans un fichier lisible par machine, que vous pouvez transmettre à un autre service.',
    },
    erasure: {
      title: 'Effacer mes données',
      explain:
        'La boutique supprime vos données personnelles, sauf celles que la loi l’oblige à conserver.',
    },
    rectification: {
      title: 'Rectifier mes données',
      explain:
        'La boutique corrige les données inexactes ou incomplètes vous concernant.',
    },
    objection: {
      title: 'Ne plus utiliser mes données (opposition)',
      explain:
        'La boutique cesse d’utiliser vos données à des fins de prospection ou à d’autres fins auxquelles vous vous opposez.',
    },
    restriction: {
      title: 'Limiter l’utilisation de mes données',
      explain:
        'La boutique conserve vos données mais ne les utilise plus le temps qu’une question les concernant soit réglée.',
    },
  },
  common: {
    reference: (ref) => `Référence\u00a0: ${ref}`,
    questions: (contact, ref) =>
      `Questions\u00a0: ${contact}. Référence\u00a0: ${ref}`,
    theirReasons: 'Motifs\u00a0:',
    nothingChanged: 'Rien n’a été modifié.',
  },
  holds: {
    kept: (what, why, basis, until) =>
      `conservé\u00a0: ${what}, ${why} (${basis}), jusqu’au ${until}`,
    keptOpen: (what, why, basis) =>
      `conservé\u00a0: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'tant qu’une commande est en cours',
      'chargeback-window':
        'pendant la période de contestation de paiement et de retour',
      accounting: 'comme l’exige la législation comptable',
      'legal-claim': 'pour une action en justice',
      'legal-obligation': 'pour respecter une obligation légale',
      suppression:
        'pour qu’aucune prospection ne parvienne plus à cette adresse\u00a0: votre effacement et toute opposition à la prospection sont ainsi respectés',
    },
  },
  decision: {
    request: 'Demande',
    right: 'Droit',
    from: 'De',
    identity: 'Identité',
    due: 'Échéance',
  },
  status: {
    follow: 'Suivre votre demande',
    followHint:
      'La page de suivi indique à tout moment où en est votre demande. Gardez le lien pour vous.',
  },
};
