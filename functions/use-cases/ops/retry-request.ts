import { RequestNotFoundError } from '#domain/errors.ts';
import {
  executionName,
  nextExecutionNumber,
  resumePlanFor,
} from '#domain/ops.ts';
import type { OpsPorts } from './ports.ts';
import { OpsRefusedError } from './ports.ts';

export interface RetryResult {
  mode: 'redrive' | 'restart';
  executionArn: string;
  execution: string;
  resumeAt?: string;
  fromStatus: string;
  toStatus: string;
}

/**
 * Gets a stuck request moving again, once, and audits it (`ExecutionRedriven`).
 *
 * 1. Refuse while an execution of the request runs, or when nothing can resume (closed requests).
 * 2. Request still open and its last execution redrivable (failed/aborted/timed out outside the
 *    workflow's own failure path) and the engine can redrive (AWS): `RedriveExecution`, which
 *    continues from the failed step.
 * 3. Otherwise restart from the failed phase: move the request back to the status that phase
 *    needs (conditional on its current status, so two operators cannot both do it) and start
 *    the request's next execution, `<requestId>-<n>`, with `resumeAt`. This is also the only way on AWS once the workflow
 *    recorded the failure itself: a redrive would re-enter its final `Request Failed` state.
 * Re-running steps is safe: jobs that ended return their recorded outcome; the audit event is keyed
 * by the attempt, so a repeated command cannot record one attempt twice.
 */
export async function retryRequest(
  input: { requestId: string },
  ports: Pick<OpsPorts, 'requests' | 'audit' | 'executions' | 'clock'>,
): Promise<RetryResult> {
  const request = await ports.requests.get(input.requestId);
  if (!request) throw new RequestNotFoundError(input.requestId);
  const executions = await ports.executions.forRequest(
    request.requestId,
    request.executionNumber,
  );
  if (executions.some((e) => e.status === 'RUNNING'))
    throw new OpsRefusedError(
      'An execution of this request is still running; nothing to retry',
    );
  const plan = resumePlanFor(request);
  if (!plan)
    throw new OpsRefusedError(`A ${request.status} request cannot be retried`);
  const now = ports.clock.now().toISOString();
  const last = executions.at(-1);

  if (
    request.status !== 'FAILED' &&
    last &&
    ports.executions.redrive &&
    ['FAILED', 'ABORTED', 'TIMED_OUT'].includes(last.status)
  ) {
    await ports.executions.redrive(last.executionArn);
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ExecutionRedriven',
      at: now,
      actor: 'operator',
      key: `redrive:${last.name}:${last.stoppedAt ?? ''}`,
      details: { mode: 'redrive', execution: last.name, previous: last.status },
    });
    return {
      mode: 'redrive',
      executionArn: last.executionArn,
      execution: last.name,
      fromStatus: request.status,
      toStatus: request.status,
    };
  }

  if (request.status !== plan.status) {
    const moved = await ports.requests.transition(
      request.requestId,
      [request.status],
      plan.status,
      { updatedAt: now },
      // Open again: no longer closed, so no retention end and nothing owed for the failure (the
      // store re-places it in the index).
      { remove: ['failure', 'completedAt', 'retainUntil', 'pendingAftermath'] },
    );
    if (!moved)
      throw new OpsRefusedError(
        'The request changed while retrying; run the command again',
      );
  }
  const number = nextExecutionNumber(request, executions);
  const name = executionName(request.requestId, number);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ExecutionRedriven',
    at: now,
    actor: 'operator',
    fromStatus: request.status,
    toStatus: plan.status,
    key: `restart:${name}`,
    details: {
      mode: 'restart',
      execution: name,
      resumeAt: plan.resumeAt,
      ...(request.failure
        ? { failedPhase: request.failure.phase, error: request.failure.error }
        : {}),
    },
  });
  const started = await ports.executions.start(name, {
    requestId: request.requestId,
    merchantId: request.merchantId,
    type: request.type,
    resumeAt: plan.resumeAt,
    ...(plan.round ? { round: plan.round } : {}),
  });
  if (number > 0)
    await ports.requests.update(request.requestId, { executionNumber: number });
  return {
    mode: 'restart',
    executionArn: started.executionArn,
    execution: name,
    resumeAt: plan.resumeAt,
    fromStatus: request.status,
    toStatus: plan.status,
  };
}
