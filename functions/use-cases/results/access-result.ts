/**
 * The result of an access (Art. 15) or portability (Art. 20) request: the package, built once
 * from every processor's part and files, and the shopper's one download link. With the
 * merchant's release review (Art. 15(4)) the link waits (release-result.ts). Where every
 * organisation holds nothing, a plain answer saying so instead (no package).
 */
import { DOWNLOAD_MAX_USES } from '#domain/links.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { noneHeldAnywhere, withStatusLink } from '#presentation/emails.ts';
import {
  accessPackageEmail,
  noDataEmail,
  resultCopyEmail,
} from '#presentation/package-emails.ts';
import { issueLink } from '../links.ts';
import { issueStatusLink } from '../request-status.ts';
import {
  type CompletionResult,
  closeCompleted,
  type ResultPorts,
  resultEvent,
  sendResult,
} from './closing.ts';
import type { ResultRow } from './rows.ts';

export async function completeAccess(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  round: number,
  ports: ResultPorts,
): Promise<CompletionResult> {
  // Every organisation answered that it holds nothing: the shopper is told so plainly, with no
  // package to download and nothing for the merchant to review.
  if (noneHeldAnywhere(rows)) {
    await sendResult(request, 'result:package', ports, async () =>
      withStatusLink(
        noDataEmail(merchant, request, rows),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    );
    await sendResult(
      request,
      'result-copy',
      ports,
      async () => resultCopyEmail(merchant, request, rows),
      false,
    );
    return closeCompleted(request, merchant, ports, round);
  }
  const key = await buildPackage(request, merchant, rows, ports);
  if (merchant.releaseReview) {
    // The shopper's link waits for a person at the merchant (the release step sends it).
    if (request.release?.state !== 'AWAITING') {
      await ports.requests.update(request.requestId, {
        release: { state: 'AWAITING' },
        updatedAt: ports.clock.now().toISOString(),
      });
    }
    return { status: 'IN_PROGRESS', review: true, round };
  }
  await sendPackage(request, merchant, key, rows, ports);
  return closeCompleted(request, merchant, ports, round);
}

/** Builds the package once: a retry after its key was stored reuses it. */
async function buildPackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  ports: ResultPorts,
): Promise<string> {
  if (request.exportKeys?.package) return request.exportKeys.package;
  // The package's writer (CSV and its report) loads only for an access or portability result.
  const { writeAccessPackage } = await import('../access-package.ts');
  const built = await writeAccessPackage(
    request,
    merchant,
    rows.map(({ processor, job, statement }) => ({
      processor,
      partKey: job.partKey,
      statement,
      files: job.files,
    })),
    ports,
  );
  // Recorded before the key that makes a retry reuse the package (keyed: a retry that builds
  // it again records it once).
  await resultEvent(ports, request, 'ExportWritten', {
    key: built.key,
    bytes: built.bytes,
    files: built.files,
    sources: built.index.sources.length,
    records: built.index.total(),
    ...(built.index.invalidLines
      ? { invalidLines: built.index.invalidLines }
      : {}),
  });
  await ports.requests.update(request.requestId, {
    exportKeys: { ...request.exportKeys, package: built.key },
    // What the release review may leave out: the categories each processor's part holds.
    packageContents: built.index.sources.map((s) => ({
      processorId: s.processorId,
      categories: s.categories,
    })),
    updatedAt: ports.clock.now().toISOString(),
  });
  return built.key;
}

/**
 * Emails the shopper the package's download link (one action, valid 14 days, 5 downloads) with
 * what each processor answered, and the merchant's privacy contact the same answers with the
 * processors' notes.
 */
export async function sendPackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  key: string,
  rows: ResultRow[],
  ports: ResultPorts,
) {
  await sendResult(request, 'result:package', ports, () =>
    packageEmail(request, merchant, key, rows, ports),
  );
  await sendResult(
    request,
    'result-copy',
    ports,
    async () => resultCopyEmail(merchant, request, rows),
    false,
  );
}

/**
 * The shopper's answer to an access request: what each processor answered and one new download
 * link to the package (14 days, {@link DOWNLOAD_MAX_USES} downloads), with the link's hash, so
 * a console member can later replace it (use-cases/reissue-download.ts sends this again).
 */
export async function packageEmail(
  request: DsrRequest,
  merchant: MerchantConfig,
  key: string,
  rows: ResultRow[],
  ports: Pick<ResultPorts, 'links' | 'clock' | 'settings'>,
): Promise<{ email: OutboundEmail; ref: string }> {
  const link = await issueLink('download', request.requestId, ports, {
    objectKey: key,
    filename: `${merchant.merchantId}-data-${requestReference(request.requestId)}.zip`,
  });
  const status = await issueStatusLink(request.requestId, ports);
  return {
    email: withStatusLink(
      accessPackageEmail(merchant, request, rows, {
        ...link,
        maxUses: DOWNLOAD_MAX_USES,
      }),
      merchant,
      request,
      status.url,
    ),
    ref: link.tokenHash,
  };
}
