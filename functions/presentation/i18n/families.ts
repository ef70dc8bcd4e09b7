/**
 * The catalogues kept one language per file and loaded when first read (lazy.ts): each family's
 * module (English inside it) and the folder of its other languages, `<folder>/<locale>.ts`, each
 * exporting the catalogue under the locale's name. The functions' build (infra/constructs/
 * lambda-bundle.ts) gives every language of every family a function uses a file of its own,
 * `i18n-<family>-<locale>.mjs`, beside its entry.
 */
export const LOCALE_FAMILIES = {
  messages: { module: 'index.ts', folder: '.' },
  emails: { module: 'emails/index.ts', folder: 'emails' },
  pages: { module: 'pages/index.ts', folder: 'pages' },
  console: { module: 'console/index.ts', folder: 'console' },
  'console-admin': {
    module: 'console-admin/index.ts',
    folder: 'console-admin',
  },
  answers: { module: 'answers.ts', folder: 'answers' },
  'confirm-page': { module: 'confirm-page.ts', folder: 'confirm-page' },
  'deferral-keep': { module: 'deferral-keep.ts', folder: 'deferral-keep' },
  inbound: { module: 'inbound.ts', folder: 'inbound' },
  information: { module: 'information.ts', folder: 'information' },
  'left-out': { module: 'left-out.ts', folder: 'left-out' },
  notices: { module: 'notices.ts', folder: 'notices' },
  'objection-form': { module: 'objection-form.ts', folder: 'objection-form' },
  package: { module: 'package.ts', folder: 'package' },
  'processor-mail': { module: 'processor-mail.ts', folder: 'processor-mail' },
  refusals: { module: 'refusals.ts', folder: 'refusals' },
  register: { module: 'register.ts', folder: 'register' },
  uploads: { module: 'uploads.ts', folder: 'uploads' },
  agents: { module: 'agents.ts', folder: 'agents' },
  'agent-console': { module: 'agent-console.ts', folder: 'agent-console' },
  offboarding: { module: 'offboarding.ts', folder: 'offboarding' },
} as const;

export type LocaleFamily = keyof typeof LOCALE_FAMILIES;

/** The languages kept apart; English is in each family's module. */
export const LAZY_LOCALES = ['fi', 'sv', 'de', 'fr'] as const;

/** The file a family's language has in a function's bundle. */
export const localeFile = (family: LocaleFamily, locale: string) =>
  `i18n-${family}-${locale}.mjs`;
