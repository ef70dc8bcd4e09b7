/**
 * The data-subject request and its lifecycle (GDPR Arts 12, 15-21).
 * Status is changed only through {@link transition}, which refuses moves out of terminal states.
 */

import type { RequestAgent } from './agents.ts';
import type { Actor } from './audit.ts';
import type { DeferralKeep } from './deferral-keep.ts';
import type { DenialGround } from './denial-grounds.ts';
import type { InboundOrigin } from './inbound/inbound-mail.ts';
import type { MailDelivery } from './inbound/mail-events.ts';
import type { ShopifyOrigin } from './inbound/shopify-webhooks.ts';
import type { InformationRequest } from './information-request.ts';
import type { LeftOut } from './package-parts.ts';
import {
  isTerminal,
  type ObjectionScope,
  REQUEST_STATUSES,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
} from './request-kinds.ts';
import { isRetained } from './retention.ts';
import type { CorrectionField } from './schemas.ts';

export {
  isTerminal,
  OBJECTION_SCOPES,
  type ObjectionScope,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
  TERMINAL_STATUSES,
} from './request-kinds.ts';

/** The short reference people quote (emails, pages, reports): the id's first 8 characters, upper-case. */
export function requestReference(requestId: string): string {
  return requestId.slice(0, 8).toUpperCase();
}

/** GDPR article served by each request type (used in emails and reports). */
export const ARTICLE_OF: Record<RequestType, string> = {
  access: 'Art. 15',
  portability: 'Art. 20',
  erasure: 'Art. 17',
  rectification: 'Art. 16',
  objection: 'Art. 21',
  restriction: 'Art. 18',
};

const ALLOWED: Record<RequestStatus, readonly RequestStatus[]> = {
  // EXPIRED: never verified in time; its personal data is deleted (data minimisation).
  PENDING_VERIFICATION: ['VERIFIED', 'FAILED', 'EXPIRED', 'CANCELLED'],
  VERIFIED: ['AWAITING_DECISION', 'FAILED', 'CANCELLED'],
  AWAITING_DECISION: ['IN_PROGRESS', 'DENIED', 'FAILED', 'CANCELLED'],
  // DENIED from IN_PROGRESS: the merchant withheld a reviewed access package (Art. 15(4)).
  IN_PROGRESS: ['COMPLETED', 'DEFERRED', 'DENIED', 'FAILED', 'CANCELLED'],
  // DEFERRED: answered (the report says what a legal hold keeps and until when); the held part of
  // the erasure re-runs when the hold ends, unless the merchant cancels it.
  DEFERRED: ['IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED'],
  COMPLETED: [],
  DENIED: [],
  FAILED: [],
  EXPIRED: [],
  // CANCELLED: stopped by an operator (`npm run ops -- cancel`), with a reason in the audit trail.
  CANCELLED: [],
};

/** The statuses from which `to` may be entered. */
export function allowedSources(to: RequestStatus): RequestStatus[] {
  return REQUEST_STATUSES.filter((from) => ALLOWED[from].includes(to));
}

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** A request as stored. Personal data (email, name, details) lives only here, never in logs or execution input. */
export interface DsrRequest {
  requestId: string;
  merchantId: string;
  type: RequestType;
  status: RequestStatus;
  email: string;
  /** Irreversible lookup key for the subject within one merchant. */
  subjectRef: string;
  name?: string;
  orderNumber?: string;
  details?: string;
  /** Rectification: what the shopper says is wrong and what it should be (Art. 16). Personal data. */
  corrections?: { field: CorrectionField; value: string }[];
  /**
   * Objection: what it is to, as the shopper chose on the form (Art. 21(1) or 21(2)-(3)). Only a
   * direct-marketing objection is approved by the merchant's policy (`autoApprove`); unset on
   * objections filed before the form asked, which go to the merchant.
   */
  objectionScope?: ObjectionScope;
  locale: string;
  /** When the shop received it: the legal clock starts here (a member's entry may be earlier). */
  receivedAt: string;
  /** How it reached the shop; absent on requests from the form (`web`). */
  channel?: RequestChannel;
  /**
   * Entered by a member of the merchant's console (received by email, post, phone…): who
   * (member key, domain/member-roles.ts), when, and whether they attest they checked who asked
   * (then no verification link is sent; `identityNote` says how, for the controller's records).
   */
  entry?: {
    by: string;
    at: string;
    identityConfirmed: boolean;
    identityNote?: string;
  };
  /**
   * Closed without an answer (CANCELLED): cancelled with a reason, spam, or a duplicate of
   * another request of the same shop (`duplicateOf`). `by`: a member key, or `operator`.
   */
  closure?: {
    kind: ClosureKind;
    by: string;
    at: string;
    note?: string;
    duplicateOf?: string;
  };
  /**
   * Came by email to the privacy inbox: the message's reference, subject line, attachments,
   * SES's verdicts and the classifier's reading; `confirmBecause` while the merchant must
   * confirm the type (no link is sent until then).
   */
  inbound?: InboundOrigin;
  /**
   * Made on the subject's behalf (domain/agents.ts): the agent's name, address and relation, and
   * the merchant's acceptance of their authority. `email` is still the subject's: the link and
   * every answer go there. The agent's details are personal data: never in logs or executions.
   */
  agent?: RequestAgent;
  /**
   * The console's group of an agent's requests (domain/agents.ts `agentGroupKey`: a hash of the
   * service or the agent's address), projected into the merchant index so the inbox can group
   * and filter without reading addresses. Removed with the subject's fields.
   */
  agentGroup?: string;
  /** Came from a Shopify compliance webhook: the shop's and customer's Shopify references. */
  shopify?: ShopifyOrigin;
  /**
   * What SES reported of our emails about it, the latest per purpose; `undelivered` names the
   * purposes of emails the shopper needed that bounced or were refused (the console flags it).
   */
  deliveries?: MailDelivery[];
  undelivered?: string[];
  /**
   * Came by email and the type is not clear (or the message looks like spam or forged): the
   * request waits for a member to confirm its type; no link is sent until then.
   */
  typePending?: boolean;
  dueDate: string;
  dueAt: string;
  updatedAt: string;
  verifiedAt?: string;
  decidedAt?: string;
  completedAt?: string;
  /** Closed (COMPLETED, DENIED, CANCELLED): when its personal data is pseudonymised (domain/retention.ts). */
  retainUntil?: string;
  /** Set when the personal data was pseudonymised: the email is '', the fields naming the subject are gone. */
  pseudonymisedAt?: string;
  /**
   * Set with `pseudonymisedAt`: when the pseudonymised record (how the request was handled, and
   * its `subjectHash`) is deleted (domain/retention.ts `PSEUDONYMISED_RECORD_DAYS`; the table's
   * TTL attribute on AWS).
   */
  deleteAfter?: string;
  /**
   * The per-merchant hash of the email (`subjectHash` in domain/links.ts), set when the email is
   * confirmed and kept when the request is pseudonymised: the key of the subject index that lists
   * the same person's requests on the decision page (domain/earlier-requests.ts).
   */
  subjectHash?: string;
  /**
   * The merchant's note for the processors, written on approval (the decision page; at most 1000
   * characters, plain text): the only free text processors are sent (quoted in their emails),
   * never the shopper's `details`. May describe the shopper: removed when pseudonymised.
   */
  noteForProcessors?: string;
  decision?: {
    outcome: 'approve' | 'deny';
    reason?: string;
    /** The legal ground of a refusal, when the merchant chose one (domain/denial-grounds.ts). */
    ground?: DenialGround;
    by: string;
    at: string;
  };
  /** The merchant asked the shopper for more information before deciding (Art. 12(6)); once. */
  informationRequest?: InformationRequest;
  /**
   * What the access package holds per processor, counted when it was built: the categories the
   * release review may leave out (no personal data: category names and counts).
   */
  packageContents?: {
    processorId: string;
    categories: Record<string, number>;
  }[];
  /** Why the workflow stopped; `at` (when it was recorded) names the failure's one alert email. */
  failure?: { phase: string; error: string; at?: string };
  /** Objects the request wrote: the access package, the erasure certificate (JSON and HTML). */
  exportKeys?: {
    package?: string;
    certificateJson?: string;
    certificateHtml?: string;
  };
  /** An access package awaiting, or past, the merchant's release review (Art. 15(4)). */
  release?: {
    state: 'AWAITING' | 'RELEASED' | 'WITHHELD';
    reason?: string;
    at?: string;
    /** RELEASED without some parts, and why (Art. 15(4), EDPB 01/2022 §6.2): the shopper is told. */
    leftOut?: LeftOut;
  };
  /** Until when the verification link works; after it, the sweeper expires the request. */
  verifyBy?: string;
  /** The latest date the answer may be extended to (Art. 12(3)) and the last day to say so. */
  latestDueDate?: string;
  extensionNoticeDue?: string;
  /** Every deadline computation, oldest first: appended, never rewritten, so each date is explainable. */
  deadlines?: DeadlineRecord[];
  /** The merchant's extension (Art. 12(3)): at most once, with reasons told to the subject. */
  extension?: { reason: string; by: string; at: string; notifiedAt?: string };
  /** Merchant reminders already sent, by stage (see domain/reminders.ts). */
  remindersSent?: string[];
  /** An erasure part of which waits for legal holds to end (status DEFERRED). */
  deferral?: {
    /** When the last hold ends (ISO date); the held jobs re-run then. */
    until: string;
    /** Processors whose jobs re-run. */
    processorIds: string[];
    /** The round whose holds are waited on (the re-run is the next); older records lack it. */
    round?: number;
    /** Set when the merchant cancels the deferred part, with the merchant's reason. */
    cancelledAt?: string;
    /** Who cancelled: the merchant (by the emailed link) or a console member. */
    cancelledBy?: Actor;
    reason?: string;
    /** With the cancellation: the Art. 17(3) ground and the end of the keeping (deferral-keep.ts). */
    keep?: DeferralKeep;
  };
  /**
   * A completed restriction (Art. 18) the merchant has lifted: when, and the reason the shopper
   * was told beforehand (Art. 18(3)).
   */
  restriction?: { liftedAt: string; reason?: string };
  /**
   * The number of the newest execution started for this request after the first (see
   * `executionName` in domain/ops.ts); absent: only the first. Readers start looking there,
   * because Step Functions forgets an execution 90 days after it closes.
   */
  executionNumber?: number;
  /**
   * The workflow's wait for the processors of a round (statemachines/README.md, "Waiting for the
   * processors"): whoever finishes the round's last job resumes this task token. A reference
   * to the workflow, no personal data; replaced at every check.
   */
  jobsWait?: { round: number; taskToken: string; since: string };
  /**
   * Set in the same write as a closing status, cleared once what goes with that status is
   * recorded (its event, its emails): while set, the request waits in the index's AFTERMATH
   * partition, where the reconciler finds one whose process died in between ({@link Aftermath}).
   */
  pendingAftermath?: Aftermath;
  /**
   * The status a closing write moved the request from (FAILED, DENIED, CANCELLED), stored in
   * that write: its event, recorded after it (the aftermath), names what was written.
   */
  closedFrom?: RequestStatus;
  /**
   * A cancellation as its event states it: who cancelled, the operator's reason (a ground, never
   * personal data; absent for a console member's closure, see `closure`) and how many running
   * executions it stopped.
   */
  cancellation?: { by: Actor; reason?: string; stoppedExecutions: number };
}

/**
 * What a closing write still owes once the status is stored, named by the event it records:
 * `RequestCompleted` (use-cases/results/closing.ts), `RequestFailed` (use-cases/fail-request.ts:
 * the event, the merchant's alert and the shopper's notice), `RequestClosed` (a denial,
 * use-cases/deny-request.ts), `RequestCancelled` (use-cases/ops/cancel-request.ts),
 * `RequestExpired` (the deadline sweep) and `DeferralCancelled` (a deferred erasure's held data
 * kept, use-cases/cancel-deferral.ts: the shopper's notice and its events). Recorded
 * idempotently (keyed events, emails sent once),
 * so a step's retry and the reconciler's repair record each once; the event follows the status
 * write, so the trail names only statuses that were written.
 */
export type Aftermath =
  | 'RequestCompleted'
  | 'RequestFailed'
  | 'RequestClosed'
  | 'RequestCancelled'
  | 'RequestExpired'
  | 'DeferralCancelled';

/** The status each aftermath follows: a marker on any other status is stale and ignored. */
export const AFTERMATH_STATUS = {
  RequestCompleted: 'COMPLETED',
  RequestFailed: 'FAILED',
  RequestClosed: 'DENIED',
  RequestCancelled: 'CANCELLED',
  RequestExpired: 'EXPIRED',
  DeferralCancelled: 'COMPLETED',
} as const satisfies Record<Aftermath, RequestStatus>;

/** The aftermath a request still owes, if any. */
export function owedAftermath(
  request: Pick<DsrRequest, 'status' | 'pendingAftermath'>,
): Aftermath | undefined {
  const owed = request.pendingAftermath;
  return owed && AFTERMATH_STATUS[owed] === request.status ? owed : undefined;
}

/**
 * Why a request was closed without an answer: `withdrawn` by the person who asked, `spam`, a
 * `duplicate` of another request, `no-authority` (an agent's, authority not shown: the note is
 * the reason the agent was told), or `other` (the note says why).
 */
export const CLOSURE_KINDS = [
  'withdrawn',
  'spam',
  'duplicate',
  'other',
  /** An agent's request the person never confirmed and whose authority the shop did not see. */
  'no-authority',
] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** The channel a request came by (`web` when it has none recorded: the public form). */
export function channelOf(
  request: Pick<DsrRequest, 'channel'>,
): RequestChannel {
  return request.channel ?? 'web';
}

/** One deadline computation as stored on the request. */
export interface DeadlineRecord {
  /** Why it was computed: receipt, an extension, or the answer to a request for information. */
  reason: 'received' | 'extended' | 'information-received';
  computedAt: string;
  dueDate: string;
  dueAt: string;
  latestDueDate?: string;
  extensionNoticeDue?: string;
  flags: string[];
  calcVersion: string;
  holidayDataVersion?: string;
}

/** Which scheduled-work partition of the `openByDue` index a request sits in, and at what instant. */
export type ScheduleKey = {
  partition: 'OPEN' | 'UNVERIFIED' | 'DEFERRED' | 'RETAINED' | 'AFTERMATH';
  at: string;
};

/**
 * Index placement: unverified requests by when their link expires (the sweeper expires them), open
 * requests by when they are due (the sweeper reminds and escalates), deferred ones apart (the
 * reconciler checks they still wait), closed ones by when their personal data is to be
 * pseudonymised (the sweeper does it, then the request leaves the index), expired ones not at all.
 * A request whose closing write still owes its aftermath waits in AFTERMATH by when it closed
 * (the reconciler records what is missing), and moves to its status's place once it is recorded.
 */
export function scheduleKey(
  request: Pick<
    DsrRequest,
    | 'status'
    | 'dueAt'
    | 'verifyBy'
    | 'receivedAt'
    | 'retainUntil'
    | 'pseudonymisedAt'
    | 'pendingAftermath'
    | 'updatedAt'
  >,
): ScheduleKey | undefined {
  if (owedAftermath(request))
    return { partition: 'AFTERMATH', at: request.updatedAt };
  const partition = schedulePartition(request.status);
  if (!partition) return undefined;
  if (partition === 'RETAINED')
    // Closed before retention existed (no retainUntil), or already done: nothing scheduled.
    return request.retainUntil && !request.pseudonymisedAt
      ? { partition, at: request.retainUntil }
      : undefined;
  return partition === 'UNVERIFIED'
    ? { partition, at: request.verifyBy ?? request.receivedAt }
    : { partition, at: request.dueAt };
}

/**
 * The index partition of a status. A FAILED request stays OPEN: the answer is still owed, so it
 * keeps its reminders, counts as open and shows as overdue until an operator resolves it. A
 * closed one waits in RETAINED for its pseudonymisation; an EXPIRED one has nothing left to do.
 */
export function schedulePartition(
  status: RequestStatus,
): ScheduleKey['partition'] | undefined {
  if (status === 'PENDING_VERIFICATION') return 'UNVERIFIED';
  // Answered within the deadline; what remains waits on a hold, not on the merchant: not owed,
  // but still watched (the reconciler finds it here).
  if (status === 'DEFERRED') return 'DEFERRED';
  if (status === 'FAILED' || !isTerminal(status)) return 'OPEN';
  if (isRetained(status)) return 'RETAINED';
  return undefined;
}

/** Statuses in which the answer is still owed (the sweep's OPEN partition). */
export const OWED_STATUSES = REQUEST_STATUSES.filter(
  (s) => schedulePartition(s) === 'OPEN',
);

/** Spam and duplicates close only before any processor was asked: nobody is contacted. */
export const CLOSABLE_UNASKED: readonly RequestStatus[] = [
  'PENDING_VERIFICATION',
  'VERIFIED',
  'AWAITING_DECISION',
];

/** Execution input: references only, no personal data. */
export interface ExecutionInput {
  requestId: string;
  merchantId: string;
  type: RequestType;
}
