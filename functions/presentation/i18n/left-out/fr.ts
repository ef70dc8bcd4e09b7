/** The fr texts of left-out.ts (loaded when a text in this language is first read: lazy.ts). */
import type { LeftOutMessages } from '../left-out.ts';

export const fr: LeftOutMessages = {
  review: {
    approveExplain:
      'Le client reçoit maintenant un lien de téléchargement par e-mail, sans les parties que vous cochez ci-dessous.',
    partsLegend:
      'Omettre des parties (facultatif, avec «\u00a0Communiquer\u00a0»)',
    partsHint:
      'Ne cochez une partie que si sa communication porterait atteinte aux droits d’autres personnes, par exemple un autre client nommé dans un avis (article 15, paragraphe 4, du RGPD). Le paquet est reconstitué sans les parties cochées, et le client est informé de ce qui a été omis et de votre motif.',
    records: (p, c, n) =>
      `${p}\u00a0: ${c}, ${n === 1 ? '1 enregistrement' : `${n} enregistrements`}`,
    file: (p, name) => `${p}\u00a0: fichier «\u00a0${name}\u00a0»`,
    reason: 'Motif, communiqué au client',
    reasonHint:
      'Obligatoire pour retenir le paquet et pour omettre des parties\u00a0: indiquez pourquoi.',
    errors: {
      partsWithWithhold:
        'Vous avez coché des parties à omettre et choisi «\u00a0Retenir\u00a0». Retenir vaut pour tout le paquet\u00a0: décochez les parties, ou choisissez «\u00a0Communiquer\u00a0» pour envoyer le reste.',
      reasonToLeaveOut:
        'Indiquez pourquoi les parties cochées sont omises\u00a0: le client en est informé.',
      partsInvalid:
        'Une partie cochée ne figure pas dans ce paquet. Ouvrez à nouveau le lien et choisissez de nouveau.',
      reasonWithApprove:
        'Vous avez choisi de communiquer tout le paquet, mais vous avez aussi saisi un motif. Un motif n’est communiqué au client que si vous retenez le paquet ou omettez des parties\u00a0: videz le champ, cochez les parties concernées, ou choisissez «\u00a0Retenir\u00a0».',
    },
    releasedPartly: 'Communiqué sans les parties omises',
    releasedPartlyBody:
      'Le paquet est reconstitué sans elles, et le client reçoit le lien de téléchargement avec ce qui a été omis et votre motif.',
  },
  heading: 'Omis de votre copie',
  intro:
    'Pour protéger les droits et libertés d’autres personnes (article 15, paragraphe 4, du RGPD), la boutique a omis ces parties de votre copie\u00a0:',
  records: (p, c, n) =>
    `${p}\u00a0: ${c} (${n === 1 ? '1 enregistrement' : `${n} enregistrements`})`,
  files: (p, n) => `${p}\u00a0: ${n === 1 ? '1 fichier' : `${n} fichiers`}`,
  reason: 'Motif de la boutique\u00a0:',
};
