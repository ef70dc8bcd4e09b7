/**
 * Connector credentials by reference (ProcessorConfig.credentialsRef); never in the table, logs
 * or execution state. On AWS: Secrets Manager, read through the AWS Parameters and Secrets
 * Lambda Extension on localhost (no extra SDK in the bundle; the extension caches). Locally:
 * the environment variable `DSR_SECRET_<REF>` holding the same JSON.
 */

import { TransientError } from '#domain/errors.ts';
import {
  type CredentialStore,
  ProcessorRejectedError,
} from '#ports/connectors.ts';

/** `lastu/shopify` → `DSR_SECRET_LASTU_SHOPIFY`. */
export function credentialEnvName(ref: string): string {
  return `DSR_SECRET_${ref.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

function parseSecret(ref: string, text: string | undefined) {
  if (!text)
    throw new ProcessorRejectedError(
      `Credentials '${ref}' do not exist; create the secret`,
    );
  try {
    const value = JSON.parse(text) as unknown;
    if (
      value &&
      typeof value === 'object' &&
      Object.values(value).every((v) => typeof v === 'string')
    )
      return value as Record<string, string>;
  } catch {
    // fall through
  }
  throw new ProcessorRejectedError(
    `Credentials '${ref}' must be a JSON object of strings`,
  );
}

export class EnvCredentialStore implements CredentialStore {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}
  async get(ref: string) {
    return parseSecret(ref, this.env[credentialEnvName(ref)]);
  }
}

/** Secrets Manager through the Parameters and Secrets Lambda Extension (port from its env var). */
export class SecretsExtensionCredentialStore implements CredentialStore {
  constructor(
    private readonly port: string,
    private readonly sessionToken: string | undefined,
  ) {}
  async get(ref: string) {
    let res: Response;
    try {
      res = await fetch(
        `http://localhost:${this.port}/secretsmanager/get?secretId=${encodeURIComponent(ref)}`,
        {
          headers: {
            'X-Aws-Parameters-Secrets-Token': this.sessionToken ?? '',
          },
          signal: AbortSignal.timeout(3000),
        },
      );
    } catch {
      throw new TransientError('Secrets extension did not answer');
    }
    if (res.status === 400 || res.status === 404)
      return parseSecret(ref, undefined);
    if (!res.ok)
      throw new TransientError(`Secrets extension answered ${res.status}`);
    const body = (await res.json()) as { SecretString?: string };
    return parseSecret(ref, body.SecretString);
  }
}

/** The store for this runtime: the extension inside Lambda when configured, else the environment. */
export function credentialStore(env = process.env): CredentialStore {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT;
  return env.AWS_LAMBDA_FUNCTION_NAME && port
    ? new SecretsExtensionCredentialStore(port, env.AWS_SESSION_TOKEN)
    : new EnvCredentialStore(env);
}
