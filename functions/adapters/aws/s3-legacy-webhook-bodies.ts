/**
 * Verified Shopify webhook bodies the front kept in the inbound bucket
 * (`webhooks/<merchantId>/<webhookId>`) before they moved to the table with their claim
 * (dynamo-webhook-inbox.ts). A deployment updating from that version updates the worker before
 * the front (the front names the worker), so for a while the old front keeps bodies here and
 * starts the new worker: the worker reads them from here when the table has none, and deletes
 * each once its request is made (composition/aws/webhook-worker.ts). Loaded only then: the usual
 * delivery never touches S3. Can go 120 days after the last such deployment updated (the
 * bucket's lifecycle has deleted what is left by then).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  type S3Client,
} from '@aws-sdk/client-s3';
import { legacyWebhookKey } from '#domain/inbound/inbound-keys.ts';

export class S3LegacyWebhookBodies {
  /** `claimDays`: how long a claim holds a webhook id; a body stored longer ago is not acted on. */
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly claimDays: number,
  ) {}

  /**
   * The body while its claim would have lived (stored less than `claimDays` before `now`). The key
   * is listed first: S3 answers a GetObject of a missing key 403 to a role that may not list the
   * bucket (GetObject's API reference), and the role may list only `webhooks/` (inbound-channels.ts).
   */
  async read(
    merchantId: string,
    webhookId: string,
    now: string,
  ): Promise<Uint8Array | undefined> {
    const key = legacyWebhookKey(merchantId, webhookId);
    // A key sorts before every longer key it is a prefix of: it comes first if it exists.
    const listed = await this.s3.send(
      new ListObjectsV2Command({
        Bucket: this.bucket,
        Prefix: key,
        MaxKeys: 1,
      }),
    );
    const stored = listed.Contents?.find((o) => o.Key === key)?.LastModified;
    if (
      stored === undefined ||
      stored.getTime() + this.claimDays * 86_400_000 <= Date.parse(now)
    )
      return undefined;
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      return await out.Body?.transformToByteArray();
    } catch (error) {
      // Deleted since it was listed (the worker's retry, the bucket's lifecycle).
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey')
        return undefined;
      throw error;
    }
  }

  /** Deletes the body once its worker is done (S3 answers 204 for a key already gone). */
  async discard(merchantId: string, webhookId: string): Promise<void> {
    await this.s3.send(
      new DeleteObjectCommand({
        Bucket: this.bucket,
        Key: legacyWebhookKey(merchantId, webhookId),
      }),
    );
  }
}
