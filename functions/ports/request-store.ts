import type { DsrRequest, RequestStatus } from '#domain/request.ts';
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
}

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
  ): Promise<DsrRequest | undefined>;
  /** Sets fields that do not change the status (e.g. export keys). */
  update(requestId: string, patch: Partial<DsrRequest>): Promise<void>;
  /** Creates or replaces the job record of one processor. */
  saveJob(job: JobRecord): Promise<void>;
  listJobs(requestId: string): Promise<JobRecord[]>;
}
