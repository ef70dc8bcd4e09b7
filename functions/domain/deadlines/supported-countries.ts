/** Countries whose holidays the engine can apply: those some regime accepts (see regimes.ts). */

/** EU Member States and the EEA EFTA states (IS, LI, NO), where GDPR-EU applies. */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'IS',
  'LI',
  'NO',
] as const;

/** Every country whose holiday rules are bundled (functions/domain/deadlines/holiday-data/, a file each). */
export const SUPPORTED_COUNTRIES = [
  ...EEA_COUNTRIES,
  'GB',
  'US',
  'BR',
  'CH',
  'CA',
] as const;
