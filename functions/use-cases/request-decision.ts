import {
  InvalidTransitionError,
  RequestNotFoundError,
} from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { decisionRequestEmail } from '#presentation/emails.ts';
import { issueLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * Art. 12(3)/(4): the controller decides. Emails the merchant's approvers a single-use decision
 * link and parks the Step Functions task token with it (never in the link itself). The workflow
 * calls it again, with a new token, for each week left unanswered (`attempt` > 1).
 */
export async function requestDecision(
  input: { requestId: string; taskToken: string; attempt?: number },
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'links'
    | 'merchants'
    | 'mailer'
    | 'clock'
    | 'settings'
  >,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  const now = ports.clock.now();
  const moved = await ports.requests.transition(
    request.requestId,
    ['VERIFIED', 'AWAITING_DECISION'],
    'AWAITING_DECISION',
    { updatedAt: now.toISOString() },
  );
  if (!moved) {
    const current = await ports.requests.get(request.requestId);
    if (!current) throw new RequestNotFoundError(request.requestId);
    throw new InvalidTransitionError(request.requestId, 'AWAITING_DECISION');
  }
  const link = await issueLink('decide', request.requestId, ports, {
    taskToken: input.taskToken,
  });
  const sent = await ports.mailer.send(
    decisionRequestEmail(
      merchant,
      moved,
      merchant.processors,
      link.url,
      now,
      input.attempt ?? 1,
    ),
  );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DecisionRequested',
    at: ports.clock.now().toISOString(),
    actor: 'system',
    fromStatus: request.status,
    toStatus: 'AWAITING_DECISION',
    details: {
      messageId: sent.messageId,
      approvers: merchant.approverEmails.length,
      attempt: input.attempt ?? 1,
      linkExpiresAt: link.expiresAt,
    },
  });
}
