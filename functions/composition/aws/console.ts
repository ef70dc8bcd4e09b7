import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoConsoleStore } from '#adapters/aws/dynamo-console-store.ts';
import { DynamoOffboardingStore } from '#adapters/aws/dynamo-offboarding.ts';
import type { AttachmentDownloads } from '#ports/inbound-mail.ts';
import { type Config, ENV } from '#shared/config.ts';
import { operatorKeys } from '#shared/console-guard.ts';
import { onFirstUse } from '#shared/on-first-use.ts';
import { traced } from '#shared/tracing.ts';
import { sfnExecutionsOnFirstUse } from './sfn-on-first-use.ts';

/**
 * What only the console adds to the request flow's ports: its sessions and sign-in links, the
 * executions a cancellation stops (found by name), and the deployment's operators. The S3 and
 * Step Functions clients load on their first use (an attachment's download, a cancellation): the
 * console's pages read only the table, so a cold start that shows one does not pay for them.
 */
export function consoleExtras(config: Config) {
  if (!config.stateMachineArn)
    throw new Error('Missing environment variable STATE_MACHINE_ARN');
  const doc = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const inboundBucket = process.env[ENV.inboundBucket];
  return {
    console: new DynamoConsoleStore(doc, config.tableName),
    ...sfnExecutionsOnFirstUse(config.stateMachineArn),
    operators: operatorKeys(),
    offboarding: new DynamoOffboardingStore(doc, config.tableName),
    ...(inboundBucket
      ? { attachments: attachmentsOnFirstUse(inboundBucket) }
      : {}),
  };
}

function attachmentsOnFirstUse(bucket: string): AttachmentDownloads {
  const load = onFirstUse(() =>
    import('./s3-attachments.ts').then((m) => m.s3AttachmentDownloads(bucket)),
  );
  return {
    presign: async (key, filename, expiresInSeconds) =>
      (await load()).presign(key, filename, expiresInSeconds),
  };
}
