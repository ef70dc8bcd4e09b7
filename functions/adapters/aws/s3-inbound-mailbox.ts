import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import {
  INBOUND_KEY_PREFIX,
  inboundAttachmentKey,
} from '#domain/inbound/inbound-keys.ts';
import type { InboundMailbox, ParsedInbound } from '#ports/inbound-mail.ts';
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
