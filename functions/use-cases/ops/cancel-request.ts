import type { Actor } from '#domain/audit.ts';
import { RequestNotFoundError } from '#domain/errors.ts';
import {
  type DsrRequest,
  isTerminal,
  owedAftermath,
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
 * see `closing`) with its aftermath owed, and audits `RequestCancelled` with the reason
 * ({@link cancellationAftermath}). A rerun after a process that died in between records the
 * event instead of refusing; so does the reconciler.
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
  // A rerun after a cancellation whose process died before its event: what it still owes, once.
  if (owedAftermath(request) === 'RequestCancelled') {
    await cancellationAftermath(request, ports);
    return { stopped: [], status: 'CANCELLED' };
  }
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
      closedFrom: request.status,
      cancellation: {
        by: input.actor ?? 'operator',
        ...(input.closure ? {} : { reason }),
        stoppedExecutions: stopped.length,
      },
      pendingAftermath: 'RequestCancelled',
    },
  );
  if (!moved)
    throw new OpsRefusedError(
      'The request closed while cancelling; see `show` for its status',
    );
  await cancellationAftermath(moved, ports);
  return { stopped, status: 'CANCELLED' };
}

/**
 * What a cancellation owes once its status is stored: `RequestCancelled` (keyed, at the instant
 * it closed) as the cancellation and closure stored with the status say it, then the marker
 * cleared. Run by the cancel, its rerun and the reconciler (use-cases/aftermath.ts).
 */
export async function cancellationAftermath(
  request: DsrRequest,
  ports: Pick<OpsPorts, 'requests' | 'audit'>,
): Promise<void> {
  const { closure, cancellation } = request;
  const stoppedExecutions = cancellation?.stoppedExecutions ?? 0;
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestCancelled',
    at: request.completedAt ?? request.updatedAt,
    actor: cancellation?.by ?? 'operator',
    ...(request.closedFrom ? { fromStatus: request.closedFrom } : {}),
    toStatus: 'CANCELLED',
    key: 'cancel',
    details: closure
      ? {
          closure: closure.kind,
          ...(closure.duplicateOf ? { duplicateOf: closure.duplicateOf } : {}),
          ...(closure.note ? { noteChars: closure.note.length } : {}),
          stoppedExecutions,
        }
      : { reason: cancellation?.reason ?? '', stoppedExecutions },
  });
  await ports.requests.settleAftermath(request.requestId, 'RequestCancelled');
}
