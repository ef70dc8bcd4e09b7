import { LinkGoneError, LinkInvalidError } from '#domain/errors.ts';
import { DOWNLOAD_MAX_USES, DOWNLOAD_URL_TTL_SECONDS } from '#domain/links.ts';
import type { Ports } from '#ports/index.ts';
import { inspectLink } from './links.ts';

/**
 * The emailed export link: lives 14 days and works for {@link DOWNLOAD_MAX_USES} downloads. Each
 * use is counted by one conditional write before anything is handed out (parallel clicks cannot
 * get past the cap) and answered with a fresh presigned URL valid {@link DOWNLOAD_URL_TTL_SECONDS}
 * seconds; each is audited (which file and which use, never who).
 */
export async function downloadExport(
  secret: string,
  ports: Pick<Ports, 'links' | 'audit' | 'exports' | 'clock'>,
): Promise<{ location: string }> {
  const link = await inspectLink(secret, 'download', ports, {
    singleUse: false,
  });
  if (!link.objectKey || !link.filename) throw new LinkInvalidError();
  // Counted: a forwarded or leaked link stops working after a few downloads.
  const use = await ports.links.countUse(
    link.tokenHash,
    DOWNLOAD_MAX_USES,
    ports.clock.now().toISOString(),
  );
  if (use === undefined) throw new LinkGoneError('used');
  const location = await ports.exports.presignDownload(
    link.objectKey,
    link.filename,
    DOWNLOAD_URL_TTL_SECONDS,
  );
  await ports.audit.append({
    requestId: link.requestId,
    type: 'ExportDownloaded',
    at: ports.clock.now().toISOString(),
    actor: 'subject',
    details: { file: link.filename.split('.').pop() ?? 'file', use },
  });
  return { location };
}
