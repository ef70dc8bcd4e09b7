import type { SubjectRequest } from '#domain/earlier-requests.ts';
import type { InformationRequest } from '#domain/information-request.ts';
import type { Pseudonymisation } from '#domain/pseudonymisation.ts';
import type {
  Aftermath,
  DeadlineRecord,
  DsrRequest,
  RequestStatus,
  ScheduleKey,
} from '#domain/request.ts';
import type { ProcessorJobResult } from '#domain/schemas.ts';
import type { Disclosure, FieldChange, Hold } from './connectors.ts';

/** A file a processor (or the merchant for it) handed over on the confirmation page. */
export interface UploadedFile {
  /** The file name as uploaded (sanitised for the package). */
  name: string;
  /** Its object key in the export store, under the job's upload prefix. */
  key: string;
  bytes: number;
  /** The type sniffed from its bytes (never the declared one). */
  mediaType: string;
}

/** The state of one request's job at one processor. */
export interface JobRecord {
  requestId: string;
  processorId: string;
  state: 'RUNNING' | ProcessorJobResult['outcome'];
  startedAt: string;
  finishedAt?: string;
  records?: number;
  partKey?: string;
  /** Why the job failed, in words an operator can act on (no personal data). */
  error?: string;
  /** When the processor must have answered: the request's due instant less the processor's lead time. */
  dueAt?: string;
  /** 1, then one more per re-run after a legal hold ended. */
  round?: number;
  /** PARTIAL: what was kept, why and until when (Art. 12(4), 17(3)). */
  holds?: Hold[];
  /** The record of disclosures: every call that sent identifiers to the processor, across rounds. */
  disclosures?: (Disclosure & { at: string; round: number })[];
  /** Processor-side references (job ids); no personal data. */
  evidence?: Record<string, string>;
  /**
   * RUNNING: references of calls this round's attempt already made (the connector's
   * `checkpoint`), handed to a retried attempt of the same round; never carried to another round.
   */
  progress?: Record<string, string>;
  /** PENDING: how the outcome arrives, and the processor's reference to ask about it. */
  pending?: {
    ref: string;
    via: 'poll' | 'callback' | 'confirmation';
    confirmBy?: 'processor' | 'merchant';
    /** How often the connector asked to be checked. */
    checkAfterSeconds?: number;
    /** A confirmation job: the request email went out (a retried step sends it if not). */
    notified?: boolean;
  };
  /** Reminders sent about this job: `reminder`, `escalation`. */
  chased?: string[];
  /** Rectification: what became of each stated correction (field names only, never values). */
  changes?: FieldChange[];
  /**
   * Who confirmed a manual job, and what they said; `member`: the console member who recorded
   * it for the merchant (`member:<key>`), absent when it came through a signed link.
   */
  confirmation?: {
    by: 'processor' | 'merchant';
    at: string;
    note?: string;
    member?: string;
  };
  /**
   * Access/portability: the files the person who confirmed uploaded on the signed page, recorded
   * when they confirmed (only these reach the package).
   */
  files?: UploadedFile[];
}

/** What the deadline sweep reads of a request (the index projection; no personal data). */
export type ScheduledRequest = Pick<
  DsrRequest,
  | 'requestId'
  | 'merchantId'
  | 'type'
  | 'status'
  | 'receivedAt'
  | 'dueDate'
  | 'dueAt'
  | 'verifyBy'
  | 'remindersSent'
>;

/** Persistence of requests. Status changes are conditional on the current status (no lost updates). */
export interface RequestStore {
  /** Stores a new request; fails if the id exists. */
  create(request: DsrRequest): Promise<void>;
  get(requestId: string): Promise<DsrRequest | undefined>;
  /**
   * Moves a request to `to` if its status is one of `from`, applying `patch` in the same write,
   * and places it in the index partition of `to` (see `scheduleKey`), or in AFTERMATH when the
   * patch sets `pendingAftermath`.
   * @returns the updated request, or `undefined` when the condition did not hold.
   * @throws RetentionMissingError when `to` is a closed status that keeps personal data
   * (COMPLETED, DENIED, CANCELLED) and `patch` has no `retainUntil` (see `closing`).
   */
  transition(
    requestId: string,
    from: readonly RequestStatus[],
    to: RequestStatus,
    patch?: Partial<DsrRequest>,
    options?: { remove?: readonly (keyof DsrRequest)[] },
  ): Promise<DsrRequest | undefined>;
  /**
   * Records that the aftermath `done` of a closing write is recorded: removes the request's
   * `pendingAftermath` and places it in the index partition of its status, in one write, only
   * while its status is the one `done` follows and it still carries that marker.
   * @returns whether it was written (false: settled already, or the request moved on).
   */
  settleAftermath(requestId: string, done: Aftermath): Promise<boolean>;
  /**
   * Applies a {@link Pseudonymisation} and takes the request out of the index, in one write, only
   * if it is still closed (COMPLETED, DENIED, CANCELLED), not yet pseudonymised and its
   * `retainUntil` is at or before `change.set.pseudonymisedAt`.
   * @returns whether it was written (false: the condition did not hold, e.g. a second sweep).
   * @example await requests.pseudonymise(id, pseudonymisation(request, now));
   */
  pseudonymise(requestId: string, change: Pseudonymisation): Promise<boolean>;
  /** Sets fields that do not change the status (e.g. export keys, a new due date). */
  update(requestId: string, patch: Partial<DsrRequest>): Promise<void>;
  /**
   * Records the one extension a request may get: sets the new deadline fields, appends the
   * computation to `deadlines` and restarts the reminders, only if the request is open and was
   * never extended. @returns the updated request, or `undefined` when that condition failed.
   */
  recordExtension(
    requestId: string,
    change: {
      fields: Pick<
        DsrRequest,
        'dueDate' | 'dueAt' | 'latestDueDate' | 'extensionNoticeDue'
      >;
      extension: NonNullable<DsrRequest['extension']>;
      record: DeadlineRecord;
      updatedAt: string;
    },
  ): Promise<DsrRequest | undefined>;
  /**
   * Every request of one subject at one merchant: those whose `subjectHash` (set when the email
   * was confirmed, kept when pseudonymised) is `subjectHash`, with their type, status and dates
   * only. Reads the sparse subject index: a query, never a scan.
   */
  findBySubject(
    merchantId: string,
    subjectHash: string,
  ): Promise<SubjectRequest[]>;
  /**
   * Records the merchant's request for information (Art. 12(6)), only if the request awaits the
   * decision and was never asked before. @returns the updated request, or `undefined`.
   */
  recordInformationRequest(
    requestId: string,
    asked: InformationRequest,
  ): Promise<DsrRequest | undefined>;
  /** Sets `informationRequest.notifiedAt` (the email to the shopper went out), if it was asked. */
  recordInformationNotified(requestId: string, at: string): Promise<void>;
  /**
   * Records the shopper's answer, once: only while the request awaits the decision, was asked and
   * is not answered yet. With `deadline`, in the same write: the new deadline fields, the
   * computation appended to `deadlines`, the index moved to the new due instant and, with
   * `restartReminders` (the due instant moved), the reminders sent forgotten.
   * @returns the updated request, or `undefined`.
   */
  recordInformationAnswer(
    requestId: string,
    answer: { answer: string; answeredAt: string },
    deadline?: {
      fields: Pick<
        DsrRequest,
        'dueDate' | 'dueAt' | 'latestDueDate' | 'extensionNoticeDue'
      >;
      record: DeadlineRecord;
      restartReminders: boolean;
    },
  ): Promise<DsrRequest | undefined>;
  /**
   * Requests whose scheduled instant (see `scheduleKey`) is at or before `until`, oldest first.
   * Reads only those: an index range query, never a scan.
   */
  findScheduled(
    partition: ScheduleKey['partition'],
    until: string,
  ): Promise<ScheduledRequest[]>;
  /**
   * Records that reminder `stage` (and the earlier stages in `covers`) went out, once, and only
   * while the request is still open and still due at `dueAt` (the sweep read a possibly stale index).
   * @returns false when that did not hold (another sweep sent it, or the request changed).
   */
  recordReminder(
    requestId: string,
    stage: string,
    covers: readonly string[],
    dueAt: string,
  ): Promise<boolean>;
  /**
   * How many requests are open (verified, not closed). Kept as a counter beside the index, so
   * reading it costs one item whatever the number of requests; approximate if a write is lost
   * between a status change and the counter update.
   */
  countOpen(): Promise<number>;
  /** Undoes {@link recordReminder} when the email could not be sent. */
  forgetReminder(requestId: string, covers: readonly string[]): Promise<void>;
  /**
   * Creates or replaces the job record of one processor. With `ifState`, only if the stored job is
   * in that state (a confirmation racing a poll or the check that gives up cannot overwrite the
   * other's result). @returns whether it was stored.
   */
  saveJob(job: JobRecord, ifState?: JobRecord['state']): Promise<boolean>;
  getJob(
    requestId: string,
    processorId: string,
  ): Promise<JobRecord | undefined>;
  listJobs(requestId: string): Promise<JobRecord[]>;
  /**
   * Intake idempotency: claims `claim.key` for a new request unless a live claim holds it (one
   * open request per merchant, email and type within a window). `replacing`: the request id of
   * a claim the caller found stale (its request moved on or never got stored), which may be
   * overwritten. @returns whether the caller won, and the claim that holds the key now.
   */
  claimSubmission(
    claim: SubmissionClaim,
    replacing?: string,
  ): Promise<{ won: boolean; claim?: SubmissionClaim }>;
  getSubmissionClaim(key: string): Promise<SubmissionClaim | undefined>;
  /**
   * Moves a claim's `mailedAt` to `at` if it still names `requestId` and was last mailed at or
   * before `ifMailedBefore` (at most one verification email per interval, however many repeats).
   */
  markClaimMailed(
    key: string,
    requestId: string,
    at: string,
    ifMailedBefore: string,
  ): Promise<boolean>;
  /**
   * Rate limiting: counts one attempt for `bucket` (an opaque hash, never an email or an IP) in
   * the fixed window of `windowSeconds` that contains `at`, unless `limit` attempts are already
   * counted there. Counters expire by TTL. @returns whether it was counted, and the window's end.
   */
  countAttempt(
    bucket: string,
    limit: number,
    windowSeconds: number,
    at: string,
  ): Promise<{ allowed: boolean; resetAt: string }>;
  /**
   * A merchant's requests, newest first (by `receivedAt`), reading at most `limit` of them
   * through the `byMerchant` index (a query, never a scan). `truncated`: older ones exist.
   */
  listByMerchant(
    merchantId: string,
    limit: number,
  ): Promise<{ requests: InboxRequest[]; truncated: boolean }>;
}

/** The idempotency claim of a submission (see {@link RequestStore.claimSubmission}). */
export interface SubmissionClaim {
  /** Hash of merchant, email and type: the raw email is never part of a key. */
  key: string;
  requestId: string;
  claimedAt: string;
  /** After this instant the claim no longer deduplicates. */
  expiresAt: string;
  /** When the verification email last went out for the claimed request. */
  mailedAt: string;
}

/**
 * What the merchant console's inbox reads of a request (the `byMerchant` index projection):
 * no email, name or details; the subject only as its lookup key or pseudonym.
 */
export type InboxRequest = Pick<
  DsrRequest,
  | 'requestId'
  | 'merchantId'
  | 'type'
  | 'status'
  | 'channel'
  | 'receivedAt'
  | 'dueDate'
  | 'dueAt'
  | 'completedAt'
  | 'subjectRef'
  | 'subjectHash'
  | 'typePending'
  | 'undelivered'
  | 'agentGroup'
>;
