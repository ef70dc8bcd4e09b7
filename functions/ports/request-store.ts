import type {
  DeadlineRecord,
  DsrRequest,
  RequestStatus,
} from '#domain/request.ts';
import type { ProcessorJobResult } from '#domain/schemas.ts';

/** The state of one request's job at one processor. */
export interface JobRecord {
  requestId: string;
  processorId: string;
  state: 'RUNNING' | ProcessorJobResult['outcome'];
  startedAt: string;
  finishedAt?: string;
  records?: number;
  partKey?: string;
  error?: string;
  /** When the processor must have answered: the request's due instant less the processor's lead time. */
  dueAt?: string;
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
   * Moves a request to `to` if its status is one of `from`, applying `patch` in the same write.
   * @returns the updated request, or `undefined` when the condition did not hold.
   */
  transition(
    requestId: string,
    from: readonly RequestStatus[],
    to: RequestStatus,
    patch?: Partial<DsrRequest>,
    options?: { remove?: readonly (keyof DsrRequest)[] },
  ): Promise<DsrRequest | undefined>;
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
   * Requests whose scheduled instant (see `scheduleKey`) is at or before `until`, oldest first.
   * Reads only those: an index range query, never a scan.
   */
  findScheduled(
    partition: 'OPEN' | 'UNVERIFIED',
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
  /** Creates or replaces the job record of one processor. */
  saveJob(job: JobRecord): Promise<void>;
  listJobs(requestId: string): Promise<JobRecord[]>;
}
