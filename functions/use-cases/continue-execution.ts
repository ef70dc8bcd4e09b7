import { ValidationError } from '#domain/errors.ts';
import {
  type ContinuePoint,
  executionName,
  executionNumber,
} from '#domain/ops.ts';
import type { RequestType } from '#domain/request.ts';
import type { Executions } from '#ports/executions.ts';
import type { Ports } from '#ports/index.ts';

/**
 * Continue In New Execution: the workflow goes on in a new execution it starts itself, so that no
 * execution nears Step Functions' 25,000 history events or its year (statemachines/README.md,
 * "One execution, then the next"): at a deferred erasure's wait, and when a round's checks run
 * past their budget. The new execution is the request's next one (`<requestId>-<n + 1>`, after
 * this one's n), starts where this one stops (`resumeAt`, `round`) and takes references only.
 * Audited first, keyed by the name: a retried step neither records nor starts it twice (a second
 * start of the same name with the same input is a no-op while it runs). The request records the
 * number, where readers start looking for its executions.
 */
export async function continueExecution(
  input: {
    requestId: string;
    merchantId: string;
    type: RequestType;
    resumeAt: ContinuePoint;
    round: number;
    /** This execution's name (`$$.Execution.Name`). */
    execution: string;
  },
  ports: Pick<Ports, 'requests' | 'audit' | 'clock'> & {
    executions: Pick<Executions, 'start'>;
  },
): Promise<{ execution: string }> {
  const current = executionNumber(input.requestId, input.execution);
  if (current === undefined)
    throw new ValidationError('The execution is not one of this request', {
      execution: 'must be the request id or <requestId>-<n>',
    });
  const name = executionName(input.requestId, current + 1);
  await ports.audit.append({
    requestId: input.requestId,
    type: 'ExecutionContinued',
    at: ports.clock.now().toISOString(),
    actor: 'system',
    key: `continued:${name}`,
    details: {
      from: input.execution,
      execution: name,
      resumeAt: input.resumeAt,
      round: input.round,
    },
  });
  await ports.executions.start(name, {
    requestId: input.requestId,
    merchantId: input.merchantId,
    type: input.type,
    resumeAt: input.resumeAt,
    round: input.round,
  });
  await ports.requests.update(input.requestId, {
    executionNumber: current + 1,
  });
  return { execution: name };
}
