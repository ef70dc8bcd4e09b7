/** What every result shares: the shopper's email once, keyed result events, and closing. */
import { InvalidTransitionError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import { closing } from '#domain/retention.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { type Composed, sendOnce } from '../send-once.ts';

export type ResultPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'exports'
  | 'mailer'
  | 'clock'
  | 'settings'
  | 'metrics'
  | 'sentMail'
>;

export interface CompletionResult {
  status: DsrRequest['status'];
  wakeAt?: string;
  round: number;
  /** The access package waits for the merchant's release review. */
  review?: boolean;
}

/**
 * An email about the result, once per request and purpose however often the step is retried
 * (links are issued only when it is really sent); `ResultSent` is audited with the shopper's.
 */
export async function sendResult(
  request: DsrRequest,
  purpose: string,
  ports: ResultPorts,
  compose: () => Promise<OutboundEmail | Composed>,
  audited = true,
) {
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose },
    async () => {
      const composed = await compose();
      // A result whose link may be replaced later (a download) keeps the link's hash.
      return 'email' in composed ? composed : { email: composed };
    },
  );
  if (sent.sent && audited)
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ResultSent',
      at: ports.clock.now().toISOString(),
      actor: 'system',
      key: `ResultSent:${purpose}`,
      details: { messageId: sent.messageId },
    });
  return sent;
}

/** One event of the results, keyed: a retried step records it once. */
export async function resultEvent(
  ports: Pick<Ports, 'audit' | 'clock'>,
  request: DsrRequest,
  type:
    | 'ExportWritten'
    | 'ErasureCertified'
    | 'ExportReleased'
    | 'ExportWithheld',
  details: Record<string, string | number>,
  key: string = type,
) {
  await ports.audit.append({
    requestId: request.requestId,
    type,
    at: ports.clock.now().toISOString(),
    actor: 'system',
    key,
    details,
  });
}

/** `RequestCompleted`, keyed: stored once however often it is appended. */
export async function completedEvent(
  request: DsrRequest,
  ports: Pick<Ports, 'audit' | 'clock'>,
  at = request.completedAt ?? ports.clock.now().toISOString(),
) {
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestCompleted',
    at,
    actor: 'system',
    fromStatus: 'IN_PROGRESS',
    toStatus: 'COMPLETED',
    key: 'RequestCompleted',
  });
}

/** IN_PROGRESS → COMPLETED, audited and counted. */
export async function closeCompleted(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: ResultPorts,
  round: number,
): Promise<CompletionResult> {
  const now = ports.clock.now().toISOString();
  const completed = await ports.requests.transition(
    request.requestId,
    ['IN_PROGRESS'],
    'COMPLETED',
    { ...closing(now, merchant), updatedAt: now },
  );
  // Cancelled or failed meanwhile: the result went out, but the request is not COMPLETED.
  if (!completed)
    throw new InvalidTransitionError(request.requestId, 'COMPLETED');
  await completedEvent(request, ports, now);
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'COMPLETED' },
  });
  ports.metrics.record(
    'TimeToComplete',
    Date.parse(now) - Date.parse(request.receivedAt),
    { unit: 'Milliseconds', dimensions: { type: request.type } },
  );
  return { status: 'COMPLETED', round };
}
