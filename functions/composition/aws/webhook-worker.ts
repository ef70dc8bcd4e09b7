import { DynamoAuditLog } from '#adapters/aws/dynamo-audit-log.ts';
import { DynamoMerchantDirectory } from '#adapters/aws/dynamo-merchant-directory.ts';
import { DynamoRequestStore } from '#adapters/aws/dynamo-request-store.ts';
import { DynamoWebhookInbox } from '#adapters/aws/dynamo-webhook-inbox.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';
import type { SentMailLog } from '#ports/sent-mail.ts';
import type { WebhookInbox } from '#ports/webhooks.ts';
import { type Config, ENV } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';
import { traced } from '#shared/tracing.ts';
import { WEBHOOK_CLAIM_DAYS } from '#use-cases/inbound/shopify-webhook.ts';
import { documentClient } from './document-client.ts';

/**
 * The table as the webhook's worker uses it (use-cases/inbound/process-shopify-webhook.ts), on one
 * client: the kept delivery, the merchant, the request and its audit trail for a customer's
 * request, the usual delivery. The offboarding records and the sent-mail log serve only `shop/redact`, which comes
 * once in a shop's life (48 hours after it uninstalled the app): their adapters load when one
 * arrives.
 */
export function webhookWorkerTable(config: Config): {
  webhooks: WebhookInbox;
  merchants: DynamoMerchantDirectory;
  requests: DynamoRequestStore;
  audit: DynamoAuditLog;
  offboarding: Pick<OffboardingStore, 'schedule'>;
  sentMail: SentMailLog;
} {
  const doc = documentClient();
  const table = config.tableName;
  const shopRedact = onFirstUse(async () => {
    const [{ DynamoOffboardingStore }, { DynamoSentMailLog }] =
      await Promise.all([
        import('#adapters/aws/dynamo-offboarding.ts'),
        import('#adapters/aws/dynamo-sent-mail.ts'),
      ]);
    return {
      offboarding: new DynamoOffboardingStore(doc, table),
      sentMail: new DynamoSentMailLog(doc, table),
    };
  });
  return {
    webhooks: withLegacyBodies(
      new DynamoWebhookInbox(doc, table),
      process.env[ENV.inboundBucket],
    ),
    merchants: new DynamoMerchantDirectory(doc, table),
    requests: new DynamoRequestStore(doc, table),
    audit: new DynamoAuditLog(doc, table),
    offboarding: {
      schedule: async (record) =>
        (await shopRedact()).offboarding.schedule(record),
    },
    sentMail: {
      claim: async (requestId, purpose, at) =>
        (await shopRedact()).sentMail.claim(requestId, purpose, at),
      markSent: async (requestId, purpose, claims, sent) =>
        (await shopRedact()).sentMail.markSent(
          requestId,
          purpose,
          claims,
          sent,
        ),
      release: async (requestId, purpose, claims) =>
        (await shopRedact()).sentMail.release(requestId, purpose, claims),
      list: async (requestId) => (await shopRedact()).sentMail.list(requestId),
    },
  };
}

/**
 * The worker's inbox, which also finds a body the front kept in the inbound bucket before bodies
 * moved to the table (adapters/aws/s3-legacy-webhook-bodies.ts): a deployment updating from then
 * updates the worker first, so the old front starts the new worker for a while. The bucket is
 * asked only when the table has no live body (a delivery of that time, or one already done or
 * expired), its client loaded then; a body read from it is deleted there once the worker is done.
 */
function withLegacyBodies(
  inbox: WebhookInbox,
  bucket: string | undefined,
): WebhookInbox {
  if (!bucket) return inbox;
  const legacy = onFirstUse(async () => {
    const [{ S3Client }, { S3LegacyWebhookBodies }] = await Promise.all([
      import('@aws-sdk/client-s3'),
      import('#adapters/aws/s3-legacy-webhook-bodies.ts'),
    ]);
    // The claim's life is the same as the earlier front's (use-cases/inbound/shopify-webhook.ts).
    return new S3LegacyWebhookBodies(
      traced(new S3Client({})),
      bucket,
      WEBHOOK_CLAIM_DAYS,
    );
  });
  // Deliveries whose body this container read from the bucket, by merchant and webhook id.
  const fromBucket = new Set<string>();
  const id = (merchantId: string, webhookId: string) =>
    `${merchantId}/${webhookId}`;
  return {
    claim: (delivery) => inbox.claim(delivery),
    release: (merchantId, webhookId) => inbox.release(merchantId, webhookId),
    async read(merchantId, webhookId, now) {
      const kept = await inbox.read(merchantId, webhookId, now);
      if (kept) return kept;
      const old = await (await legacy()).read(merchantId, webhookId, now);
      if (old) fromBucket.add(id(merchantId, webhookId));
      return old;
    },
    async discard(merchantId, webhookId) {
      await inbox.discard(merchantId, webhookId);
      if (!fromBucket.has(id(merchantId, webhookId))) return;
      await (await legacy()).discard(merchantId, webhookId);
      fromBucket.delete(id(merchantId, webhookId));
    },
  };
}
