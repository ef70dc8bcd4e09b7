import type {
  OffboardingCounts,
  OffboardingRecord,
} from '#domain/offboarding.ts';

/** The offboarding records (one per merchant, domain/offboarding.ts). */
export interface OffboardingStore {
  get(merchantId: string): Promise<OffboardingRecord | undefined>;
  /**
   * Stores `record` (status `scheduled`) unless one is scheduled or under way already, which is
   * then returned unchanged (`created: false`): a repeated `shop/redact` moves no date.
   */
  schedule(
    record: OffboardingRecord,
  ): Promise<{ record: OffboardingRecord; created: boolean }>;
  /** `scheduled` → `cancelled`, only while it is scheduled; the record as changed, else undefined. */
  cancel(
    merchantId: string,
    by: string,
    at: string,
  ): Promise<OffboardingRecord | undefined>;
  /** Merchant ids whose offboarding is scheduled or under way and due at `now`, earliest first. */
  due(now: string): Promise<string[]>;
  /** `scheduled` → `erasing` (the erasure began): false when it is not scheduled (cancelled, begun). */
  begin(merchantId: string, at: string): Promise<boolean>;
  /** Adds to the counts of an erasure under way. */
  tally(merchantId: string, counts: Partial<OffboardingCounts>): Promise<void>;
  /** `erasing` → `erased`, out of the schedule. */
  finish(
    merchantId: string,
    at: string,
  ): Promise<OffboardingRecord | undefined>;
}

/** One request of a merchant as the erasure reads it from the merchant's index. */
export interface MerchantRequestRef {
  requestId: string;
}

/**
 * Deletes a merchant's items from the table. Every method is idempotent (deleting what is gone
 * deletes nothing) and returns how many items it deleted.
 */
export interface MerchantDataEraser {
  /** The merchant's requests, a page at a time (`cursor` from the previous page). */
  requestPage(
    merchantId: string,
    cursor?: string,
  ): Promise<{ requests: MerchantRequestRef[]; cursor?: string }>;
  /**
   * A request's audit events, jobs, send records and links, then the request itself (last, so
   * an erasure interrupted half-way still finds it in the merchant's index). `owed`: it was
   * still owed an answer, so the deployment's open-request count goes down by one.
   */
  eraseRequest(requestId: string, owed?: boolean): Promise<number>;
  /** The shop's own records (the `internal-dynamodb` processor) of every subject of the merchant. */
  eraseSubjects(merchantId: string): Promise<number>;
  /** The merchant's webhook deliveries: their claims and any body still kept. */
  eraseWebhooks(merchantId: string): Promise<number>;
  /** An audit partition of the merchant's own (its settings trail). */
  eraseTrail(trailId: string): Promise<number>;
  /** The send records of an audit partition of the merchant's own (the offboarding email's). */
  eraseSentMail(trailId: string): Promise<number>;
  /** The members' index entries of these member keys at the merchant. */
  eraseMemberships(merchantId: string, memberKeys: string[]): Promise<number>;
  /** The merchant's entry in the list of merchants, then its configuration (last of all). */
  eraseMerchant(merchantId: string): Promise<number>;
}

/** Deletes stored objects (S3: ListObjectsV2 + DeleteObjects, 1,000 keys a call). */
export interface ObjectEraser {
  /** Every object whose key starts with `prefix`; returns how many were deleted. */
  erasePrefix(prefix: string): Promise<number>;
  /** These objects (absent ones too); returns how many keys were deleted. */
  eraseKeys(keys: string[]): Promise<number>;
}
