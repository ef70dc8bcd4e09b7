/**
 * Labels for the field names and values a person reads in report.html (consent records, data
 * categories): "Marketing consent: given", not `marketingConsent.given: true`. Known names come
 * from the connectors' record shapes (Shopify, SendGrid, Klaviyo, Mailchimp, the shop's own
 * records); an unknown name is split into words ("optInSource" → "opt in source"). The CSV and
 * JSON files keep the raw names: they are data, not documents.
 */
import type { Locale } from '#domain/schemas.ts';

type Words = Record<string, string>;

const NAMES: Record<Locale, Words> = {
  en: {
    subscribed_at: 'subscribed',
    marketingConsent: 'marketing consent',
    emailMarketingConsent: 'email marketing consent',
    smsMarketingConsent: 'text message marketing consent',
    marketingState: 'status',
    marketingOptInLevel: 'opt-in level',
    consentUpdatedAt: 'updated',
    given: 'given',
    at: 'date',
    source: 'source',
    subscriptions: 'subscriptions',
    status: 'status',
    timestamp_signup: 'signed up',
    timestamp_opt: 'confirmed',
    unsubscribed: 'unsubscribed',
    suppressed: 'suppressed',
    customer: 'customer record',
    order: 'orders',
    contact: 'contact',
    profile: 'profile',
    member: 'mailing list membership',
    review: 'reviews',
  },
  fi: {
    subscribed_at: 'tilattu',
    marketingConsent: 'markkinointilupa',
    emailMarketingConsent: 'sähköpostimarkkinoinnin lupa',
    smsMarketingConsent: 'tekstiviestimarkkinoinnin lupa',
    marketingState: 'tila',
    marketingOptInLevel: 'suostumuksen taso',
    consentUpdatedAt: 'päivitetty',
    given: 'annettu',
    at: 'päivämäärä',
    source: 'lähde',
    subscriptions: 'tilaukset',
    status: 'tila',
    timestamp_signup: 'liittynyt',
    timestamp_opt: 'vahvistettu',
    unsubscribed: 'peruttu',
    suppressed: 'estetty',
    customer: 'asiakastiedot',
    order: 'tilaukset',
    contact: 'yhteystieto',
    profile: 'profiili',
    member: 'postituslistan jäsenyys',
    review: 'arvostelut',
  },
  sv: {
    subscribed_at: 'prenumeration startad',
    marketingConsent: 'samtycke till marknadsföring',
    emailMarketingConsent: 'samtycke till marknadsföring per e-post',
    smsMarketingConsent: 'samtycke till marknadsföring per sms',
    marketingState: 'status',
    marketingOptInLevel: 'samtyckesnivå',
    consentUpdatedAt: 'uppdaterat',
    given: 'lämnat',
    at: 'datum',
    source: 'källa',
    subscriptions: 'prenumerationer',
    status: 'status',
    timestamp_signup: 'registrerad',
    timestamp_opt: 'bekräftad',
    unsubscribed: 'avregistrerad',
    suppressed: 'spärrad',
    customer: 'kunduppgifter',
    order: 'beställningar',
    contact: 'kontakt',
    profile: 'profil',
    member: 'medlemskap i e-postlista',
    review: 'recensioner',
  },
  de: {
    subscribed_at: 'abonniert seit',
    marketingConsent: 'Werbeeinwilligung',
    emailMarketingConsent: 'Einwilligung in E-Mail-Werbung',
    smsMarketingConsent: 'Einwilligung in SMS-Werbung',
    marketingState: 'Status',
    marketingOptInLevel: 'Opt-in-Stufe',
    consentUpdatedAt: 'aktualisiert',
    given: 'erteilt',
    at: 'Datum',
    source: 'Quelle',
    subscriptions: 'Abonnements',
    status: 'Status',
    timestamp_signup: 'angemeldet',
    timestamp_opt: 'bestätigt',
    unsubscribed: 'abgemeldet',
    suppressed: 'gesperrt',
    customer: 'Kundendaten',
    order: 'Bestellungen',
    contact: 'Kontakt',
    profile: 'Profil',
    member: 'Mitgliedschaft in einer Mailingliste',
    review: 'Bewertungen',
  },
  fr: {
    subscribed_at: 'abonnement',
    marketingConsent: 'consentement à la prospection',
    emailMarketingConsent: 'consentement à la prospection par e-mail',
    smsMarketingConsent: 'consentement à la prospection par SMS',
    marketingState: 'statut',
    marketingOptInLevel: 'niveau de consentement',
    consentUpdatedAt: 'mis à jour',
    given: 'donné',
    at: 'date',
    source: 'source',
    subscriptions: 'abonnements',
    status: 'statut',
    timestamp_signup: 'inscription',
    timestamp_opt: 'confirmation',
    unsubscribed: 'désinscrit',
    suppressed: 'bloqué',
    customer: 'fiche client',
    order: 'commandes',
    contact: 'contact',
    profile: 'profil',
    member: 'abonnement à une liste de diffusion',
    review: 'avis',
  },
};

const VALUES: Record<Locale, Words> = {
  en: {
    true: 'yes',
    false: 'no',
    SUBSCRIBED: 'subscribed',
    UNSUBSCRIBED: 'unsubscribed',
    NOT_SUBSCRIBED: 'not subscribed',
    PENDING: 'pending',
    SINGLE_OPT_IN: 'single opt-in',
    CONFIRMED_OPT_IN: 'confirmed (double) opt-in',
    subscribed: 'subscribed',
    unsubscribed: 'unsubscribed',
  },
  fi: {
    true: 'kyllä',
    false: 'ei',
    SUBSCRIBED: 'tilattu',
    UNSUBSCRIBED: 'peruttu',
    NOT_SUBSCRIBED: 'ei tilattu',
    PENDING: 'odottaa',
    SINGLE_OPT_IN: 'yksinkertainen suostumus',
    CONFIRMED_OPT_IN: 'vahvistettu (kaksivaiheinen) suostumus',
    subscribed: 'tilattu',
    unsubscribed: 'peruttu',
  },
  sv: {
    true: 'ja',
    false: 'nej',
    SUBSCRIBED: 'prenumererar',
    UNSUBSCRIBED: 'avregistrerad',
    NOT_SUBSCRIBED: 'prenumererar inte',
    PENDING: 'väntar',
    SINGLE_OPT_IN: 'enkelt samtycke',
    CONFIRMED_OPT_IN: 'bekräftat (dubbelt) samtycke',
    subscribed: 'prenumererar',
    unsubscribed: 'avregistrerad',
  },
  de: {
    true: 'ja',
    false: 'nein',
    SUBSCRIBED: 'abonniert',
    UNSUBSCRIBED: 'abgemeldet',
    NOT_SUBSCRIBED: 'nicht abonniert',
    PENDING: 'ausstehend',
    SINGLE_OPT_IN: 'Single-Opt-in',
    CONFIRMED_OPT_IN: 'bestätigtes (Double-)Opt-in',
    subscribed: 'abonniert',
    unsubscribed: 'abgemeldet',
  },
  fr: {
    true: 'oui',
    false: 'non',
    SUBSCRIBED: 'abonné',
    UNSUBSCRIBED: 'désabonné',
    NOT_SUBSCRIBED: 'non abonné',
    PENDING: 'en attente',
    SINGLE_OPT_IN: 'consentement simple',
    CONFIRMED_OPT_IN: 'consentement confirmé (double)',
    subscribed: 'abonné',
    unsubscribed: 'désabonné',
  },
};

/** "optInSource" / "opt_in_source" → "opt in source". */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A field path as words: `marketingConsent.at` → "Marketing consent, date". */
export function fieldLabel(path: string, locale: Locale): string {
  const names = NAMES[locale];
  const parts = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean)
    .map((p) => names[p] ?? words(p));
  return capitalise(parts.join(', '));
}

/** A category name as words: `order` → "Orders". */
export function categoryLabel(category: string, locale: Locale): string {
  return capitalise(NAMES[locale][category] ?? words(category));
}

/**
 * A field and its value as one reading: `marketingConsent.given` = `true` → "Marketing consent:
 * given"; dates are formatted by `formatDate`.
 */
export function fieldReading(
  path: string,
  value: string,
  locale: Locale,
  formatDate: (iso: string) => string,
): { label: string; value: string } {
  const names = NAMES[locale];
  const leaf =
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .at(-1) ?? path;
  // A yes/no leaf that names itself ("given"): "Marketing consent: given / not given".
  if ((value === 'true' || value === 'false') && names[leaf]) {
    const parent = path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .slice(0, -1)
      .join('.');
    if (parent)
      return {
        label: fieldLabel(parent, locale),
        value:
          value === 'true'
            ? names[leaf]
            : `${VALUES[locale].false} (${names[leaf]})`,
      };
  }
  const shown = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(
    value,
  )
    ? formatDate(value)
    : (VALUES[locale][value] ?? value);
  return { label: fieldLabel(path, locale), value: shown };
}
