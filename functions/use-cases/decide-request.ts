import { merchantActor } from '#domain/audit.ts';
import { endOfLocalDay } from '#domain/deadlines/calendar.ts';
import {
  type DecisionProblem,
  DecisionRefusedError,
} from '#domain/decision.ts';
import {
  type DenialGround,
  type GroundContext,
  groundsFor,
  isDenialGround,
} from '#domain/denial-grounds.ts';
import { LinkGoneError, RequestNotFoundError } from '#domain/errors.ts';
import { deadlinePauses } from '#domain/information-request.ts';
import type { LinkRecord } from '#domain/links.ts';
import { needsNoteOnApproval } from '#domain/objections.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { reasonText } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { TaskTokenGoneError } from '#ports/workflow.ts';
import { extensionEmail, withStatusLink } from '#presentation/emails.ts';
import { askForInformation } from './information-request.ts';
import { inspectLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { previewDecision } from './preview-decision.ts';
import { issueStatusLink } from './request-status.ts';

export { previewDecision };

export type DecidePorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'workflow'
  | 'mailer'
  | 'sentMail'
  | 'clock'
  | 'settings'
>;

export interface DecisionInput {
  decision: 'approve' | 'deny' | 'extend' | 'ask';
  /** What the shopper reads: the reasons (deny, extend) or the question (ask). */
  reason?: string;
  /** For a refusal: the legal ground chosen from the list (domain/denial-grounds.ts). */
  ground?: DenialGround;
  /** With approve: the merchant's note the processors read with the request. */
  noteForProcessors?: string;
}

/** Longest reason or question, and longest note for processors, in characters. */
export const REASON_MAX = 2000;
export const NOTE_MAX = 1000;

const refuse = (
  problem: DecisionProblem,
  message: string,
  field: string,
  why: string,
) => new DecisionRefusedError(message, { [field]: why }, problem);

/**
 * Validates the posted form: a decision, and the words the shopper reads when denying (the
 * reasons of this case, Art. 12(4): a listed ground alone is not enough, Art. 12(5)), extending
 * (Art. 12(3)) or asking for more information (Art. 12(6)). A post that contradicts itself is
 * refused, never read one way: a refusal ground goes only with deny, a text for the shopper or a
 * note for processors with approve only where it would reach someone. The grounds offered for
 * `request` (its type, what an objection is to, whether more information was asked) are the only
 * ones accepted.
 */
export function parseDecision(
  body: Record<string, unknown>,
  request: GroundContext,
): DecisionInput {
  const decision = body.decision;
  const reason = reasonText(body.reason);
  const note = reasonText(body.noteForProcessors);
  const posted: unknown = body.ground ?? '';
  if (
    decision !== 'approve' &&
    decision !== 'deny' &&
    decision !== 'extend' &&
    decision !== 'ask'
  )
    throw refuse(
      'decision',
      'Choose approve, deny, extend or ask for more information',
      'decision',
      'must be approve, deny, extend or ask',
    );
  if (
    posted !== '' &&
    !(isDenialGround(posted) && groundsFor(request).includes(posted))
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
  if (note.length > 0 && decision !== 'approve')
    throw refuse(
      'noteWithoutApprove',
      `A note for processors was written with ${decision}`,
      'noteForProcessors',
      'goes only with approve',
    );
  if (note.length > NOTE_MAX)
    throw refuse(
      'noteTooLong',
      'The note for processors is too long',
      'noteForProcessors',
      `must be at most ${NOTE_MAX} characters`,
    );
  // An objection to other processing (Art. 21(1)): the processors read in the merchant's note
  // which processing to stop; without it they could only guess (or stop marketing instead).
  if (
    decision === 'approve' &&
    note.length === 0 &&
    needsNoteOnApproval(request)
  )
    throw refuse(
      'noteRequired',
      'A note for processors is required to approve this objection',
      'noteForProcessors',
      'is required to approve an objection to other processing than direct marketing',
    );
  if (decision === 'approve' && reason.length > 0)
    throw refuse(
      'reasonWithApprove',
      'A reason was written with approve',
      'reason',
      'goes only with deny, extend or ask',
    );
  if (decision === 'extend' && reason.length === 0)
    throw refuse(
      'reasonToExtend',
      'A reason is required to extend the deadline',
      'reason',
      'is required to extend',
    );
  if (decision === 'ask' && reason.length === 0)
    throw refuse(
      'reasonToAsk',
      'Say what information is needed',
      'reason',
      'is required to ask for more information',
    );
  if (reason.length > REASON_MAX)
    throw refuse(
      'reasonTooLong',
      'The reason is too long',
      'reason',
      `must be at most ${REASON_MAX} characters`,
    );
  const ground = isDenialGround(posted) ? posted : undefined;
  // Art. 12(4): the reasons of this case, whatever ground is listed; the burden is the
  // controller's (Art. 12(5)).
  if (decision === 'deny' && reason.length === 0)
    throw ground && ground !== 'other'
      ? refuse(
          'groundNeedsReason',
          'A listed ground needs the reasons of this case',
          'reason',
          'is required with every ground',
        )
      : refuse(
          'reasonToDeny',
          'A reason is required to deny a request',
          'reason',
          'is required to deny',
        );
  return {
    decision,
    reason: reason || undefined,
    ground,
    noteForProcessors: note || undefined,
  };
}

/**
 * Art. 12(3)/(4)/(6): the merchant approves, denies, extends or asks for more information.
 * 1. validate 2. use up the link, which keeps the decision 3. resume the waiting workflow task
 * with the decision and the link's hash. Plan Processor Jobs or Send Denial then record and audit
 * the decision: only the link that resumed the task decides. Extending and asking are not
 * decisions: the link stays usable and the task keeps waiting.
 */
export async function decideRequest(
  secret: string,
  body: Record<string, unknown>,
  ports: DecidePorts,
) {
  const pending = await inspectLink(secret, 'decide', ports);
  const before = await ports.requests.get(pending.requestId);
  if (!before) throw new RequestNotFoundError(pending.requestId);
  return decideByLink(
    pending,
    parseDecision(body, before),
    'merchant-link',
    ports,
  );
}

/**
 * The decision carried by a decision link the caller holds: the emailed link's page (`by`
 * `merchant-link`) or a console member acting on the link waiting in the workflow (`by`
 * `member:<key>`, see use-cases/console/actions.ts). Extending and asking keep the link usable;
 * approving or denying uses it up with the decision and resumes the task, exactly once.
 */
export async function decideByLink(
  pending: LinkRecord,
  input: DecisionInput,
  by: string,
  ports: DecidePorts,
): Promise<
  | { decision: 'approve' | 'deny' }
  | { decision: 'extend'; dueDate: string }
  | Awaited<ReturnType<typeof askForInformation>>
> {
  if (input.decision === 'extend') {
    return extendDeadline(pending.requestId, input.reason ?? '', by, ports);
  }
  if (input.decision === 'ask') {
    return askForInformation(pending.requestId, input.reason ?? '', ports, by);
  }
  const outcome = input.decision;
  const link = await ports.links.consume(
    pending.tokenHash,
    ports.clock.now().toISOString(),
    {
      decision: {
        outcome,
        reason: input.reason,
        ground: input.ground,
        noteForProcessors: input.noteForProcessors,
        at: ports.clock.now().toISOString(),
        ...(by === 'merchant-link' ? {} : { by }),
      },
    },
  );
  // Lost a race with another click, or expired in between.
  if (!link) throw new LinkGoneError('used');
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
  return { decision: outcome };
}

/**
 * Art. 12(3): the merchant extends the deadline by up to two further months, once, with reasons
 * told to the shopper before the first month ends. The decision link stays usable: extending is
 * not a decision, and the merchant still approves or denies afterwards.
 */
async function extendDeadline(
  requestId: string,
  reason: string,
  by: string,
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
    // An answered request for information keeps its pause in every later computation.
    pauses: deadlinePauses(request, merchant),
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
    extension: { reason, by, at },
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
    actor: merchantActor(by),
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
