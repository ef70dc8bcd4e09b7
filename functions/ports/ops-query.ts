import type { RequestSummary } from '#domain/ops.ts';
import type { MerchantConfig } from '#domain/schemas.ts';

/**
 * Read-only queries for operators (CLI and the local ops page), not used by the request flow.
 * Open requests are listed through the scheduled-work index ({@link RequestStore.findScheduled});
 * this port covers what that index does not hold: closed requests and the merchant list.
 */
export interface OpsQuery {
  /**
   * Every request, newest first, reading at most `maxItems` table items (a bounded scan on
   * DynamoDB; see docs/OPERATIONS.md). `truncated` tells that more exist.
   * @example const { requests } = await ops.scanRequests({ maxItems: 5000 });
   */
  scanRequests(options: {
    maxItems: number;
  }): Promise<{ requests: RequestSummary[]; truncated: boolean }>;
  /** Every merchant configuration, by id. */
  listMerchants(): Promise<MerchantConfig[]>;
}
