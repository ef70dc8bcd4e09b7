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
  /** `MEMBER#<memberKey>` / `MERCHANT#<merchantId>`: one console member's role at a merchant. */
  member: ['MEMBER#'],
  /** `DIRECTORY#MERCHANTS` / `<merchantId>`: the list of merchants (their ids and names). */
  directory: ['DIRECTORY#'],
  /** `SIGNIN#<hash>` / `#META`: a console sign-in link (the hash of its secret). */
  signin: ['SIGNIN#'],
  /** `SESSION#<hash>` / `#META`: a console session (the hash of its cookie's secret). */
  session: ['SESSION#'],
} as const satisfies Record<string, readonly string[]>;

export type ItemKind = keyof typeof ITEM_KINDS;
