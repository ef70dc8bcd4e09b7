import { LambdaClient } from '@aws-sdk/client-lambda';
import { DynamoAuditLog } from '#adapters/aws/dynamo-audit-log.ts';
import { DynamoMerchantDirectory } from '#adapters/aws/dynamo-merchant-directory.ts';
import { DynamoRequestStore } from '#adapters/aws/dynamo-request-store.ts';
import { DynamoWebhookInbox } from '#adapters/aws/dynamo-webhook-inbox.ts';
import { LambdaAsyncWork } from '#adapters/aws/lambda-async-work.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';
import type { SentMailLog } from '#ports/sent-mail.ts';
import { type Config, ENV } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';
import { traced } from '#shared/tracing.ts';
import { documentClient } from './document-client.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/** The worker of verified webhooks, started by an `Event` invocation. */
export function webhookWork() {
  return {
    work: new LambdaAsyncWork(
      traced(new LambdaClient({})),
      required(ENV.webhookWorker),
    ),
  };
}

/**
 * The table as the webhook's front uses it: it reads the merchant and claims the delivery with
 * its body (use-cases/inbound/shopify-webhook.ts), nothing else of dynamo.ts's ports.
 */
export function webhookFrontTable(config: Config) {
  const doc = documentClient();
  return {
    merchants: new DynamoMerchantDirectory(doc, config.tableName),
    webhooks: new DynamoWebhookInbox(doc, config.tableName),
  };
}

/**
 * The table as the webhook's worker uses it (use-cases/inbound/process-shopify-webhook.ts), on one
 * client: the kept delivery, the merchant, the request and its audit trail for a customer's
 * request, the usual delivery. The offboarding records and the sent-mail log serve only `shop/redact`, which comes
 * once in a shop's life (48 hours after it uninstalled the app): their adapters load when one
 * arrives.
 */
export function webhookWorkerTable(config: Config): {
  webhooks: DynamoWebhookInbox;
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
    webhooks: new DynamoWebhookInbox(doc, table),
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
