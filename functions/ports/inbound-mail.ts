import type {
  InboundAttachment,
  InboundMessage,
} from '#domain/inbound/inbound-mail.ts';

/**
 * The messages of the privacy inbox, as SES (or the local SMTP listener) stored them: the raw
 * message at `inbound/<messageId>`, its attachments kept beside it once a request is made.
 * Implementations never log a message's content or addresses.
 */
export interface InboundMailbox {
  /** Reads and parses a stored message; undefined when it is gone (lifecycle, duplicate). */
  read(messageId: string): Promise<ParsedInbound | undefined>;
  /**
   * Stores each attachment as an object of its own (its bytes as sent, never opened) and
   * returns their keys, in the order of `parsed.attachments`.
   */
  keepAttachments(messageId: string, parsed: ParsedInbound): Promise<string[]>;
  /** Deletes a message that starts no request (an auto-reply, a bounce): nothing kept of it. */
  discard(messageId: string): Promise<void>;
}

/** A parsed message with its attachments' bytes (kept by the adapter, never read by use cases). */
export interface ParsedInbound extends InboundMessage {
  attachments: (InboundAttachment & { content: Uint8Array })[];
}

/**
 * The kept attachments of inbound messages, handed to a console member as a download: a
 * short-lived URL that saves the bytes as sent, as opaque data, never shown in the browser.
 */
export interface AttachmentDownloads {
  /**
   * A URL valid `expiresInSeconds` that downloads `key` (an `attachments/…` key) as `filename`
   * with `Content-Disposition: attachment` and `Content-Type: application/octet-stream`.
   */
  presign(
    key: string,
    filename: string,
    expiresInSeconds: number,
  ): Promise<string>;
}
