import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoOpsQuery } from '#adapters/aws/dynamo-ops-query.ts';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import type { Config } from '#shared/config.ts';
import { dynamoPorts } from './dynamo.ts';

/**
 * The operator ports (ops CLI, local ops page). `aws` set: console links and Step Functions
 * redrive; unset: the embedded stack's engine, reached through `AWS_ENDPOINT_URL_SFN`.
 */
export function opsPorts(config: Config, aws?: { region: string }) {
  if (!config.stateMachineArn)
    throw new Error('Missing environment variable STATE_MACHINE_ARN');
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    ...dynamoPorts(config),
    query: new DynamoOpsQuery(doc, config.tableName),
    executions: new SfnExecutions(
      new SFNClient({}),
      config.stateMachineArn,
      aws,
    ),
    clock: { now: () => new Date() },
  };
}
