import { InvalidTransitionError, LinkInvalidError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';

/**
 * The merchant's decision, as the workflow step that acts on it sees it: read from the decision
 * link that resumed the workflow (so an expired link's click never counts), recorded on the request
 * and audited once. Without a link it is the decision already recorded: an operator's retry, or an
 * approval by the merchant's policy (`autoApprove`, recorded and audited by Request Merchant
 * Decision with `by: 'policy'`; a policy never denies).
 */
export async function adoptDecision(
  request: DsrRequest,
  decisionLink: string | null | undefined,
  expected: 'approve' | 'deny',
  ports: Pick<Ports, 'requests' | 'audit' | 'links'>,
): Promise<NonNullable<DsrRequest['decision']>> {
  if (!decisionLink) {
    if (request.decision?.outcome !== expected) {
      throw new InvalidTransitionError(request.requestId, expected);
    }
    return request.decision;
  }
  const link = await ports.links.get(decisionLink);
  if (
    link?.purpose !== 'decide' ||
    link.requestId !== request.requestId ||
    !link.decision
  ) {
    throw new LinkInvalidError();
  }
  if (link.decision.outcome !== expected) {
    throw new InvalidTransitionError(request.requestId, expected);
  }
  const decision = {
    outcome: link.decision.outcome,
    reason: link.decision.reason,
    ground: link.decision.ground,
    by: 'merchant-link',
    at: link.decision.at,
  };
  if (request.decision?.at !== decision.at) {
    await ports.requests.update(request.requestId, {
      decision,
      decidedAt: decision.at,
    });
  }
  await ports.audit.append({
    requestId: request.requestId,
    type: expected === 'approve' ? 'RequestApproved' : 'RequestDenied',
    at: decision.at,
    actor: 'merchant',
    fromStatus: request.status,
    details: {
      reasonGiven: Boolean(decision.reason),
      ...(decision.ground ? { ground: decision.ground } : {}),
    },
    key: 'decision',
  });
  return decision;
}
