import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '#shared/tracing.ts';

/**
 * A document client on the table (removes undefined attributes). In a module of its own, so a
 * function that takes it does not import an adapter it never uses.
 */
export function documentClient() {
  return DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
}
