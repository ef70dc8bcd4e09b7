/**
 * Processor credentials on AWS: each read goes through a session of the credentials role tagged
 * with the request's merchant (IAM then allows only `secret:dsr/<that merchant>/*`), sessions
 * and values are cached, and failures say what to fix.
 */
import { describe, expect, it } from 'vitest';
import {
  credentialStore,
  EnvCredentialStore,
  type SecretsBackend,
  SecretsManagerCredentialStore,
  type SessionCredentials,
} from '#adapters/connectors/credentials.ts';
import { TransientError } from '#domain/errors.ts';
import { ProcessorRejectedError } from '#ports/connectors.ts';

const ROLE = 'arn:aws:iam::111122223333:role/dsr-prod-app-CredentialsRole';

/** Secrets by name; a session sees only its merchant's, as the role's policy allows. */
function fakeBackend(secrets: Record<string, string>) {
  const assumed: { roleArn: string; merchantId: string }[] = [];
  const reads: string[] = [];
  let clock = 0;
  const backend: SecretsBackend = {
    async assumeForMerchant(roleArn, merchantId) {
      assumed.push({ roleArn, merchantId });
      return {
        accessKeyId: `AK-${merchantId}`,
        secretAccessKey: 's',
        sessionToken: merchantId,
        expiration: new Date(clock + 900_000),
      };
    },
    async secretString(credentials: SessionCredentials, secretId) {
      reads.push(secretId);
      if (!secretId.startsWith(`dsr/${credentials.sessionToken}/`))
        throw Object.assign(new Error('not authorized'), {
          name: 'AccessDeniedException',
          $metadata: { httpStatusCode: 400 },
        });
      return secrets[secretId];
    },
  };
  return {
    backend,
    assumed,
    reads,
    advance: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
  };
}

describe('SecretsManagerCredentialStore', () => {
  it("reads a merchant's secret through a session tagged with that merchant, and caches both", async () => {
    // Prepare
    const fake = fakeBackend({ 'dsr/lastu/shopify': '{"accessToken":"t"}' });
    const store = new SecretsManagerCredentialStore(
      ROLE,
      fake.backend,
      fake.now,
    );
    // Act
    const first = await store.get('dsr/lastu/shopify', 'lastu');
    const again = await store.get('dsr/lastu/shopify', 'lastu');
    fake.advance(301_000); // past the value's 5 minutes, within the session's 15
    await store.get('dsr/lastu/shopify', 'lastu');
    fake.advance(500_000); // the session is close to its end: a new one
    await store.get('dsr/lastu/shopify', 'lastu');
    // Assess
    expect(first).toEqual({ accessToken: 't' });
    expect(again).toEqual(first);
    expect(fake.reads).toHaveLength(3);
    expect(fake.assumed).toEqual([
      { roleArn: ROLE, merchantId: 'lastu' },
      { roleArn: ROLE, merchantId: 'lastu' },
    ]);
  });

  it("refuses another merchant's secret with what to fix, as IAM does", async () => {
    const fake = fakeBackend({ 'dsr/other/shopify': '{"accessToken":"t"}' });
    const store = new SecretsManagerCredentialStore(ROLE, fake.backend);
    await expect(store.get('dsr/other/shopify', 'lastu')).rejects.toEqual(
      new ProcessorRejectedError(
        "Credentials 'dsr/other/shopify' may not be read for merchant lastu: the secret must be named dsr/lastu/<processor>",
      ),
    );
  });

  it('says a missing secret must be created, and retries throttling', async () => {
    const fake = fakeBackend({});
    const store = new SecretsManagerCredentialStore(ROLE, fake.backend);
    await expect(store.get('dsr/lastu/nosto', 'lastu')).rejects.toThrow(
      "Credentials 'dsr/lastu/nosto' do not exist; create the secret",
    );
    fake.backend.secretString = async () => {
      throw Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      });
    };
    await expect(store.get('dsr/lastu/nosto', 'lastu')).rejects.toBeInstanceOf(
      TransientError,
    );
  });
});

describe('credentialStore', () => {
  it('uses Secrets Manager inside Lambda when the credentials role is set, else the environment', () => {
    expect(
      credentialStore({
        AWS_LAMBDA_FUNCTION_NAME: 'RunProcessorJob',
        CREDENTIALS_ROLE_ARN: ROLE,
      }),
    ).toBeInstanceOf(SecretsManagerCredentialStore);
    expect(credentialStore({})).toBeInstanceOf(EnvCredentialStore);
  });
});
