/** Item layout of the single table (docs/DATA_MODEL.md). */
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
  /** The counter of open requests (see RequestStore.countOpen). */
  openCounter: { pk: 'STATS#REQUESTS', sk: '#OPEN' },
  /** Sparse GSI of scheduled work (see `scheduleKey`): closed requests carry no index keys. */
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
