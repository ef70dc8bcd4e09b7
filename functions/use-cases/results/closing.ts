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
  // Keyed, so also by a retry that finds it sent: a crash between the send and this event
  // would otherwise leave a result that went out unrecorded.
  if (audited)
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ResultSent',
      at: sent.sent
        ? ports.clock.now().toISOString()
        : (sent.record.sentAt ?? ports.clock.now().toISOString()),
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
async function completedEvent(
  request: DsrRequest,
  ports: Pick<Ports, 'audit'>,
  at: string,
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

/**
 * IN_PROGRESS → COMPLETED, audited and counted. The status is written with its aftermath owed
 * (`pendingAftermath`), then {@link completionAftermath} records it: a crash in between leaves
 * the request in the index's AFTERMATH partition, where the step's retry or the reconciler
 * records the event once. The shopper's emails went out before (a retry never loses one).
 */
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
    {
      ...closing(now, merchant),
      updatedAt: now,
      pendingAftermath: 'RequestCompleted',
    },
  );
  // Cancelled or failed meanwhile: the result went out, but the request is not COMPLETED.
  if (!completed)
    throw new InvalidTransitionError(request.requestId, 'COMPLETED');
  await completionAftermath(completed, ports);
  return { status: 'COMPLETED', round };
}

/**
 * What a completion owes once its status is stored: `RequestCompleted` (keyed, at the instant
 * it closed), the figures, and then the marker cleared. Run by the completing step, its retry
 * and the reconciler (use-cases/aftermath.ts); the figures count again only when a process died
 * after counting them and before the marker was cleared.
 */
export async function completionAftermath(
  request: DsrRequest,
  ports: Pick<Ports, 'requests' | 'audit' | 'clock' | 'metrics'>,
): Promise<void> {
  const at = request.completedAt ?? ports.clock.now().toISOString();
  await completedEvent(request, ports, at);
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'COMPLETED' },
  });
  ports.metrics.record(
    'TimeToComplete',
    Date.parse(at) - Date.parse(request.receivedAt),
    { unit: 'Milliseconds', dimensions: { type: request.type } },
  );
  await ports.requests.settleAftermath(request.requestId, 'RequestCompleted');
}
