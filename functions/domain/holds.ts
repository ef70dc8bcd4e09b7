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
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** The reasons a processor may give when it keeps part of the data (the confirmation page). */
export const PROCESSOR_HOLD_REASONS = [
  'legal-obligation',
  'legal-claim',
] as const satisfies readonly HoldReason[];
export type ProcessorHoldReason = (typeof PROCESSOR_HOLD_REASONS)[number];

/** The GDPR provision each processor-stated reason rests on. */
export const BASIS_OF_PROCESSOR_REASON: Record<ProcessorHoldReason, string> = {
  'legal-obligation': 'Art. 17(3)(b)',
  'legal-claim': 'Art. 17(3)(e)',
};

export interface Hold {
  /** What is kept, e.g. `orders`, `customer profile`, or a processor's own words. */
  what: string;
  reason: HoldReason;
  /** The legal ground, e.g. `Art. 17(3)(e)`. */
  basis: string;
  /** ISO date (YYYY-MM-DD) on which the hold ends; absent when it ends on an event (an order closes). */
  until?: string;
  records: number;
  /** True when the held part can be erased automatically once the hold ends (re-run of the job). */
  deferrable: boolean;
  /** Who stated it: a connector's check (default) or the processor in its confirmation. */
  statedBy?: 'connector' | 'processor';
}
