/**
 * The preflight and smoke targets on the local stack (`npm start`, or an embedded stack in a
 * test): its environment (the emulators' endpoints and names) answers what AWS answers on
 * `--aws`. Nothing is bootstrapped or verified locally, so those checks are skipped or pass with
 * a note that says why.
 */
import { SFNClient } from '@aws-sdk/client-sfn';
import { credentialEnvName } from '#adapters/connectors/credentials.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../local/constants.ts';
import { ENV } from '../wiring.ts';
import type { PreflightTarget } from './preflight.ts';
import type { SmokeTarget } from './smoke.ts';

export type LocalEnvironment = Record<string, string | undefined>;

export function localPreflightTarget(env: LocalEnvironment): PreflightTarget {
  return {
    kind: 'local',
    async whoAmI() {
      if (!env.AWS_ENDPOINT_URL_DYNAMODB)
        throw new Error('No local stack environment (start it with npm start)');
      return {
        account: LOCAL_ACCOUNT,
        arn: `local stack at ${env[ENV.publicBaseUrl] ?? '?'}`,
      };
    },
    bootstrapVersion: async () => 'n/a',
    // aws-ses-v2-local accepts any sender and recipient: nothing to verify.
    mailIdentity: async () => ({ verified: true }),
    mailAccount: async () => ({
      production: true,
      sendingEnabled: true,
      max24HourSend: Number.POSITIVE_INFINITY,
      maxSendRate: Number.POSITIVE_INFINITY,
      sentLast24Hours: 0,
    }),
    // Locally a secret is an environment variable (adapters/connectors/credentials.ts).
    secretExists: async (name) => Boolean(env[credentialEnvName(name)]),
  };
}

export function localSmokeTarget(
  env: LocalEnvironment,
  merchantId: string,
  timing: { executionTimeoutMs?: number; pollMs?: number } = {},
): SmokeTarget {
  const need = (key: string) => {
    const value = env[key];
    if (!value)
      throw new Error(
        `The local stack environment has no ${key} (start it with npm start)`,
      );
    return value;
  };
  return {
    kind: 'local',
    apiUrl: need(ENV.publicBaseUrl),
    stateMachineArn: need(ENV.stateMachineArn),
    sfn: new SFNClient({
      region: env.AWS_REGION ?? LOCAL_REGION,
      endpoint: need('AWS_ENDPOINT_URL_SFN'),
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID ?? 'local',
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? 'local',
      },
    }),
    merchantId,
    alarmSubscribers: async () => 'n/a',
    ...timing,
  };
}
