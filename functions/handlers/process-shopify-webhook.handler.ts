import { sesMailer } from '#composition/aws/ses.ts';
import { sfnWorkflow } from '#composition/aws/sfn.ts';
import { webhookWorkerTable } from '#composition/aws/webhook-worker.ts';
import { runtimePorts } from '#composition/runtime.ts';
import * as z from '#domain/zod.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { processShopifyWebhook } from '#use-cases/inbound/process-shopify-webhook.ts';

const config = readConfig();
/**
 * A customer's request (the usual delivery) reads the kept body and makes the request
 * (DynamoDB), starts its workflow (Step Functions) and tells the merchant (SES): all at hand.
 * `shop/redact` loads its own parts when it comes (webhookWorkerTable, the use case).
 */
const ports = {
  ...webhookWorkerTable(config),
  ...sesMailer(config),
  ...sfnWorkflow(config),
  ...runtimePorts(config),
};

/** References only: the body waits in the table, on the delivery's claim. */
const WebhookWork = z.object({
  merchantId: z.string().check(z.minLength(1)),
  webhookId: z.string().check(z.minLength(1)),
  topic: z.string().check(z.minLength(1)),
  receivedAt: z.iso.datetime({ offset: true }),
});

export const handler = taskHandler(WebhookWork, async (work) => {
  const outcome = await processShopifyWebhook(work, ports);
  logger.info('shopify webhook processed', { topic: work.topic, ...outcome });
  return outcome;
});
