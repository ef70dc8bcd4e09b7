/**
 * Regime identifiers on their own, without the holiday data, so that schemas can name them
 * and only the Lambdas that compute deadlines bundle date-holidays.
 */

/** Regime identifiers, as accepted in input and returned in output. */
export const REGIME_IDS = [
  'GDPR-EU',
  'UK-ICO',
  'CCPA',
  'US-VA',
  'US-CO',
  'US-UT',
  'LGPD',
  'nFADP',
  'PIPEDA',
] as const;

/** A regime identifier; see {@link REGIME_IDS}. */
export type RegimeId = (typeof REGIME_IDS)[number];
