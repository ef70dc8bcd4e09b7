/**
 * A member confirms (or corrects) the type of a request that came by email and waited for it
 * (`typePending`): the request takes the type, the trail records who chose it against what the
 * classifier read, and the sender gets the verification link, as from the form. The link lasts
 * until the request's deadline, where the waiting request was already indexed.
 */
import type { Actor } from '#domain/audit.ts';
import { InvalidTransitionError } from '#domain/errors.ts';
import type { DsrRequest, RequestType } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { sendVerification } from '../send-verification.ts';

export async function confirmRequestType(
  request: DsrRequest,
  merchant: MerchantConfig,
  type: RequestType,
  actor: Actor,
  ports: Pick<
    Ports,
    'requests' | 'audit' | 'links' | 'mailer' | 'clock' | 'settings'
  >,
): Promise<DsrRequest> {
  if (request.status !== 'PENDING_VERIFICATION' || !request.typePending)
    throw new InvalidTransitionError(request.requestId, 'a confirmed type');
  const at = ports.clock.now().toISOString();
  const inbound = request.inbound && {
    ...request.inbound,
    typeConfirmed: { by: actor, at },
  };
  const updated: DsrRequest = {
    ...request,
    type,
    typePending: false,
    ...(inbound ? { inbound } : {}),
    updatedAt: at,
  };
  await ports.requests.update(request.requestId, {
    type,
    typePending: false,
    ...(inbound ? { inbound } : {}),
    updatedAt: at,
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestTypeConfirmed',
    at,
    actor,
    details: {
      requestType: type,
      ...(request.inbound?.classification.type
        ? { classifiedAs: request.inbound.classification.type }
        : {}),
      confidence: request.inbound?.classification.confidence ?? 0,
    },
    key: 'RequestTypeConfirmed',
  });
  await sendVerification(updated, merchant, ports, false, actor);
  return updated;
}
