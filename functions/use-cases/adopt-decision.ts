import { merchantActor } from '#domain/audit.ts';
import { InvalidTransitionError, LinkInvalidError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';

type Decision = NonNullable<DsrRequest['decision']>;

/**
 * The merchant's decision, as the workflow step that acts on it sees it: read from the decision
 * link that resumed the workflow (so an expired link's click never counts), recorded on the request
 * and audited once. Without a link it is the decision already recorded: an operator's retry, or an
 * approval by the merchant's policy (`autoApprove`, recorded and audited by Request Merchant
 * Decision with `by: 'policy'`; a policy never denies). Either way its audit event is appended,
 * keyed: a step that stopped between recording and auditing fills the gap when it runs again.
 */
export async function adoptDecision(
  request: DsrRequest,
  decisionLink: string | null | undefined,
  expected: 'approve' | 'deny',
  ports: Pick<Ports, 'requests' | 'audit' | 'links'>,
): Promise<Decision> {
  if (!decisionLink) {
    if (request.decision?.outcome !== expected) {
      throw new InvalidTransitionError(request.requestId, expected);
    }
    await auditDecision(request, request.decision, ports);
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
  const decision: Decision = {
    outcome: link.decision.outcome,
    reason: link.decision.reason,
    ground: link.decision.ground,
    by: link.decision.by ?? 'merchant-link',
    at: link.decision.at,
  };
  if (request.decision?.at !== decision.at) {
    const note = link.decision.noteForProcessors;
    await ports.requests.update(request.requestId, {
      decision,
      decidedAt: decision.at,
      // The approval's note for the processors: the jobs planned next read it on the request.
      ...(decision.outcome === 'approve' && note
        ? { noteForProcessors: note }
        : {}),
    });
  }
  await auditDecision(request, decision, ports, {
    noteForProcessors: Boolean(link.decision.noteForProcessors),
  });
  return decision;
}

/**
 * The decision's one audit event (`RequestApproved` / `RequestDenied`), keyed `decision`: whoever
 * appends it first (the step that adopts it, the policy approval, the reconciler) wins, and a
 * repeat stores nothing. The actor is who decided: the merchant, or the merchant's policy.
 */
export async function auditDecision(
  request: Pick<DsrRequest, 'requestId' | 'status' | 'type' | 'objectionScope'>,
  decision: Decision,
  ports: Pick<Ports, 'audit'>,
  /** Whether the approval carried a note for the processors (never the note itself). */
  carried: { noteForProcessors?: boolean } = {},
): Promise<void> {
  const byPolicy = decision.by === 'policy';
  await ports.audit.append({
    requestId: request.requestId,
    type: decision.outcome === 'approve' ? 'RequestApproved' : 'RequestDenied',
    at: decision.at,
    actor: byPolicy ? 'policy' : merchantActor(decision.by),
    fromStatus: request.status,
    key: 'decision',
    details: byPolicy
      ? {
          policy: 'autoApprove',
          requestType: request.type,
          ...(request.objectionScope
            ? { objectionScope: request.objectionScope }
            : {}),
        }
      : {
          reasonGiven: Boolean(decision.reason),
          ...(decision.ground ? { ground: decision.ground } : {}),
          ...(carried.noteForProcessors ? { noteForProcessors: true } : {}),
        },
  });
}
