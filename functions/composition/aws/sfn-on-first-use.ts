import type { Executions } from '#ports/executions.ts';
import type { Workflow } from '#ports/workflow.ts';
import type { Config } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';

/**
 * Step Functions loaded on the first call, for a function whose first request mostly does not
 * talk to it: the console (its pages read the table; an action that starts, stops or resumes an
 * execution loads the SFN client then); the links whose GET shows a page and whose POST starts or
 * resumes the workflow (the shopper's confirmation, the decision, the release review, a
 * processor's confirmation); the decision request (it resumes its own task only when the
 * merchant's policy approves, `autoApprove`, off by default), the wait for processors (it
 * resumes itself only when the round's last job answered meanwhile) and OpenDSR's callback (it
 * resumes the wait only with the final status of the round's last job). Functions that talk to Step
 * Functions on their main path use sfn.ts directly. `requireArn` as in sfn.ts.
 */
export function sfnWorkflowOnFirstUse(
  config: Config,
  requireArn = true,
): { workflow: Workflow } {
  if (requireArn && !config.stateMachineArn)
    throw new Error('Missing environment variable STATE_MACHINE_ARN');
  const load = onFirstUse(() =>
    import('./sfn.ts').then((m) => m.sfnWorkflow(config, requireArn).workflow),
  );
  return {
    workflow: {
      start: async (input) => (await load()).start(input),
      resume: async (token, output) => (await load()).resume(token, output),
    },
  };
}

/**
 * The request's executions (found by name, stopped by a cancellation), loaded on the first call.
 * Without the redrive capability and console links, as against the local engine.
 */
export function sfnExecutionsOnFirstUse(stateMachineArn: string): {
  executions: Executions;
} {
  const load = onFirstUse(() =>
    import('./sfn-executions.ts').then((m) => m.sfnExecutions(stateMachineArn)),
  );
  return {
    executions: {
      forRequest: async (requestId, newest) =>
        (await load()).forRequest(requestId, newest),
      history: async (executionArn) => (await load()).history(executionArn),
      start: async (name, input) => (await load()).start(name, input),
      stop: async (executionArn, error) =>
        (await load()).stop(executionArn, error),
    },
  };
}
