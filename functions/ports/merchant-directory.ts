import type { MemberRole } from '#domain/member-roles.ts';
import type { MerchantConfig } from '#domain/schemas.ts';

/** A merchant as its console's switcher lists it. */
export interface MerchantListing {
  merchantId: string;
  name: string;
}

/**
 * Merchant configuration, kept as data. Storing a configuration also keeps the index of its
 * console members (who is a member where, with which role, by member key only) and the list of
 * merchants in step with it, so a person removed from `members` loses access at their next
 * request.
 */
export interface MerchantDirectory {
  get(merchantId: string): Promise<MerchantConfig | undefined>;
  put(config: MerchantConfig): Promise<void>;
  /** The merchants whose console lists this member key (domain/member-roles.ts), by id. */
  memberships(
    memberKey: string,
  ): Promise<{ merchantId: string; role: MemberRole }[]>;
  /** Every merchant, by id (a deployment operator's switcher). */
  list(): Promise<MerchantListing[]>;
}
