/** The fr texts of package.ts (loaded when a text in this language is first read: lazy.ts). */
import type { PackageMessages } from '../package.ts';

const NBSP = '\u00a0';

export const fr: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Vos données de ${m} sont prêtes [${r}]`,
    packageReady: (m, a) =>
      `${m} a répondu à votre demande d’accès à vos données (${a}). Voici la réponse de chaque organisme qui traite des données pour le compte de la boutique\u00a0:`,
    copySubject: (rt, r) => `Demande traitée\u00a0: «\u00a0${rt}\u00a0» [${r}]`,
    copyIntro: (rt, r) =>
      `La demande ${r} (${rt}) a reçu une réponse. Voici la réponse de chaque sous-traitant, avec ses remarques (l’exemplaire du client n’en contient pas)\u00a0:`,
    packageAccess:
      'Le téléchargement est un fichier zip. Ouvrez report.html dans votre navigateur\u00a0: il indique qui détient vos données, pourquoi, pour combien de temps, et vos droits. data.json et le dossier csv contiennent les données elles-mêmes.',
    packagePortability:
      'Le téléchargement est un fichier zip contenant vos données lisibles par machine\u00a0: data.json (tout) et un tableau CSV par type de données, prêts à être transférés à un autre service.',
    download: 'Télécharger vos données (zip)',
    linkWorks: (d, u) =>
      `Le lien fonctionne jusqu’au ${d}, pour ${u} téléchargements au plus. Ensuite, demandez-en un nouveau à la boutique.`,
    certificateLink: 'Votre attestation d’effacement',
    certificateSubject: (r) =>
      `Attestation d’effacement pour la demande ${r}\u00a0: à conserver comme preuve`,
    certificateIntro: (r) =>
      `La demande d’effacement ${r} a été exécutée. L’attestation indique ce que chaque organisme a fait et ne contient aucune donnée personnelle. Son empreinte est aussi conservée dans le journal de la demande.`,
    certificateHtml: 'Attestation (à lire et imprimer)',
    certificateJson: 'Attestation (enregistrement JSON)',
    certificateSave: (d) =>
      `Enregistrez les deux fichiers\u00a0: les liens fonctionnent jusqu’au ${d}, et les copies stockées seront supprimées plus tard avec les autres fichiers de la demande.`,
    reviewSubject: (rt, r) =>
      `À vérifier avant communication\u00a0: «\u00a0${rt}\u00a0» [${r}]`,
    reviewIntro: (rt, d) =>
      `Les données de la demande ${rt} sont rassemblées. Vérifiez-les avant envoi afin d’écarter les données d’autres personnes (article 15, paragraphe 4, du RGPD). Merci de décider avant le ${d}.`,
    reviewLink: 'Vérifier et communiquer',
  },
  review: {
    title: 'Vérification avant communication',
    heading: 'Communiquer les données au client\u00a0?',
    explain:
      'Le paquet est prêt. Communiquez-le sauf s’il révèle des données personnelles d’autrui ou des secrets d’affaires (article 15, paragraphe 4, du RGPD)\u00a0; dans ce cas, retenez-le et indiquez pourquoi\u00a0: le client reçoit votre motif et apprend son droit de réclamation.',
    sources: 'Contenu du paquet',
    approve: 'Communiquer au client',
    approveExplain:
      'le client reçoit maintenant un lien de téléchargement par e-mail.',
    withhold: 'Retenir',
    withholdExplain:
      'le client reçoit votre motif et apprend qu’il peut introduire une réclamation.',
    reason: 'Motif de la retenue',
    reasonHint: 'Affiché au client. Obligatoire pour retenir.',
    submit: 'Confirmer',
    released: 'Communiqué',
    releasedBody: 'Le lien de téléchargement a été envoyé au client.',
    withheld: 'Retenu',
    withheldBody: 'Le client a été informé de votre motif.',
    reasonRequired: 'Indiquez un motif pour retenir le paquet.',
    choose: 'Choisissez communiquer ou retenir.',
    reasonTooLong: 'Le motif ne doit pas dépasser 2\u00a0000 caractères.',
    reasonWithRelease:
      'Vous avez choisi de communiquer le paquet, mais vous avez aussi indiqué un motif de retenue. Pour le communiquer, videz le champ du motif\u00a0; pour le retenir, choisissez «\u00a0Retenir\u00a0».',
  },
  report: {
    title: (m) => `Vos données personnelles chez ${m}`,
    intro: (m, d, r) =>
      `Ce rapport répond à votre demande d’accès à vos données personnelles adressée à ${m} (article 15 du RGPD). Il a été établi le ${d} (référence ${r}). Les fichiers de ce paquet contiennent les données elles-mêmes.`,
    holders: 'Qui détient vos données',
    holdersIntro: `Chaque organisme ci-dessous, nommé individuellement, traite des données clients pour le compte de la boutique${NBSP}; la dernière colonne indique ce qu’il a répondu à votre sujet.`,
    recipient: 'Organisme',
    categories: 'Catégories de données',
    purposes: 'Finalités',
    retention: 'Durée de conservation',
    location: 'Lieu de traitement',
    found: 'Réponse',
    notStated: 'Non précisé',
    records: (n) => `${n} enregistrement${n === 1 ? '' : 's'}`,
    source: 'Origine des données',
    sourceText: (m) =>
      `Vous avez fourni ces données à ${m} (commandes, compte client, inscription à la lettre d’information, avis) ou elles résultent de votre utilisation de la boutique. Les organismes cités les ont reçues de ${m} pour fournir leur service.`,
    rights: 'Vos droits',
    rightsText: 'Vous pouvez à tout moment demander à la boutique de\u00a0:',
    rightList: [
      'rectifier des données inexactes ou incomplètes (article 16 du RGPD)\u00a0;',
      'effacer vos données, sauf celles que la loi l’oblige à conserver (article 17 du RGPD)\u00a0;',
      'limiter leur utilisation le temps qu’une question soit réglée (article 18 du RGPD)\u00a0;',
      'cesser de les utiliser à des fins de prospection (article 21, paragraphes 2 et 3, du RGPD) et, pour des raisons tenant à votre situation particulière, cesser un traitement fondé sur les intérêts légitimes de la boutique ou sur une mission d’intérêt public, à moins qu’elle ne démontre des motifs légitimes et impérieux qui prévalent sur vos intérêts et vos droits et libertés, ou n’ait besoin des données pour des droits en justice (article 21, paragraphe 1, du RGPD)\u00a0;',
      'vous remettre vos données dans un fichier lisible par machine pour les transférer (article 20 du RGPD).',
    ],
    exercise: (c) =>
      `Pour exercer ces droits, utilisez le formulaire de la boutique ou écrivez à ${c}.`,
    automated: 'Décisions automatisées',
    consent: 'Vos consentements',
    consentIntro:
      'Consentements donnés ou retirés (par exemple dates d’inscription et de désinscription à la lettre d’information), tels que les organismes les conservent.',
    consentNone: 'Aucun enregistrement de consentement trouvé.',
    consentColumns: ['Organisme', 'Enregistrement', 'Champ', 'Valeur'],
    files: 'Fichiers de ce paquet',
    filesJson:
      'data.json\u00a0: toutes vos données dans un fichier lisible par machine (format dsr-export/2).',
    filesCsv:
      'csv/\u00a0: un tableau par catégorie de données, pour un tableur.',
  },
  certificate: {
    title: (m) => `Attestation d’effacement\u00a0: ${m}`,
    intro: (m) =>
      `${m} a effacé les données personnelles d’une personne concernée à sa demande (article 17 du RGPD). Cette attestation indique ce que chaque organisme a fait. Elle ne contient aucune donnée personnelle.`,
    reference: 'Demande',
    received: 'Reçue',
    completed: 'Terminée',
    round: 'Tour',
    processor: 'Organisme',
    outcome: 'Résultat',
    kept: 'Conservé, pourquoi et jusqu’à quand',
    notified: 'Informé de l’effacement',
    later: 'Le reste sera effacé lorsque le motif de conservation prendra fin.',
    identifiers: {
      email: 'adresse e-mail',
      'email-md5': 'adresse e-mail (hachée)',
      'email-sha256': 'adresse e-mail (hachée)',
      name: 'nom',
      'order-number': 'numéro de commande',
      'shopify-customer-id': 'numéro de client Shopify',
      'shopify-order-id': 'numéro de commande Shopify',
      'sendgrid-contact-id': 'numéro de contact SendGrid',
      'subject-ref': 'une référence interne (sans données personnelles)',
    },
    recipients: 'Destinataires informés de l’effacement (article 19 du RGPD)',
    recipientsIntro:
      'Chaque organisme ci-dessous a reçu la demande d’effacement avec les types d’identifiants indiqués (jamais les valeurs ici).',
    sentOn: (w, d) => `${w} le ${d}`,
    fingerprint: 'Empreinte',
    fingerprintText:
      'SHA-256 du JSON canonique (RFC 8785) de certificate.json sans son champ "sha256". Toute modification la change.',
    noPersonalData: 'Aucune donnée personnelle n’est enregistrée ici.',
  },
};
