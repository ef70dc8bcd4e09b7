/** Item layout of the single table (docs/DATA_MODEL.md). */
import {
  type DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';

export const keys = {
  request: (requestId: string) => ({ pk: `REQ#${requestId}`, sk: '#META' }),
  eventPrefix: 'EVT#',
  /** Idempotency claim of a keyed audit event (see DynamoAuditLog.append). */
  eventKeyPrefix: 'EVTKEY#',
  event: (requestId: string, at: string, suffix: string) => ({
    pk: `REQ#${requestId}`,
    sk: `EVT#${at}#${suffix}`,
  }),
  job: (requestId: string, processorId: string) => ({
    pk: `REQ#${requestId}`,
    sk: `JOB#${processorId}`,
  }),
  jobPrefix: 'JOB#',
  /** Send record of one outbound email (see SentMailLog). */
  sentMail: (requestId: string, purpose: string) => ({
    pk: `REQ#${requestId}`,
    sk: `MAIL#${purpose}`,
  }),
  sentMailPrefix: 'MAIL#',
  link: (tokenHash: string) => ({ pk: `LINK#${tokenHash}`, sk: '#META' }),
  merchant: (merchantId: string) => ({
    pk: `MERCHANT#${merchantId}`,
    sk: '#CONFIG',
  }),
  subject: (merchantId: string, subjectRef: string) =>
    `SUBJ#${merchantId}#${subjectRef}`,
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
  /** Sparse GSI of scheduled work (see `scheduleKey`): expired and pseudonymised requests carry no index keys. */
  schedule: (partition: string, at: string) => ({
    gsi1pk: partition,
    gsi1sk: at,
  }),
} as const;

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
 * Every item of a request whose sort key starts with `prefix` (its events, jobs, sent mail),
 * all pages, strongly consistent, with the table's key attributes stripped.
 */
export async function requestItems<T>(
  doc: DynamoDBDocumentClient,
  tableName: string,
  requestId: string,
  prefix: string,
): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.request(requestId).pk,
          ':prefix': prefix,
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
