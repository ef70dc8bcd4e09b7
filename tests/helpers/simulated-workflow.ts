/**
 * The REAL statemachines/dsr.asl.json on the local engine with the REAL use cases behind every
 * task (memory ports, inputs parsed by the handlers' schemas, errors named as the handlers name
 * them), in simulated time: the clock moves only when the workflow would wait. A wait for the
 * processors that nobody answers times out at once, the clock jumping to when it would have
 * ended; a Wait for a legal hold ends at once, the clock jumping to its end. So months of
 * checks and years of deferrals run in seconds, and each execution's history and age can be
 * measured as Step Functions would see them. Used by tests/asl/limits.test.ts and the fan-out
 * bench case.
 */
import { SFNClient } from '@aws-sdk/client-sfn';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';
import { memoryPorts } from '#adapters/memory/memory-ports.ts';
import {
  AwaitProcessorJobsInput,
  CheckProcessorJobsInput,
  CompleteRequestInput,
  ContinueExecutionInput,
  DecisionStepInput,
  FailRequestInput,
  type MerchantConfig,
  PlanDeferredJobsInput,
  ProcessorJobInput,
  RequestDecisionInput,
} from '#domain/schemas.ts';
import type * as z from '#domain/zod.ts';
import { awsEventCount } from '#infra/local/history-events.ts';
import {
  LocalStepFunctions,
  loadAsl,
  SfnError,
} from '#infra/local/sfn-local.ts';
import {
  type FunctionName,
  STATE_MACHINES,
  substitutionsFor,
} from '#infra/wiring.ts';
import type { Connector } from '#ports/connectors.ts';
import { TaskTokenGoneError, type Workflow } from '#ports/workflow.ts';
import { toTaskError } from '#shared/task-errors.ts';
import { awaitProcessorJobs } from '#use-cases/await-processor-jobs.ts';
import { checkProcessorJobs } from '#use-cases/check-processor-jobs.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { continueExecution } from '#use-cases/continue-execution.ts';
import { failRequest } from '#use-cases/fail-request.ts';
import { planDeferredJobs } from '#use-cases/plan-deferred-jobs.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { waitFor } from './wait-for.ts';

const REGION = 'eu-north-1';
const ACCOUNT = '123456789012';
const MACHINE = STATE_MACHINES.DsrWorkflow;

/** One execution as Step Functions would record it, with its age in simulated time. */
export interface SimulatedExecution {
  name: string;
  status: string;
  /** History events the local engine recorded. */
  events: number;
  /** The AWS figure: {@link awsEventCount} over the same history. */
  awsEvents: number;
  /** Simulated start and end (the clock at its last task). */
  startedAt: Date;
  endedAt: Date;
  ageDays: number;
  /** Check Processor Jobs calls in this execution. */
  checks: number;
}

export interface SimulatedWorkflow {
  /** The memory ports the use cases run on (their `workflow` resumes the local engine's tasks). */
  ports: Omit<ReturnType<typeof memoryPorts>, 'workflow'>;
  /** Starts the request's first execution (as verification does) and runs until the last ends. */
  run(input: {
    requestId: string;
    merchantId: string;
    type: string;
  }): Promise<SimulatedExecution[]>;
  close(): Promise<void>;
}

export async function simulatedWorkflow(options: {
  merchant: MerchantConfig;
  /** Connectors by processor kind, over the memory registry's own. */
  connectors?: Partial<Record<string, Connector>>;
  start?: Date;
  /** Ends the run if the executions have not ended by then (real time). */
  timeoutMs?: number;
}): Promise<SimulatedWorkflow> {
  const base = memoryPorts(options.start ?? new Date());
  const clock = base.clock;
  let sfn: LocalStepFunctions;
  const workflow: Workflow = {
    async start() {
      throw new Error('the first execution is started by the harness');
    },
    async resume(taskToken: string, output: Record<string, unknown>) {
      try {
        sfn.sendTaskSuccess({ taskToken, output: JSON.stringify(output) });
      } catch (error) {
        if (error instanceof SfnError) throw new TaskTokenGoneError();
        throw error;
      }
    },
  };
  const ports = {
    ...base,
    workflow,
    connectors: {
      get: (kind: Parameters<typeof base.connectors.get>[0]) =>
        options.connectors?.[kind] ?? base.connectors.get(kind),
    },
  };
  await ports.merchants.put(options.merchant);

  /** Simulated start of each execution, by name; the newest runs (one at a time here). */
  const starts = new Map<string, Date>();
  const ends = new Map<string, Date>();
  const checks = new Map<string, number>();
  let current = '';
  let lastCheck = { at: clock.now().getTime(), seconds: 0 };
  const begin = (name: string) => {
    current = name;
    starts.set(name, clock.now());
  };

  const parse = <S extends z.ZodMiniType>(schema: S, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success)
      throw new Error(`invalid task input: ${parsed.error.message}`);
    return parsed.data as z.infer<S>;
  };
  let executions: SfnExecutions;
  const tasks: Partial<Record<FunctionName, (payload: unknown) => unknown>> = {
    RequestDecision: (p) =>
      requestDecision(parse(RequestDecisionInput, p), ports),
    PlanJobs: (p) => planJobs(parse(DecisionStepInput, p), ports),
    RunProcessorJob: (p) => runProcessorJob(parse(ProcessorJobInput, p), ports),
    CheckProcessorJobs: async (p) => {
      const input = parse(CheckProcessorJobsInput, p);
      checks.set(current, (checks.get(current) ?? 0) + 1);
      // `$$.Execution.StartTime` is the engine's real clock: the age limit needs simulated time.
      const result = await checkProcessorJobs(
        {
          ...input,
          executionStartedAt: (
            starts.get(current) ?? clock.now()
          ).toISOString(),
        },
        ports,
      );
      if (result.next === 'wait')
        lastCheck = { at: clock.now().getTime(), seconds: result.seconds };
      return result;
    },
    AwaitProcessorJobs: async (p) => {
      const input = parse(AwaitProcessorJobsInput, p);
      const out = await awaitProcessorJobs(input, ports);
      // Nobody answers: the wait runs out when the next check is due.
      if (out.waiting)
        setImmediate(() => {
          clock.set(new Date(lastCheck.at + lastCheck.seconds * 1000));
          try {
            sfn.sendTaskFailure({
              taskToken: input.taskToken,
              error: 'States.Timeout',
            });
          } catch {
            // Resumed meanwhile.
          }
        });
      return out;
    },
    PlanDeferredJobs: (p) => {
      const input = parse(PlanDeferredJobsInput, p);
      // The Wait for the hold ended at once: its end is now.
      if (Date.parse(input.wakeAt) > clock.now().getTime())
        clock.set(new Date(input.wakeAt));
      return planDeferredJobs(input, ports);
    },
    CompleteRequest: (p) =>
      completeRequest(parse(CompleteRequestInput, p), ports),
    FailRequest: (p) => failRequest(parse(FailRequestInput, p), ports),
    ContinueExecution: async (p) => {
      const { stateMachineArn: _arn, ...input } = parse(
        ContinueExecutionInput,
        p,
      );
      return continueExecution(input, {
        ...ports,
        executions: {
          start: async (name, startInput) => {
            begin(name);
            return executions.start(name, startInput);
          },
        },
      });
    },
  };

  sfn = new LocalStepFunctions({
    region: REGION,
    accountId: ACCOUNT,
    retryIntervalOverrides: { '*': 0 },
    waitTimeOverrides: { '*': 0 },
    invoke: async (arn, payload) => {
      const fn = arn.split(':function:')[1]?.split(':')[0] as FunctionName;
      const task = tasks[fn];
      if (!task)
        throw new Error(`${fn} is not a task of the simulated workflow`);
      const name = current;
      try {
        return await task(payload);
      } catch (error) {
        throw toTaskError(error);
      } finally {
        ends.set(name, clock.now());
      }
    },
  });
  const stateMachineArn = sfn.createStateMachine(
    'DsrWorkflow',
    loadAsl(
      new URL(`../../${MACHINE.file}`, import.meta.url).pathname,
      substitutionsFor(
        MACHINE,
        (fn) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${fn}`,
      ),
    ),
  );
  const endpoint = await sfn.listen();
  executions = new SfnExecutions(
    new SFNClient({
      endpoint,
      region: REGION,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    stateMachineArn,
  );

  return {
    ports,
    async run(input) {
      begin(input.requestId);
      sfn.startExecution({
        stateMachineArn,
        name: input.requestId,
        input: JSON.stringify(input),
      });
      // Every execution of the request ended: none running, and none started after the last.
      const all = await waitFor(
        async () => {
          const found = await executions.forRequest(
            input.requestId,
            (await ports.requests.get(input.requestId))?.executionNumber,
          );
          return found.length > 0 &&
            found.every((e) => e.status !== 'RUNNING') &&
            found.at(-1)?.name === current
            ? found
            : undefined;
        },
        { timeoutMs: options.timeoutMs ?? 120_000, intervalMs: 20 },
      );
      return all.map((e) => {
        const history = sfn.getExecutionHistory({
          executionArn: e.executionArn,
        }).events;
        const startedAt = starts.get(e.name) ?? new Date(0);
        const endedAt = ends.get(e.name) ?? startedAt;
        return {
          name: e.name,
          status: e.status,
          events: history.length,
          awsEvents: awsEventCount(history),
          startedAt,
          endedAt,
          ageDays: (endedAt.getTime() - startedAt.getTime()) / 86_400_000,
          checks: checks.get(e.name) ?? 0,
        };
      });
    },
    close: () => sfn.close(),
  };
}
