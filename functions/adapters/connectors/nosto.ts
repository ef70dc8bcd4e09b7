/**
 * Nosto's GDPR REST API (Nosto/wiki-docs, apis/rest/gdpr): erasure is
 * `DELETE /v1/customers/redact/{email}`, access is `POST /v1/customers/takeout/{email}`, both with
 * HTTP Basic (empty username, the store's `API_EMAIL` token as password).
 *
 * Both calls only enqueue the email (processed within 24 h). Nosto then emails the MERCHANT when it
 * is done, and only if the email was found; there is no status endpoint. So a 2xx ends as PENDING
 * `via: 'confirmation'`, `confirmBy: 'merchant'`: a person confirms completion.
 *
 * Nosto revokes a token at once when it is sent over plain HTTP, so this connector refuses any
 * non-https base URL other than loopback (the local fake).
 *
 * Nosto takes no idempotency key and has nothing to read back, so a repeated job enqueues the
 * email again. Nosto notifies only when it finds the email, so a second redaction run after the
 * first sends no second notification (inference from the docs); a second takeout sends another.
 * The reference is derived from the job's idempotency key, so a repeat waits on the same
 * confirmation.
 */

import { createHash } from 'node:crypto';
import {
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import { CONNECTOR_DESCRIPTORS } from './descriptors.ts';
import {
  apiBaseUrl,
  basicAuth,
  type ConnectorHttpOptions,
  http,
  requireCapability,
  requireCredential,
} from './http.ts';

const NAME = 'nosto';
const DEFAULT_BASE_URL = 'https://api.nosto.com';

/** Settings: `baseUrl` (default https://api.nosto.com). Credentials: `apiToken` (API_EMAIL). */
export class NostoConnector implements Connector {
  readonly kind = 'nosto' as const;
  readonly capabilities = CONNECTOR_DESCRIPTORS.nosto.capabilities;

  constructor(private readonly options: ConnectorHttpOptions = {}) {}

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    requireCapability(NAME, this.capabilities, ctx.capability);
    const base = apiBaseUrl(
      ctx.processor.settings,
      DEFAULT_BASE_URL,
      NAME,
      'Nosto revokes a token used over plain HTTP',
    );
    const token = requireCredential(ctx.credentials, 'apiToken', NAME);
    const [method, path] =
      ctx.capability === 'erase'
        ? (['DELETE', '/v1/customers/redact'] as const)
        : (['POST', '/v1/customers/takeout'] as const);
    const email = encodeURIComponent(ctx.subject.email.trim());
    const res = await http(`${base}${path}/${email}`, {
      method,
      headers: { authorization: basicAuth('', token), accept: '*/*' },
      processor: NAME,
      sleep: this.options.sleep,
      timeoutMs: this.options.timeoutMs,
      signal: ctx.signal,
    });
    const disclosures = [
      { call: `${method} ${path}/{email}`, identifiers: ['email'] },
    ];
    // The body is undocumented (may be empty or plain text): only the status counts.
    if (res.status >= 200 && res.status < 300) {
      const ref = `nosto-${createHash('sha256')
        .update(`nosto:${ctx.idempotencyKey}`)
        .digest('hex')
        .slice(0, 32)}`;
      return {
        outcome: 'PENDING',
        records: 0,
        disclosures,
        evidence: { nostoRef: ref, acceptedStatus: String(res.status) },
        pending: {
          ref,
          via: 'confirmation',
          confirmBy: 'merchant',
          checkAfterSeconds: 86_400,
        },
      };
    }
    // Undocumented; read as "no such customer" (inference).
    if (res.status === 404)
      return { outcome: 'NOT_FOUND', records: 0, disclosures };
    throw new ProcessorRejectedError(
      `${NAME}: ${method} ${path} refused (HTTP ${res.status}); check the API_EMAIL token's permissions with Nosto support`,
    );
  }
}
