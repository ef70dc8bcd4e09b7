/**
 * A new download link for an access package the shopper already received (lost the email, the
 * link ran out of downloads or days): the same package, a new link, the same email as the
 * answer (what each processor answered, one link), and every earlier download link of the
 * package ends at once (`LinkStore.revoke`), so a forwarded or leaked one stops working.
 * Refused when the package is gone (the bucket keeps packages `exportRetentionDays`).
 */
import type { Actor } from '#domain/audit.ts';
import { ActionNotPossibleError } from '#domain/console-errors.ts';
import type { Ports } from '#ports/index.ts';
import { loadRequestAndMerchant } from './load.ts';
import { packageEmail } from './results/access-result.ts';
import { resultRows } from './results/rows.ts';
import { sendOnce } from './send-once.ts';

/** Sent-mail purposes whose email carried a download link of the package (their `ref`). */
const DOWNLOAD_PURPOSE = /^(result:package|download:\d+)$/;

export async function reissueDownload(
  requestId: string,
  by: Actor,
  ports: Pick<
    Ports,
    | 'requests'
    | 'merchants'
    | 'links'
    | 'exports'
    | 'mailer'
    | 'sentMail'
    | 'audit'
    | 'clock'
    | 'settings'
  >,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(requestId, ports);
  const key = request.exportKeys?.package;
  if (
    request.status !== 'COMPLETED' ||
    (request.type !== 'access' && request.type !== 'portability') ||
    !key ||
    request.pseudonymisedAt
  )
    throw new ActionNotPossibleError('There is no package to send', 'notNow');
  if (!(await ports.exports.readHead(key, 1)))
    throw new ActionNotPossibleError('The package was deleted', 'packageGone');
  const sent = (await ports.sentMail.list(request.requestId)).filter((m) =>
    DOWNLOAD_PURPOSE.test(m.purpose),
  );
  const rows = await resultRows(request, merchant, ports);
  const mailed = await sendOnce(
    ports,
    {
      requestId: request.requestId,
      purpose: `download:${sent.filter((m) => m.purpose !== 'result:package').length + 1}`,
    },
    () => packageEmail(request, merchant, key, rows, ports),
  );
  const at = ports.clock.now().toISOString();
  const earlier = sent.map((m) => m.ref).filter((r): r is string => Boolean(r));
  for (const ref of earlier) await ports.links.revoke(ref, at);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DownloadLinkReissued',
    at,
    actor: by,
    details: { messageId: mailed.messageId, revokedLinks: earlier.length },
  });
}
