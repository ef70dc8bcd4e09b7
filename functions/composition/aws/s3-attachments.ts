import { S3Client } from '@aws-sdk/client-s3';
import { S3AttachmentDownloads } from '#adapters/aws/s3-attachment-downloads.ts';
import { traced } from '#shared/tracing.ts';

/** The inbound attachments' presigned downloads: loaded by console.ts on the first download. */
export function s3AttachmentDownloads(bucket: string): S3AttachmentDownloads {
  return new S3AttachmentDownloads(traced(new S3Client({})), bucket);
}
