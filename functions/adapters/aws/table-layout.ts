/**
 * The kinds of item in the single table, each under its own partition-key prefix. One prefix per
 * kind is what lets IAM tell them apart: `dynamodb:LeadingKeys` sees only the partition key, so a
 * function may be granted the requests but not their audit events (infra/wiring.ts `table`,
 * docs/ARCHITECTURE.md "Table"). No SDK here: the CDK app and the local stack read it too.
 */
export const ITEM_KINDS = {
  /** `REQ#<requestId>` / `#META`: the request (status, deadline, the subject's details). */
  request: ['REQ#'],
  /** `EVT#<requestId>` / `E#<at>#<seq>` audit events and `K#<key>` their idempotency claims. */
  event: ['EVT#'],
  /** `JOB#<requestId>` / `<processorId>`: one processor's job. */
  job: ['JOB#'],
  /** `MAIL#<requestId>` / `<purpose>`: the send record of one outbound email. */
  mail: ['MAIL#'],
  /** `LINK#<tokenHash>` / `#META`: a signed link. */
  link: ['LINK#'],
  /** `MERCHANT#<merchantId>` / `#CONFIG`: a merchant's configuration. */
  merchant: ['MERCHANT#'],
  /** `SUBJ#<merchantId>#<subjectRef>` / `<category>#<id>`: the shop's own customer records. */
  subject: ['SUBJ#'],
  /** `STATS#REQUESTS` / `#OPEN`: the open-request counter. */
  stats: ['STATS#'],
  /** `INTAKE#<hash>` submission claims and `RATE#<bucket>` rate-limit counters (hashes only). */
  intake: ['INTAKE#', 'RATE#'],
} as const satisfies Record<string, readonly string[]>;

export type ItemKind = keyof typeof ITEM_KINDS;

/**
 * The single DynamoDB table: key schema and the open-requests-by-due-date index. The data stack
 * creates it from this (infra/stacks/data-stack.ts through infra/wiring.ts), the local stack too.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Sparse index of scheduled work: partition OPEN (by due instant), UNVERIFIED (by link
   * expiry), DEFERRED (read by the reconciler) and RETAINED (closed, by `retainUntil`, when the
   * sweep pseudonymises them); expired and pseudonymised requests leave it. It projects only what
   * the deadline sweep reads, so the subject's email, name and details are never copied into it.
   */
  openByDueIndex: {
    name: 'openByDue',
    partitionKey: 'gsi1pk',
    sortKey: 'gsi1sk',
    projected: [
      'requestId',
      'merchantId',
      'type',
      'status',
      'receivedAt',
      'dueDate',
      'dueAt',
      'verifyBy',
      'remindersSent',
    ],
  },
} as const;
