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
  /**
   * `LINK#<tokenHash>` / `#META`: a signed link; `LINK#REQ#<requestId>` / `<tokenHash>`: the
   * links of a request (for a merchant's offboarding).
   */
  link: ['LINK#'],
  /** `MERCHANT#<merchantId>` / `#CONFIG`: a merchant's configuration. */
  merchant: ['MERCHANT#'],
  /**
   * `SUBJ#<merchantId>#<subjectRef>` / `<category>#<id>`: the shop's own customer records;
   * `SUBJ#<merchantId>` / `<subjectRef>`: the list of its subjects (for its offboarding).
   */
  subject: ['SUBJ#'],
  /** `STATS#REQUESTS` / `#OPEN`: the open-request counter. */
  stats: ['STATS#'],
  /** `INTAKE#<hash>` submission claims and `RATE#<bucket>` rate-limit counters (hashes only). */
  intake: ['INTAKE#', 'RATE#'],
  /**
   * `WEBHOOK#<merchantId>` / `<webhookId>`: a verified Shopify delivery's claim, with its raw
   * body until the worker is done; expires by TTL with the claim.
   */
  webhook: ['WEBHOOK#'],
  /** `MEMBER#<memberKey>` / `MERCHANT#<merchantId>`: one console member's role at a merchant. */
  member: ['MEMBER#'],
  /** `DIRECTORY#MERCHANTS` / `<merchantId>`: the list of merchants (their ids and names). */
  directory: ['DIRECTORY#'],
  /** `SIGNIN#<hash>` / `#META`: a console sign-in link (the hash of its secret). */
  signin: ['SIGNIN#'],
  /** `SESSION#<hash>` / `#META`: a console session (the hash of its cookie's secret). */
  session: ['SESSION#'],
  /**
   * `OFFBOARD#<merchantId>` / `#META`: a merchant's offboarding (domain/offboarding.ts): ids,
   * dates and counts, in the schedule index (`OFFBOARD`, by erasure time) until erased.
   */
  offboard: ['OFFBOARD#'],
} as const satisfies Record<string, readonly string[]>;

export type ItemKind = keyof typeof ITEM_KINDS;

/**
 * The single DynamoDB table: key schema and its indexes. The data stack creates it from this
 * (infra/stacks/data-stack.ts through infra/wiring.ts), the local stack too.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Sparse index of scheduled work: partition OPEN (by due instant), UNVERIFIED (by link
   * expiry), DEFERRED (read by the reconciler), RETAINED (closed, by `retainUntil`, when the
   * sweep pseudonymises them) and AFTERMATH (a closing that still owes its event or emails, by
   * when it closed: read by the reconciler); expired and pseudonymised requests leave it. It projects only what
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
  /**
   * Sparse index of one person's requests at one merchant, for the decision page's list of
   * earlier requests (Art. 12(5), functions/domain/earlier-requests.ts): keyed by the request's
   * `subjectHash` (a per-merchant hash of the email, set when the email is confirmed and kept
   * when the request is pseudonymised) and `receivedAt`. Only items with a `subjectHash` are in
   * it (requests, no other kind of item), and it projects type, status and dates, never the
   * shopper's data.
   */
  bySubjectIndex: {
    name: 'bySubject',
    partitionKey: 'subjectHash',
    sortKey: 'receivedAt',
    projected: ['requestId', 'merchantId', 'type', 'status', 'completedAt'],
  },
  /**
   * Every request of a merchant, newest first: the merchant console's inbox. Keyed on the
   * request's own `merchantId` and `receivedAt` (no other kind of item has both), so requests
   * stored before the index existed are in it too. It projects what the inbox lists and
   * filters on: the subject's lookup key and pseudonym (hashes, for the search by email), never
   * the email, name or details.
   */
  byMerchantIndex: {
    name: 'byMerchant',
    partitionKey: 'merchantId',
    sortKey: 'receivedAt',
    projected: [
      'requestId',
      'type',
      'status',
      'channel',
      'dueDate',
      'dueAt',
      'completedAt',
      'subjectRef',
      'subjectHash',
      // What the inbox flags: a type the merchant must confirm, an email of ours that bounced
      // (purposes only, never an address).
      'typePending',
      'undelivered',
      // The group of an agent's requests (a hash; domain/agents.ts), for the inbox's batches.
      'agentGroup',
    ],
  },
} as const;
