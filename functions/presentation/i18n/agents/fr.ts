/** The fr texts of agents.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentMessages } from '../agents.ts';

const NBSP = '\u00a0';

export const fr: AgentMessages = {
  relations: {
    'family-member': 'membre de la famille',
    'legal-guardian': 'parent ou représentant légal (tuteur, curateur)',
    lawyer: 'avocat',
    'privacy-service':
      'service de protection de la vie privée (par exemple un service de suppression de données)',
    other: 'autre',
  },
  form: {
    legend: `Vous faites la demande pour quelqu’un d’autre${NBSP}?`,
    onBehalf: 'Je fais cette demande pour le compte d’une autre personne',
    hint: `Indiquez alors ci-dessus l’adresse e-mail et le nom de cette personne${NBSP}: nous lui envoyons un lien pour confirmer la demande, et la réponse lui est adressée. Vos propres coordonnées se saisissent ici.`,
    name: 'Votre propre nom',
    email: 'Votre propre adresse e-mail',
    relation: 'Votre lien avec la personne',
    choose: 'Choisir…',
    uploadNote:
      'Après l’envoi de la demande, vous pourrez téléverser votre mandat (par exemple une procuration ou une lettre signée par la personne).',
    errors: {
      onBehalf: `Cochez «${NBSP}Je fais cette demande pour le compte d’une autre personne${NBSP}», ou videz les champs qui vous concernent.`,
      name: 'Saisissez votre nom (200 caractères au plus).',
      email:
        'Saisissez votre propre adresse e-mail, par exemple nom@exemple.fr.',
      sameEmail: `Saisissez ici votre propre adresse e-mail${NBSP}; celle de la personne va dans le champ e-mail ci-dessus.`,
      relation: 'Choisissez votre lien avec la personne.',
    },
  },
  submitted: {
    body: (m) =>
      `Nous avons envoyé à la personne un lien pour confirmer la demande. ${m} la traitera dès qu’elle l’aura confirmée, ou dès que la boutique aura vérifié et accepté votre mandat. Nous vous avons aussi envoyé un e-mail contenant le lien de téléversement de cette page.`,
    upload: 'Téléverser votre mandat',
    uploadHint:
      'Une procuration ou une lettre signée par la personne, en PDF ou en photo.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Cette demande a été envoyée en votre nom par ${agent} (${address}), qui se présente ainsi${NBSP}: ${relation}.`,
    confirmOnly:
      'Ne la confirmez que si vous lui avez demandé d’agir pour vous. La réponse vous sera envoyée à cette adresse, et non à cette personne.',
  },
  acknowledgement: (agent, relation) =>
    `La demande a été faite en votre nom par ${agent} (${relation})${NBSP}; la boutique a vérifié son mandat. La réponse vous sera envoyée à cette adresse.`,
  decision: {
    agent: 'Faite pour son compte par',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `non confirmée par la personne${NBSP}: la boutique a accepté le mandat le ${date}`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Votre demande à ${m} pour le compte d’une autre personne [${ref}]`,
    received: (m, right, relation) =>
      `${m} a bien reçu la demande que vous avez envoyée pour le compte d’une autre personne (${right}). Votre lien avec la personne, tel que vous l’avez indiqué${NBSP}: ${relation}.`,
    whatNext: (m) =>
      `Nous avons envoyé un lien à la personne, à sa propre adresse e-mail. La demande sera traitée dès qu’elle l’aura confirmée, ou dès que ${m} aura vérifié et accepté votre mandat. D’ici là, rien n’est fait.`,
    upload: (date) =>
      `Téléversez votre mandat, par exemple une procuration ou une lettre signée par la personne, en PDF ou en photo (la page fonctionne jusqu’au ${date})${NBSP}:`,
    uploadLink: 'Téléverser votre mandat',
    answerGoesToPerson: `La réponse est envoyée à la personne, à sa propre adresse, et non à vous${NBSP}: nous n’envoyons des données personnelles qu’à la personne qu’elles concernent.`,
  },
  page: {
    title: (ref) => `Mandat pour la demande ${ref}`,
    heading: (m) => `Votre mandat pour ${m}`,
    intro: (size, n) =>
      `Téléversez le document qui montre que vous pouvez agir pour la personne${NBSP}: par exemple une procuration ou une lettre signée par elle. Un fichier à la fois, ${size} au plus par fichier, ${n} fichiers en tout.`,
    types: `Acceptés${NBSP}: PDF, photos et numérisations (PNG, JPEG, GIF, WebP, HEIC). Le type est déterminé d’après le contenu du fichier.`,
    fileLabel: 'Fichier à téléverser',
    upload: 'Téléverser',
    formNote:
      'Si le téléversement est refusé (par exemple parce que le fichier est trop volumineux), revenez sur cette page et choisissez un autre fichier. Rechargez la page si elle est ouverte depuis plus d’une heure.',
    limitReached: (n) =>
      `${n} fichiers ont été téléversés, le maximum pour cette page. Supprimez-en un pour en téléverser un autre.`,
    listHeading: 'Fichiers téléversés',
    none: 'Aucun fichier téléversé pour l’instant.',
    notAccepted: (label) =>
      `${label}${NBSP}: non accepté, veuillez le supprimer`,
    remove: 'Supprimer',
    removeLabel: (name) => `Supprimer ${name}`,
    done: `Cette demande n’a plus besoin de mandat${NBSP}: la personne l’a confirmée, la boutique a statué ou elle a été close. Plus rien ne peut être téléversé.`,
    seenBy: (m) =>
      `${m} voit les fichiers listés ici et décide s’ils montrent que vous pouvez agir pour la personne.`,
  },
  declined: {
    subject: (m, ref) =>
      `Votre demande à ${m} pour le compte d’une autre personne a été close [${ref}]`,
    body: (m, right) =>
      `${m} a clos, sans y donner suite, la demande que vous avez envoyée pour le compte d’une autre personne (${right})${NBSP}: la personne ne l’a pas confirmée, et la boutique n’a pas pu établir, d’après vos documents, que vous pouvez agir pour elle.`,
    reason: (m) => `Motif indiqué par ${m}${NBSP}:`,
    again:
      'La personne peut faire la demande elle-même à tout moment. Vous pouvez aussi la renvoyer accompagnée d’un mandat signé par la personne.',
  },
};
