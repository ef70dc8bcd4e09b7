/**
 * Presigned downloads of an emailed request's attachments for the console. Apart from the
 * mailbox (s3-inbound-mailbox.ts), whose parser (postal-mime, ~90 KB) the console never needs.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { AttachmentDownloads } from '#ports/inbound-mail.ts';

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
