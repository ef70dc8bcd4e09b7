/**
 * The words of a merchant's processing register (Arts 15(1)(a)–(d), 15(2), 30) as codes: data
 * categories, purposes and transfer bases. A code is what the configuration stores and what the
 * rules read (which processors market to the shopper, which basis a transfer has); the catalogue
 * (presentation/i18n/register.ts) writes it in each language, and domain/registry-vocabulary.ts
 * reads it (which kinds of data a processor holds, whether it markets or profiles: a test keeps
 * every code here known there). What no code covers, the merchant writes in every language.
 */

/** Kinds of personal data a processor holds (the register's `categories`). */
export const DATA_CATEGORIES = [
  'contact-details',
  'name',
  'email-address',
  'phone-number',
  'delivery-address',
  'billing-address',
  'postcode-and-country',
  'order-history',
  'payment-details',
  'marketing-consent',
  'consent-records',
  'ip-address',
  'device-identifiers',
  'browsing-behaviour',
  'purchase-behaviour',
  'email-activity',
  'unsubscribe-status',
  'reviews-and-photos',
  'parcel-tracking',
  'customer-service-messages',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Why a processor holds the data (the register's `purposes`). */
export const PROCESSING_PURPOSES = [
  'running-the-store',
  'order-fulfilment',
  'order-processing',
  'payments',
  'delivery',
  'delivery-notifications',
  'customer-service',
  'bookkeeping',
  'order-emails',
  'email-marketing',
  'email-marketing-consent',
  'newsletter',
  'newsletter-signup',
  'proof-of-consent',
  'product-recommendations',
  'review-publication',
  'review-requests',
] as const;
export type ProcessingPurpose = (typeof PROCESSING_PURPOSES)[number];

/**
 * The legal basis of a transfer outside the EEA (Chapter V GDPR):
 * - `adequacy`: a Commission adequacy decision for the destination (Art. 45); for the United
 *   States only for a company certified under the EU–US Data Privacy Framework;
 * - `sccs`: the Commission's standard contractual clauses (Art. 46(2)(c));
 * - `bcrs`: binding corporate rules approved under Art. 47 (Art. 46(2)(b)).
 * Inside the EEA there is no transfer and no basis.
 */
export const TRANSFER_BASES = ['adequacy', 'sccs', 'bcrs'] as const;
export type TransferBasis = (typeof TRANSFER_BASES)[number];

/** The article of each basis, in the form the citation formatter reads. */
export const ARTICLE_OF_TRANSFER: Readonly<Record<TransferBasis, string>> = {
  adequacy: 'Art. 45',
  sccs: 'Art. 46(2)(c)',
  bcrs: 'Art. 46(2)(b)',
};

/**
 * Destinations with a Commission adequacy decision in force (Art. 45(3); the Commission's list,
 * https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en,
 * January 2026): Andorra, Argentina, Canada (commercial organisations under PIPEDA), the Faroe
 * Islands, Guernsey, Israel, the Isle of Man, Japan, Jersey, New Zealand, the Republic of Korea,
 * Switzerland, the United Kingdom, the United States (companies certified under the EU–US Data
 * Privacy Framework, Decision (EU) 2023/1795) and Uruguay. A configuration that claims adequacy
 * for another destination is refused.
 */
export const ADEQUATE_DESTINATIONS = [
  'AD',
  'AR',
  'CA',
  'FO',
  'GG',
  'IL',
  'IM',
  'JP',
  'JE',
  'NZ',
  'KR',
  'CH',
  'GB',
  'US',
  'UY',
] as const;

/** Destinations whose adequacy decision covers only certified companies: the framework is named. */
export const CERTIFICATION_FRAMEWORK: Readonly<Record<string, 'eu-us-dpf'>> = {
  US: 'eu-us-dpf',
};

/** One transfer in the register: where to, and on which basis. */
export interface Transfer {
  /** ISO 3166-1 alpha-2 of the destination (`US`, `CA`). */
  country: string;
  basis: TransferBasis;
}

/**
 * What is wrong with a transfer as configured, or undefined: adequacy claimed for a destination
 * without a decision.
 */
export function transferProblem(transfer: Transfer): string | undefined {
  if (
    transfer.basis === 'adequacy' &&
    !(ADEQUATE_DESTINATIONS as readonly string[]).includes(transfer.country)
  )
    return `${transfer.country} has no adequacy decision (Art. 45); name the safeguard instead (sccs or bcrs, Art. 46)`;
  return undefined;
}
