/**
 * Keys of the inbound bucket: SES's S3 action writes each received message at
 * `inbound/<messageId>` (its `ObjectKeyPrefix`), and the message's attachments are kept at
 * `attachments/<messageId>/<n>` once it becomes a request. IAM grants are scoped to these.
 */
export const INBOUND_KEY_PREFIX = 'inbound/';
export const ATTACHMENT_KEY_PREFIX = 'attachments/';

/** SES message ids (and the local listener's) are letters, digits and dashes. */
export const MESSAGE_ID = /^[A-Za-z0-9-]{8,128}$/;

export const inboundAttachmentKey = (messageId: string, index: number) =>
  `${ATTACHMENT_KEY_PREFIX}${messageId}/${index}`;

/**
 * Where verified webhook bodies were kept (`webhooks/<merchantId>/<webhookId>`) before they
 * moved to the table with their claim (adapters/aws/dynamo-webhook-inbox.ts). Nothing writes
 * here now; the worker still reads (and deletes) a body an old front kept while the deployment
 * updated (adapters/aws/s3-legacy-webhook-bodies.ts), and a merchant's offboarding still erases
 * the prefix, since a deployment updated from then may hold such bodies until the bucket's
 * lifecycle removes them (120 days).
 */
export const WEBHOOK_KEY_PREFIX = 'webhooks/';
export const legacyWebhookKey = (merchantId: string, webhookId: string) =>
  `${WEBHOOK_KEY_PREFIX}${merchantId}/${webhookId}`;
/** Shopify's webhook ids are UUIDs; anything else is refused before it becomes a key. */
export const WEBHOOK_ID = /^[A-Za-z0-9-]{8,64}$/;
