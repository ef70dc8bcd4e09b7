/**
 * Who may do what in the merchant's console. A leaf (it imports only the digest), so the
 * merchant configuration's schema (schemas.ts) and the console's rules can both use it.
 *
 * - `viewer`: sees the merchant's requests, their deadlines, answers and audit trail
 * - `approver`: a viewer who also acts on requests (decides, extends, cancels, releases,
 *   answers for a processor, enters a request received by post or phone); gets the decision
 *   emails, as the approvers of earlier configurations did
 * - `admin`: an approver who also changes the merchant's settings
 */
import { sha256Hex } from './hash.ts';

export const MEMBER_ROLES = ['viewer', 'approver', 'admin'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What a console page or action needs: to see, to act on requests, or to change settings. */
export type Capability = 'see' | 'act' | 'administer';

const RANK: Record<MemberRole, number> = { viewer: 0, approver: 1, admin: 2 };
const NEEDS: Record<Capability, MemberRole> = {
  see: 'viewer',
  act: 'approver',
  administer: 'admin',
};

/** True if `role` may do what `capability` names (roles are ordered: admin ⊃ approver ⊃ viewer). */
export function roleAllows(role: MemberRole, capability: Capability): boolean {
  return RANK[role] >= RANK[NEEDS[capability]];
}

/** The higher of two roles (a person listed twice, or a member who is also an operator). */
export function higherRole(a: MemberRole, b: MemberRole): MemberRole {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The console's name for a person: a digest of the email in lower case, the same in every
 * merchant. Sessions, the membership index and audit events (`member:<key>`) carry it, never
 * the address; a page showing a merchant's trail turns it back into an address only by hashing
 * that merchant's member list. Pseudonymous, not anonymous (an address can be tried against it).
 */
export function memberKey(email: string): string {
  return sha256Hex(`member\u0000${email.trim().toLowerCase()}`);
}

/** The short form of a member key an audit trail shows (`member:1a2b3c4d`). */
export function memberActor(key: string): `member:${string}` {
  return `member:${key.slice(0, 16)}`;
}
