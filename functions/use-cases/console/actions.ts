/**
 * Every action a member takes on a request, each the use case the emailed links (or the ops
 * CLI) run, never a copy of it, with the member as the actor (`member:<key>`, never the email):
 * - decide (approve, deny with reasons and grounds, extend): the decision link the workflow
 *   waits on, through decideByLink (use-cases/decide-request.ts);
 * - release or withhold a reviewed package: the release link, through releaseByLink;
 * - cancel (ops/cancel-request.ts, stops the executions), or for a deferred erasure
 *   cancelDeferredErasure (use-cases/cancel-deferral.ts);
 * - close as spam or as a duplicate: a cancellation allowed only before any processor is asked;
 * - a new download link (use-cases/reissue-download.ts); the verification email again
 *   (submit-request.ts `sendVerification`); a processor's request again (askForConfirmation);
 * - a processor's answer given by letter or phone (confirm-processor-job.ts `recordAnswer`);
 * - an agent's authority accepted or declined (./agents.ts).
 */

import {
  ActionNotPossibleError,
  type ActionRefusal,
} from '#domain/console-errors.ts';
import { LinkGoneError, ValidationError } from '#domain/errors.ts';
import {
  CLOSABLE_UNASKED,
  type ClosureKind,
  type DsrRequest,
  isTerminal,
  REQUEST_TYPES,
  type RequestStatus,
  type RequestType,
  requestReference,
} from '#domain/request.ts';
import { reasonText } from '#domain/schemas.ts';
import type { Notice } from '#presentation/i18n/console/index.ts';
import { askForConfirmation } from '../ask-for-confirmation.ts';
import {
  cancelDeferredErasure,
  parseCancellation,
} from '../cancel-deferral.ts';
import { decideByLink, parseDecision } from '../decide-request.ts';
import { confirmRequestType } from '../inbound/confirm-type.ts';
import { cancelRequest } from '../ops/cancel-request.ts';
import { OpsRefusedError } from '../ops/ports.ts';
import { processorOf } from '../processor-job-support.ts';
import { reissueDownload } from '../reissue-download.ts';
import { releaseByLink } from '../release-review.ts';
import { waitingTaskLink } from '../send-once.ts';
import { sendVerification } from '../send-verification.ts';
import {
  acceptAuthority,
  declineAuthority,
  declineReason,
  requireConfirmation,
  tickedIds,
} from './agents.ts';
import { INBOX_LIMIT } from './inbox.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, scopedRequest } from './session.ts';

/** The actions of `POST /console/requests/{requestId}/{action}`. */
export const ACTIONS = [
  'decide',
  'release',
  'cancel',
  'cancel-deferral',
  'spam',
  'duplicate',
  'reissue-download',
  'resend-verification',
  'resend-processor',
  /** A request that came by email: the type the merchant confirms (or corrects). */
  'confirm-type',
  /** An agent's request: the authority accepted on the uploaded authorisation (./agents.ts). */
  'accept-authority',
  /** An agent's request closed as "authority not shown", the agent told why (./agents.ts). */
  'decline-authority',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export function isAction(value: string): value is ActionName {
  return (ACTIONS as readonly string[]).includes(value);
}

/** Cancellation (closure kinds a member chooses on the cancel form). */
const CANCEL_KINDS: readonly ClosureKind[] = ['withdrawn', 'other'];

/** What the page says after an action, and the values that go into the words. */
export interface ActionOutcome {
  notice: Notice;
  /** `duplicate`: the reference it repeats; `extended`: the new due date. */
  detail?: string;
}

const notPossible = (why: ActionRefusal, message: string) =>
  new ActionNotPossibleError(message, why);

/**
 * Runs one action for a member with the right to act on the request's merchant. Refusals:
 * 404 (not their merchant's request), 403 (their role only sees), 400 (what was posted; the page
 * shows it again), 409 (not possible now: the request moved on).
 */
export async function runAction(
  member: ConsoleMember,
  requestId: string,
  action: ActionName,
  body: Record<string, unknown>,
  ports: ConsolePorts,
): Promise<ActionOutcome> {
  const { request, merchant } = await scopedRequest(
    member,
    requestId,
    'act',
    ports,
  );
  try {
    switch (action) {
      case 'decide': {
        const input = parseDecision(body, request);
        const link = await waitingTaskLink(
          request.requestId,
          'decision',
          'decide',
          ports,
        );
        if (!link || request.status !== 'AWAITING_DECISION')
          throw notPossible('nothingWaiting', 'No decision waits');
        const done = await decideByLink(link, input, member.actor, ports);
        if (done.decision === 'extend')
          return { notice: 'extended', detail: done.dueDate };
        if (done.decision === 'ask') return { notice: 'informationAsked' };
        return { notice: done.decision === 'approve' ? 'approved' : 'denied' };
      }
      case 'release': {
        const link = await waitingTaskLink(
          request.requestId,
          'release',
          'release',
          ports,
        );
        if (!link) throw notPossible('nothingWaiting', 'No review waits');
        const done = await releaseByLink(link, body, member.actor, ports);
        return {
          notice:
            done.outcome !== 'approve'
              ? 'withheld'
              : done.leftOut
                ? 'releasedPartly'
                : 'released',
        };
      }
      case 'cancel': {
        const closure = parseClosure(body, CANCEL_KINDS);
        await close(request, member, closure, undefined, ports);
        return { notice: 'cancelled' };
      }
      case 'cancel-deferral': {
        const cancellation = parseCancellation(body, ports);
        await cancelDeferredErasure(
          request,
          merchant,
          cancellation,
          member.actor,
          ports,
        );
        return { notice: 'deferralCancelled' };
      }
      case 'spam':
        await close(
          request,
          member,
          { kind: 'spam', note: noteOf(body) },
          CLOSABLE_UNASKED,
          ports,
        );
        return { notice: 'spam' };
      case 'duplicate': {
        const original = await duplicateTarget(
          request,
          body.duplicateOf,
          ports,
        );
        await close(
          request,
          member,
          { kind: 'duplicate', note: noteOf(body), duplicateOf: original },
          CLOSABLE_UNASKED,
          ports,
        );
        return { notice: 'duplicate', detail: requestReference(original) };
      }
      case 'reissue-download':
        await reissueDownload(request.requestId, member.actor, ports);
        return { notice: 'downloadReissued' };
      case 'resend-verification':
        if (
          request.status !== 'PENDING_VERIFICATION' ||
          !request.verifyBy ||
          request.verifyBy <= ports.clock.now().toISOString()
        )
          throw notPossible('notNow', 'The request no longer waits for it');
        await sendVerification(request, merchant, ports, true, member.actor);
        return { notice: 'verificationResent' };
      case 'confirm-type': {
        const type = typeof body.type === 'string' ? body.type : '';
        if (!(REQUEST_TYPES as readonly string[]).includes(type))
          throw new ValidationError('Choose the type of request', {
            type: `must be one of ${REQUEST_TYPES.join(', ')}`,
          });
        if (request.status !== 'PENDING_VERIFICATION' || !request.typePending)
          throw notPossible('notNow', 'The type is already confirmed');
        await confirmRequestType(
          request,
          merchant,
          type as RequestType,
          member.actor,
          ports,
        );
        return { notice: 'typeConfirmed' };
      }
      case 'accept-authority':
        requireConfirmation(body, 'checked');
        await acceptAuthority(request, member, ports);
        return { notice: 'authorityAccepted' };
      case 'decline-authority':
        await declineAuthority(request, member, declineReason(body), ports);
        return { notice: 'authorityDeclined' };
      case 'resend-processor': {
        const processorId =
          typeof body.processor === 'string' ? body.processor : '';
        const processor = processorOf(merchant, processorId);
        const job = processor
          ? await ports.requests.getJob(request.requestId, processorId)
          : undefined;
        if (
          !processor?.contactEmail ||
          !job ||
          job.state !== 'PENDING' ||
          job.pending?.via !== 'confirmation' ||
          (job.pending.confirmBy ?? 'processor') !== 'processor' ||
          (isTerminal(request.status) && request.status !== 'FAILED')
        )
          throw notPossible(
            'nothingWaiting',
            'That processor is not waited on',
          );
        const sent = (await ports.sentMail.list(request.requestId)).filter(
          (m) =>
            m.purpose.startsWith(
              `confirm:${processorId}:${job.round ?? 1}:resend:`,
            ),
        ).length;
        await askForConfirmation(
          'resend',
          request,
          merchant,
          processor,
          job,
          ports,
          {
            sequence: sent + 1,
            by: member.actor,
          },
        );
        return { notice: 'processorResent' };
      }
    }
  } catch (error) {
    if (error instanceof LinkGoneError)
      throw notPossible('notNow', 'The request moved on');
    if (error instanceof OpsRefusedError)
      throw notPossible('notNow', error.message);
    throw error;
  }
}

/** A member's closure: why, and their note for the shop's records (≤ 1000, never audited). */
function parseClosure(
  body: Record<string, unknown>,
  kinds: readonly ClosureKind[],
): { kind: ClosureKind; note?: string } {
  const kind = body.closure;
  const note = noteOf(body);
  if (typeof kind !== 'string' || !kinds.includes(kind as ClosureKind))
    throw new ValidationError('Choose why the request is closed', {
      closure: `must be one of ${kinds.join(', ')}`,
    });
  if (kind === 'other' && !note)
    throw new ValidationError('Say why in the note', {
      note: 'is required with other',
    });
  return { kind: kind as ClosureKind, note };
}

function noteOf(body: Record<string, unknown>): string | undefined {
  const note = reasonText(body.note);
  if (note.length > 1000)
    throw new ValidationError('The note is too long', {
      note: 'must be at most 1000 characters',
    });
  return note || undefined;
}

/** The request a duplicate repeats: another request of the same merchant, by reference or id. */
async function duplicateTarget(
  request: DsrRequest,
  given: unknown,
  ports: Pick<ConsolePorts, 'requests'>,
): Promise<string> {
  const text = typeof given === 'string' ? given.trim().toUpperCase() : '';
  if (!/^[0-9A-F]{8}([0-9A-F-]{28})?$/.test(text))
    throw new ValidationError('Give the reference of the request it repeats', {
      duplicateOf: 'must be a reference of 8 characters',
    });
  const { requests } = await ports.requests.listByMerchant(
    request.merchantId,
    INBOX_LIMIT,
  );
  const found = requests.find(
    (r) =>
      requestReference(r.requestId) === text ||
      r.requestId.toUpperCase() === text,
  );
  if (!found)
    throw new ValidationError('No request with that reference', {
      duplicateOf: 'duplicateUnknown',
    });
  if (found.requestId === request.requestId)
    throw new ValidationError('A request cannot repeat itself', {
      duplicateOf: 'duplicateOfItself',
    });
  return found.requestId;
}

/** Closes a request as the operator's cancel does, with the member's closure on record. */
async function close(
  request: DsrRequest,
  member: ConsoleMember,
  closure: { kind: ClosureKind; note?: string; duplicateOf?: string },
  from: readonly RequestStatus[] | undefined,
  ports: ConsolePorts,
): Promise<void> {
  if (request.status === 'DEFERRED')
    throw notPossible('notNow', 'A deferred erasure is cancelled on its own');
  if (from && !from.includes(request.status))
    throw notPossible('notNow', 'Processors were asked already');
  try {
    await cancelRequest(
      {
        requestId: request.requestId,
        reason: closure.kind,
        actor: member.actor,
        closure: { ...closure, by: member.actor },
        from,
      },
      ports,
    );
  } catch (error) {
    if (error instanceof OpsRefusedError)
      throw notPossible('notNow', error.message);
    throw error;
  }
}

/** How many requests one bulk close takes at most (each is a few conditional writes). */
export const BULK_MAX = 50;

/**
 * Closes a batch (say, from one sender) as spam or as duplicates of one request: each selected
 * request the member may act on that no processor was asked about yet; the others are skipped
 * and named, never half-closed. `POST /console/requests/bulk` with `requestId` (repeated),
 * `closure=spam|duplicate`, `duplicateOf` for duplicates.
 */
export async function closeBatch(
  member: ConsoleMember,
  body: Record<string, unknown>,
  ports: ConsolePorts,
): Promise<{ closed: string[]; skipped: string[] }> {
  const ids = tickedIds(body);
  const kind = body.closure;
  if (ids.length === 0 || (kind !== 'spam' && kind !== 'duplicate'))
    throw new ValidationError('Choose requests and how to close them', {
      ...(ids.length === 0 ? { requestId: 'choose at least one' } : {}),
      ...(kind !== 'spam' && kind !== 'duplicate'
        ? { closure: 'must be spam or duplicate' }
        : {}),
    });
  if (ids.length > BULK_MAX)
    throw new ValidationError('Too many requests at once', {
      requestId: `at most ${BULK_MAX} at a time`,
    });
  // Every id is checked first: one the member may not act on refuses the whole batch (404/403).
  const scoped = [];
  for (const id of ids)
    scoped.push(await scopedRequest(member, id, 'act', ports));
  const note = noteOf(body);
  const original =
    kind === 'duplicate' && scoped[0]
      ? await duplicateTarget(
          { ...scoped[0].request, requestId: '' },
          body.duplicateOf,
          ports,
        )
      : undefined;
  const closed: string[] = [];
  const skipped: string[] = [];
  for (const { request } of scoped) {
    if (
      request.requestId === original ||
      (original && scoped[0]?.request.merchantId !== request.merchantId) ||
      !CLOSABLE_UNASKED.includes(request.status)
    ) {
      skipped.push(request.requestId);
      continue;
    }
    try {
      await close(
        request,
        member,
        { kind, note, ...(original ? { duplicateOf: original } : {}) },
        CLOSABLE_UNASKED,
        ports,
      );
      closed.push(request.requestId);
    } catch (error) {
      if (!(error instanceof ActionNotPossibleError)) throw error;
      skipped.push(request.requestId);
    }
  }
  return { closed, skipped };
}
