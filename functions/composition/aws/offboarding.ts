import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoOffboardingStore } from '#adapters/aws/dynamo-offboarding.ts';
import type { Config } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

/** A document client on the table (removes undefined attributes). */
export function documentClient() {
  return DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** The merchants' offboarding records (the webhook worker, the console, the erasure). */
export function offboardingStore(config: Config) {
  return {
    offboarding: new DynamoOffboardingStore(documentClient(), config.tableName),
  };
}
