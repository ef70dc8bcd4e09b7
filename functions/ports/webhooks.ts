/**
 * A verified webhook's delivery, claimed and kept for its worker (so no personal data travels in
 * an invocation payload), and the start of that worker, which runs after the sender was answered.
 */

/** A verified delivery as the front keeps it (one per merchant and webhook id). */
export interface WebhookDelivery {
  merchantId: string;
  webhookId: string;
  /** The raw body, exactly as signed. */
  body: Uint8Array;
  receivedAt: string;
  /**
   * After this instant the claim no longer deduplicates and the body is not used; the store
   * deletes both some time later (DynamoDB TTL).
   */
  expiresAt: string;
}

export interface WebhookInbox {
  /**
   * Claims the delivery by its webhook id and keeps its body, in one conditional write: false
   * when a live claim holds that id (a repeat: nothing is stored). An expired claim is replaced.
   */
  claim(delivery: WebhookDelivery): Promise<boolean>;
  /**
   * Gives up a claim whose worker could not be started, so the sender's retry claims it afresh
   * (instead of being answered as a repeat while nothing works on it).
   */
  release(merchantId: string, webhookId: string): Promise<void>;
  /** The kept body while its claim lives (`expiresAt` after `now`); undefined when expired, discarded or gone. */
  read(
    merchantId: string,
    webhookId: string,
    now: string,
  ): Promise<Uint8Array | undefined>;
  /** Removes the body once its worker is done, keeping the claim (a repeat is still a repeat). */
  discard(merchantId: string, webhookId: string): Promise<void>;
}

/** What the worker of one verified webhook is told: references only. */
export interface WebhookWork {
  merchantId: string;
  webhookId: string;
  topic: string;
  /** When we received it: a request made from it counts from this instant. */
  receivedAt: string;
}

/** Starts the worker without waiting for it (Lambda: an `Event` invocation). */
export interface AsyncWork {
  start(work: WebhookWork): Promise<void>;
}
