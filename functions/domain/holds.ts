/**
 * What an erasure keeps back, and why (Arts 12(4), 17(3)): found by a connector under the
 * merchant's hold policy (an open order, bookkeeping) or stated by a processor when it confirms
 * (e.g. a carrier keeping shipment records). No personal data: kinds of records, never values.
 */

export const HOLD_REASONS = [
  'open-order',
  'chargeback-window',
  'accounting',
  'legal-obligation',
  'legal-claim',
  'suppression',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** The reasons a processor may give when it keeps part of the data (the confirmation page). */
export const PROCESSOR_HOLD_REASONS = [
  'legal-obligation',
  'legal-claim',
] as const satisfies readonly HoldReason[];
export type ProcessorHoldReason = (typeof PROCESSOR_HOLD_REASONS)[number];

/**
 * The GDPR provision behind each reason, in one place: every hold's `basis` is made by
 * {@link holdBasis}, whoever states the hold (a connector, a processor on the confirmation page).
 * - `open-order`: the order is still being performed, so the data is still necessary for the
 *   purpose it was collected for: the ground of Art. 17(1)(a) is not met yet. Not an exception
 *   of Art. 17(3): once the order is closed the ground is met and the data goes.
 * - `chargeback-window`: payment disputes and returns are legal claims (Art. 17(3)(e)).
 * - `accounting`, `legal-obligation`: a legal obligation to keep the data (Art. 17(3)(b)); for
 *   bookkeeping the national statute is named too (domain/retention-rules.ts).
 * - `legal-claim`: the establishment, exercise or defence of legal claims (Art. 17(3)(e)).
 * - `suppression`: the address on a suppression list, so that no marketing reaches it again
 *   after the erasure or an objection: the controller must honour the objection (Art. 21(3)),
 *   a legal obligation that needs the address kept (Art. 17(3)(b)).
 */
export const ARTICLE_OF_HOLD: Readonly<Record<HoldReason, string>> = {
  'open-order': 'Art. 17(1)(a)',
  'chargeback-window': 'Art. 17(3)(e)',
  accounting: 'Art. 17(3)(b)',
  'legal-obligation': 'Art. 17(3)(b)',
  'legal-claim': 'Art. 17(3)(e)',
  suppression: 'Art. 17(3)(b)',
};

/**
 * What a connector's hold keeps, as a code the catalogues write in every language
 * (presentation/i18n/register.ts); a processor's own words (`statedBy: 'processor'`) are shown as
 * they were typed.
 * - `customer-profile-and-orders`: the customer record and its orders (an open order, the
 *   payment-dispute window);
 * - `order-records`: order records as the shop keeps them (bookkeeping);
 * - `anonymised-order-records`: order records whose personal details the processor anonymised
 *   (Shopify), kept for bookkeeping;
 * - `email-suppression`: the email address on a suppression list (SendGrid).
 */
export const HELD_DATA = [
  'customer-profile-and-orders',
  'order-records',
  'anonymised-order-records',
  'email-suppression',
] as const;
export type HeldData = (typeof HELD_DATA)[number];

/** The code of what a hold keeps, or undefined for a processor's own words. */
export function heldDataOf(
  hold: Pick<Hold, 'what' | 'statedBy'>,
): HeldData | undefined {
  return hold.statedBy !== 'processor' &&
    (HELD_DATA as readonly string[]).includes(hold.what)
    ? (hold.what as HeldData)
    : undefined;
}

/**
 * A hold's `basis`: the GDPR provision of its reason, then the national law that obliges
 * keeping, where one is named (as the law itself names it, so every language can show it).
 * @example holdBasis('accounting', 'Kirjanpitolaki 1336/1997, 2 luku 10 §') // 'Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §'
 */
export function holdBasis(reason: HoldReason, statute?: string): string {
  return statute
    ? `${ARTICLE_OF_HOLD[reason]}; ${statute}`
    : ARTICLE_OF_HOLD[reason];
}

export interface Hold {
  /** What is kept: a {@link HeldData} code, or a processor's own words (`statedBy: 'processor'`). */
  what: string;
  reason: HoldReason;
  /** The legal ground, made by {@link holdBasis}, e.g. `Art. 17(3)(e)`. */
  basis: string;
  /**
   * ISO date (YYYY-MM-DD) on which the hold ends (for bookkeeping, the last day the law requires
   * keeping); absent when it ends on an event (an order closes) or cannot be told.
   */
  until?: string;
  records: number;
  /** True when the held part can be erased automatically once the hold ends (re-run of the job). */
  deferrable: boolean;
  /** Who stated it: a connector's check (default) or the processor in its confirmation. */
  statedBy?: 'connector' | 'processor';
}
