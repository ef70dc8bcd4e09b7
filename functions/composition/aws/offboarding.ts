import { DynamoOffboardingStore } from '#adapters/aws/dynamo-offboarding.ts';
import type { Config } from '#shared/config.ts';
import { documentClient } from './document-client.ts';

export { documentClient };

/** The merchants' offboarding records (the webhook worker, the console, the erasure). */
export function offboardingStore(config: Config) {
  return {
    offboarding: new DynamoOffboardingStore(documentClient(), config.tableName),
  };
}
