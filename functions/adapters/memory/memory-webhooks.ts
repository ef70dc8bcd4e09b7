import type { WebhookDelivery, WebhookInbox } from '#ports/webhooks.ts';

/** {@link WebhookInbox} in memory, as the table adapter behaves (dynamo-webhook-inbox.ts). */
export class MemoryWebhookInbox implements WebhookInbox {
  readonly deliveries = new Map<
    string,
    WebhookDelivery | Omit<WebhookDelivery, 'body'>
  >();

  async claim(delivery: WebhookDelivery) {
    const key = `${delivery.merchantId}#${delivery.webhookId}`;
    const held = this.deliveries.get(key);
    if (held && held.expiresAt > delivery.receivedAt) return false;
    this.deliveries.set(key, { ...delivery, body: delivery.body.slice() });
    return true;
  }

  async release(merchantId: string, webhookId: string) {
    this.deliveries.delete(`${merchantId}#${webhookId}`);
  }

  async read(merchantId: string, webhookId: string, now: string) {
    const held = this.deliveries.get(`${merchantId}#${webhookId}`);
    if (!held || !('body' in held) || held.expiresAt <= now) return undefined;
    return held.body.slice();
  }

  async discard(merchantId: string, webhookId: string) {
    const key = `${merchantId}#${webhookId}`;
    const held = this.deliveries.get(key);
    if (!held) return;
    const { body: _body, ...claim } = held as WebhookDelivery;
    this.deliveries.set(key, claim);
  }
}
