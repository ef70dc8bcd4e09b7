import { InvalidTransitionError } from '#domain/errors.ts';
import { type DsrRequest, owedAftermath } from '#domain/request.ts';
import { closing } from '#domain/retention.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { denialEmail, withStatusLink } from '#presentation/emails.ts';
import { adoptDecision } from './adopt-decision.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

/**
 * Art. 12(4): tell the subject, without delay, why the controller is not acting and that they
 * may complain to a supervisory authority and seek a judicial remedy. Records the decision from
 * the link that resumed the workflow first, so an operator can retry a failed email; ends DENIED.
 */
export async function denyRequest(
  input: { requestId: string; decisionLink?: string | null },
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'links'
    | 'merchants'
    | 'mailer'
    | 'sentMail'
    | 'clock'
    | 'metrics'
    | 'settings'
  >,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  // A retry after the status write: what it still owes, once.
  if (request.status === 'DENIED') {
    if (owedAftermath(request) === 'RequestClosed')
      await denialAftermath(request, ports);
    return;
  }
  if (request.status !== 'AWAITING_DECISION') {
    throw new InvalidTransitionError(request.requestId, 'DENIED');
  }
  const decision = await adoptDecision(
    request,
    input.decisionLink,
    'deny',
    ports,
  );
  if (!decision.reason && !decision.ground)
    throw new InvalidTransitionError(request.requestId, 'DENIED');
  // Once, however often this step is retried; the status link is issued only when it is sent.
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose: 'denial' },
    async () => {
      const status = await issueStatusLink(request.requestId, ports);
      return {
        email: withStatusLink(
          denialEmail(
            merchant,
            request,
            decision.reason ?? '',
            decision.ground,
          ),
          merchant,
          request,
          status.url,
        ),
      };
    },
  );
  const now = ports.clock.now().toISOString();
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DenialSent',
    at: now,
    actor: 'system',
    key: 'denial',
    details: {
      messageId: sent.messageId,
    },
  });
  await closeDenied(request, merchant, 'AWAITING_DECISION', now, ports);
}

/**
 * Ends a request DENIED (a refusal, or a withheld access package). The status is written with its
 * aftermath owed (`pendingAftermath`) and the status it left (`closedFrom`), then
 * {@link denialAftermath} records `RequestClosed`: the trail names DENIED only once it was
 * written (a request cancelled meanwhile is not DENIED), and a crash in between leaves the
 * request in AFTERMATH, where the step's retry or the reconciler records it once.
 */
export async function closeDenied(
  request: DsrRequest,
  merchant: Pick<MerchantConfig, 'requestRetentionDays'>,
  from: 'AWAITING_DECISION' | 'IN_PROGRESS',
  at: string,
  ports: Pick<Ports, 'requests' | 'audit' | 'metrics'>,
): Promise<void> {
  const denied = await ports.requests.transition(
    request.requestId,
    [from],
    'DENIED',
    {
      ...closing(at, merchant),
      updatedAt: at,
      closedFrom: from,
      pendingAftermath: 'RequestClosed',
    },
  );
  if (!denied) throw new InvalidTransitionError(request.requestId, 'DENIED');
  await denialAftermath(denied, ports);
}

/**
 * What a denial owes once its status is stored: `RequestClosed` (keyed, at the instant it
 * closed), the figure, then the marker cleared. Run by the closing step, its retry and the
 * reconciler (use-cases/aftermath.ts).
 */
export async function denialAftermath(
  request: DsrRequest,
  ports: Pick<Ports, 'requests' | 'audit' | 'metrics'>,
): Promise<void> {
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestClosed',
    at: request.completedAt ?? request.updatedAt,
    actor: 'system',
    ...(request.closedFrom ? { fromStatus: request.closedFrom } : {}),
    toStatus: 'DENIED',
    key: 'closed',
  });
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'DENIED' },
  });
  await ports.requests.settleAftermath(request.requestId, 'RequestClosed');
}
