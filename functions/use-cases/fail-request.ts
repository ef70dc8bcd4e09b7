import { type DsrRequest, isTerminal, owedAftermath } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { failureAlertEmail, withStatusLink } from '#presentation/emails.ts';
import { failureNoticeEmail } from '#presentation/notice-emails.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

/** Error names are safe to store and show; causes may quote data, so they are dropped. */
const SAFE_ERROR = /^[A-Za-z0-9_.:-]{1,128}$/;

/** What the failure path and its aftermath run on. */
export type FailPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'merchants'
  | 'mailer'
  | 'sentMail'
  | 'clock'
  | 'metrics'
  | 'links'
  | 'settings'
>;

/**
 * The workflow's failure path: mark the request FAILED with the phase and error name, audit it,
 * alert the merchant so the legal deadline is not silently missed, and tell the shopper (once
 * per request, only once they have confirmed it is theirs) that the shop knows, must still
 * answer and by when. The alert and the notice are the failure's aftermath
 * ({@link failureAftermath}): owed from the status write on, so a crash after it leaves the
 * request where the step's retry or the reconciler sends them.
 */
export async function failRequest(
  input: { requestId: string; phase: string; error?: { Error?: string } },
  ports: FailPorts,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  // A retry after the status write: what it still owes, once.
  if (request.status === 'FAILED') {
    if (owedAftermath(request) === 'RequestFailed')
      await failureAftermath(request, merchant, ports);
    return;
  }
  const error =
    input.error?.Error && SAFE_ERROR.test(input.error.Error)
      ? input.error.Error
      : 'Unknown';
  const phase = SAFE_ERROR.test(input.phase) ? input.phase : 'unknown';
  const now = ports.clock.now().toISOString();
  // Keyed by the state it fails from, and recorded before the status write: a crash between
  // the two leaves the event (the retry or the reconciler completes the write), never a FAILED
  // request without it; a retry after the write finds it recorded.
  const event = {
    requestId: request.requestId,
    type: 'RequestFailed' as const,
    at: now,
    actor: 'system' as const,
    fromStatus: request.status,
    details: { phase, error },
  };
  if (!isTerminal(request.status)) {
    await ports.audit.append({
      ...event,
      toStatus: 'FAILED',
      key: `failed:${request.updatedAt}`,
    });
    const failed = await ports.requests.transition(
      request.requestId,
      [
        'PENDING_VERIFICATION',
        'VERIFIED',
        'AWAITING_DECISION',
        'IN_PROGRESS',
        'DEFERRED',
      ],
      'FAILED',
      {
        failure: { phase, error, at: now },
        updatedAt: now,
        pendingAftermath: 'RequestFailed',
      },
    );
    if (failed) return failureAftermath(failed, merchant, ports);
  } else await ports.audit.append({ ...event, toStatus: request.status });
  // Closed already (or meanwhile): the merchant still hears of the failure, the shopper not.
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'FAILED', phase },
  });
  await sendOnce(
    ports,
    { requestId: request.requestId, purpose: `failure:${phase}` },
    () => ({ email: failureAlertEmail(merchant, request, phase, error) }),
  );
}

/**
 * What a FAILED request owes once its status is stored: the figure, one alert to the merchant
 * (named by when the failure was recorded), and, when the shopper confirmed the request is
 * theirs, one notice to them and `SubjectNotified`; then the marker cleared. Run by the failing
 * step, its retry and the reconciler (use-cases/aftermath.ts).
 */
export async function failureAftermath(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: FailPorts,
): Promise<void> {
  const phase = request.failure?.phase ?? 'unknown';
  const error = request.failure?.error ?? 'Unknown';
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'FAILED', phase },
  });
  await sendOnce(
    ports,
    {
      requestId: request.requestId,
      purpose: `failure:${request.failure?.at ?? phase}`,
    },
    () => ({ email: failureAlertEmail(merchant, request, phase, error) }),
  );
  // An unconfirmed address may not be the requester's: it hears nothing more.
  if (request.verifiedAt && request.email) {
    const notice = await sendOnce(
      ports,
      { requestId: request.requestId, purpose: 'failure-notice' },
      async () => ({
        email: withStatusLink(
          failureNoticeEmail(merchant, request),
          merchant,
          request,
          (await issueStatusLink(request.requestId, ports)).url,
        ),
      }),
    );
    await ports.audit.append({
      requestId: request.requestId,
      type: 'SubjectNotified',
      at: ports.clock.now().toISOString(),
      actor: 'system',
      key: 'notice:failure',
      details: { notice: 'failure', messageId: notice.messageId },
    });
  }
  await ports.requests.settleAftermath(request.requestId, 'RequestFailed');
}
