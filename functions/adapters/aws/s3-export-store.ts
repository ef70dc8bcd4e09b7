import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type {
  ArchiveEntry,
  ExportStore,
  ObjectTags,
  StoredObject,
  UploadForm,
  UploadPolicy,
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

/** The POST form's `tagging` field: the XML document S3 expects (POST Object, `tagging`). */
export function taggingXml(tags: ObjectTags): string {
  const xml = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) =>
        ({
          '&': '&amp;',
          '<': '&lt;',
          '>': '&gt;',
          '"': '&quot;',
          "'": '&apos;',
        })[c] as string,
    );
  const set = Object.entries(tags)
    .map(
      ([key, value]) =>
        `<Tag><Key>${xml(key)}</Key><Value>${xml(value)}</Value></Tag>`,
    )
    .join('');
  return `<Tagging><TagSet>${set}</TagSet></Tagging>`;
}

/** No such object, in the forms S3 answers a GetObject with (a ranged read of nothing: 416). */
function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error instanceof S3ServiceException && error.name === 'NoSuchKey')
  );
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

  /**
   * A presigned POST (SigV4 POST policy): the key must start with the prefix and ends with the
   * browser's file name (`${filename}`), the size is bounded by `content-length-range`, and the
   * redirect and tags are fixed (every form field must be covered by a condition, or S3 refuses
   * it). The bucket's default encryption (SSE-KMS) applies to the object as to any PutObject.
   * Signed with the function's role, whose temporary credentials also bound the form's life.
   */
  async presignUpload(policy: UploadPolicy): Promise<UploadForm> {
    const fields = {
      success_action_redirect: policy.redirectUrl,
      tagging: taggingXml(policy.tags),
    };
    const post = await createPresignedPost(this.s3, {
      Bucket: this.bucket,
      // createPresignedPost turns a key ending in ${filename} into a starts-with condition on the
      // prefix, and adds an exact condition for each field (redirect, tagging, bucket, SigV4).
      Key: `${policy.keyPrefix}\${filename}`,
      Conditions: [['content-length-range', 1, policy.maxBytes]],
      Fields: fields,
      Expires: policy.expiresInSeconds,
    });
    return { url: post.url, fields: post.fields };
  }

  async list(prefix: string, limit: number): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    let token: string | undefined;
    do {
      const out = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          // Full pages (S3's own default): a page costs the same whatever its size, and the
          // local emulator cannot continue a truncated listing on Node 24 (its tokens use DES).
          MaxKeys: 1000,
          ContinuationToken: token,
        }),
      );
      for (const item of out.Contents ?? []) {
        if (!item.Key) continue;
        found.push({
          key: item.Key,
          bytes: item.Size ?? 0,
          lastModified: (item.LastModified ?? new Date(0)).toISOString(),
        });
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token && found.length < limit);
    return found.slice(0, limit);
  }

  async readHead(key: string, bytes: number): Promise<Uint8Array | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: `bytes=0-${bytes - 1}`,
        }),
      );
      return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
    } catch (error) {
      if (isMissing(error)) return undefined;
      // An empty object has no byte 0 to range over.
      if (error instanceof S3ServiceException && error.name === 'InvalidRange')
        return new Uint8Array();
      throw error;
    }
  }

  async open(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      return (out.Body as AsyncIterable<Uint8Array> | undefined) ?? empty();
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: key }),
    );
  }
}

async function* empty(): AsyncGenerator<Uint8Array> {}
