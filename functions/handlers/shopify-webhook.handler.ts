import {
  credentialStore,
  loadSecretsClients,
} from '#adapters/connectors/credentials.ts';
import { webhookFrontTable, webhookWork } from '#composition/aws/webhooks.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { readConfig } from '#shared/config.ts';
import { jsonResponse } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { acceptShopifyWebhook } from '#use-cases/inbound/shopify-webhook.ts';

const config = readConfig();
const ports = {
  ...webhookFrontTable(config),
  credentials: credentialStore(),
  ...runtimePorts(config),
  ...webhookWork(),
};
// Every authentic delivery is verified with the shop's secret (STS, then Secrets Manager): its
// clients load at init, not behind the first request's first await.
await loadSecretsClients();

/** Shopify's compliance webhook: HMAC over the exact body bytes (API Gateway may base64 them). */
export const handler = httpHandler(
  async (event) => {
    if (event.requestContext.http.method !== 'POST')
      return jsonResponse(405, { error: 'Use POST' });
    const raw = Buffer.from(
      event.body ?? '',
      event.isBase64Encoded ? 'base64' : 'utf8',
    );
    if (raw.length > 256 * 1024)
      return jsonResponse(413, { error: 'Body too large' });
    const outcome = await acceptShopifyWebhook(
      {
        merchantId: event.pathParameters?.merchantId ?? '',
        rawBody: raw,
        headers: event.headers ?? {},
      },
      ports,
    );
    logger.info('shopify webhook', {
      status: outcome.status,
      ...('reason' in outcome ? { reason: outcome.reason } : {}),
      ...('duplicate' in outcome ? { duplicate: true } : {}),
    });
    return jsonResponse(
      outcome.status,
      'reason' in outcome ? { error: outcome.reason } : { ok: true },
    );
  },
  { html: () => false },
);
