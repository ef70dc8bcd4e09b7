/**
 * A verified webhook's body kept for its worker (so no personal data travels in an invocation
 * payload), and the start of that worker, which runs after the sender was answered.
 */
export interface WebhookInbox {
  /** Stores the raw body at `webhooks/<merchantId>/<webhookId>`. */
  store(merchantId: string, webhookId: string, body: Uint8Array): Promise<void>;
  /** The stored body; undefined when it is gone. */
  read(merchantId: string, webhookId: string): Promise<Uint8Array | undefined>;
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
