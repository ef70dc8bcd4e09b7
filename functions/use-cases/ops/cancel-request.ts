import type { Actor } from '#domain/audit.ts';
import { RequestNotFoundError } from '#domain/errors.ts';
import {
  type DsrRequest,
  isTerminal,
  type RequestStatus,
} from '#domain/request.ts';
import { closing } from '#domain/retention.ts';
import { withoutControlChars } from '#domain/schemas.ts';
import type { OpsPorts } from './ports.ts';
import { OpsRefusedError } from './ports.ts';

const OPEN: readonly RequestStatus[] = [
  'PENDING_VERIFICATION',
  'VERIFIED',
  'AWAITING_DECISION',
  'IN_PROGRESS',
  'DEFERRED',
];

/**
 * Stops an open request for good: stops its running executions (error `OperatorCancelled`), then
 * moves it to CANCELLED (terminal; its personal data kept for the merchant's retention period,
 * see `closing`) and audits `RequestCancelled` with the reason.
 * - The operator (`ops cancel`): the reason goes into the audit trail, so it must name a ground
 *   (duplicate, withdrawn by the subject, …), never personal data; it is trimmed to 200
 *   characters, without the characters free text may not hold (`withoutControlChars`).
 * - A console member (use-cases/console/actions.ts): `closure` says why (withdrawn, spam, a
 *   duplicate of which request, other) and is kept on the request with the member's note; the
 *   trail gets the kind, the note's length and the member's key (`actor`), never the note.
 *   `from` narrows the statuses it may leave (spam and duplicates close only before any
 *   processor was asked).
 */
export async function cancelRequest(
  input: {
    requestId: string;
    reason: string;
    actor?: Actor;
    closure?: Omit<NonNullable<DsrRequest['closure']>, 'at'>;
    from?: readonly RequestStatus[];
  },
  ports: Pick<
    OpsPorts,
    'requests' | 'audit' | 'merchants' | 'executions' | 'clock'
  >,
): Promise<{ stopped: string[]; status: RequestStatus }> {
  const reason = withoutControlChars(input.reason).trim().slice(0, 200);
  if (!reason) throw new OpsRefusedError('A reason is required to cancel');
  const from = input.from ?? OPEN;
  const request = await ports.requests.get(input.requestId);
  if (!request) throw new RequestNotFoundError(input.requestId);
  if (isTerminal(request.status))
    throw new OpsRefusedError(
      `The request is already ${request.status}; nothing to cancel`,
    );
  if (!from.includes(request.status))
    throw new OpsRefusedError(
      `The request is ${request.status}; it cannot be closed this way now`,
    );
  const stopped: string[] = [];
  for (const e of await ports.executions.forRequest(
    request.requestId,
    request.executionNumber,
  )) {
    if (e.status !== 'RUNNING') continue;
    await ports.executions.stop(e.executionArn, 'OperatorCancelled');
    stopped.push(e.name);
  }
  const now = ports.clock.now().toISOString();
  // A merchant removed since keeps the default retention.
  const merchant = await ports.merchants.get(request.merchantId);
  const moved = await ports.requests.transition(
    request.requestId,
    from,
    'CANCELLED',
    {
      ...closing(now, merchant),
      updatedAt: now,
      ...(input.closure ? { closure: { ...input.closure, at: now } } : {}),
    },
  );
  if (!moved)
    throw new OpsRefusedError(
      'The request closed while cancelling; see `show` for its status',
    );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestCancelled',
    at: now,
    actor: input.actor ?? 'operator',
    fromStatus: request.status,
    toStatus: 'CANCELLED',
    key: 'cancel',
    details: input.closure
      ? {
          closure: input.closure.kind,
          ...(input.closure.duplicateOf
            ? { duplicateOf: input.closure.duplicateOf }
            : {}),
          ...(input.closure.note
            ? { noteChars: input.closure.note.length }
            : {}),
          stoppedExecutions: stopped.length,
        }
      : { reason, stoppedExecutions: stopped.length },
  });
  return { stopped, status: 'CANCELLED' };
}
