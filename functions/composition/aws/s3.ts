import { S3Client } from '@aws-sdk/client-s3';
import { S3ExportStore } from '#adapters/aws/s3-export-store.ts';
import type { Config } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

export function s3Exports(config: Config) {
  if (!config.exportBucket)
    throw new Error('Missing environment variable EXPORT_BUCKET');
  return {
    exports: new S3ExportStore(
      traced(new S3Client({})),
      config.exportBucket,
    ),
  };
}
