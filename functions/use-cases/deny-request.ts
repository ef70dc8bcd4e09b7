import { InvalidTransitionError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
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
  if (request.status === 'DENIED') return;
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
 * Ends a request DENIED (a refusal, or a withheld access package). `RequestClosed` is recorded
 * first and keyed: a crash after the status write would otherwise leave the closed request
 * without its event, and nothing runs a closed request again.
 */
export async function closeDenied(
  request: DsrRequest,
  merchant: Pick<MerchantConfig, 'requestRetentionDays'>,
  from: 'AWAITING_DECISION' | 'IN_PROGRESS',
  at: string,
  ports: Pick<Ports, 'requests' | 'audit' | 'metrics'>,
): Promise<void> {
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestClosed',
    at,
    actor: 'system',
    fromStatus: from,
    toStatus: 'DENIED',
    key: 'closed',
  });
  const denied = await ports.requests.transition(
    request.requestId,
    [from],
    'DENIED',
    { ...closing(at, merchant), updatedAt: at },
  );
  if (!denied) throw new InvalidTransitionError(request.requestId, 'DENIED');
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'DENIED' },
  });
}
