import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  INBOUND_KEY_PREFIX,
  inboundAttachmentKey,
  webhookKey,
} from '#domain/inbound/inbound-keys.ts';
import type {
  AttachmentDownloads,
  InboundMailbox,
  ParsedInbound,
} from '#ports/inbound-mail.ts';
import type { WebhookInbox } from '#ports/webhooks.ts';
import { parseMail } from '../mail/parse-mail.ts';

/** The inbound bucket: SES's S3 action (or the local SMTP listener) writes `inbound/<messageId>`. */
export class S3InboundMailbox implements InboundMailbox {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async read(messageId: string): Promise<ParsedInbound | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: `${INBOUND_KEY_PREFIX}${messageId}`,
        }),
      );
      const raw = await out.Body?.transformToByteArray();
      return raw ? parseMail(raw) : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey')
        return undefined;
      throw error;
    }
  }

  async keepAttachments(
    messageId: string,
    parsed: ParsedInbound,
  ): Promise<string[]> {
    const keys: string[] = [];
    for (const [i, a] of parsed.attachments.entries()) {
      const key = inboundAttachmentKey(messageId, i);
      // Served only as a download (never inline) and as opaque bytes: we never open it.
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: a.content,
          ContentType: 'application/octet-stream',
          ContentDisposition: 'attachment',
        }),
      );
      keys.push(key);
    }
    return keys;
  }

  async discard(messageId: string): Promise<void> {
    await this.s3.send(
      new DeleteObjectCommand({
        Bucket: this.bucket,
        Key: `${INBOUND_KEY_PREFIX}${messageId}`,
      }),
    );
  }
}

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

/**
 * {@link AttachmentDownloads}: a presigned GetObject whose response headers S3 overrides
 * (`response-content-disposition`, `response-content-type`: S3 API Reference, GetObject), so the
 * browser saves the file whatever type the sender declared, and never renders it.
 */
export class S3AttachmentDownloads implements AttachmentDownloads {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  presign(key: string, filename: string, expiresInSeconds: number) {
    // The name as a plain ASCII token (quotes, slashes and non-ASCII replaced): it is the sender's.
    const safeName =
      filename.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'attachment';
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: `attachment; filename="${safeName}"`,
        ResponseContentType: 'application/octet-stream',
      }),
      { expiresIn: expiresInSeconds },
    );
  }
}
