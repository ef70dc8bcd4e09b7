/**
 * A merchant that reinstalled the app (or removed it by mistake) cancels its offboarding: an
 * admin's POST from the console's banner, audited on the offboarding trail. Only a scheduled
 * one: an erasure that began is not stopped half-way.
 */
import { ActionNotPossibleError } from '#domain/console-errors.ts';
import {
  type OffboardingRecord,
  offboardingTrail,
} from '#domain/offboarding.ts';
import type { Ports } from '#ports/index.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';
import {
  type ConsoleMember,
  membershipAt,
  requireRole,
} from '../console/session.ts';

export async function cancelOffboarding(
  member: ConsoleMember,
  merchantId: string,
  ports: Pick<Ports, 'audit' | 'clock'> & { offboarding: OffboardingStore },
): Promise<OffboardingRecord> {
  requireRole(membershipAt(member, merchantId), 'administer');
  const at = ports.clock.now().toISOString();
  const cancelled = await ports.offboarding.cancel(
    merchantId,
    member.actor,
    at,
  );
  if (!cancelled)
    throw new ActionNotPossibleError(
      'No erasure of this shop is scheduled (cancelled already, or begun)',
      'notNow',
    );
  await ports.audit.append({
    requestId: offboardingTrail(merchantId),
    type: 'OffboardingCancelled',
    at,
    actor: member.actor,
    details: {
      webhookId: cancelled.source.webhookId,
      eraseAt: cancelled.eraseAt,
    },
  });
  return cancelled;
}
