import type { ExecutionInput } from '#domain/request.ts';

/** The orchestration engine (Step Functions on AWS, the embedded engine locally). */
export interface Workflow {
  /** Starts the execution named `input.requestId`; a second start of the same name is a no-op. */
  start(
    input: ExecutionInput,
  ): Promise<{ executionArn: string; alreadyStarted: boolean }>;
  /** Resumes a task waiting on `taskToken`. Throws {@link TaskTokenGoneError} when it no longer waits. */
  resume(taskToken: string, output: Record<string, unknown>): Promise<void>;
}

/** The waiting task is gone (timed out, already resumed, execution stopped). */
export class TaskTokenGoneError extends Error {
  constructor() {
    super('The workflow is no longer waiting for this decision');
    this.name = 'TaskTokenGoneError';
  }
}
