/** One record held about a subject, grouped by data category. */
export interface SubjectRecord {
  category: string;
  id: string;
  data: Record<string, unknown>;
}

/**
 * The merchant's own data about its customers (the `internal-dynamodb` processor).
 * Lookups use the subject reference, never the raw email as a key.
 */
export interface SubjectDataStore {
  find(merchantId: string, subjectRef: string): Promise<SubjectRecord[]>;
  /** Deletes every record of the subject. @returns how many were deleted. */
  erase(merchantId: string, subjectRef: string): Promise<number>;
  put(
    merchantId: string,
    subjectRef: string,
    records: SubjectRecord[],
  ): Promise<void>;
}
