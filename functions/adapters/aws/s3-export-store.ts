import {
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type {
  ArchiveEntry,
  ExportStore,
  ObjectTags,
} from '#ports/export-store.ts';
import { lines, zipStream } from '../zip.ts';

/** Multipart part size and parallel parts: memory held by an upload is about their product. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/** S3's `x-amz-tagging` form of object tags. */
function tagging(tags: ObjectTags | undefined): string | undefined {
  if (!tags || Object.keys(tags).length === 0) return undefined;
  return new URLSearchParams(tags).toString();
}

/** {@link ExportStore} on S3; the bucket's default encryption (SSE-KMS) applies to every object. */
export class S3ExportStore implements ExportStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(
    key: string,
    body: string,
    contentType: string,
    tags?: ObjectTags,
  ): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        Tagging: tagging(tags),
      }),
    );
  }

  async *readLines(key: string): AsyncIterable<string> {
    let body: AsyncIterable<Uint8Array>;
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      if (!out.Body) return;
      body = out.Body as AsyncIterable<Uint8Array>;
    } catch (error) {
      if (error instanceof NoSuchKey) return;
      throw error;
    }
    yield* lines(body);
  }

  /** A multipart upload fed by the zip stream (lib-storage); a failure aborts the upload. */
  async putArchive(
    key: string,
    entries: AsyncIterable<ArchiveEntry>,
    tags?: ObjectTags,
  ): Promise<{ bytes: number }> {
    const zip = zipStream(entries);
    const upload = new Upload({
      client: this.s3,
      params: {
        Bucket: this.bucket,
        Key: key,
        Body: zip.stream,
        ContentType: 'application/zip',
        Tagging: tagging(tags),
      },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    await upload.done();
    return { bytes: zip.bytes() };
  }

  async getText(key: string): Promise<string | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      return await out.Body?.transformToString('utf-8');
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async presignDownload(
    key: string,
    filename: string,
    expiresInSeconds: number,
  ): Promise<string> {
    const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '_');
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: `attachment; filename="${safeName}"`,
      }),
      { expiresIn: expiresInSeconds },
    );
  }
}
