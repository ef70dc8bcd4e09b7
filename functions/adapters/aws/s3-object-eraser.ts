import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectEraser } from '#ports/offboarding.ts';

/**
 * {@link ObjectEraser} on one bucket: ListObjectsV2 pages of up to 1,000 keys, each page deleted
 * by one DeleteObjects (at most 1,000 keys a request: S3 API Reference, DeleteObjects). Keys
 * S3 could not delete are an error, so the run is retried and resumes where it stopped.
 */
export class S3ObjectEraser implements ObjectEraser {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async erasePrefix(prefix: string): Promise<number> {
    let erased = 0;
    for (;;) {
      // Always the first page: what was deleted is no longer listed.
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          MaxKeys: 1000,
        }),
      );
      const found = (page.Contents ?? []).flatMap((o) =>
        o.Key ? [o.Key] : [],
      );
      if (found.length === 0) return erased;
      erased += await this.eraseKeys(found);
    }
  }

  async eraseKeys(keys: string[]): Promise<number> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      const out = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      // Quiet mode lists only the keys S3 failed to delete (a missing key is not a failure).
      if (out.Errors?.length)
        throw new Error(
          `S3 could not delete ${out.Errors.length} object(s): ${out.Errors[0]?.Code ?? 'unknown'}`,
        );
    }
    return keys.length;
  }
}
