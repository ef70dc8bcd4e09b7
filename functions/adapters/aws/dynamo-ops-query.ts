import {
  type DynamoDBDocumentClient,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { maskEmail, type RequestSummary } from '#domain/ops.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import type { OpsQuery } from '#ports/ops-query.ts';
import { strip } from './dynamo-keys.ts';

/** Attributes read for a listing: never the name, details or order number. */
const REQUEST_FIELDS = [
  'requestId',
  'merchantId',
  '#type',
  '#status',
  'receivedAt',
  'dueDate',
  'dueAt',
  'updatedAt',
  'completedAt',
  'email',
  'failure',
];

/**
 * {@link OpsQuery} as bounded scans of the single table. Operators list rarely and by hand, so a
 * scan capped at `maxItems` items is cheaper than a second index that every request write would
 * pay for; open requests are listed through the `openByDue` index instead (docs/OPERATIONS.md).
 */
export class DynamoOpsQuery implements OpsQuery {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async scanRequests({ maxItems }: { maxItems: number }) {
    const requests: RequestSummary[] = [];
    let read = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(pk, :req) AND sk = :meta',
          ProjectionExpression: REQUEST_FIELDS.join(', '),
          ExpressionAttributeNames: { '#type': 'type', '#status': 'status' },
          ExpressionAttributeValues: { ':req': 'REQ#', ':meta': '#META' },
          Limit: Math.min(1000, maxItems - read),
          ExclusiveStartKey: startKey,
        }),
      );
      read += out.ScannedCount ?? 0;
      for (const item of out.Items ?? []) {
        const { email, ...rest } = item as RequestSummary & { email?: string };
        requests.push({ ...rest, emailMasked: maskEmail(email) });
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey && read < maxItems);
    requests.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    return { requests, truncated: Boolean(startKey) };
  }

  async listMerchants() {
    const merchants: MerchantConfig[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(pk, :m) AND sk = :config',
          ExpressionAttributeValues: {
            ':m': 'MERCHANT#',
            ':config': '#CONFIG',
          },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        const parsed = MerchantConfig.safeParse(strip(item));
        if (parsed.success) merchants.push(parsed.data);
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return merchants.sort((a, b) => a.merchantId.localeCompare(b.merchantId));
  }
}
