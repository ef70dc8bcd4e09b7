/**
 * Local Step Functions: runs the deployed ASL file on `aws-local-stepfunctions` and serves the
 * subset of the AWS JSON 1.0 API our handlers use, so `@aws-sdk/client-sfn` works unchanged
 * against `AWS_ENDPOINT_URL_SFN`. Dev and test only; state lives in memory.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type {
  DescribeExecutionOutput,
  ExecutionListItem,
  ExecutionStatus,
  GetExecutionHistoryInput,
  HistoryEvent,
  HistoryEventType,
  ListExecutionsInput,
} from '@aws-sdk/client-sfn';
import {
  type RunOptions,
  StateMachine,
  type StateMachineDefinition,
} from 'aws-local-stepfunctions';
import { guardLoopbackHost } from './loopback-host.ts';

type Json = Parameters<StateMachine['run']>[0];
type Overrides = NonNullable<RunOptions['overrides']>;
type AnyState = Record<string, unknown> & { Type: string };

/** Largest timer Node honours (2^31-1 ms); longer ones fire at once inside the engine. */
export const MAX_TIMER_SECONDS = 2_147_483;
const TOKEN_PLACEHOLDER = '__LOCAL_TASK_TOKEN__';
const LAMBDA_ARN = /^arn:aws:lambda:[^:]+:\d{12}:function:[^:]+(:[^:]+)?$/;
const INVOKE = 'arn:aws:states:::lambda:invoke';
const INVOKE_WAIT = `${INVOKE}.waitForTaskToken`;
const UNSUPPORTED = [
  'Assign',
  'Output',
  'Arguments',
  'QueryLanguage',
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'ToleratedFailureCount',
  'ToleratedFailurePercentage',
  'Credentials',
];

/** An AWS-style error: `name` is the API error code (e.g. `TaskDoesNotExist`). */
export class SfnError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** Invokes a Lambda in-process; a rejection's `name` becomes the Step Functions error name. */
export type Invoke = (
  functionArn: string,
  payload: unknown,
) => Promise<unknown>;

export interface LocalStepFunctionsOptions {
  region: string;
  accountId: string;
  invoke: Invoke;
  /** Retry interval in ms per state name (the library's option); key `'*'` applies to every state. */
  retryIntervalOverrides?: Overrides['retryIntervalOverrides'];
  /** Wait duration in ms per Wait state name; key `'*'` applies to every Wait state. */
  waitTimeOverrides?: Overrides['waitTimeOverrides'];
  /** Keep state input/output in GetExecutionHistory (default false, like our deployed log setting). */
  includeExecutionData?: boolean;
  /**
   * Caps the timeout a task reads from its input (`TimeoutSecondsPath`: the processor checks) at
   * this many seconds: time compression for tests, like `waitTimeOverrides` for Wait states.
   */
  maxTimeoutFromInputSeconds?: number;
}

/** CloudFormation-style `${Key}` substitution; throws on any placeholder left over. */
export function substitute(
  text: string,
  substitutions: Record<string, string>,
  origin = 'ASL',
): string {
  const out = text.replace(
    /\$\{([A-Za-z0-9_]+)\}/g,
    (m, key: string) => substitutions[key] ?? m,
  );
  const left = out.match(/\$\{[A-Za-z0-9_]+\}/);
  if (left)
    throw new Error(`Unsubstituted placeholder ${left[0]} in ${origin}`);
  return out;
}

/** Reads an ASL file like CDK `DefinitionBody.fromFile` + `definitionSubstitutions`, then checks it runs locally. */
export function loadAsl(
  file: string,
  substitutions: Record<string, string>,
): StateMachineDefinition {
  const definition = JSON.parse(
    substitute(readFileSync(file, 'utf8'), substitutions, file),
  );
  assertRunsLocally(definition);
  return definition;
}

/** Calls `fn` for every state, including Map item processors and Parallel branches. */
function walk(
  states: Record<string, AnyState>,
  fn: (name: string, s: AnyState) => void,
): void {
  for (const [name, s] of Object.entries(states)) {
    fn(name, s);
    const sub = (s.ItemProcessor ?? s.Iterator) as
      | { States: Record<string, AnyState> }
      | undefined;
    if (sub) walk(sub.States, fn);
    for (const b of (s.Branches ?? []) as {
      States: Record<string, AnyState>;
    }[])
      walk(b.States, fn);
  }
}

/** Throws if the definition uses what the local engine cannot run faithfully (it would ignore or misrun it). */
export function assertRunsLocally(def: StateMachineDefinition): void {
  const problems: string[] = [];
  const top = def as unknown as AnyState;
  if (top.QueryLanguage === 'JSONata')
    problems.push('QueryLanguage JSONata (use JSONPath)');
  if (Number(top.TimeoutSeconds) > MAX_TIMER_SECONDS)
    problems.push('top-level TimeoutSeconds');
  walk(def.States as Record<string, AnyState>, (name, s) => {
    for (const key of UNSUPPORTED)
      if (key in s && !(key === 'QueryLanguage' && s[key] === 'JSONPath'))
        problems.push(`${name}: ${key}`);
    for (const key of ['TimeoutSeconds', 'HeartbeatSeconds', 'Seconds'])
      if (Number(s[key]) > MAX_TIMER_SECONDS)
        problems.push(`${name}: ${key} > ${MAX_TIMER_SECONDS}`);
    if (
      typeof s.Timestamp === 'string' &&
      Date.parse(s.Timestamp) - Date.now() > MAX_TIMER_SECONDS * 1000
    )
      problems.push(
        `${name}: Timestamp more than ${MAX_TIMER_SECONDS} s ahead`,
      );
    for (const r of (s.Retry ?? []) as {
      IntervalSeconds?: number;
      MaxDelaySeconds?: number;
    }[])
      if (
        (r.IntervalSeconds ?? 0) > MAX_TIMER_SECONDS ||
        (r.MaxDelaySeconds ?? 0) > MAX_TIMER_SECONDS
      )
        problems.push(`${name}: Retry interval > ${MAX_TIMER_SECONDS} s`);
    if (
      (s.ProcessorConfig as { Mode?: string } | undefined)?.Mode ===
      'DISTRIBUTED'
    )
      problems.push(`${name}: distributed Map`);
    const sub = (
      s.ItemProcessor as { ProcessorConfig?: { Mode?: string } } | undefined
    )?.ProcessorConfig;
    if (sub?.Mode === 'DISTRIBUTED') problems.push(`${name}: distributed Map`);
  });
  if (problems.length)
    throw new Error(
      `The local Step Functions engine cannot run this definition:\n- ${problems.join('\n- ')}`,
    );
}

type Kind = 'lambdaArn' | 'invoke' | 'invokeWait';
interface TaskPlan {
  kind: Kind;
  resource: string;
  timeout?: number;
  /** TimeoutSecondsPath: the seconds arrive in the input under {@link TIMEOUT_KEY}. */
  timeoutFromInput?: boolean;
  heartbeat?: number;
}

/** Reserved Parameters key that carries a TimeoutSecondsPath value to the engine. */
const TIMEOUT_KEY = '__localTimeoutSeconds';
interface Machine {
  arn: string;
  name: string;
  definition: StateMachineDefinition;
  engine: StateMachine;
  tasks: Map<string, TaskPlan>;
  retryStates: string[];
  waitStates: string[];
}
interface Execution {
  arn: string;
  name: string;
  machine: Machine;
  input: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  abort: () => void;
  done: Promise<void>;
}
interface Parked {
  executionArn: string;
  resolve: (v: Json) => void;
  reject: (e: Error) => void;
  heartbeat?: NodeJS.Timeout;
  timer?: NodeJS.Timeout;
  heartbeatSeconds?: number;
}

const lcFirst = (s: string) => s[0]?.toLowerCase() + s.slice(1);
const json = (v: unknown) => JSON.stringify(v ?? null);
const text = (v: unknown) => (typeof v === 'string' ? v : json(v));
const taskResource = (plan: TaskPlan) => ({
  resourceType: 'lambda',
  resource: plan.kind === 'invoke' ? 'invoke' : 'invoke.waitForTaskToken',
});
const replaceDeep = (v: unknown, from: string, to: string): unknown =>
  v === from
    ? to
    : Array.isArray(v)
      ? v.map((x) => replaceDeep(x, from, to))
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v).map(([k, x]) => [k, replaceDeep(x, from, to)]),
          )
        : v;
/** Opaque like AWS tokens; always contains `+`, `/` and `=` so link-encoding bugs show up locally. */
const newToken = () =>
  Buffer.concat([Buffer.from([0xfb, 0xff, 0xbf]), randomBytes(46)]).toString(
    'base64',
  );

/** In-memory Step Functions over `aws-local-stepfunctions`, with task tokens and an AWS JSON 1.0 endpoint. */
export class LocalStepFunctions {
  private readonly machines = new Map<string, Machine>();
  private readonly executions = new Map<string, Execution>();
  private readonly tokens = new Map<string, Parked>();
  private readonly timedOutTokens = new Set<string>();
  private server?: Server;

  constructor(private readonly options: LocalStepFunctionsOptions) {}

  /** Registers a machine (idempotent for an identical definition); returns its ARN. */
  createStateMachine(name: string, definition: StateMachineDefinition): string {
    const { region, accountId } = this.options;
    const arn = `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
    const existing = this.machines.get(arn);
    if (existing) {
      if (JSON.stringify(existing.definition) === JSON.stringify(definition))
        return arn;
      throw new SfnError(
        'StateMachineAlreadyExists',
        `State Machine Already Exists: '${arn}'`,
      );
    }
    assertRunsLocally(definition);
    const runnable = structuredClone(definition);
    const tasks = new Map<string, TaskPlan>();
    const retryStates: string[] = [];
    const waitStates: string[] = [];
    walk(runnable.States as Record<string, AnyState>, (state, s) => {
      if (s.Retry) retryStates.push(state);
      if (s.Type === 'Wait') waitStates.push(state);
      if (s.Type !== 'Task') return;
      const resource = String(s.Resource);
      const kind: Kind | undefined = LAMBDA_ARN.test(resource)
        ? 'lambdaArn'
        : resource === INVOKE
          ? 'invoke'
          : resource === INVOKE_WAIT
            ? 'invokeWait'
            : undefined;
      if (!kind)
        throw new Error(
          `State '${state}': resource ${resource} has no local integration (supported: Lambda ARNs, ${INVOKE}, ${INVOKE_WAIT})`,
        );
      // AWS has no default task timeout; the engine defaults to 60 s. Give it the longest safe timer.
      if (s.TimeoutSeconds === undefined && s.TimeoutSecondsPath === undefined)
        s.TimeoutSeconds = MAX_TIMER_SECONDS;
      // AWS reads TimeoutSecondsPath from the state's input; the engine reads it from the
      // Parameters' output. Carry the value through Parameters under a reserved key (removed
      // again before the task runs), so the same ASL times out the same way on both.
      const cap = this.options.maxTimeoutFromInputSeconds;
      if (typeof s.TimeoutSecondsPath === 'string' && cap !== undefined) {
        delete s.TimeoutSecondsPath;
        s.TimeoutSeconds = cap;
      }
      if (typeof s.TimeoutSecondsPath === 'string') {
        if (!s.Parameters || typeof s.Parameters !== 'object')
          throw new Error(
            `State '${state}': TimeoutSecondsPath needs Parameters locally`,
          );
        (s.Parameters as Record<string, unknown>)[`${TIMEOUT_KEY}.$`] =
          s.TimeoutSecondsPath;
        s.TimeoutSecondsPath = `$.${TIMEOUT_KEY}`;
      }
      tasks.set(state, {
        kind,
        resource,
        timeout: s.TimeoutSeconds as number | undefined,
        timeoutFromInput: typeof s.TimeoutSecondsPath === 'string',
        heartbeat: s.HeartbeatSeconds as number | undefined,
      });
    });
    const engine = new StateMachine(runnable);
    this.machines.set(arn, {
      arn,
      name,
      definition,
      engine,
      tasks,
      retryStates,
      waitStates,
    });
    return arn;
  }

  /** Starts an execution. Same name + same input while RUNNING returns the same ARN, like AWS. */
  startExecution(req: {
    stateMachineArn: string;
    name?: string;
    input?: string;
  }): {
    executionArn: string;
    startDate: Date;
  } {
    const machine = this.machines.get(req.stateMachineArn);
    if (!machine)
      throw new SfnError(
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${req.stateMachineArn}'`,
      );
    const name = req.name ?? randomUUID();
    if (!/^[^\s<>{}[\]?*"#%\\^|~`$&,;:/]{1,80}$/.test(name))
      throw new SfnError('InvalidName', `Invalid Name: '${name}'`);
    const input = req.input ?? '{}';
    let parsed: Json;
    try {
      parsed = JSON.parse(input);
    } catch {
      throw new SfnError(
        'InvalidExecutionInput',
        'Invalid State Machine Execution Input',
      );
    }
    const arn = `arn:aws:states:${this.options.region}:${this.options.accountId}:execution:${machine.name}:${name}`;
    const existing = this.executions.get(arn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input)
        return { executionArn: arn, startDate: existing.startDate };
      throw new SfnError(
        'ExecutionAlreadyExists',
        `Execution Already Exists: '${arn}'`,
      );
    }
    const exec = {
      arn,
      name,
      machine,
      input,
      status: 'RUNNING',
      startDate: new Date(),
      events: [],
    } as unknown as Execution;
    this.executions.set(arn, exec);
    const all = <T>(names: string[], o?: Record<string, T>) =>
      o && '*' in o
        ? { ...Object.fromEntries(names.map((n) => [n, o['*'] as T])), ...o }
        : o;
    const run = machine.engine.run(parsed, {
      overrides: {
        taskResourceLocalHandlers: Object.fromEntries(
          [...machine.tasks].map(([state, plan]) => [
            state,
            (i: Json) => this.runTask(exec, plan, i),
          ]),
        ),
        retryIntervalOverrides: all(
          machine.retryStates,
          this.options.retryIntervalOverrides,
        ),
        waitTimeOverrides: all(
          machine.waitStates,
          this.options.waitTimeOverrides,
        ),
      },
      context: {
        Execution: {
          Id: arn,
          Name: name,
          RoleArn: `arn:aws:iam::${this.options.accountId}:role/local`,
        },
        StateMachine: { Id: machine.arn, Name: machine.name },
        Task: { Token: TOKEN_PLACEHOLDER },
      },
    });
    exec.abort = run.abort;
    const outcome = run.result.then(
      (output) => {
        exec.output = JSON.stringify(output);
        return 'SUCCEEDED' as const;
      },
      (e: Error) => {
        const cause = (e.cause ?? e) as Error;
        if (e.name === 'ExecutionTimeoutError') return 'TIMED_OUT' as const;
        if (e.name === 'ExecutionAbortedError') return 'ABORTED' as const;
        exec.error = cause.name;
        exec.cause = cause.message;
        return 'FAILED' as const;
      },
    );
    exec.done = Promise.all([
      outcome,
      this.recordEngineEvents(exec, run.eventLogs),
    ]).then(([status]) => {
      if (exec.status === 'RUNNING')
        Object.assign(exec, { status, stopDate: new Date() });
      this.forgetTokens(arn);
    });
    return { executionArn: arn, startDate: exec.startDate };
  }

  /** Runs one Task state: the local integration chosen at createStateMachine time. */
  private async runTask(
    exec: Execution,
    plan: TaskPlan,
    carried: Json,
  ): Promise<Json> {
    let input = carried;
    let timeout = plan.timeout;
    if (plan.timeoutFromInput) {
      const { [TIMEOUT_KEY]: seconds, ...rest } = carried as Record<
        string,
        Json
      >;
      input = rest as Json;
      timeout = Number(seconds);
    }
    const parked =
      plan.kind === 'invokeWait'
        ? this.park(exec, { ...plan, timeout })
        : undefined; // timers start with the state, like AWS
    await nextMacrotask(); // let the engine's StateEntered event reach the history first
    if (exec.status !== 'RUNNING')
      throw new SfnError('ExecutionEnded', 'Execution ended');
    const lambda = plan.kind === 'lambdaArn';
    const resource = taskResource(plan);
    const payload =
      plan.kind === 'lambdaArn'
        ? input
        : parked
          ? replaceDeep(
              (input as { Payload?: unknown }).Payload,
              TOKEN_PLACEHOLDER,
              parked.token,
            )
          : (input as { Payload?: unknown }).Payload;
    const fn = lambda
      ? plan.resource
      : String((input as { FunctionName?: unknown }).FunctionName);
    if (lambda)
      this.record(exec, 'LambdaFunctionScheduled', {
        resource: fn,
        input: json(input),
        timeoutInSeconds: plan.timeout,
      });
    else
      this.record(exec, 'TaskScheduled', {
        ...resource,
        region: this.options.region,
        parameters: json(input),
        timeoutInSeconds: timeout,
        heartbeatInSeconds: plan.heartbeat,
      });
    this.record(
      exec,
      lambda ? 'LambdaFunctionStarted' : 'TaskStarted',
      lambda ? undefined : resource,
    );
    let result: unknown;
    try {
      result = await this.options.invoke(fn, payload ?? {});
    } catch (e) {
      if (parked) this.forget(parked.token);
      throw e;
    }
    if (lambda) {
      this.record(exec, 'LambdaFunctionSucceeded', { output: json(result) });
      return result as Json;
    }
    const invokeResult = {
      ExecutedVersion: '$LATEST',
      Payload: result as Json,
      StatusCode: 200,
    };
    if (!parked) {
      this.record(exec, 'TaskSucceeded', {
        ...resource,
        output: json(invokeResult),
      });
      return invokeResult;
    }
    this.record(exec, 'TaskSubmitted', {
      ...resource,
      output: json(invokeResult),
    });
    return parked.promise;
  }

  /** Registers a fresh task token; the promise settles on SendTaskSuccess/Failure or a timeout. */
  private park(exec: Execution, plan: TaskPlan) {
    const token = newToken();
    const { promise, resolve, reject } = Promise.withResolvers<Json>();
    promise.catch(() => {}); // may be rejected (execution ended) before the engine awaits it
    const entry: Parked = {
      executionArn: exec.arn,
      resolve,
      reject,
      heartbeatSeconds: plan.heartbeat,
    };
    // The engine's own TimeoutSeconds timer (started right after this) fails the state with States.Timeout;
    // ours, created first with the same delay, only forgets the token.
    if (plan.timeout)
      entry.timer = setTimeout(
        () => this.forget(token, true),
        plan.timeout * 1000,
      );
    this.tokens.set(token, entry);
    this.armHeartbeat(token, entry);
    return { token, promise };
  }

  private armHeartbeat(token: string, p: Parked): void {
    clearTimeout(p.heartbeat);
    if (!p.heartbeatSeconds) return;
    p.heartbeat = setTimeout(() => {
      this.forget(token, true);
      p.reject(new SfnError('States.HeartbeatTimeout', 'Heartbeat timed out'));
    }, p.heartbeatSeconds * 1000);
  }

  private forget(token: string, timedOut = false): Parked | undefined {
    const p = this.tokens.get(token);
    if (!p) return undefined;
    clearTimeout(p.timer);
    clearTimeout(p.heartbeat);
    this.tokens.delete(token);
    if (timedOut) this.timedOutTokens.add(token);
    return p;
  }

  /** Drops the tokens of a finished execution and settles their promises so the engine's timers are cleared. */
  private forgetTokens(executionArn: string): void {
    for (const [token, p] of this.tokens)
      if (p.executionArn === executionArn)
        this.forget(token)?.reject(
          new SfnError('ExecutionEnded', 'Execution ended'),
        );
  }

  private take(taskToken: string): Parked {
    if (this.timedOutTokens.has(taskToken))
      throw new SfnError('TaskTimedOut', 'Task Timed Out');
    const p = this.forget(taskToken);
    if (!p) throw new SfnError('TaskDoesNotExist', 'Task Does Not Exist');
    return p;
  }

  /** Resumes a parked task with `output` (a JSON string). */
  sendTaskSuccess(req: {
    taskToken: string;
    output: string;
  }): Record<string, never> {
    let output: Json;
    try {
      output = JSON.parse(req.output);
    } catch {
      throw new SfnError('InvalidOutput', 'Invalid Output');
    }
    const p = this.take(req.taskToken);
    const exec = this.executions.get(p.executionArn);
    if (exec)
      this.record(exec, 'TaskSucceeded', {
        ...taskResource({ kind: 'invokeWait', resource: INVOKE_WAIT }),
        output: req.output,
      });
    p.resolve(output);
    return {};
  }

  /** Fails a parked task; `error` is what `Retry`/`Catch` match on. */
  sendTaskFailure(req: {
    taskToken: string;
    error?: string;
    cause?: string;
  }): Record<string, never> {
    this.take(req.taskToken).reject(
      new SfnError(req.error ?? '', req.cause ?? ''),
    );
    return {};
  }

  /** Keeps a parked task alive (resets its HeartbeatSeconds timer). */
  sendTaskHeartbeat(req: { taskToken: string }): Record<string, never> {
    if (this.timedOutTokens.has(req.taskToken))
      throw new SfnError('TaskTimedOut', 'Task Timed Out');
    const p = this.tokens.get(req.taskToken);
    if (!p) throw new SfnError('TaskDoesNotExist', 'Task Does Not Exist');
    this.armHeartbeat(req.taskToken, p);
    return {};
  }

  private execution(arn: string): Execution {
    const exec = this.executions.get(arn);
    if (!exec)
      throw new SfnError(
        'ExecutionDoesNotExist',
        `Execution Does Not Exist: '${arn}'`,
      );
    return exec;
  }

  /** Status, input, and output or error/cause once finished. */
  describeExecution(req: { executionArn: string }): DescribeExecutionOutput {
    const e = this.execution(req.executionArn);
    return {
      executionArn: e.arn,
      stateMachineArn: e.machine.arn,
      name: e.name,
      status: e.status,
      startDate: e.startDate,
      stopDate: e.stopDate,
      input: e.input,
      inputDetails: { included: true },
      output: e.output,
      outputDetails: e.output === undefined ? undefined : { included: true },
      error: e.error,
      cause: e.cause,
    };
  }

  /** Aborts a running execution; resolves once its history is complete. */
  async stopExecution(req: {
    executionArn: string;
    error?: string;
    cause?: string;
  }): Promise<{ stopDate: Date }> {
    const e = this.execution(req.executionArn);
    if (e.status === 'RUNNING') {
      Object.assign(e, {
        status: 'ABORTED',
        stopDate: new Date(),
        error: req.error,
        cause: req.cause,
      });
      e.abort();
      await e.done;
    }
    return { stopDate: e.stopDate ?? new Date() };
  }

  /** Newest first; `statusFilter`, `maxResults` and `nextToken` work as on AWS. */
  listExecutions(req: ListExecutionsInput): {
    executions: ExecutionListItem[];
    nextToken?: string;
  } {
    const all = [...this.executions.values()]
      .filter(
        (e) =>
          e.machine.arn === req.stateMachineArn &&
          (!req.statusFilter || e.status === req.statusFilter),
      )
      .reverse()
      .map((e) => ({
        executionArn: e.arn,
        stateMachineArn: e.machine.arn,
        name: e.name,
        status: e.status,
        startDate: e.startDate,
        stopDate: e.stopDate,
      }));
    return page(all, req.maxResults, req.nextToken, 'executions');
  }

  /** AWS-shaped history. Input/output are included only if asked for (request or constructor option). */
  getExecutionHistory(req: GetExecutionHistoryInput): {
    events: HistoryEvent[];
    nextToken?: string;
  } {
    const e = this.execution(req.executionArn ?? '');
    const withData =
      req.includeExecutionData ?? this.options.includeExecutionData ?? false;
    const strip = (v: unknown): unknown =>
      v && typeof v === 'object' && !(v instanceof Date)
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !['input', 'output', 'parameters'].includes(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
    const events = (req.reverseOrder ? [...e.events].reverse() : e.events).map(
      (ev) => (withData ? ev : (strip(ev) as HistoryEvent)),
    );
    return page(events, req.maxResults, req.nextToken, 'events');
  }

  private record(
    exec: Execution,
    type: HistoryEventType,
    details?: object,
    at = Date.now(),
    detailsKey = `${lcFirst(type)}EventDetails`,
  ): void {
    const id = exec.events.length + 1;
    const event = {
      id,
      previousEventId: id - 1,
      timestamp: new Date(at),
      type,
    };
    exec.events.push(details ? { ...event, [detailsKey]: details } : event);
  }

  /** Turns the engine's event log into AWS history events (consumed in the background). */
  private async recordEngineEvents(
    exec: Execution,
    logs: ReturnType<StateMachine['run']>['eventLogs'],
  ): Promise<void> {
    /** Map/Parallel states that failed: their exit (after a catch) is not a success. */
    const failed = new Set<string>();
    for await (const ev of logs) {
      const add = (type: string, details?: object, key?: string) =>
        this.record(exec, type as HistoryEventType, details, ev.timestamp, key);
      if (ev.type === 'ExecutionStarted') {
        const roleArn = `arn:aws:iam::${this.options.accountId}:role/local`;
        add(ev.type, {
          input: json(ev.input),
          inputDetails: { truncated: false },
          roleArn,
        });
      } else if (ev.type === 'ExecutionSucceeded')
        add(ev.type, { output: json(ev.output) });
      else if (ev.type === 'ExecutionFailed')
        add(ev.type, { error: ev.Error, cause: text(ev.Cause) });
      else if (ev.type === 'ExecutionAborted')
        add(ev.type, { error: exec.error, cause: exec.cause });
      else if (ev.type === 'ExecutionTimeout') add('ExecutionTimedOut', {});
      else if (ev.type === 'StateEntered') {
        const details = { name: ev.state.name, input: json(ev.state.input) };
        add(
          `${ev.state.type}StateEntered`,
          details,
          'stateEnteredEventDetails',
        );
        // AWS: a Map (Parallel) state also records that its iterations (branches) started.
        if (ev.state.type === 'Map' || ev.state.type === 'Parallel') {
          failed.delete(ev.state.name);
          add(`${ev.state.type}StateStarted`);
        }
      } else if (ev.type === 'StateExited' && ev.state.type !== 'Fail') {
        if (
          (ev.state.type === 'Map' || ev.state.type === 'Parallel') &&
          !failed.delete(ev.state.name)
        )
          add(`${ev.state.type}StateSucceeded`);
        const details = { name: ev.state.name, output: json(ev.state.output) };
        add(`${ev.state.type}StateExited`, details, 'stateExitedEventDetails');
      } else if (ev.type === 'StateFailed') {
        const failure = { error: ev.Error, cause: text(ev.Cause) };
        const plan = exec.machine.tasks.get(ev.state.name);
        const timedOut = /^States\.(Heartbeat)?Timeout$/.test(ev.Error);
        if (plan?.kind === 'lambdaArn')
          add(
            timedOut ? 'LambdaFunctionTimedOut' : 'LambdaFunctionFailed',
            failure,
          );
        else if (plan)
          add(timedOut ? 'TaskTimedOut' : 'TaskFailed', {
            ...taskResource(plan),
            ...failure,
          });
        else if (ev.state.type === 'Map' || ev.state.type === 'Parallel') {
          failed.add(ev.state.name);
          add(`${ev.state.type}StateFailed`);
        }
      } else if (
        ev.type.startsWith('MapIteration') &&
        'parentState' in ev &&
        'index' in ev
      )
        add(ev.type, { name: ev.parentState.name, index: ev.index });
      // StateRetried/StateCaught and Parallel branch events have no AWS counterpart.
    }
  }

  /** Serves the AWS JSON 1.0 protocol on loopback; returns the endpoint URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const ops: Record<string, (body: never) => unknown> = {
      StartExecution: (b) => this.startExecution(b),
      SendTaskSuccess: (b) => this.sendTaskSuccess(b),
      SendTaskFailure: (b) => this.sendTaskFailure(b),
      SendTaskHeartbeat: (b) => this.sendTaskHeartbeat(b),
      DescribeExecution: (b) => this.describeExecution(b),
      StopExecution: (b) => this.stopExecution(b),
      GetExecutionHistory: (b) => this.getExecutionHistory(b),
      ListExecutions: (b) => this.listExecutions(b),
    };
    const server = createServer(async (req, res) => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': randomUUID(),
        });
        res.end(
          JSON.stringify(body, function (this: Record<string, unknown>, k, v) {
            const raw = this[k];
            return raw instanceof Date ? raw.getTime() / 1000 : v; // JSON 1.0 timestamps are epoch seconds
          }),
        );
      };
      try {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const op = String(req.headers['x-amz-target'] ?? '').replace(
          /^AWSStepFunctions\./,
          '',
        );
        const handler = req.method === 'POST' ? ops[op] : undefined;
        if (!handler)
          throw new SfnError(
            'UnknownOperationException',
            `Unsupported operation ${op}`,
          );
        send(
          200,
          await handler(
            JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as never,
          ),
        );
      } catch (e) {
        const err =
          e instanceof SfnError
            ? e
            : new SfnError(
                e instanceof SyntaxError
                  ? 'SerializationException'
                  : 'InternalFailure',
                e instanceof SyntaxError
                  ? 'Malformed JSON'
                  : 'Internal failure',
              );
        if (res.headersSent) return;
        send(err.name === 'InternalFailure' ? 500 : 400, {
          __type: `com.amazonaws.sfn#${err.name}`,
          message: err.message,
        });
      }
    });
    this.server = server;
    await new Promise<void>((resolve, reject) =>
      server.once('error', reject).listen(port, host, resolve),
    );
    guardLoopbackHost(server);
    const address = server.address();
    return `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  }

  /** Stops the HTTP server and aborts every running execution. */
  async close(): Promise<void> {
    const running = [...this.executions.values()].filter(
      (e) => e.status === 'RUNNING',
    );
    await Promise.all(
      running.map((e) =>
        this.stopExecution({ executionArn: e.arn, error: 'LocalShutdown' }),
      ),
    );
    for (const token of this.tokens.keys()) this.forget(token);
    const server = this.server;
    this.server = undefined;
    if (server)
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
  }
}

function page<T, K extends string>(
  items: T[],
  maxResults = 0,
  nextToken: string | undefined,
  key: K,
): Record<K, T[]> & { nextToken?: string } {
  const start = nextToken ? Number(nextToken) : 0;
  const end = maxResults > 0 ? start + maxResults : items.length;
  return {
    [key]: items.slice(start, end),
    nextToken: end < items.length ? String(end) : undefined,
  } as Record<K, T[]> & { nextToken?: string };
}
