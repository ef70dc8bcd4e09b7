/**
 * The languages every page, email and document is written in. A leaf: the boundary schemas
 * (schemas.ts) and the tables they validate against (supervisory authorities) both use it
 * without importing one another.
 */
export const SUPPORTED_LOCALES = ['en', 'fi', 'sv', 'de', 'fr'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
