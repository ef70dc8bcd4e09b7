/**
 * The release step of a reviewed access package (Art. 15(4)), after the merchant's review link
 * resumed the workflow: only the link that resumed it decides. Release: the shopper gets the
 * link and the request completes; released without some parts, the package is written again
 * without them first, and the shopper is told what was left out, why, and the right to complain
 * (a partial refusal, Art. 12(4)). Withhold: the shopper is told the reason and the right to
 * complain, and the request ends DENIED.
 */
import { LinkGoneError } from '#domain/errors.ts';
import {
  keepsFile,
  type LeftOut,
  leftOutSummary,
} from '#domain/package-parts.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { denialEmail, withStatusLink } from '#presentation/emails.ts';
import { closeDenied } from '../deny-request.ts';
import { issueStatusLink } from '../request-status.ts';
import { sendOnce } from '../send-once.ts';
import { sendPackage } from './access-result.ts';
import {
  type CompletionResult,
  closeCompleted,
  type ResultPorts,
  resultEvent,
} from './closing.ts';
import { type ResultRow, resultRows } from './rows.ts';

/**
 * Art. 15(4), EDPB Guidelines 01/2022 §6.2: the package written again, under the same key,
 * without the parts the merchant left out (their records skipped, their files not added), and
 * with report.html saying what was left out and why; audited as `ExportPartsLeftOut`. Repeated by
 * a retried step, it writes the same package again.
 */
async function rebuildWithout(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  leftOut: LeftOut,
  ports: ResultPorts,
): Promise<void> {
  // The package's writer (CSV and its report) loads only for an access or portability result.
  const { writeAccessPackage } = await import('../access-package.ts');
  const built = await writeAccessPackage(
    request,
    merchant,
    rows.map(({ processor, job, statement }) => ({
      processor,
      partKey: job.partKey,
      statement,
      files: job.files?.filter((_, i) =>
        keepsFile(leftOut, processor.processorId, i),
      ),
    })),
    ports,
    leftOut,
  );
  const summary = leftOutSummary(leftOut);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ExportPartsLeftOut',
    at: ports.clock.now().toISOString(),
    actor: 'merchant',
    key: 'parts-left-out',
    details: {
      parts: leftOut.parts.length,
      processors: summary.length,
      categories: summary.reduce((n, s) => n + s.categories.length, 0),
      files: summary.reduce((n, s) => n + s.files, 0),
      key: built.key,
      bytes: built.bytes,
      records: built.index.total(),
      reasonGiven: leftOut.reason.length > 0,
    },
  });
}

export async function releasePackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  releaseLink: string | null,
  round: number,
  ports: ResultPorts,
): Promise<CompletionResult> {
  const link = releaseLink ? await ports.links.get(releaseLink) : undefined;
  const decision = link?.purpose === 'release' ? link.decision : undefined;
  if (
    !decision ||
    link?.requestId !== request.requestId ||
    request.status !== 'IN_PROGRESS' ||
    !request.exportKeys?.package
  )
    throw new LinkGoneError('used');
  const at = ports.clock.now().toISOString();
  if (decision.outcome === 'approve') {
    const rows = await resultRows(request, merchant, ports);
    const leftOut = decision.leftOut?.parts.length
      ? decision.leftOut
      : undefined;
    // Recorded before the email, which (like report.html) says what was left out and why.
    const released: DsrRequest = {
      ...request,
      release: { state: 'RELEASED', at, ...(leftOut ? { leftOut } : {}) },
    };
    if (leftOut) await rebuildWithout(released, merchant, rows, leftOut, ports);
    await sendPackage(
      released,
      merchant,
      request.exportKeys.package,
      rows,
      ports,
    );
    await ports.requests.update(request.requestId, {
      release: released.release,
      updatedAt: at,
    });
    await resultEvent(ports, request, 'ExportReleased', {
      by: decision.by ?? 'merchant-link',
    });
    return closeCompleted(request, merchant, ports, round);
  }
  const reason = decision.reason ?? '';
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose: 'withheld' },
    async () => ({
      email: withStatusLink(
        denialEmail(merchant, request, reason),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    }),
  );
  await ports.requests.update(request.requestId, {
    release: { state: 'WITHHELD', reason, at },
    decision: {
      outcome: 'deny',
      reason,
      by: decision.by ?? 'merchant-link',
      at,
    },
    updatedAt: at,
  });
  await resultEvent(ports, request, 'ExportWithheld', {
    messageId: sent.messageId,
  });
  await closeDenied(request, merchant, 'IN_PROGRESS', at, ports);
  return { status: 'DENIED', round };
}
