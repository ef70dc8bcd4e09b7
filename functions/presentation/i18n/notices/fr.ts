/** The fr texts of notices.ts (loaded when a text in this language is first read: lazy.ts). */
import type { NoticeMessages } from '../notices.ts';

const NBSP = '\u00a0';

export const fr: NoticeMessages = {
  deadline: {
    month: `Ce délai est d’un mois à compter du jour où la boutique a reçu votre demande (et non de votre confirmation)${NBSP}; s’il expire un samedi, un dimanche ou un jour férié, il est reporté au jour ouvrable suivant.`,
    monthUk:
      'Ce délai est d’un mois à compter du jour où la boutique a reçu votre demande (et non de votre confirmation).',
    days: (n) =>
      `Ce délai est de ${n} jours à compter du jour où la boutique a reçu votre demande (et non de votre confirmation).`,
    extension: (date) =>
      `Si votre demande est complexe, la boutique peut prolonger ce délai de deux mois au plus, mais elle doit vous en indiquer les raisons au plus tard le ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) =>
      `${m} a bien reçu votre demande relative à vos données [${ref}]`,
    received: (m, right, date) =>
      `${m} a reçu votre demande le ${date}${NBSP}: ${right}.`,
    due: (date) => `La boutique doit vous répondre au plus tard le ${date}.`,
    next: `La suite${NBSP}: la boutique se prononce sur votre demande et charge les organismes qui traitent vos données pour son compte de l’exécuter. Vous recevrez la réponse par e-mail${NBSP}; le lien ci-dessous vous indique où en est votre demande.`,
    nothingToDo: 'Vous n’avez rien à faire pour le moment.',
    channel: {
      email: 'Elle est arrivée par e-mail.',
      post: 'Elle est arrivée par courrier.',
      phone: 'Elle a été faite par téléphone.',
      'in-person': 'Elle a été faite en personne.',
      other: 'Elle est parvenue directement à la boutique.',
    },
    identity:
      'La boutique a vérifié que la demande vient bien de vous\u00a0: vous n’avez rien à confirmer.',
  },
  failure: {
    subject: (m, ref) => `Votre demande à ${m} est retardée [${ref}]`,
    body: (right) =>
      `Un problème technique a interrompu pour l’instant le traitement de votre demande (${right}). La boutique en a été informée et doit néanmoins la mener à terme.`,
    due: (date) =>
      `Le délai reste inchangé${NBSP}: la boutique doit vous répondre au plus tard le ${date}.`,
    nothingToDo: `Vous n’avez rien à faire${NBSP}; la boutique reviendra vers vous.`,
  },
  deferralCancelled: {
    subject: (m, ref) =>
      `${m} conserve plus longtemps une partie de vos données [${ref}]`,
    body: (m, until, processors) =>
      `Lors de l’effacement de vos données, ${m} en a conservé une partie pour une raison légale et vous a indiqué qu’elle serait effacée automatiquement après le ${until}. La boutique a maintenant décidé de conserver ces données plus longtemps. Elles sont détenues par${NBSP}: ${processors}.`,
  },
  lift: {
    subject: (m, ref) =>
      `${m} lève la limitation du traitement de vos données [${ref}]`,
    body: (m, date, lifted, a) =>
      `À votre demande, ${m} a limité le traitement de vos données le ${date}. La boutique lève cette limitation le ${lifted}${NBSP}; ce message vous est envoyé avant qu’elle ne soit levée (${a}). Vos données pourront ensuite de nouveau être utilisées pour les finalités pour lesquelles elles ont été collectées.`,
    where: (processors) =>
      `La limitation est levée chez${NBSP}: ${processors}.`,
    object: (a) =>
      `Lorsque la boutique traite vos données sur la base de ses intérêts légitimes, vous pouvez à tout moment vous opposer à ce traitement pour des raisons tenant à votre situation particulière (${a}).`,
  },
  liftPage: {
    title: (ref) => `Lever la limitation ${ref}`,
    heading: `Lever la limitation du traitement${NBSP}?`,
    body: (processors, date) =>
      `Le traitement des données du client a été limité le ${date} chez${NBSP}: ${processors}. Pour lever la limitation, le client est d’abord informé, avec votre motif (article 18, paragraphe 3, du RGPD)${NBSP}; ensuite, le marquage est retiré des fichiers de la boutique et les autres sous-traitants sont invités par e-mail à lever la limitation.`,
    reason: `Motif, envoyé au client (par exemple${NBSP}: l’exactitude des données a été vérifiée)`,
    submit: 'Informer le client et lever la limitation',
    reasonRequired: 'Indiquez le motif de la levée de la limitation.',
    reasonTooLong: 'Le motif ne doit pas dépasser 1000 caractères.',
    doneTitle: 'Limitation levée',
    doneBody:
      'Le client a été informé, le marquage a été retiré des fichiers de la boutique et les autres sous-traitants ont été invités par e-mail à lever la limitation.',
    copyIntro: `Lorsque la limitation doit prendre fin (par exemple une fois l’exactitude des données vérifiée), levez-la ici${NBSP}; le client en est informé au préalable (article 18, paragraphe 3, du RGPD)${NBSP}:`,
    copyLink: 'Lever la limitation',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Limitation levée${NBSP}: demande d’une personne concernée (${merchant}), réf. ${ref}`,
    body: (merchant, processor, date) =>
      `Le ${date}, nous avons demandé à ${processor} de limiter le traitement des données personnelles de cette personne (article 18 du RGPD). ${merchant} a maintenant levé cette limitation${NBSP}: vous pouvez de nouveau traiter ces données conformément à notre contrat de sous-traitance. Aucune confirmation n’est nécessaire.`,
  },
  noData: {
    subject: (m, ref) =>
      `${m} ne détient aucune donnée personnelle vous concernant [${ref}]`,
    body: (m, right) =>
      `${m} a répondu à votre demande (${right})${NBSP}: ni la boutique ni aucun des organismes qui traitent des données clients pour son compte ne détient de données personnelles vous concernant sous cette adresse e-mail.`,
    otherAddress:
      'Si vous avez utilisé une autre adresse e-mail auprès de la boutique, vous pouvez envoyer une nouvelle demande avec cette adresse.',
  },
  erasureNothingHeld: (m) =>
    `Ni ${m} ni aucun des organismes qui traitent des données clients pour son compte ne détenait de données personnelles vous concernant sous cette adresse e-mail${NBSP}: il n’y avait donc rien à effacer.`,
  reviewed:
    'Avant de vous communiquer ce paquet, la boutique l’a examiné afin d’en retirer les données concernant d’autres personnes lorsque leur communication porterait atteinte à leurs droits (article 15, paragraphe 4, du RGPD).',
};
