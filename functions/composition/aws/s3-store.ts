import { S3Client } from '@aws-sdk/client-s3';
import { S3ExportStore } from '#adapters/aws/s3-export-store.ts';
import { traced } from '#shared/tracing.ts';

/** The S3 export store: loaded by s3.ts on its first use, with the S3 client and its helpers. */
export function createS3ExportStore(bucket: string): S3ExportStore {
  return new S3ExportStore(traced(new S3Client({})), bucket);
}
