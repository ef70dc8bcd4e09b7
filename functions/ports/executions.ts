/**
 * Workflow executions as operators see them (Step Functions on AWS, the embedded engine locally).
 * Separate from {@link Workflow}, which the request flow uses: ops may stop and restart.
 */

export type ExecutionStatus =
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'TIMED_OUT'
  | 'ABORTED'
  | 'PENDING_REDRIVE';

export interface ExecutionSummary {
  executionArn: string;
  name: string;
  status: ExecutionStatus;
  startedAt: string;
  stoppedAt?: string;
  /** Error name only (a cause may quote data). */
  error?: string;
  /** AWS console deep link; absent on the local stack. */
  consoleUrl?: string;
}

/** One step of an execution history, without state input or output. */
export interface ExecutionStep {
  at: string;
  /** `StateEntered`, `StateExited`, `TaskFailed`, `TaskSubmitted` (waiting), `ExecutionFailed`, … */
  kind: string;
  /** The AWS history event type, e.g. `TaskStateEntered`, `LambdaFunctionFailed`. */
  type: string;
  state?: string;
  error?: string;
}

export interface Executions {
  /**
   * The request's executions that Step Functions still knows (`<requestId>`, then
   * `<requestId>-<n>`: domain/ops.ts `executionName`), oldest first. `newest`: the number of the
   * newest one started, as the request records it (`executionNumber`): Step Functions forgets an
   * execution 90 days after it closes, so the search starts there, not at the first.
   */
  forRequest(requestId: string, newest?: number): Promise<ExecutionSummary[]>;
  /** The execution's history, oldest first. */
  history(executionArn: string): Promise<ExecutionStep[]>;
  /**
   * Starts an execution named `name` with reference-only input. A name already used is not an
   * error: that execution runs (or ran), and `alreadyStarted` says so.
   */
  start(
    name: string,
    input: ExecutionStartInput,
  ): Promise<{ executionArn: string; alreadyStarted: boolean }>;
  /** Stops a running execution; `error` is a name, never data. */
  stop(executionArn: string, error: string): Promise<void>;
  /**
   * Continues a failed, aborted or timed-out execution from its failed step (Step Functions
   * `RedriveExecution`). `undefined` where the engine has no redrive (the local engine).
   */
  redrive?: (executionArn: string) => Promise<void>;
}

/**
 * What an execution starts with: references only. A resumed one says where (`resumeAt`, see
 * domain/ops.ts `resumePlanFor`, or `checks` when the workflow continues a round's checks) and,
 * for a deferral or a round's checks, the round.
 */
export interface ExecutionStartInput {
  requestId: string;
  merchantId: string;
  type: string;
  resumeAt?: string;
  round?: number;
}
