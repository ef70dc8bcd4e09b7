/**
 * How the processor registry's `categories` and `purposes` are read when deciding what a
 * processor is sent (domain/processor-scope.ts). The one mapping from registry words to facts:
 * nothing else interprets those strings.
 *
 * A category or purpose is a code of domain/processing-register.ts or, for what no code covers,
 * the merchant's words in every language (schemas.ts), read by their English text. Either is read
 * as a code: lower case, a parenthesised explanation dropped,
 * every run of other characters than letters and digits turned into one hyphen. So
 * `"email activity (opens, clicks)"` reads as `email-activity` and `"email address"` and
 * `"email-address"` are the same entry. The tables below list the codes we know; a registry may
 * use either the code or the English words it is made from.
 *
 * - A category tells which **kinds of data** the processor holds ({@link DataKind}): the
 *   identifiers it may be sent (email, name, order number) and the data a rectification may
 *   correct there (name, email, phone, address). A category that is not in the table is no
 *   evidence of any kind: only a category in the table makes a processor hold a kind. When no
 *   category of a processor is in the table, the registry does not say what it holds.
 * - A purpose tells whether the processor uses the data for **direct marketing** or
 *   **profiling** (Art. 21(2)–(3)): an objection goes to it. A purpose not in the table might be
 *   either, so it counts as both: only a processor all of whose purposes are known to be neither
 *   is left out of an objection (Art. 21(3) admits no mistake the other way), and not even then
 *   when it holds marketing consent (a category of kind `consent`).
 */
import type { ProcessorConfig } from './schemas.ts';

/**
 * What a processor may hold about a person that decides what it is sent: the identifiers and
 * correctable data, and `consent` (marketing consent or its withdrawal: an objection to direct
 * marketing must reach the record marketing is sent by).
 */
export type DataKind =
  | 'email'
  | 'name'
  | 'phone'
  | 'address'
  | 'order'
  | 'consent';

/** What a purpose means for an objection (Art. 21). */
export type PurposeUse = 'marketing' | 'profiling' | 'neither';

/** Category codes → the kinds of data they mean. `[]`: known to hold none of these kinds. */
export const CATEGORY_KINDS: Readonly<Record<string, readonly DataKind[]>> = {
  // Contact details: name, email address and phone number (an address is listed on its own).
  'contact-details': ['name', 'email', 'phone'],
  'email-address': ['email'],
  'email-addresses': ['email'],
  email: ['email'],
  name: ['name'],
  names: ['name'],
  'full-name': ['name'],
  'phone-number': ['phone'],
  'phone-numbers': ['phone'],
  phone: ['phone'],
  address: ['address'],
  addresses: ['address'],
  'postal-address': ['address'],
  'delivery-address': ['address'],
  'billing-address': ['address'],
  'delivery-and-billing-address': ['address'],
  // Part of the address: a corrected address concerns it.
  'postcode-and-country': ['address'],
  'order-history': ['order'],
  'order-information': ['order'],
  'order-numbers': ['order'],
  orders: ['order'],
  'marketing-consent': ['consent'],
  'consent-records': ['consent'],
  'unsubscribe-status': ['consent'],
  // Known, and none of the kinds above.
  'email-activity': [],
  'ip-address': [],
  'device-identifiers': [],
  'browsing-and-purchase-behaviour': [],
  'browsing-behaviour': [],
  'purchase-behaviour': [],
  'customer-service-messages': [],
  'reviews-and-photos': [],
  'parcel-tracking': [],
  'payment-details': [],
};

/** Purpose codes → what they mean for an objection. */
export const PURPOSE_USES: Readonly<Record<string, PurposeUse>> = {
  'email-marketing': 'marketing',
  'email-marketing-with-consent': 'marketing',
  // Keeping the marketing consent that marketing tools read (Shopify's customer record).
  'email-marketing-consent': 'marketing',
  'direct-marketing': 'marketing',
  marketing: 'marketing',
  newsletter: 'marketing',
  'newsletter-with-consent': 'marketing',
  'newsletter-sign-up': 'marketing',
  'newsletter-signup': 'marketing',
  // Emails asking for a review promote the shop and its products.
  'review-request-emails': 'marketing',
  'review-requests': 'marketing',
  'personalised-product-recommendations': 'profiling',
  'product-recommendations': 'profiling',
  personalisation: 'profiling',
  profiling: 'profiling',
  'order-fulfilment': 'neither',
  'order-processing': 'neither',
  'order-emails': 'neither',
  'customer-service': 'neither',
  bookkeeping: 'neither',
  payments: 'neither',
  'running-the-online-store': 'neither',
  'running-the-store': 'neither',
  'publishing-product-reviews': 'neither',
  'review-publication': 'neither',
  'proof-of-consent': 'neither',
  'delivering-orders': 'neither',
  delivery: 'neither',
  'delivery-notifications': 'neither',
};

/** The code a registry entry is read as (see the module comment). */
export function registryCode(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A registry entry as these tables read it: a code (domain/processing-register.ts) as it is, the
 * merchant's own words (an object with a text per language, schemas.ts) by their English text.
 */
type RegistryEntry = ProcessorConfig['categories' | 'purposes'][number];
const entryText = (entry: RegistryEntry): string =>
  typeof entry === 'string' ? entry : entry.en;

/** The table's entry for a registry word (own keys only: `constructor` is no category). */
function lookUp<T>(table: Readonly<Record<string, T>>, entry: RegistryEntry) {
  const code = registryCode(entryText(entry));
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/**
 * The kinds of data the registry says the processor holds, or `undefined` when none of its
 * categories is in the table (none stated, or only words we cannot read): then the registry
 * does not say, and nothing may be concluded from it.
 */
export function heldKinds(
  processor: Pick<ProcessorConfig, 'categories'>,
): ReadonlySet<DataKind> | undefined {
  const known = processor.categories
    .map((c) => lookUp(CATEGORY_KINDS, c))
    .filter((kinds) => kinds !== undefined);
  return known.length > 0 ? new Set(known.flat()) : undefined;
}

/**
 * Whether the registry leaves open that the processor uses the data for direct marketing or
 * profiling: true unless every purpose is known to be neither (none stated: true).
 */
export function mayMarketOrProfile(
  processor: Pick<ProcessorConfig, 'purposes'>,
): boolean {
  return (
    processor.purposes.length === 0 ||
    processor.purposes.some(
      (p) => (lookUp(PURPOSE_USES, p) ?? 'marketing') !== 'neither',
    )
  );
}

/**
 * The kinds a correction names by its field (name, email, phone, address), and marketing consent,
 * which is withdrawn (an objection, Art. 21(3); consent, Art. 7(3)) rather than corrected.
 */
const NAMED_KINDS: ReadonlySet<DataKind> = new Set([
  'name',
  'email',
  'phone',
  'address',
  'consent',
]);

/**
 * Whether the processor may hold data that a correction in words (`other`, or a rectification
 * described only in `details`) is about: data of no kind a correction names by its field. True
 * when a category is known to be other data (order history, reviews, parcel tracking, email
 * activity), is not in the table (it might be), or when none is stated; false for a processor
 * that the registry says holds only names, email addresses, phone numbers, addresses or marketing
 * consent (Justuno: email addresses and consent records), which a stated field would name.
 */
export function mayHoldUnnamedData(
  processor: Pick<ProcessorConfig, 'categories'>,
): boolean {
  return (
    processor.categories.length === 0 ||
    processor.categories.some((c) => {
      const kinds = lookUp(CATEGORY_KINDS, c);
      return (
        kinds === undefined ||
        kinds.length === 0 ||
        kinds.some((k) => !NAMED_KINDS.has(k))
      );
    })
  );
}

/** Whether the registry names a purpose of the processor that is direct marketing. */
export function directMarketingPurpose(
  processor: Pick<ProcessorConfig, 'purposes'>,
): boolean {
  return processor.purposes.some(
    (p) => lookUp(PURPOSE_USES, p) === 'marketing',
  );
}

/** Registry words the tables do not know (for a check of a registry, and the seed's test). */
export function unknownRegistryWords(
  processor: Pick<ProcessorConfig, 'categories' | 'purposes'>,
): { categories: string[]; purposes: string[] } {
  return {
    categories: processor.categories
      .filter((c) => lookUp(CATEGORY_KINDS, c) === undefined)
      .map(entryText),
    purposes: processor.purposes
      .filter((p) => lookUp(PURPOSE_USES, p) === undefined)
      .map(entryText),
  };
}
