/** The fr texts of agent-console.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentConsoleMessages } from '../agent-console.ts';

const NBSP = '\u00a0';

export const fr: AgentConsoleMessages = {
  section: {
    heading: 'Demande faite pour le compte de la personne',
    intro: `Quelqu’un d’autre a fait cette demande pour la personne. La personne la confirme par son propre lien, ou vous acceptez le mandat après l’avoir vérifié. La réponse est toujours envoyée à l’adresse de la personne, jamais au mandataire.`,
    agent: 'Mandataire',
    relation: 'Lien avec la personne, selon le mandataire',
    files: 'Mandat',
    noFiles: `Aucun mandat téléversé pour l’instant. Le mandataire a reçu par e-mail un lien pour le téléverser.`,
    download: (name) => `Télécharger ${name}`,
    notAccepted: 'ni PDF ni image',
    addFile: 'Ajouter un mandat reçu par courrier ou par e-mail',
    accepted: (who, date, n) =>
      `Mandat accepté par ${who} le ${date} (${n}${NBSP}${n === 1 ? 'fichier' : 'fichiers'}).`,
  },
  accept: {
    heading: 'Accepter le mandat',
    hint: `Si le mandat désigne cette personne et autorise le mandataire à faire cette demande, acceptez-le${NBSP}: la demande est alors traitée sans la confirmation de la personne.`,
    check: `J’ai ouvert le mandat${NBSP}: il désigne cette personne et autorise le mandataire à faire cette demande`,
    submit: 'Accepter le mandat',
    errors: {
      checked: 'Cochez la case pour indiquer que vous avez vérifié le mandat.',
      none: `Il n’y a pas de mandat à accepter${NBSP}: rien n’a été téléversé.`,
      notAccepted:
        'Un fichier n’est ni un PDF ni une image et ne peut pas être le mandat.',
    },
  },
  decline: {
    heading: `Clore${NBSP}: mandat non justifié`,
    hint: 'Clôt la demande sans y donner suite et envoie votre motif au mandataire. La personne peut toujours faire la demande elle-même.',
    reason: 'Motif (envoyé au mandataire)',
    reasonHint: `Par exemple${NBSP}: la lettre n’est pas signée par la personne.`,
    submit: 'Clore la demande',
    errors: {
      required: 'Indiquez pourquoi le mandat n’est pas justifié.',
      tooLong: 'Le motif ne doit pas dépasser 1000 caractères.',
    },
  },
  upload: {
    title: (ref) => `Mandat pour ${ref}`,
    heading: 'Ajouter un mandat',
    intro:
      'Téléversez un mandat reçu par la boutique par courrier ou par e-mail (numérisation ou photo de la lettre, ou le PDF). Il est conservé avec la demande, à côté des fichiers du mandataire.',
    back: 'Retour à la demande',
    closed: `La demande n’attend plus de mandat${NBSP}; plus rien ne peut être ajouté.`,
  },
  entry: {
    legend: `Faite pour le compte d’une autre personne${NBSP}?`,
    onBehalf:
      'La demande a été faite par quelqu’un pour le compte de la personne',
    hint: `L’adresse e-mail ci-dessus est alors celle de la personne${NBSP}: le lien et la réponse y sont envoyés. Le mandataire reçoit un accusé de réception avec un lien pour téléverser le mandat.`,
    name: 'Nom du mandataire',
    email: 'Adresse e-mail du mandataire',
    relation: 'Lien du mandataire avec la personne',
  },
  identityAccepted: (who, date) => `Mandat accepté par ${who} le ${date}`,
  inbox: {
    heading: 'Demandes de mandataires',
    intro:
      'Demandes faites pour le compte d’autres personnes, regroupées par service ou par mandataire. Ouvrez un groupe pour traiter ses demandes ensemble.',
    group: (who, waiting, total) =>
      `${who}${NBSP}: ${total}${NBSP}${total === 1 ? 'demande' : 'demandes'}, dont ${waiting} en attente de confirmation`,
    show: 'Afficher ces demandes',
    filtered: (who) => `Demandes de ${who}.`,
    all: 'Afficher toutes les demandes',
    batchLegend: 'Traiter les demandes cochées de ce mandataire',
    batchHint: `Cochez d’abord les demandes${NBSP}: aucune n’est cochée d’avance. Chaque demande est traitée séparément et le résultat est affiché pour chacune.`,
    actions: {
      remind: 'Renvoyer à chaque personne son lien de confirmation',
      accept: 'Accepter le mandat pour chacune (j’ai vérifié chaque mandat)',
      decline: `Clore chacune${NBSP}: mandat non justifié (le motif est envoyé au mandataire)`,
    },
    reason: 'Motif, si vous les closez (envoyé au mandataire)',
    confirm: `Je confirme${NBSP}: faire ceci pour chaque demande cochée`,
    submit: 'Appliquer aux demandes cochées',
    problem: `Rien n’a été fait${NBSP}: choisissez une action, cochez au moins une demande, confirmez et indiquez un motif pour clore.`,
    resultHeading: (action) => `Résultat${NBSP}: ${action}`,
    outcomes: {
      done: 'fait',
      notWaiting: `inchangée${NBSP}: n’attend plus de confirmation`,
      notAgent: `inchangée${NBSP}: pas faite par un mandataire`,
      noAuthority: `inchangée${NBSP}: aucun mandat téléversé`,
      notAccepted: `inchangée${NBSP}: un fichier n’est ni un PDF ni une image`,
      typePending: `inchangée${NBSP}: confirmez d’abord le type de demande`,
    },
  },
};
