/**
 * The people of a merchant's console, read from its configuration (`members`): who gets the
 * decision emails and what role a signed-in person has at a merchant.
 */
import { type MemberRole, memberKey, roleAllows } from './member-roles.ts';
import type { MerchantConfig } from './schemas.ts';

/** Who decides: the addresses of the members who may act on requests (approvers and admins). */
export function approversOf(
  merchant: Pick<MerchantConfig, 'members'>,
): string[] {
  return merchant.members
    .filter((m) => roleAllows(m.role, 'act'))
    .map((m) => m.email);
}

/** The role of the person with this member key at `merchant`, or undefined if not a member. */
export function roleAt(
  merchant: Pick<MerchantConfig, 'members'>,
  key: string,
): MemberRole | undefined {
  return merchant.members.find((m) => memberKey(m.email) === key)?.role;
}

/** Each member's key and role: what the membership index stores (no addresses). */
export function membershipsOf(
  merchant: Pick<MerchantConfig, 'members'>,
): { memberKey: string; role: MemberRole }[] {
  return merchant.members.map((m) => ({
    memberKey: memberKey(m.email),
    role: m.role,
  }));
}
