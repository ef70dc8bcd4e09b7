import type { ExportStore } from '#ports/export-store.ts';
import type { Config } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';

/**
 * The export store, loaded on its first use: the S3 client, lib-storage and the presigners
 * (a few hundred KB) stay on disk in the functions and on the paths that never touch the bucket
 * (erasures, a processor's page without uploads, a gone link), so they cost no cold start there.
 */
export function s3Exports(config: Config): { exports: ExportStore } {
  if (!config.exportBucket)
    throw new Error('Missing environment variable EXPORT_BUCKET');
  const load = onFirstUse(() =>
    import('./s3-store.ts').then((m) =>
      m.createS3ExportStore(config.exportBucket),
    ),
  );
  return {
    exports: {
      put: async (...args) => (await load()).put(...args),
      getText: async (key) => (await load()).getText(key),
      async *readLines(key) {
        yield* (await load()).readLines(key);
      },
      putArchive: async (...args) => (await load()).putArchive(...args),
      presignDownload: async (...args) =>
        (await load()).presignDownload(...args),
      presignUpload: async (policy) => (await load()).presignUpload(policy),
      list: async (prefix, limit) => (await load()).list(prefix, limit),
      readHead: async (key, bytes) => (await load()).readHead(key, bytes),
      open: async (key) => (await load()).open(key),
      delete: async (key) => (await load()).delete(key),
    },
  };
}
