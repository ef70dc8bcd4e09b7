/** The fr texts of register.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RegisterMessages } from '../register.ts';

const NBSP = '\u00a0';

export const fr: RegisterMessages = {
  categories: {
    'contact-details': 'coordonnées',
    name: 'nom',
    'email-address': 'adresse e-mail',
    'phone-number': 'numéro de téléphone',
    'delivery-address': 'adresse de livraison',
    'billing-address': 'adresse de facturation',
    'postcode-and-country': 'code postal et pays',
    'order-history': 'historique des commandes',
    'payment-details': 'données de paiement',
    'marketing-consent': 'consentement à la prospection',
    'consent-records':
      'preuves de consentement (dates d’inscription et de retrait)',
    'ip-address': 'adresse IP',
    'device-identifiers': 'identifiants d’appareil',
    'browsing-behaviour': 'données de navigation',
    'purchase-behaviour': 'habitudes d’achat',
    'email-activity': 'activité des e-mails (ouvertures, clics)',
    'unsubscribe-status': 'statut de désinscription',
    'reviews-and-photos': 'avis et photos',
    'parcel-tracking': 'suivi des colis',
    'customer-service-messages': 'messages au service client',
  },
  purposes: {
    'running-the-store': 'gestion de la boutique en ligne',
    'order-fulfilment': 'exécution des commandes',
    'order-processing': 'traitement des commandes',
    payments: 'paiements',
    delivery: 'livraison des commandes',
    'delivery-notifications': 'avis de livraison',
    'customer-service': 'service client',
    bookkeeping: 'comptabilité',
    'order-emails': 'e-mails relatifs aux commandes',
    'email-marketing': 'prospection par e-mail avec votre consentement',
    'email-marketing-consent':
      'conservation de votre consentement à la prospection par e-mail',
    newsletter: 'lettre d’information avec votre consentement',
    'newsletter-signup': 'inscription à la lettre d’information',
    'proof-of-consent': 'preuve du consentement',
    'product-recommendations': 'recommandations de produits personnalisées',
    'review-publication': 'publication d’avis sur les produits',
    'review-requests': 'e-mails de demande d’avis',
  },
  heldData: {
    'customer-profile-and-orders': 'votre fiche client et vos commandes',
    'order-records':
      'données de commande (dates, produits, montants, livraison)',
    'anonymised-order-records':
      'données de commande (montants, dates, produits) dont vos données personnelles ont été anonymisées',
    'email-suppression': 'votre adresse e-mail sur une liste d’exclusion',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}${NBSP}: décision d’adéquation de la Commission européenne (${a})`,
    sccs: (c, a) => `${c}${NBSP}: clauses contractuelles types (${a})`,
    bcrs: (c, a) => `${c}${NBSP}: règles d’entreprise contraignantes (${a})`,
  },
  dpf: 'pour les entreprises certifiées au titre du cadre de protection des données UE–États-Unis',
  transfersHeading: 'Transferts hors de l’EEE',
  noTransfer: `dans l’EEE${NBSP}: aucun transfert`,
  controller: {
    heading: 'Qui est responsable de vos données',
    name: 'Responsable du traitement',
    businessId: 'Numéro d’entreprise',
    businessIdFi: 'Numéro d’entreprise (Y-tunnus)',
    address: 'Adresse',
    privacyContact: 'Contact pour la protection des données',
    dpo: 'Délégué à la protection des données',
    line: (parts) => `Responsable du traitement${NBSP}: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} a déclaré ne prendre à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques ou vous affectant de manière significative de façon similaire (${a}).`,
    used: (m, a) =>
      `${m} prend à votre égard des décisions fondées exclusivement sur un traitement automatisé (${a}).`,
    logic: `Comment ces décisions sont prises${NBSP}:`,
    consequences: `Ce qu’elles signifient pour vous${NBSP}:`,
    rights: (a) =>
      `Vous pouvez demander qu’une personne de la boutique examine une telle décision, exprimer votre point de vue et contester la décision (${a}).`,
    undeclared: (m, a) =>
      `${m} n’a pas indiqué si des décisions vous concernant sont prises exclusivement par traitement automatisé (${a}). Vous pouvez poser la question à la boutique.`,
    profilingHeading: 'Profilage',
    profilingNone:
      'Selon le registre de la boutique, aucun des organismes qui traitent vos données pour son compte ne vous profile.',
    profilingBy: (p) => `${p}${NBSP}:`,
    objectMarketing: (a) =>
      `Ce profilage sert la prospection commerciale. Vous pouvez vous y opposer à tout moment, gratuitement, et il cesse alors (${a})${NBSP}: utilisez le formulaire de demande de la boutique («${NBSP}Ne plus utiliser mes données${NBSP}»).`,
    objectOther: (a) =>
      `Vous pouvez vous opposer à ce profilage pour des raisons tenant à votre situation particulière (${a}).`,
  },
  serviceKeeps: {
    heading: 'Ce que la boutique conserve au sujet de votre demande',
    record: (period, a) =>
      `Le dossier de cette demande (votre adresse e-mail, ce que vous avez demandé, ce qui a été fait et quand) est conservé ${period} après la clôture de la demande, afin que la boutique puisse montrer comment elle l’a traitée et répondre à une réclamation ou à une action en justice à son sujet (${a}).`,
    hash: (period) =>
      `Ensuite, votre adresse e-mail, votre nom et ce que vous avez écrit sont supprimés. La trace du traitement de la demande est conservée ${period} de plus, avec votre adresse e-mail sous forme pseudonymisée (un hachage de celle-ci). Quiconque connaît déjà votre adresse peut calculer le même hachage et les comparer${NBSP}: il s’agit donc toujours d’une donnée à caractère personnel (RGPD, considérant 26). Elle est conservée pour reconnaître les demandes répétées et montrer comment votre demande a été traitée, puis supprimée.`,
    years: (n) => `${n} an${n === 1 ? '' : 's'}`,
    days: (n) => `${n} jour${n === 1 ? '' : 's'}`,
  },
  complaint: {
    heading: 'Votre droit de réclamation',
    right: `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle de la protection des données et de former un recours juridictionnel contre la boutique (articles 77 et 79 du RGPD).`,
    rightPlain:
      'Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle de la protection des données et de former un recours juridictionnel contre la boutique.',
    authority: (name, url) =>
      `Autorité de contrôle compétente pour la boutique${NBSP}: ${name} (${url}).`,
    elsewhere: (url) =>
      `Vous pouvez aussi introduire une réclamation auprès de l’autorité du pays où vous vivez ou travaillez${NBSP}; la liste des autorités de l’UE et de l’EEE${NBSP}: ${url}`,
  },
};
