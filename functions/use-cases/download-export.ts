import { LinkGoneError, LinkInvalidError } from '#domain/errors.ts';
import { DOWNLOAD_MAX_USES } from '#domain/links.ts';
import type { Ports } from '#ports/index.ts';
import { inspectLink } from './links.ts';

/**
 * The emailed export link: answers with a presigned URL valid for minutes, while the link itself
 * lives 14 days and works for {@link DOWNLOAD_MAX_USES} downloads. Each use is counted and audited
 * (which file, never who).
 */
export async function downloadExport(
  secret: string,
  ports: Pick<Ports, 'links' | 'audit' | 'exports' | 'clock' | 'settings'>,
): Promise<{ location: string }> {
  const link = await inspectLink(secret, 'download', ports, {
    singleUse: false,
  });
  if (!link.objectKey || !link.filename) throw new LinkInvalidError();
  // Counted: a forwarded or leaked link stops working after a few downloads.
  if ((link.uses ?? 0) >= DOWNLOAD_MAX_USES) throw new LinkGoneError('used');
  const location = await ports.exports.presignDownload(
    link.objectKey,
    link.filename,
    ports.settings.presignSeconds,
  );
  await ports.links.countUse(link.tokenHash);
  await ports.audit.append({
    requestId: link.requestId,
    type: 'ExportDownloaded',
    at: ports.clock.now().toISOString(),
    actor: 'subject',
    details: {
      file: link.filename.split('.').pop() ?? 'file',
      use: (link.uses ?? 0) + 1,
    },
  });
  return { location };
}
