/**
 * A merchant's offboarding: Shopify sends `shop/redact` 48 hours after the shop uninstalled the
 * app (shopify.dev, "Privacy law compliance": payload `shop_id`, `shop_domain`); we then erase
 * everything we hold for that merchant {@link OFFBOARDING_DELAY_DAYS} days later, as a processor
 * must at the end of its services (GDPR Art. 28(3)(g)), and keep only {@link OffboardingRecord}:
 * the merchant's id, the dates and how much was erased, no personal data.
 *
 * Why a delay: the uninstall may be a mistake (a reinstall cancels it), and the merchant is the
 * controller: it may want its request register and each request's evidence (Art. 5(2)) before
 * we delete our copy. Requests still in progress on the erasure day are erased too (their
 * executions stopped first): the merchant ended the service, it is told beforehand (the email
 * and the console's banner) which requests are open, and answering them is its duty as the
 * controller, not ours once the contract ended (docs/OPERATIONS.md "Offboarding a merchant").
 */

/** Days between `shop/redact` and the erasure of the merchant's data. */
export const OFFBOARDING_DELAY_DAYS = 30;

export type OffboardingStatus =
  /** Waiting for `eraseAt`; an admin may cancel. */
  | 'scheduled'
  /** An admin cancelled (the app was reinstalled); a later `shop/redact` schedules it again. */
  | 'cancelled'
  /** The erasure began (it resumes at the next run until done); no longer cancellable. */
  | 'erasing'
  /** Done: nothing of the merchant is left but this record. */
  | 'erased';

/** How much an erasure deleted, counted as it went (runs that resume add to it). */
export interface OffboardingCounts {
  /** Requests whose items were all deleted. */
  requests: number;
  /** Table items deleted (requests, events, jobs, send records, links, records, members, config). */
  items: number;
  /** Stored objects deleted (exports, certificates, uploads, inbound messages, attachments, webhooks). */
  objects: number;
  /** Workflow executions stopped because their request was still running. */
  executionsStopped: number;
}

export const NO_COUNTS: OffboardingCounts = {
  requests: 0,
  items: 0,
  objects: 0,
  executionsStopped: 0,
};

/** The one record of a merchant's offboarding (references and dates only). */
export interface OffboardingRecord {
  merchantId: string;
  status: OffboardingStatus;
  /** When the `shop/redact` webhook reached us. */
  requestedAt: string;
  /** When the erasure is due. */
  eraseAt: string;
  /** What asked for it: the webhook's topic and id (Shopify's own reference). */
  source: { topic: 'shop/redact'; webhookId: string };
  cancelledAt?: string;
  /** The member who cancelled (`member:<key>`, a pseudonym). */
  cancelledBy?: string;
  startedAt?: string;
  erasedAt?: string;
  counts?: OffboardingCounts;
}

const DAY_MS = 86_400_000;

/** The record a `shop/redact` received at `receivedAt` starts. */
export function offboardingOf(
  merchantId: string,
  webhookId: string,
  receivedAt: string,
): OffboardingRecord {
  return {
    merchantId,
    status: 'scheduled',
    requestedAt: receivedAt,
    eraseAt: new Date(
      Date.parse(receivedAt) + OFFBOARDING_DELAY_DAYS * DAY_MS,
    ).toISOString(),
    source: { topic: 'shop/redact', webhookId },
  };
}

/** Whether the console shows the banner (scheduled or under way) for this record. */
export const offboardingPending = (
  record: OffboardingRecord | undefined,
): record is OffboardingRecord =>
  record?.status === 'scheduled' || record?.status === 'erasing';

/**
 * The audit trail of offboardings: its own partition, beside the requests' and the merchant's
 * settings trail (which is erased with the merchant); it outlives the erasure as evidence.
 */
export const offboardingTrail = (merchantId: string) =>
  `offboarding.${merchantId}`;
