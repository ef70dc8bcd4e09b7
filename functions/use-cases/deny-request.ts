import { InvalidTransitionError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { denialEmail, withStatusLink } from '#presentation/emails.ts';
import { adoptDecision } from './adopt-decision.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';

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
  const status = await issueStatusLink(request.requestId, ports);
  const sent = await ports.mailer.send(
    withStatusLink(
      denialEmail(merchant, request, decision.reason ?? '', decision.ground),
      merchant,
      request,
      status.url,
    ),
  );
  const now = ports.clock.now().toISOString();
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DenialSent',
    at: now,
    actor: 'system',
    details: { messageId: sent.messageId },
  });
  const denied = await ports.requests.transition(
    request.requestId,
    ['AWAITING_DECISION'],
    'DENIED',
    { updatedAt: now, completedAt: now },
  );
  if (!denied) throw new InvalidTransitionError(request.requestId, 'DENIED');
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestClosed',
    at: now,
    actor: 'system',
    fromStatus: 'AWAITING_DECISION',
    toStatus: 'DENIED',
  });
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'DENIED' },
  });
}
