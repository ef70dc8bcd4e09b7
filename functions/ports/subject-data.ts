/** One record held about a subject, grouped by data category. */
export interface SubjectRecord {
  category: string;
  id: string;
  data: Record<string, unknown>;
  /**
   * Processing restricted (Art. 18): the record is kept but must not be used, except with the
   * subject's consent or for legal claims, until the restriction is lifted.
   */
  restricted?: { since: string; requestId: string };
  /**
   * Kept under a legal hold until this instant (ISO): the store deletes the record after it by
   * itself (on AWS, DynamoDB TTL, which typically deletes within two days of it; until then the
   * record still reads as held). An erasure sets it on what it keeps.
   */
  deleteAfter?: string;
}

/**
 * The merchant's own data about its customers (the `internal-dynamodb` processor).
 * Lookups use the subject reference, never the raw email as a key.
 */
export interface SubjectDataStore {
  find(merchantId: string, subjectRef: string): Promise<SubjectRecord[]>;
  /**
   * Deletes the subject's records: every one, or those `which` selects (an erasure keeps what
   * bookkeeping law keeps). @returns how many were deleted.
   */
  erase(
    merchantId: string,
    subjectRef: string,
    which?: (record: SubjectRecord) => boolean,
  ): Promise<number>;
  put(
    merchantId: string,
    subjectRef: string,
    records: SubjectRecord[],
  ): Promise<void>;
  /**
   * Rewrites the subject's records through `change` (rectification, restriction, withdrawn
   * marketing consent); a record for which it returns `undefined` is left as it is.
   * @returns how many records were changed.
   */
  update(
    merchantId: string,
    subjectRef: string,
    change: (record: SubjectRecord) => SubjectRecord | undefined,
  ): Promise<number>;
}
