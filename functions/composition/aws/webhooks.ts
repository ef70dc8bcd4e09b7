import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { LambdaAsyncWork } from '#adapters/aws/lambda-async-work.ts';
import { S3WebhookInbox } from '#adapters/aws/s3-webhook-inbox.ts';
import { ENV } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/** Where verified webhook bodies are kept (the inbound bucket). */
export function webhookInbox() {
  return {
    webhooks: new S3WebhookInbox(
      traced(new S3Client({})),
      required(ENV.inboundBucket),
    ),
  };
}

/** The worker of verified webhooks, started by an `Event` invocation. */
export function webhookWork() {
  return {
    work: new LambdaAsyncWork(
      traced(new LambdaClient({})),
      required(ENV.webhookWorker),
    ),
  };
}
