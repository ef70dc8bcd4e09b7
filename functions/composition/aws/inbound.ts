import { S3Client } from '@aws-sdk/client-s3';
import { S3InboundMailbox } from '#adapters/aws/s3-inbound-mailbox.ts';
import { ENV } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

/** The inbound bucket (SES's S3 action writes the messages) and the privacy inbox's domain. */
export function inboundMailbox() {
  const bucket = process.env[ENV.inboundBucket];
  if (!bucket)
    throw new Error(`Missing environment variable ${ENV.inboundBucket}`);
  // Set only where SES receives for a domain (context inboundDomain); otherwise nothing invokes
  // the function, and an invocation fails naming the variable (the handler checks it).
  const domain = process.env[ENV.inboundDomain] ?? '';
  return {
    inbox: new S3InboundMailbox(traced(new S3Client({})), bucket),
    inboundDomain: domain,
  };
}
