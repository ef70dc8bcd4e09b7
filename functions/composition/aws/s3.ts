import { S3Client } from '@aws-sdk/client-s3';
import { S3ExportStore } from '#adapters/aws/s3-export-store.ts';
import type { Config } from '#shared/config.ts';
import { tracer } from '#shared/powertools.ts';

export function s3Exports(config: Config) {
  if (!config.exportBucket)
    throw new Error('Missing environment variable EXPORT_BUCKET');
  return {
    exports: new S3ExportStore(
      tracer.captureAWSv3Client(new S3Client({})),
      config.exportBucket,
    ),
  };
}
