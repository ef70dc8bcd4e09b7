/**
 * Connector credentials by reference (ProcessorConfig.credentialsRef); never in the table, logs
 * or execution state. On AWS: Secrets Manager, read through a session of the credentials role
 * tagged with the request's merchant (`dsr-merchant`), whose policy allows only
 * `secret:dsr/${aws:PrincipalTag/dsr-merchant}/*`: one function serves every merchant, yet each
 * read can reach only that merchant's secrets. Locally: the environment variable
 * `DSR_SECRET_<REF>` holding the same JSON.
 *
 * The SDK clients load on the first read (a dynamic import): functions that never read a secret
 * in an invocation pay nothing for them. No Lambda extension layer: the Parameters and Secrets
 * extension reads with the function's own role, which could not be scoped per merchant, and has
 * no arm64 layer in CDK's table for eu-central-2 and eu-south-2.
 */

import { MERCHANT_SESSION_TAG } from '#domain/credentials.ts';
import { TransientError } from '#domain/errors.ts';
import {
  type CredentialStore,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import { ENV } from '#shared/config.ts';
import { isTransient } from '#shared/task-errors.ts';

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
  async get(ref: string, _merchantId: string) {
    return parseSecret(ref, this.env[credentialEnvName(ref)]);
  }
}

/** Temporary credentials of one session (the SDK's `AwsCredentialIdentity`). */
export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** The two AWS calls the store makes; the default loads the SDK clients on first use. */
export interface SecretsBackend {
  /** STS AssumeRole of `roleArn` with the session tag `dsr-merchant=<merchantId>`. */
  assumeForMerchant(
    roleArn: string,
    merchantId: string,
  ): Promise<SessionCredentials>;
  /** Secrets Manager GetSecretValue with those credentials; `undefined` when it does not exist. */
  secretString(
    credentials: SessionCredentials,
    secretId: string,
  ): Promise<string | undefined>;
}

/** Secrets are cached this long per function instance (the AWS extension's default TTL). */
const SECRET_TTL_MS = 300_000;
/** A session is renewed this long before it expires. */
const SESSION_MARGIN_MS = 120_000;
/** Sessions last 15 minutes, the shortest STS allows. */
const SESSION_SECONDS = 900;

/**
 * Loads the two SDK clients the Secrets Manager store uses. A function whose every first request
 * reads a secret (the Shopify webhook's front verifies each delivery's HMAC with the shop's
 * secret) awaits this at init, where its cost belongs (issue 18: a cold start counts what the
 * first request needs); the connector jobs load them with the first job that needs credentials.
 */
export async function loadSecretsClients(): Promise<void> {
  await Promise.all([
    import('@aws-sdk/client-sts'),
    import('@aws-sdk/client-secrets-manager'),
  ]);
}

const sdkBackend = (): SecretsBackend => {
  let sts: Promise<import('@aws-sdk/client-sts').STSClient> | undefined;
  return {
    async assumeForMerchant(roleArn, merchantId) {
      const mod = await import('@aws-sdk/client-sts');
      sts ??= Promise.resolve(new mod.STSClient({}));
      const out = await (await sts).send(
        new mod.AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: `dsr-${merchantId}`.slice(0, 64),
          DurationSeconds: SESSION_SECONDS,
          Tags: [{ Key: MERCHANT_SESSION_TAG, Value: merchantId }],
        }),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new TransientError('STS returned no credentials');
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
      };
    },
    async secretString(credentials, secretId) {
      const mod = await import('@aws-sdk/client-secrets-manager');
      const client = new mod.SecretsManagerClient({ credentials });
      try {
        const out = await client.send(
          new mod.GetSecretValueCommand({ SecretId: secretId }),
        );
        return out.SecretString;
      } catch (error) {
        if (error instanceof mod.ResourceNotFoundException) return undefined;
        throw error;
      } finally {
        client.destroy();
      }
    },
  };
};

/**
 * Secrets Manager, each read through a session tagged with the merchant (see the module comment).
 * Sessions and secret values are cached per function instance; a secret created or changed is
 * seen within five minutes.
 */
export class SecretsManagerCredentialStore implements CredentialStore {
  private readonly sessions = new Map<string, Promise<SessionCredentials>>();
  private readonly secrets = new Map<
    string,
    { at: number; value: Record<string, string> }
  >();

  constructor(
    private readonly roleArn: string,
    private readonly backend: SecretsBackend = sdkBackend(),
    private readonly now: () => number = Date.now,
  ) {}

  async get(ref: string, merchantId: string) {
    const key = `${merchantId}\n${ref}`;
    const cached = this.secrets.get(key);
    if (cached && this.now() - cached.at < SECRET_TTL_MS)
      return { ...cached.value };
    let text: string | undefined;
    try {
      text = await this.backend.secretString(
        await this.session(merchantId),
        ref,
      );
    } catch (error) {
      if (isTransient(error))
        throw new TransientError(
          `Secrets Manager failed transiently (${(error as Error).name})`,
        );
      const name = (error as Error).name;
      if (name === 'AccessDeniedException' || name === 'AccessDenied')
        throw new ProcessorRejectedError(
          `Credentials '${ref}' may not be read for merchant ${merchantId}: the secret must be named dsr/${merchantId}/<processor>`,
        );
      throw error;
    }
    const value = parseSecret(ref, text);
    this.secrets.set(key, { at: this.now(), value });
    return { ...value };
  }

  /** A session of the credentials role for `merchantId`, renewed before it expires. */
  private session(merchantId: string): Promise<SessionCredentials> {
    const held = this.sessions.get(merchantId);
    if (held) {
      return held.then((c) =>
        c.expiration && c.expiration.getTime() - this.now() < SESSION_MARGIN_MS
          ? this.renew(merchantId)
          : c,
      );
    }
    return this.renew(merchantId);
  }

  private renew(merchantId: string): Promise<SessionCredentials> {
    const fresh = this.backend.assumeForMerchant(this.roleArn, merchantId);
    this.sessions.set(merchantId, fresh);
    fresh.catch(() => this.sessions.delete(merchantId));
    return fresh;
  }
}

/** The store for this runtime: Secrets Manager inside Lambda when the role is configured, else the environment. */
export function credentialStore(env = process.env): CredentialStore {
  const roleArn = env[ENV.credentialsRole];
  return env.AWS_LAMBDA_FUNCTION_NAME && roleArn
    ? new SecretsManagerCredentialStore(roleArn)
    : new EnvCredentialStore(env);
}
