import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoMerchantEraser } from '#adapters/aws/dynamo-merchant-eraser.ts';
import { DynamoOffboardingStore } from '#adapters/aws/dynamo-offboarding.ts';
import { S3ObjectEraser } from '#adapters/aws/s3-object-eraser.ts';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import { type Config, ENV } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

function documentClient() {
  return DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/** The merchants' offboarding records (the webhook worker, the console, the erasure). */
export function offboardingStore(config: Config) {
  return {
    offboarding: new DynamoOffboardingStore(documentClient(), config.tableName),
  };
}

/** What the erasure of offboarded merchants deletes with: the table, both buckets, executions. */
export function offboardingErasure(config: Config) {
  if (!config.stateMachineArn)
    throw new Error(`Missing environment variable ${ENV.stateMachineArn}`);
  const s3 = traced(new S3Client({}));
  return {
    data: new DynamoMerchantEraser(documentClient(), config.tableName),
    exportObjects: new S3ObjectEraser(s3, config.exportBucket),
    inboundObjects: new S3ObjectEraser(s3, required(ENV.inboundBucket)),
    executions: new SfnExecutions(
      traced(new SFNClient({})),
      config.stateMachineArn,
    ),
  };
}
