import { RequestNotFoundError } from '#domain/errors.ts';
import { isTerminal, type RequestStatus } from '#domain/request.ts';
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
 * see `closing`) and audits `RequestCancelled` with the operator's reason.
 * The reason goes into the audit trail: it must name a ground (duplicate, withdrawn by the
 * subject, …), never personal data; it is trimmed to 200 characters, without the characters free
 * text may not hold (`withoutControlChars`).
 */
export async function cancelRequest(
  input: { requestId: string; reason: string },
  ports: Pick<
    OpsPorts,
    'requests' | 'audit' | 'merchants' | 'executions' | 'clock'
  >,
): Promise<{ stopped: string[]; status: RequestStatus }> {
  const reason = withoutControlChars(input.reason).trim().slice(0, 200);
  if (!reason) throw new OpsRefusedError('A reason is required to cancel');
  const request = await ports.requests.get(input.requestId);
  if (!request) throw new RequestNotFoundError(input.requestId);
  if (isTerminal(request.status))
    throw new OpsRefusedError(
      `The request is already ${request.status}; nothing to cancel`,
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
    OPEN,
    'CANCELLED',
    { ...closing(now, merchant), updatedAt: now },
  );
  if (!moved)
    throw new OpsRefusedError(
      'The request closed while cancelling; see `show` for its status',
    );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestCancelled',
    at: now,
    actor: 'operator',
    fromStatus: request.status,
    toStatus: 'CANCELLED',
    key: 'cancel',
    details: { reason, stoppedExecutions: stopped.length },
  });
  return { stopped, status: 'CANCELLED' };
}
