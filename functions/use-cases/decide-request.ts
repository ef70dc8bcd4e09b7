import { endOfLocalDay } from '#domain/deadlines/calendar.ts';
import {
  type DecisionProblem,
  DecisionRefusedError,
} from '#domain/decision.ts';
import {
  type DenialGround,
  groundsFor,
  isDenialGround,
} from '#domain/denial-grounds.ts';
import { LinkGoneError, RequestNotFoundError } from '#domain/errors.ts';
import type { DsrRequest, RequestType } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { reasonText } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { TaskTokenGoneError } from '#ports/workflow.ts';
import { extensionEmail, withStatusLink } from '#presentation/emails.ts';
import { consumeLink, inspectLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';

type DecidePorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'workflow'
  | 'mailer'
  | 'clock'
  | 'settings'
>;

/** GET of the decision link: the brief the merchant decides on. Changes nothing. */
export async function previewDecision(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const link = await inspectLink(secret, 'decide', ports);
  const { request, merchant } = await loadRequestAndMerchant(
    link.requestId,
    ports,
  );
  if (request.status !== 'AWAITING_DECISION') throw new LinkGoneError('used');
  return { request, merchant, processors: merchant.processors };
}

export interface DecisionInput {
  decision: 'approve' | 'deny' | 'extend';
  reason?: string;
  /** For a refusal: the legal ground chosen from the list (Art. 12(5), 12(6), 17(3)). */
  ground?: DenialGround;
}

const refuse = (
  problem: DecisionProblem,
  message: string,
  field: string,
  why: string,
) => new DecisionRefusedError(message, { [field]: why }, problem);

/**
 * Validates the posted form: a decision, and a reason when denying (Art. 12(4)) or extending
 * (Art. 12(3)): both must be told to the shopper. A post that contradicts itself is refused, never
 * read one way: a refusal ground goes only with deny (ticked with approve it could mean either),
 * and a reason typed with approve would reach nobody. `type` is the request's: the grounds offered
 * for it are the only ones accepted.
 */
export function parseDecision(
  body: Record<string, unknown>,
  type: RequestType,
): DecisionInput {
  const decision = body.decision;
  const reason = reasonText(body.reason);
  const posted: unknown = body.ground ?? '';
  if (decision !== 'approve' && decision !== 'deny' && decision !== 'extend')
    throw refuse(
      'decision',
      'Choose approve, deny or extend',
      'decision',
      'must be approve, deny or extend',
    );
  if (
    posted !== '' &&
    !(isDenialGround(posted) && groundsFor(type).includes(posted))
  )
    throw refuse(
      'groundInvalid',
      'The ground is not one of those listed for this request',
      'ground',
      'must be one of the listed grounds',
    );
  if (posted !== '' && decision !== 'deny')
    throw refuse(
      'groundWithoutDeny',
      `A refusal ground was chosen with ${decision}`,
      'ground',
      'goes only with deny',
    );
  if (decision === 'approve' && reason.length > 0)
    throw refuse(
      'reasonWithApprove',
      'A reason was written with approve',
      'reason',
      'goes only with deny or extend',
    );
  if (decision === 'extend' && reason.length === 0)
    throw refuse(
      'reasonToExtend',
      'A reason is required to extend the deadline',
      'reason',
      'is required to extend',
    );
  if (reason.length > 2000)
    throw refuse(
      'reasonTooLong',
      'The reason is too long',
      'reason',
      'must be at most 2000 characters',
    );
  const ground = isDenialGround(posted) ? posted : undefined;
  // A listed ground is itself a reason; "other" or no ground needs the merchant's words.
  if (
    decision === 'deny' &&
    reason.length === 0 &&
    (!ground || ground === 'other')
  )
    throw refuse(
      'reasonToDeny',
      'A reason is required to deny a request',
      'reason',
      'is required to deny',
    );
  return { decision, reason: reason || undefined, ground };
}

/**
 * Art. 12(3)/(4): the merchant approves, denies or extends.
 * 1. validate 2. use up the link, which keeps the decision 3. resume the waiting workflow task
 * with the decision and the link's hash. Plan Processor Jobs or Send Denial then record and audit
 * the decision: only the link that resumed the task decides.
 */
export async function decideRequest(
  secret: string,
  body: Record<string, unknown>,
  ports: DecidePorts,
) {
  const pending = await inspectLink(secret, 'decide', ports);
  const before = await ports.requests.get(pending.requestId);
  if (!before) throw new RequestNotFoundError(pending.requestId);
  const input = parseDecision(body, before.type);
  if (input.decision === 'extend') {
    return extendDeadline(pending.requestId, input.reason ?? '', ports);
  }
  const outcome = input.decision;
  const link = await consumeLink(secret, 'decide', ports, {
    decision: {
      outcome,
      reason: input.reason,
      ground: input.ground,
      at: ports.clock.now().toISOString(),
    },
  });
  const { request } = await loadRequestAndMerchant(link.requestId, ports);
  if (request.status !== 'AWAITING_DECISION' || !link.taskToken)
    throw new LinkGoneError('used');
  // Only a reference travels: the step that acts reads the decision from this link's record
  // (the reason may hold personal data and never enters execution state).
  try {
    await ports.workflow.resume(link.taskToken, {
      decision: outcome,
      link: link.tokenHash,
    });
  } catch (error) {
    // The week's wait ran out and a fresh link was sent: this click decides nothing.
    if (error instanceof TaskTokenGoneError) throw new LinkGoneError('expired');
    await ports.links.release(link.tokenHash);
    throw error;
  }
  return { decision: input.decision };
}

/**
 * Art. 12(3): the merchant extends the deadline by up to two further months, once, with reasons
 * told to the shopper before the first month ends. The decision link stays usable: extending is
 * not a decision, and the merchant still approves or denies afterwards.
 */
async function extendDeadline(
  requestId: string,
  reason: string,
  ports: DecidePorts,
): Promise<{ decision: 'extend'; dueDate: string }> {
  const { request, merchant } = await loadRequestAndMerchant(requestId, ports);
  if (request.status !== 'AWAITING_DECISION') throw new LinkGoneError('used');
  if (request.extension?.notifiedAt) {
    throw new DecisionRefusedError(
      'The deadline was already extended once',
      {
        decision: 'already extended',
      },
      'alreadyExtended',
    );
  }
  // Extended before, but the shopper was never told (the email failed): tell them now.
  if (request.extension) return notifyExtension(request, merchant, ports);

  const now = ports.clock.now();
  const noticeDue = request.extensionNoticeDue;
  if (!noticeDue || now > endOfLocalDay(noticeDue, merchant.timezone)) {
    throw new DecisionRefusedError(
      noticeDue
        ? `An extension had to be notified by ${noticeDue}`
        : 'This regime allows no extension',
      { decision: 'extension no longer possible' },
      noticeDue ? 'extensionTooLate' : 'extensionImpossible',
    );
  }
  const at = now.toISOString();
  // The holiday engine (rules, data, parser: a quarter of this function's code) is loaded only
  // for an extension, not at every cold start of the decision page.
  const { requestDeadline } = await import('#domain/request-deadline.ts');
  const { fields, record } = requestDeadline(merchant, request.receivedAt, {
    reason: 'extended',
    computedAt: at,
    extension: true,
  });
  // An extension never shortens (the merchant's country or regime may have changed since).
  if (fields.dueAt <= request.dueAt) {
    throw new DecisionRefusedError(
      'An extension cannot move the deadline earlier',
      {
        decision: 'extension would shorten the deadline',
      },
      'extensionImpossible',
    );
  }
  const extended = await ports.requests.recordExtension(request.requestId, {
    fields,
    record,
    extension: { reason, by: 'merchant-link', at },
    updatedAt: at,
  });
  if (!extended) {
    throw new DecisionRefusedError(
      'The deadline was already extended once',
      {
        decision: 'already extended',
      },
      'alreadyExtended',
    );
  }
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DeadlineExtended',
    at,
    actor: 'merchant',
    details: {
      previousDueDate: request.dueDate,
      dueDate: fields.dueDate,
      flags: record.flags.join(' '),
      calcVersion: record.calcVersion,
    },
  });
  return notifyExtension(extended, merchant, ports);
}

/** Art. 12(3) notice to the shopper; recorded, so a failed email is sent again on the next try. */
async function notifyExtension(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: DecidePorts,
): Promise<{ decision: 'extend'; dueDate: string }> {
  const extension = request.extension;
  if (!extension) throw new LinkGoneError('used');
  const status = await issueStatusLink(request.requestId, ports);
  const sent = await ports.mailer.send(
    withStatusLink(
      extensionEmail(merchant, request, extension.reason),
      merchant,
      request,
      status.url,
    ),
  );
  const at = ports.clock.now().toISOString();
  await ports.requests.update(request.requestId, {
    extension: { ...extension, notifiedAt: at },
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ExtensionNotified',
    at,
    actor: 'system',
    details: { messageId: sent.messageId, dueDate: request.dueDate },
  });
  return { decision: 'extend', dueDate: request.dueDate };
}
