/** The fr texts of inbound.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InboundDoor, InboundMessages } from '../inbound.ts';

const door: Record<InboundDoor, string> = {
  email: 'par e-mail',
  shopify: "depuis l'administration Shopify",
};

export const fr: InboundMessages = {
  subject: (d, r, p) =>
    p
      ? `Demande RGPD reçue ${door[d]} : confirmez son type (${r})`
      : `Nouvelle demande RGPD reçue ${door[d]} (${r})`,
  arrived: (d, r) =>
    `Une demande relative aux données personnelles vous est parvenue ${door[d]} : ${r}.`,
  from: 'De',
  asks: 'Objet',
  due: (date) =>
    `Le délai court à partir du jour de réception : répondez au plus tard le ${date}.`,
  typed: (p) => `reconnu d'après ses termes (certitude ${p} %)`,
  linkSent:
    "L'expéditeur a reçu un lien pour confirmer son adresse ; la demande suit ensuite le même parcours qu'une demande du formulaire.",
  attested:
    "La demande a été faite pour la boutique dans l'administration Shopify : aucun lien de confirmation n'est envoyé, elle passe directement à votre décision.",
  pending: (g) =>
    g
      ? `Nous n'avons pas pu déterminer avec certitude quel droit est exercé (notre meilleure hypothèse : ${g}).`
      : "Nous n'avons pas pu déterminer quel droit est exercé.",
  spam: 'SES a classé le message comme spam.',
  spoofed:
    "L'expéditeur n'a pas pu être authentifié (échec SPF et DKIM) : l'adresse est peut-être usurpée.",
  nothingSent:
    "Elle vous attend : ouvrez-la dans la console et confirmez son type. D'ici là, rien n'est envoyé à l'expéditeur.",
  open: 'Ouvrir la demande',
  attachments: (n) =>
    `${n} pièce${n === 1 ? '' : 's'} jointe${n === 1 ? '' : 's'}, conservée${n === 1 ? '' : 's'} sans être ouverte${n === 1 ? '' : 's'} avec la demande.`,
  bounceSubject: (r) =>
    `Notre e-mail concernant la demande ${r} n'a pas pu être remis`,
  bounce: (w, r) =>
    `${w} concernant la demande ${r} n'a pas pu être remis à l'adresse indiquée.`,
  bounceWhat: {
    verification: 'Le lien de confirmation',
    result: 'La réponse',
    other: "L'e-mail",
  },
  bounceAdvice:
    'La personne a peut-être mal saisi son adresse. La demande est signalée dans la console ; contactez-la autrement si vous le pouvez.',
  complaint: (r) =>
    `Le destinataire de notre e-mail concernant la demande ${r} l'a signalé comme spam. Plus aucun e-mail n'est envoyé à cette adresse.`,
};
