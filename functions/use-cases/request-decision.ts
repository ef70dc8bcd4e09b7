import {
  InvalidTransitionError,
  RequestNotFoundError,
} from '#domain/errors.ts';
import { approversOf } from '#domain/members.ts';
import { approvedByPolicy } from '#domain/objections.ts';
import { processorsAsked } from '#domain/processor-scope.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import { TaskTokenGoneError } from '#ports/workflow.ts';
import { decisionRequestEmail } from '#presentation/emails.ts';
import { acknowledgeRequest } from './acknowledge-request.ts';
import { auditDecision } from './adopt-decision.ts';
import { loadRequestAndMerchant } from './load.ts';
import { sendTaskLinkOnce } from './send-once.ts';

/**
 * Art. 12(3)/(4): the controller decides. The shopper is acknowledged first (once: see
 * acknowledge-request.ts). Emails the merchant's approvers a single-use decision
 * link and parks the Step Functions task token with it (never in the link itself). The workflow
 * calls it again, with a new token, for each week left unanswered (`attempt` > 1). Each
 * attempt's email goes out once (see {@link sendOnce}); a retry re-parks its token instead.
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
    | 'sentMail'
    | 'clock'
    | 'settings'
    | 'workflow'
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
  // The shopper hears first that the confirmed request is under way, and by when it is due.
  await acknowledgeRequest(moved, merchant, now, ports);
  // The merchant's policy approves this request (a direct-marketing objection, Art. 21(3)): no
  // email, no wait. Any other objection is weighed by the merchant (domain/objections.ts).
  if (approvedByPolicy(merchant, request))
    return approveByPolicy(moved, request.status, input.taskToken, ports);
  const attempt = input.attempt ?? 1;
  const sent = await sendTaskLinkOnce(
    {
      requestId: request.requestId,
      taskToken: input.taskToken,
      purpose: `decision:${attempt}`,
      link: 'decide',
    },
    async (url) =>
      decisionRequestEmail(
        merchant,
        moved,
        // The processors approval would ask (before any note the merchant adds for them).
        processorsAsked(merchant, moved),
        url,
        now,
        attempt,
      ),
    ports,
  );
  // Keyed: a retry whose email had already gone out records the event only if it is missing.
  // Dated when the step asked (the email's own date), not after the send: a merchant who
  // answers within a second must not read, in the trail, an answer before the question.
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DecisionRequested',
    at: now.toISOString(),
    actor: 'system',
    fromStatus: request.status,
    toStatus: 'AWAITING_DECISION',
    key: `decision:${sent.purpose}`,
    details: {
      messageId: sent.messageId,
      approvers: approversOf(merchant).length,
      attempt,
      ...(sent.expiresAt ? { linkExpiresAt: sent.expiresAt } : {}),
    },
  });
}

/**
 * Approval by the merchant's policy (`autoApprove`): recorded on the request (once) and audited
 * as made by `policy`; the waiting task resumes at once with `{ decision: 'approve', link: null }`,
 * and Plan Processor Jobs adopts the recorded decision (use-cases/adopt-decision.ts).
 */
async function approveByPolicy(
  request: DsrRequest,
  fromStatus: DsrRequest['status'],
  taskToken: string,
  ports: Pick<Ports, 'requests' | 'audit' | 'clock' | 'workflow'>,
): Promise<void> {
  let decision = request.decision;
  if (decision?.outcome !== 'approve') {
    const at = ports.clock.now().toISOString();
    decision = { outcome: 'approve', by: 'policy', at };
    await ports.requests.update(request.requestId, {
      decision,
      decidedAt: at,
      updatedAt: at,
    });
  }
  await auditDecision({ ...request, status: fromStatus }, decision, ports);
  try {
    await ports.workflow.resume(taskToken, { decision: 'approve', link: null });
  } catch (error) {
    // Resumed already by an earlier try of this step: nothing waits on this token any more.
    if (!(error instanceof TaskTokenGoneError)) throw error;
  }
}
