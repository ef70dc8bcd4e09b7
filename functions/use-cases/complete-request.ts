import {
  certify,
  type ErasureCertificate,
} from '#domain/erasure-certificate.ts';
import {
  InvalidTransitionError,
  JobsFailedError,
  LinkGoneError,
} from '#domain/errors.ts';
import { DOWNLOAD_MAX_USES } from '#domain/links.ts';
import { certificateKeys } from '#domain/object-keys.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import { closing } from '#domain/retention.ts';
import {
  type MerchantConfig,
  ProcessorConfig,
  type ProcessorJobResult,
} from '#domain/schemas.ts';
import type { Hold } from '#ports/connectors.ts';
import type { Ports } from '#ports/index.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import {
  denialEmail,
  erasureDeferredEmail,
  erasureReportEmail,
  requestDoneEmail,
  shopperLocale,
  withStatusLink,
} from '#presentation/emails.ts';
import { certificateHtml } from '#presentation/erasure-certificate.ts';
import {
  accessPackageEmail,
  certificateEmail,
} from '#presentation/package-emails.ts';
import { writeAccessPackage } from './access-package.ts';
import { closeDenied } from './deny-request.ts';
import { issueLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { nextWake } from './plan-deferred-jobs.ts';
import { processorOf, resultOf } from './processor-job-support.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

export interface CompletionResult {
  status: DsrRequest['status'];
  wakeAt?: string;
  round: number;
  /** The access package waits for the merchant's release review. */
  review?: boolean;
}

type CompletePorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'exports'
  | 'mailer'
  | 'clock'
  | 'settings'
  | 'metrics'
  | 'sentMail'
>;

/**
 * Closes an approved request once every processor job has ended.
 * Any FAILED job: record each failure and throw {@link JobsFailedError} (the workflow's jobs failure path).
 * Access/portability (Arts 15, 20): assemble data.json + data.csv from the parts and email download links.
 * Erasure (Art. 17): store the per-processor report and email it. Others: email the outcome.
 * The email goes out before the status closes: a retry may repeat an email but never loses one.
 */
export async function completeRequest(
  input: {
    requestId: string;
    jobs: ProcessorJobResult[];
    round?: number;
    /** Set by the release step: the hash of the review link that resumed the workflow. */
    releaseLink?: string | null;
  },
  ports: CompletePorts,
): Promise<CompletionResult> {
  const round = input.round ?? 1;
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  if (request.status === 'COMPLETED' || request.status === 'DENIED') {
    // A retry after a crash between the status change and its event: the event, once.
    if (request.status === 'COMPLETED') await completedEvent(request, ports);
    return { status: request.status, round };
  }
  if (input.releaseLink !== undefined)
    return releasePackage(request, merchant, input.releaseLink, round, ports);
  // A retry after the deferral was recorded: wait as planned, without a second report.
  if (request.status === 'DEFERRED' && request.deferral)
    return {
      status: request.status,
      wakeAt: nextWake(request.deferral.until, ports.clock.now()),
      round,
    };

  // Every processor's latest job (a deferred round re-runs only the held ones).
  const stored = new Map(
    (await ports.requests.listJobs(request.requestId)).map((j) => [
      j.processorId,
      j,
    ]),
  );
  // A job that failed after the dispatch (no answer, a refused poll, "could not") is FAILED in
  // the store only: the input holds what the dispatch answered.
  const failedInRound = [...stored.values()].filter(
    (j) => (j.round ?? 1) === round && j.state === 'FAILED',
  );
  const failed = [
    ...input.jobs.filter((j) => j.outcome === 'FAILED'),
    ...failedInRound
      .filter(
        (j) =>
          !input.jobs.some(
            (i) => i.processorId === j.processorId && i.outcome === 'FAILED',
          ),
      )
      .map(resultOf),
  ];
  if (failed.length > 0) {
    for (const job of failed) {
      const record = stored.get(job.processorId);
      // Already recorded FAILED by the job step (audited and counted there).
      if (record?.state === 'FAILED') continue;
      // Failed in the workflow (retries exhausted, no answer): record it, keeping what the job
      // recorded (disclosures, evidence, round).
      const now = ports.clock.now().toISOString();
      await ports.requests.saveJob({
        ...record,
        requestId: request.requestId,
        processorId: job.processorId,
        state: 'FAILED',
        startedAt: record?.startedAt ?? now,
        finishedAt: now,
        error: job.error ?? 'Unknown',
      });
      await ports.audit.append({
        requestId: request.requestId,
        type: 'ProcessorJobFailed',
        at: now,
        actor: `processor:${job.processorId}`,
        details: {
          processorId: job.processorId,
          error: job.error ?? 'Unknown',
        },
      });
      ports.metrics.record('JobsFinished', 1, {
        dimensions: { processor: job.processorId, outcome: 'FAILED' },
      });
    }
    throw new JobsFailedError(failed.map((j) => j.processorId));
  }

  const fromInput = new Map(input.jobs.map((j) => [j.processorId, j]));
  const ids = [...new Set([...fromInput.keys(), ...stored.keys()])];
  const rows = ids.map((id) => {
    const record = stored.get(id);
    return {
      job: record
        ? resultOf(record)
        : (fromInput.get(id) as ProcessorJobResult),
      processor: reportedProcessor(merchant, id),
      holds: record?.holds,
      disclosures: record?.disclosures ?? [],
    };
  });
  const deferred = rows.filter((r) => r.job.holdUntil);
  const deferredUntil =
    request.type === 'erasure' && deferred.length
      ? (deferred
          .map((r) => r.job.holdUntil as string)
          .sort()
          .at(-1) as string)
      : undefined;
  if (request.type === 'access' || request.type === 'portability') {
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
    await sendPackage(request, merchant, key, ports);
  } else if (request.type === 'erasure') {
    const certificate = await writeCertificate(
      request,
      merchant,
      rows,
      round,
      deferredUntil,
      ports,
    );
    await sendResult(request, `result:${round}`, ports, async () => {
      const shopperCopy = await issueLink(
        'download',
        request.requestId,
        ports,
        {
          objectKey: certificate.keys.html,
          filename: `${certificateName(request, round)}.html`,
        },
      );
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
  } else {
    await sendResult(request, `result:${round}`, ports, async () =>
      withStatusLink(
        requestDoneEmail(merchant, request, rows),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    );
  }

  if (deferredUntil) {
    const at = ports.clock.now();
    const processorIds = deferred.map((r) => r.processor.processorId);
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
            deferred.map((r) => r.processor.name),
            deferredUntil,
            cancel.url,
          ),
        };
      },
    );
    return {
      status: 'DEFERRED',
      wakeAt: nextWake(deferredUntil, at),
      round,
    };
  }

  return closeCompleted(request, merchant, ports, round);
}

/** `RequestCompleted`, keyed: stored once however often it is appended. */
async function completedEvent(
  request: DsrRequest,
  ports: CompletePorts,
  at = request.completedAt ?? ports.clock.now().toISOString(),
) {
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestCompleted',
    at,
    actor: 'system',
    fromStatus: 'IN_PROGRESS',
    toStatus: 'COMPLETED',
    key: 'RequestCompleted',
  });
}

/** IN_PROGRESS → COMPLETED, audited and counted. */
async function closeCompleted(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: CompletePorts,
  round: number,
): Promise<CompletionResult> {
  const now = ports.clock.now().toISOString();
  const completed = await ports.requests.transition(
    request.requestId,
    ['IN_PROGRESS'],
    'COMPLETED',
    { ...closing(now, merchant), updatedAt: now },
  );
  // Cancelled or failed meanwhile: the result went out, but the request is not COMPLETED.
  if (!completed)
    throw new InvalidTransitionError(request.requestId, 'COMPLETED');
  await completedEvent(request, ports, now);
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'COMPLETED' },
  });
  ports.metrics.record(
    'TimeToComplete',
    Date.parse(now) - Date.parse(request.receivedAt),
    { unit: 'Milliseconds', dimensions: { type: request.type } },
  );
  return { status: 'COMPLETED', round };
}

type Row = {
  job: ProcessorJobResult;
  processor: MerchantConfig['processors'][number];
  holds?: Hold[];
  disclosures: NonNullable<
    Awaited<ReturnType<Ports['requests']['listJobs']>>[number]['disclosures']
  >;
};

/** Builds the package once: a retry after it was written reuses it. */
async function buildPackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: Row[],
  ports: CompletePorts,
): Promise<string> {
  if (request.exportKeys?.package) return request.exportKeys.package;
  const built = await writeAccessPackage(
    request,
    merchant,
    rows.map(({ processor, job }) => ({ processor, partKey: job.partKey })),
    ports,
  );
  await ports.requests.update(request.requestId, {
    exportKeys: { ...request.exportKeys, package: built.key },
    updatedAt: ports.clock.now().toISOString(),
  });
  await audit(ports, request, 'ExportWritten', {
    key: built.key,
    bytes: built.bytes,
    files: built.files,
    sources: built.index.sources.length,
    records: built.index.total(),
    ...(built.index.invalidLines
      ? { invalidLines: built.index.invalidLines }
      : {}),
  });
  return built.key;
}

/** Emails the shopper the package's download link: one action, valid 14 days, 5 downloads. */
async function sendPackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  key: string,
  ports: CompletePorts,
) {
  await sendResult(request, 'result:package', ports, async () => {
    const link = await issueLink('download', request.requestId, ports, {
      objectKey: key,
      filename: `${merchant.merchantId}-data-${requestReference(request.requestId)}.zip`,
    });
    const status = await issueStatusLink(request.requestId, ports);
    return withStatusLink(
      accessPackageEmail(merchant, request, {
        ...link,
        maxUses: DOWNLOAD_MAX_USES,
      }),
      merchant,
      request,
      status.url,
    );
  });
}

/**
 * The release step, after the merchant's review resumed the workflow: only the link that resumed
 * it decides. Release: the shopper gets the link and the request completes. Withhold (Art. 15(4)):
 * the shopper is told the reason and the right to complain, and the request ends DENIED.
 */
async function releasePackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  releaseLink: string | null,
  round: number,
  ports: CompletePorts,
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
    await sendPackage(request, merchant, request.exportKeys.package, ports);
    await ports.requests.update(request.requestId, {
      release: { state: 'RELEASED', at },
      updatedAt: at,
    });
    await audit(ports, request, 'ExportReleased', { by: 'merchant-link' });
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
    decision: { outcome: 'deny', reason, by: 'merchant-link', at },
    updatedAt: at,
  });
  await audit(ports, request, 'ExportWithheld', {
    messageId: sent.messageId,
  });
  await closeDenied(request, merchant, 'IN_PROGRESS', at, ports);
  return { status: 'DENIED', round };
}

/** The name a certificate downloads as, the same for the shopper's and the merchant's copy. */
const certificateName = (request: DsrRequest, round: number) =>
  `erasure-certificate-${requestReference(request.requestId)}-${round}`;

/** The round's erasure certificate (JSON record + HTML), its fingerprint in the audit trail. */
async function writeCertificate(
  request: DsrRequest,
  merchant: MerchantConfig,
  rows: Row[],
  round: number,
  deferredUntil: string | undefined,
  ports: CompletePorts,
) {
  const keys = certificateKeys(request.requestId, round);
  // A retried step keeps the certificate (and fingerprint) it already wrote for this round.
  if (request.exportKeys?.certificateJson === keys.json) {
    const stored = await ports.exports.getText(keys.json);
    if (stored)
      return { certificate: JSON.parse(stored) as ErasureCertificate, keys };
  }
  const certificate = certify({
    requestId: request.requestId,
    merchant: {
      merchantId: merchant.merchantId,
      name: merchant.legalName ?? merchant.name,
    },
    requestType: 'erasure',
    receivedAt: request.receivedAt,
    completedAt: ports.clock.now().toISOString(),
    round,
    ...(deferredUntil ? { deferredUntil } : {}),
    processors: rows.map((r) => ({
      processorId: r.processor.processorId,
      name: r.processor.name,
      outcome: r.job.outcome,
      records: r.job.records,
      kept: (r.holds ?? []).map((h) => ({
        what: h.what,
        reason: h.reason,
        basis: h.basis,
        ...(h.until ? { until: h.until } : {}),
        records: h.records,
      })),
      ...(r.job.error ? { error: r.job.error } : {}),
    })),
    // Art. 19: every recipient told of the erasure, with what was sent and when.
    recipients: rows
      .filter((r) => r.disclosures.length > 0)
      .map((r) => ({
        processorId: r.processor.processorId,
        name: r.processor.name,
        disclosures: r.disclosures.map((d) => ({
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
    certificateHtml(certificate, shopperLocale(merchant, request)),
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
  await audit(
    ports,
    request,
    'ErasureCertified',
    {
      key: keys.json,
      sha256: certificate.sha256,
      round,
    },
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
          { html: html.url, json: json.url, expiresAt: html.expiresAt },
          certificate.sha256,
        ),
      };
    },
  );
  return { certificate, keys };
}

/**
 * The shopper's result email, once per request and purpose however often the step is retried
 * (links are issued only when it is really sent); `ResultSent` is audited with it.
 */
async function sendResult(
  request: DsrRequest,
  purpose: string,
  ports: CompletePorts,
  compose: () => Promise<OutboundEmail>,
) {
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose },
    async () => ({ email: await compose() }),
  );
  if (sent.sent)
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ResultSent',
      at: ports.clock.now().toISOString(),
      actor: 'system',
      key: `ResultSent:${purpose}`,
      details: { messageId: sent.messageId },
    });
}

/** A processor removed from the registry while the request ran still gets a row in the report. */
function reportedProcessor(merchant: MerchantConfig, processorId: string) {
  return (
    processorOf(merchant, processorId) ??
    ProcessorConfig.parse({
      processorId,
      kind: 'internal-dynamodb',
      name: processorId,
    })
  );
}

/** One event of the results, keyed: a retried step records it once. */
async function audit(
  ports: Pick<Ports, 'audit' | 'clock'>,
  request: DsrRequest,
  type:
    | 'ExportWritten'
    | 'ErasureCertified'
    | 'ExportReleased'
    | 'ExportWithheld',
  details: Record<string, string | number>,
  key: string = type,
) {
  await ports.audit.append({
    requestId: request.requestId,
    type,
    at: ports.clock.now().toISOString(),
    actor: 'system',
    key,
    details,
  });
}
