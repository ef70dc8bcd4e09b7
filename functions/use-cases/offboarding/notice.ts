/**
 * What the console tells a signed-in member about the offboarding of the shop they are looking
 * at (domain/offboarding.ts): nothing unless one is scheduled or under way; then the record, the
 * shop, how many of its requests are still open, and whether this member may cancel it.
 */
import { roleAllows } from '#domain/member-roles.ts';
import {
  type OffboardingRecord,
  offboardingPending,
} from '#domain/offboarding.ts';
import { isTerminal } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';
import type { ConsoleMember } from '../console/session.ts';

export interface OffboardingNotice {
  record: OffboardingRecord;
  shop: MerchantConfig;
  /** Requests of the shop not yet closed (the inbox's first 5,000). */
  open: number;
  /** An admin of the shop, and the erasure has not begun. */
  mayCancel: boolean;
}

/** Open requests counted from the inbox's index (as the reports do). */
const COUNT_LIMIT = 5000;

export async function offboardingNotice(
  member: ConsoleMember,
  ports: Pick<Ports, 'merchants' | 'requests'> & {
    offboarding?: OffboardingStore;
  },
): Promise<OffboardingNotice | undefined> {
  const here = member.current;
  if (!ports.offboarding || here.merchantId === '*') return undefined;
  const record = await ports.offboarding.get(here.merchantId);
  if (!offboardingPending(record)) return undefined;
  const shop = await ports.merchants.get(here.merchantId);
  if (!shop) return undefined;
  const { requests } = await ports.requests.listByMerchant(
    here.merchantId,
    COUNT_LIMIT,
  );
  return {
    record,
    shop,
    open: requests.filter((r) => !isTerminal(r.status)).length,
    mayCancel:
      record.status === 'scheduled' && roleAllows(here.role, 'administer'),
  };
}
