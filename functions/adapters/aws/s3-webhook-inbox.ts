/**
 * Verified webhook bodies in the inbound bucket. Apart from the mailbox (s3-inbound-mailbox.ts),
 * whose parser (postal-mime, ~90 KB) the webhook's functions never need.
 */
import {
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { webhookKey } from '#domain/inbound/inbound-keys.ts';
import type { WebhookInbox } from '#ports/webhooks.ts';

/** Verified webhook bodies in the inbound bucket (same key, same lifecycle as the messages). */
export class S3WebhookInbox implements WebhookInbox {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async store(merchantId: string, webhookId: string, body: Uint8Array) {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: webhookKey(merchantId, webhookId),
        Body: body,
        ContentType: 'application/json',
      }),
    );
  }

  async read(merchantId: string, webhookId: string) {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: webhookKey(merchantId, webhookId),
        }),
      );
      return await out.Body?.transformToByteArray();
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey')
        return undefined;
      throw error;
    }
  }
}
