import { S3Client } from '@aws-sdk/client-s3';
import { S3ObjectEraser } from '#adapters/aws/s3-object-eraser.ts';
import { traced } from '#shared/tracing.ts';

/** The erasers of both buckets, on one S3 client: loaded by offboarding.ts when a shop is erased. */
export function s3ObjectErasers(exportBucket: string, inboundBucket: string) {
  const s3 = traced(new S3Client({}));
  return {
    exportObjects: new S3ObjectEraser(s3, exportBucket),
    inboundObjects: new S3ObjectEraser(s3, inboundBucket),
  };
}
