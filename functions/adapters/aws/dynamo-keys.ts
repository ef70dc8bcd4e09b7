/**
 * Item layout of the single table (docs/ARCHITECTURE.md "Table"). Every kind of item has its own
 * partition-key prefix (table-layout.ts), so IAM can grant each function only the kinds it uses.
 */
import {
  type DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';

export const keys = {
  request: (requestId: string) => ({ pk: `REQ#${requestId}`, sk: '#META' }),
  /** The partition of a request's audit events (and of their idempotency claims). */
  events: (requestId: string) => `EVT#${requestId}`,
  eventPrefix: 'E#',
  /** Idempotency claim of a keyed audit event (see DynamoAuditLog.append). */
  eventClaim: (requestId: string, key: string) => ({
    pk: `EVT#${requestId}`,
    sk: `K#${key}`,
  }),
  event: (requestId: string, at: string, suffix: string) => ({
    pk: `EVT#${requestId}`,
    sk: `E#${at}#${suffix}`,
  }),
  /** The partition of a request's processor jobs. */
  jobs: (requestId: string) => `JOB#${requestId}`,
  job: (requestId: string, processorId: string) => ({
    pk: `JOB#${requestId}`,
    sk: processorId,
  }),
  /** The partition of a request's send records. */
  sentMails: (requestId: string) => `MAIL#${requestId}`,
  /** Send record of one outbound email (see SentMailLog). */
  sentMail: (requestId: string, purpose: string) => ({
    pk: `MAIL#${requestId}`,
    sk: purpose,
  }),
  link: (tokenHash: string) => ({ pk: `LINK#${tokenHash}`, sk: '#META' }),
  /**
   * The links of a request (sort key: the link's token hash), written beside each link, so a
   * merchant's offboarding finds them without a scan. Same TTL as the link.
   */
  requestLinks: (requestId: string) => `LINK#REQ#${requestId}`,
  /**
   * A verified webhook's delivery: its claim (deduplication by webhook id) with the body until
   * its worker is done (adapters/aws/dynamo-webhook-inbox.ts). By merchant, so a merchant's
   * offboarding finds them all without a scan.
   */
  webhook: (merchantId: string, webhookId: string) => ({
    pk: `WEBHOOK#${merchantId}`,
    sk: webhookId,
  }),
  webhooks: (merchantId: string) => `WEBHOOK#${merchantId}`,
  /** A merchant's offboarding record (domain/offboarding.ts); no personal data. */
  offboarding: (merchantId: string) => ({
    pk: `OFFBOARD#${merchantId}`,
    sk: '#META',
  }),
  merchant: (merchantId: string) => ({
    pk: `MERCHANT#${merchantId}`,
    sk: '#CONFIG',
  }),
  subject: (merchantId: string, subjectRef: string) =>
    `SUBJ#${merchantId}#${subjectRef}`,
  /**
   * The list of a merchant's subjects with records (sort key: the subject reference), so a
   * merchant's offboarding finds every subject partition without a scan.
   */
  subjects: (merchantId: string) => `SUBJ#${merchantId}`,
  /** One membership of a person in a merchant's console (the person by member key only). */
  membership: (memberKey: string, merchantId: string) => ({
    pk: `MEMBER#${memberKey}`,
    sk: `MERCHANT#${merchantId}`,
  }),
  memberships: (memberKey: string) => `MEMBER#${memberKey}`,
  /** The list of merchants (a deployment operator's console switcher). */
  directory: (merchantId: string) => ({
    pk: 'DIRECTORY#MERCHANTS',
    sk: merchantId,
  }),
  directoryPartition: 'DIRECTORY#MERCHANTS',
  /** A console sign-in link and a console session, by the hash of their secret. */
  signIn: (tokenHash: string) => ({ pk: `SIGNIN#${tokenHash}`, sk: '#META' }),
  session: (tokenHash: string) => ({ pk: `SESSION#${tokenHash}`, sk: '#META' }),
  /** The counter of open requests (see RequestStore.countOpen). */
  openCounter: { pk: 'STATS#REQUESTS', sk: '#OPEN' },
  /** Submission claims and rate-limit counters of the intake (their keys are hashes). */
  intakeClaim: (key: string) => ({ pk: `INTAKE#${key}`, sk: '#CLAIM' }),
  rateCounter: (bucket: string, windowStart: string) => ({
    pk: `RATE#${bucket}`,
    sk: windowStart,
  }),
  /** Sparse GSI of scheduled work (see `scheduleKey`): expired and pseudonymised requests carry no index keys. */
  schedule: (partition: string, at: string) => ({
    gsi1pk: partition,
    gsi1sk: at,
  }),
} as const;

/**
 * The table's TTL attribute (`ttl`, infra/stacks/data-stack.ts) for an ISO instant: epoch seconds,
 * rounded up so DynamoDB never deletes an item before the instant it names.
 */
export const ttlAt = (iso: string): number => Math.ceil(Date.parse(iso) / 1000);

export function strip<T extends Record<string, unknown>>(
  item: T | undefined,
): Omit<T, 'pk' | 'sk' | 'gsi1pk' | 'gsi1sk' | 'ttl'> | undefined {
  if (!item) return undefined;
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1,
    gsi1sk: _g2,
    ttl: _ttl,
    ...rest
  } = item;
  return rest;
}

/**
 * Every item of partition `pk` (a request's events, jobs or sent mail), optionally only those whose
 * sort key starts with `prefix`: all pages, strongly consistent, the table's keys stripped.
 */
export async function partitionItems<T>(
  doc: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  prefix?: string,
): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: prefix
          ? 'pk = :pk AND begins_with(sk, :prefix)'
          : 'pk = :pk',
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(prefix ? { ':prefix': prefix } : {}),
        },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) items.push(strip(item) as T);
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}
