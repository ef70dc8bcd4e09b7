/**
 * What became of an email we sent, as SES's configuration-set events tell it (SES Developer
 * Guide, "Event publishing": Delivery, Bounce, Complaint, Reject, …). Each of our emails about
 * a request carries the tags `requestId` and `purpose` (adapters/aws/ses-mailer.ts), so an
 * event finds its request. A permanent bounce of the verification link or the result flags
 * the request (the shopper may have mistyped their address) and tells the merchant; a
 * complaint means no more mail to that address (SES's suppression list, configuration set).
 */

export const MAIL_FATES = [
  'delivered',
  'bounced',
  'complained',
  'rejected',
] as const;
export type MailFate = (typeof MAIL_FATES)[number];

/** One email's fate as recorded on its request (no address: the request has it). */
export interface MailDelivery {
  purpose: string;
  fate: MailFate;
  at: string;
  /** SES's `bounceType` (`Permanent`, `Transient`, `Undetermined`) of a bounce. */
  bounceType?: string;
}

/** SES's event types we act on, and the fate each records. */
export const FATE_OF: Record<string, MailFate> = {
  Delivery: 'delivered',
  Bounce: 'bounced',
  Complaint: 'complained',
  Reject: 'rejected',
};

/** Emails whose failure leaves the shopper without what the request owes them. */
const FLAGGED_PURPOSES = new Set([
  'verification',
  'result',
  'acknowledgement',
  'denial',
]);

/**
 * Whether the merchant must hear of this fate: a permanent (or undetermined) bounce or a reject
 * of an email the shopper needed, or any complaint. A transient bounce is SES still trying.
 */
export function merchantMustKnow(
  d: MailDelivery,
): 'bounce' | 'complaint' | undefined {
  if (d.fate === 'complained') return 'complaint';
  if (d.fate === 'rejected' && FLAGGED_PURPOSES.has(d.purpose)) return 'bounce';
  if (
    d.fate === 'bounced' &&
    d.bounceType !== 'Transient' &&
    FLAGGED_PURPOSES.has(d.purpose)
  )
    return 'bounce';
  return undefined;
}

/** SES tag values: letters, digits, `_ - . @`, at most 256 characters. */
export function tagValue(value: string): string {
  return value.replace(/[^A-Za-z0-9_.@-]/g, '_').slice(0, 256);
}
