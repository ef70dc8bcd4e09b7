import { LambdaClient } from '@aws-sdk/client-lambda';
import { DynamoMerchantDirectory } from '#adapters/aws/dynamo-merchant-directory.ts';
import { DynamoWebhookInbox } from '#adapters/aws/dynamo-webhook-inbox.ts';
import { LambdaAsyncWork } from '#adapters/aws/lambda-async-work.ts';
import { type Config, ENV } from '#shared/config.ts';
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
