import { isTerminal } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import { failureAlertEmail } from '#presentation/emails.ts';
import { loadRequestAndMerchant } from './load.ts';

/** Error names are safe to store and show; causes may quote data, so they are dropped. */
const SAFE_ERROR = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * The workflow's failure path: mark the request FAILED with the phase and error name, audit it,
 * and alert the merchant so the legal deadline is not silently missed.
 */
export async function failRequest(
  input: { requestId: string; phase: string; error?: { Error?: string } },
  ports: Pick<
    Ports,
    'requests' | 'audit' | 'merchants' | 'mailer' | 'clock' | 'metrics'
  >,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  const error =
    input.error?.Error && SAFE_ERROR.test(input.error.Error)
      ? input.error.Error
      : 'Unknown';
  const phase = SAFE_ERROR.test(input.phase) ? input.phase : 'unknown';
  const now = ports.clock.now().toISOString();
  if (!isTerminal(request.status)) {
    await ports.requests.transition(
      request.requestId,
      [
        'PENDING_VERIFICATION',
        'VERIFIED',
        'AWAITING_DECISION',
        'IN_PROGRESS',
        'DEFERRED',
      ],
      'FAILED',
      { failure: { phase, error }, updatedAt: now },
    );
  }
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestFailed',
    at: now,
    actor: 'system',
    fromStatus: request.status,
    toStatus: isTerminal(request.status) ? request.status : 'FAILED',
    details: { phase, error },
  });
  ports.metrics.record('RequestsFinished', 1, {
    dimensions: { type: request.type, outcome: 'FAILED', phase },
  });
  await ports.mailer.send(failureAlertEmail(merchant, request, phase, error));
}
