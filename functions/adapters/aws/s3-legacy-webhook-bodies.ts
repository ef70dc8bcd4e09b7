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

  /** The body while its claim would have lived (stored less than `claimDays` before `now`). */
  async read(
    merchantId: string,
    webhookId: string,
    now: string,
  ): Promise<Uint8Array | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: legacyWebhookKey(merchantId, webhookId),
        }),
      );
      // A few KB: read whole either way, so the connection goes back to the pool.
      const body = await out.Body?.transformToByteArray();
      const stored = out.LastModified?.getTime();
      return stored !== undefined &&
        stored + this.claimDays * 86_400_000 > Date.parse(now)
        ? body
        : undefined;
    } catch (error) {
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
