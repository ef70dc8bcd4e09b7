import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoConsoleStore } from '#adapters/aws/dynamo-console-store.ts';
import { DynamoOffboardingStore } from '#adapters/aws/dynamo-offboarding.ts';
import { S3AttachmentDownloads } from '#adapters/aws/s3-attachment-downloads.ts';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import { type Config, ENV } from '#shared/config.ts';
import { operatorKeys } from '#shared/console-guard.ts';
import { traced } from '#shared/tracing.ts';

/**
 * What only the console adds to the request flow's ports: its sessions and sign-in links, the
 * executions a cancellation stops (found by name), and the deployment's operators.
 */
export function consoleExtras(config: Config) {
  if (!config.stateMachineArn)
    throw new Error('Missing environment variable STATE_MACHINE_ARN');
  const doc = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    console: new DynamoConsoleStore(doc, config.tableName),
    executions: new SfnExecutions(
      traced(new SFNClient({})),
      config.stateMachineArn,
    ),
    operators: operatorKeys(),
    offboarding: new DynamoOffboardingStore(doc, config.tableName),
    ...(process.env[ENV.inboundBucket]
      ? {
          attachments: new S3AttachmentDownloads(
            traced(new S3Client({})),
            process.env[ENV.inboundBucket] as string,
          ),
        }
      : {}),
  };
}
