import { InvalidTransitionError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { denialEmail } from '#presentation/emails.ts';
import { loadRequestAndMerchant } from './load.ts';

/**
 * Art. 12(4): tell the subject, without delay, why the controller is not acting and that they
 * may complain to a supervisory authority and seek a judicial remedy. Ends the request DENIED.
 */
export async function denyRequest(
  input: { requestId: string },
  ports: Pick<Ports, 'requests' | 'audit' | 'merchants' | 'mailer' | 'clock'>,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  if (request.status === 'DENIED') return;
  if (
    request.status !== 'AWAITING_DECISION' ||
    request.decision?.outcome !== 'deny' ||
    !request.decision.reason
  ) {
    throw new InvalidTransitionError(request.requestId, 'DENIED');
  }
  const sent = await ports.mailer.send(
    denialEmail(merchant, request, request.decision.reason),
  );
  const now = ports.clock.now().toISOString();
  await ports.audit.append({
    requestId: request.requestId,
    type: 'DenialSent',
    at: now,
    actor: 'system',
    details: { messageId: sent.messageId },
  });
  await ports.requests.transition(
    request.requestId,
    ['AWAITING_DECISION'],
    'DENIED',
    {
      updatedAt: now,
      completedAt: now,
    },
  );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestClosed',
    at: now,
    actor: 'system',
    fromStatus: 'AWAITING_DECISION',
    toStatus: 'DENIED',
  });
}
