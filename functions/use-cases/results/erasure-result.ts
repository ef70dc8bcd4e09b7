/**
 * The result of an erasure request (Art. 17): the round's certificate (JSON record + HTML, its
 * fingerprint in the audit trail) to the merchant, the report to the shopper, and, when a legal
 * hold keeps part of the data for a limited time, the deferral until it ends (the held jobs
 * re-run then, as the next round).
 */
import {
  certificateController,
  certificateProcessor,
  certify,
  type ErasureCertificate,
} from '#domain/erasure-certificate.ts';
import { InvalidTransitionError } from '#domain/errors.ts';
import { certificateKeys } from '#domain/object-keys.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import {
  erasureDeferredEmail,
  erasureReportEmail,
  shopperLocale,
  withStatusLink,
} from '#presentation/emails.ts';
import { certificateHtml } from '#presentation/erasure-certificate.ts';
import { certificateEmail } from '#presentation/package-emails.ts';
import { complaintHtml, processorName } from '#presentation/register.ts';
import { issueLink } from '../links.ts';
import { nextWake } from '../plan-deferred-jobs.ts';
import { deferUntil } from '../processor-job-support.ts';
import { issueStatusLink } from '../request-status.ts';
import { sendOnce } from '../send-once.ts';
import {
  type CompletionResult,
  closeCompleted,
  type ResultPorts,
  resultEvent,
  sendResult,
} from './closing.ts';
import type { ResultRow } from './rows.ts';

export async function completeErasure(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  round: number,
  ports: ResultPorts,
): Promise<CompletionResult> {
  // Holds that end on their own: those jobs re-run when the last of them ends.
  const deferred = rows
    .map((r) => ({
      row: r,
      until: deferUntil(r.job.holds ?? [], r.job.finishedAt ?? r.job.startedAt),
    }))
    .filter((d): d is { row: ResultRow; until: string } => Boolean(d.until));
  const deferredUntil = deferred
    .map((d) => d.until)
    .sort()
    .at(-1);
  const certificate = await writeCertificate(
    request,
    merchant,
    rows,
    round,
    deferredUntil,
    ports,
  );
  await sendResult(request, `result:${round}`, ports, async () => {
    const shopperCopy = await issueLink('download', request.requestId, ports, {
      objectKey: certificate.keys.html,
      filename: `${certificateName(request, round)}.html`,
    });
    return withStatusLink(
      erasureReportEmail(
        merchant,
        request,
        rows,
        deferredUntil,
        shopperCopy.url,
      ),
      merchant,
      request,
      (await issueStatusLink(request.requestId, ports)).url,
    );
  });
  if (!deferredUntil) return closeCompleted(request, merchant, ports, round);

  const at = ports.clock.now();
  const processorIds = deferred.map((d) => d.row.processor.processorId);
  const moved = await ports.requests.transition(
    request.requestId,
    ['IN_PROGRESS'],
    'DEFERRED',
    {
      updatedAt: at.toISOString(),
      deferral: { until: deferredUntil, processorIds, round },
    },
  );
  if (!moved) throw new InvalidTransitionError(request.requestId, 'DEFERRED');
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ErasureDeferred',
    at: at.toISOString(),
    actor: 'system',
    fromStatus: 'IN_PROGRESS',
    toStatus: 'DEFERRED',
    key: `deferred:${round}`,
    details: { until: deferredUntil, jobs: processorIds.length, round },
  });
  // The merchant learns what waits and may cancel it (e.g. the data is needed for a claim).
  await sendOnce(
    ports,
    { requestId: request.requestId, purpose: `deferred:${round}` },
    async () => {
      const cancel = await issueLink('deferral', request.requestId, ports);
      return {
        email: erasureDeferredEmail(
          merchant,
          request,
          deferred.map((d) => processorName(d.row.processor, merchant.locale)),
          deferredUntil,
          cancel.url,
        ),
      };
    },
  );
  return { status: 'DEFERRED', wakeAt: nextWake(deferredUntil, at), round };
}

/** The name a certificate downloads as, the same for the shopper's and the merchant's copy. */
const certificateName = (request: DsrRequest, round: number) =>
  `erasure-certificate-${requestReference(request.requestId)}-${round}`;

/** The round's erasure certificate (JSON record + HTML), its fingerprint in the audit trail. */
async function writeCertificate(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  round: number,
  deferredUntil: string | undefined,
  ports: ResultPorts,
) {
  const keys = certificateKeys(request.requestId, round);
  // A retried step keeps the certificate (and fingerprint) it already wrote for this round, and
  // records and sends what it had not yet (both once).
  const certificate =
    (await storedCertificate(request, keys, ports)) ??
    (await storeCertificate(
      request,
      merchant,
      rows,
      round,
      deferredUntil,
      keys,
      ports,
    ));
  await resultEvent(
    ports,
    request,
    'ErasureCertified',
    { key: keys.json, sha256: certificate.sha256, round },
    `ErasureCertified:${round}`,
  );
  const base = certificateName(request, round);
  await sendOnce(
    ports,
    { requestId: request.requestId, purpose: `certificate:${round}` },
    async () => {
      const html = await issueLink('download', request.requestId, ports, {
        objectKey: keys.html,
        filename: `${base}.html`,
      });
      const json = await issueLink('download', request.requestId, ports, {
        objectKey: keys.json,
        filename: `${base}.json`,
      });
      return {
        email: certificateEmail(
          merchant,
          request,
          rows,
          { html: html.url, json: json.url, expiresAt: html.expiresAt },
          certificate.sha256,
        ),
      };
    },
  );
  return { certificate, keys };
}

/** The round's certificate as a retried step finds it, once its keys are stored. */
async function storedCertificate(
  request: DsrRequest,
  keys: ReturnType<typeof certificateKeys>,
  ports: ResultPorts,
): Promise<ErasureCertificate | undefined> {
  if (request.exportKeys?.certificateJson !== keys.json) return undefined;
  const stored = await ports.exports.getText(keys.json);
  return stored ? (JSON.parse(stored) as ErasureCertificate) : undefined;
}

/** Writes the round's certificate (JSON record and HTML) and stores its keys on the request. */
async function storeCertificate(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: ResultRow[],
  round: number,
  deferredUntil: string | undefined,
  keys: ReturnType<typeof certificateKeys>,
  ports: ResultPorts,
): Promise<ErasureCertificate> {
  const certificate = certify({
    requestId: request.requestId,
    merchant: certificateController(merchant),
    requestType: 'erasure',
    receivedAt: request.receivedAt,
    completedAt: ports.clock.now().toISOString(),
    round,
    ...(deferredUntil ? { deferredUntil } : {}),
    processors: rows.map(({ processor, job, statement }) =>
      certificateProcessor(processor, job, statement),
    ),
    // Art. 19: every recipient told of the erasure, with what was sent and when.
    recipients: rows
      .filter((r) => (r.job.disclosures ?? []).length > 0)
      .map(({ processor, job }) => ({
        processorId: processor.processorId,
        name: processor.name,
        disclosures: (job.disclosures ?? []).map((d) => ({
          call: d.call,
          identifiers: d.identifiers,
          at: d.at,
          round: d.round,
        })),
      })),
  });
  const tags = {
    'dsr-kind': 'erasure-certificate',
    'dsr-merchant': merchant.merchantId,
  };
  await ports.exports.put(
    keys.json,
    `${JSON.stringify(certificate, null, 2)}\n`,
    'application/json',
    tags,
  );
  // The shopper reads it in their language; the merchant's copy in the merchant's.
  await ports.exports.put(
    keys.html,
    certificateHtml(
      certificate,
      shopperLocale(merchant, request),
      complaintHtml(merchant, shopperLocale(merchant, request)),
    ),
    'text/html; charset=utf-8',
    tags,
  );
  await ports.requests.update(request.requestId, {
    exportKeys: {
      ...request.exportKeys,
      certificateJson: keys.json,
      certificateHtml: keys.html,
    },
    updatedAt: ports.clock.now().toISOString(),
  });
  return certificate;
}
