/**
 * A console member downloads an attachment of a request that came by email (issue 20): the
 * message's attachments are kept as sent and never opened by us, so the member gets the bytes
 * as a file (a short-lived presigned URL, `Content-Disposition: attachment`, opaque type),
 * never a page that renders them. Any member who may see the request may download; each
 * download is audited (which attachment, by whom), and the request itself is not changed.
 */
import { RequestNotFoundError } from '#domain/errors.ts';
import { ATTACHMENT_KEY_PREFIX } from '#domain/inbound/inbound-keys.ts';
import { DOWNLOAD_URL_TTL_SECONDS } from '#domain/links.ts';
import type { AttachmentDownloads } from '#ports/inbound-mail.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, scopedRequest } from './session.ts';

export async function attachmentDownload(
  member: ConsoleMember,
  requestId: string,
  index: string,
  ports: Pick<ConsolePorts, 'requests' | 'merchants' | 'audit' | 'clock'> & {
    attachments: AttachmentDownloads;
  },
): Promise<{ location: string }> {
  const { request } = await scopedRequest(member, requestId, 'see', ports);
  const n = /^\d{1,3}$/.test(index) ? Number(index) : -1;
  const attachment = request.inbound?.attachments[n];
  // Only the keys our inbox wrote; anything else is as unknown as a missing one.
  if (!attachment?.key.startsWith(ATTACHMENT_KEY_PREFIX))
    throw new RequestNotFoundError('attachment');
  const location = await ports.attachments.presign(
    attachment.key,
    attachment.name,
    DOWNLOAD_URL_TTL_SECONDS,
  );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'AttachmentDownloaded',
    at: ports.clock.now().toISOString(),
    actor: member.actor,
    details: { attachment: n, bytes: attachment.bytes },
  });
  return { location };
}
