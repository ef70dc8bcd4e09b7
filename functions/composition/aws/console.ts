import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoConsoleStore } from '#adapters/aws/dynamo-console-store.ts';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import type { Config } from '#shared/config.ts';
import { operatorKeys } from '#shared/console-guard.ts';
import { tracer } from '#shared/powertools.ts';

/**
 * What only the console adds to the request flow's ports: its sessions and sign-in links, the
 * executions a cancellation stops (found by name), and the deployment's operators.
 */
export function consoleExtras(config: Config) {
  if (!config.stateMachineArn)
    throw new Error('Missing environment variable STATE_MACHINE_ARN');
  const doc = DynamoDBDocumentClient.from(
    tracer.captureAWSv3Client(new DynamoDBClient({})),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return {
    console: new DynamoConsoleStore(doc, config.tableName),
    executions: new SfnExecutions(
      tracer.captureAWSv3Client(new SFNClient({})),
      config.stateMachineArn,
    ),
    operators: operatorKeys(),
  };
}
