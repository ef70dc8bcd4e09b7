/**
 * House lint for Step Functions definitions (JSONPath ASL). Each rule returns a list of
 * violations, `"<state path>: <problem>"`; an empty list means the definition complies.
 * Every rule walks all states, including Map item processors and Parallel branches.
 * See statemachines/README.md for why each rule exists.
 */

/** Largest timer Node honours (2^31-1 ms): longer ones fire at once in aws-local-stepfunctions. */
export const MAX_LOCAL_TIMER_SECONDS = 2_147_483;

/**
 * Errors every Task must retry: the transient Lambda service errors (AWS's "Handle Lambda service
 * exceptions" list, ClientExecutionTimeoutException included), a function that ran out of time or
 * memory (`Lambda.Unknown` with the lambda:invoke integration; `Sandbox.Timedout`, what the
 * runtime names a timeout and the local runtime reports), and our own TransientError. Every
 * task is safe to run again (docs/ARCHITECTURE.md, retries), so a timeout is a retry, not a failure.
 */
export const TRANSIENT_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.Unknown',
  'Sandbox.Timedout',
  'TransientError',
] as const;

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
}
export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
}
export interface ChoiceRule {
  Next?: string;
  [key: string]: unknown;
}
export interface AslState {
  Type: string;
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: ChoiceRule[];
  Retry?: Retrier[];
  Catch?: Catcher[];
  ItemProcessor?: AslMachine;
  Iterator?: AslMachine;
  Branches?: AslMachine[];
  [key: string]: unknown;
}
export interface AslMachine {
  StartAt: string;
  States: Record<string, AslState>;
  [key: string]: unknown;
}

/** One state in context: `scope` is the States object its `Next`/`Catch` names resolve in. */
export interface Visited {
  name: string;
  /** `Outer > Inner` for states inside a Map or Parallel. */
  path: string;
  state: AslState;
  scope: AslMachine;
  /** The Map or Parallel state whose processor/branch holds this state, if any. */
  parent?: { name: string; state: AslState; scope: AslMachine };
}

/** Every state of `machine`, depth first, including Map item processors and Parallel branches. */
export function allStates(machine: AslMachine): Visited[] {
  const out: Visited[] = [];
  const visit = (
    scope: AslMachine,
    prefix: string,
    parent?: Visited['parent'],
  ) => {
    for (const [name, state] of Object.entries(scope.States ?? {})) {
      const path = prefix ? `${prefix} > ${name}` : name;
      out.push({ name, path, state, scope, parent });
      const children = [
        state.ItemProcessor ?? state.Iterator,
        ...(state.Branches ?? []),
      ];
      for (const child of children)
        if (child) visit(child, path, { name, state, scope });
    }
  };
  visit(machine, '');
  return out;
}

/** Every sub-machine (top level, Map processors, Parallel branches) with a label. */
function allScopes(
  machine: AslMachine,
): { label: string; scope: AslMachine }[] {
  return [
    { label: '(top level)', scope: machine },
    ...allStates(machine).flatMap(({ path, state }) =>
      [state.ItemProcessor ?? state.Iterator, ...(state.Branches ?? [])]
        .filter((s): s is AslMachine => Boolean(s))
        .map((scope) => ({ label: path, scope })),
    ),
  ];
}

const tasks = (machine: AslMachine) =>
  allStates(machine).filter((v) => v.state.Type === 'Task');

/** Every Task retries the transient Lambda errors and TransientError. */
export function tasksRetryTransientErrors(machine: AslMachine): string[] {
  return tasks(machine).flatMap(({ path, state }) => {
    const retried = new Set((state.Retry ?? []).flatMap((r) => r.ErrorEquals));
    const missing = TRANSIENT_ERRORS.filter((e) => !retried.has(e));
    return missing.length
      ? [`${path}: Retry does not cover ${missing.join(', ')}`]
      : [];
  });
}

/**
 * Every Task has a Catch whose last catcher is `States.ALL`, and every catcher leads to a named
 * failure path: a state in the same scope whose name ends in "Failed".
 */
export function tasksCatchToFailurePath(machine: AslMachine): string[] {
  return tasks(machine).flatMap(({ path, state, scope }) => {
    const catchers = state.Catch ?? [];
    const problems: string[] = [];
    if (!catchers.at(-1)?.ErrorEquals.includes('States.ALL'))
      problems.push(`${path}: no final Catch on States.ALL`);
    for (const c of catchers) {
      const target = scope.States[c.Next] as AslState | undefined;
      if (!target)
        problems.push(`${path}: Catch target "${c.Next}" is missing`);
      else if (
        !/ Failed$/.test(c.Next) &&
        // A bounded retry loop: a Choice that falls back to a named failure path.
        !(
          !c.ErrorEquals.includes('States.ALL') &&
          target.Type === 'Choice' &&
          / Failed$/.test(String(target.Default))
        )
      )
        problems.push(
          `${path}: Catch target "${c.Next}" is not a named failure path (… Failed)`,
        );
    }
    return problems;
  });
}

/** Every state can be reached from its scope's StartAt (via Next, Default, Choices or Catch). */
export function allStatesReachable(machine: AslMachine): string[] {
  return allScopes(machine).flatMap(({ label, scope }) => {
    const seen = new Set<string>();
    const queue = [scope.StartAt];
    while (queue.length) {
      const name = queue.shift() as string;
      if (seen.has(name) || !(name in scope.States)) continue;
      seen.add(name);
      queue.push(...successors(scope.States[name] as AslState));
    }
    return Object.keys(scope.States)
      .filter((n) => !seen.has(n))
      .map(
        (n) =>
          `${label === '(top level)' ? n : `${label} > ${n}`}: unreachable`,
      );
  });
}

function successors(state: AslState): string[] {
  return [
    state.Next,
    state.Default,
    ...(state.Choices ?? []).map((c) => c.Next),
    ...(state.Catch ?? []).map((c) => c.Next),
  ].filter((n): n is string => typeof n === 'string');
}

/**
 * The one place a `States.ALL` catch may end in a success-looking state: a failed job inside a
 * Map becomes an explicit FAILED outcome (so one broken processor does not hide the others'),
 * and a state the Map leads to turns any FAILED outcome into a named error caught into a path
 * that ends in Fail. `catchAllEndsInFail` checks each of those facts, not just the names.
 */
export interface FailedOutcomeException {
  /** The Map state. */
  map: string;
  /** The Task inside the Map's item processor, and the state its States.ALL catch targets. */
  from: string;
  to: string;
  /**
   * A state the Map leads to (through `Next` and Choice branches, not catches), and the error it
   * throws for any FAILED outcome. Between them, the outcomes may be recorded (the round's checks).
   */
  thenVia: string;
  error: string;
}

/**
 * Following `Next` (and every Choice branch) from the target of each `States.ALL` catch reaches
 * a Fail state, never a Succeed state or an `End` (which would look like success).
 */
export function catchAllEndsInFail(
  machine: AslMachine,
  exceptions: readonly FailedOutcomeException[] = [],
): string[] {
  const problems: string[] = [];
  for (const { path, state, scope, parent } of allStates(machine)) {
    for (const c of state.Catch ?? []) {
      if (!c.ErrorEquals.includes('States.ALL')) continue;
      const exception = exceptions.find(
        (x) =>
          parent?.name === x.map &&
          x.from === pathTail(path) &&
          x.to === c.Next,
      );
      if (exception && parent) {
        const ends = endings(scope, c.Next);
        if (ends.some((e) => e.kind !== 'End'))
          problems.push(
            `${path}: excepted catch "${c.Next}" must end its iteration`,
          );
        const via =
          typeof parent.state.Next === 'string' &&
          leadsTo(parent.scope, parent.state.Next, exception.thenVia) &&
          parent.scope.States[exception.thenVia];
        const handler = via
          ? via.Catch?.find((k) => k.ErrorEquals.includes(exception.error))
          : undefined;
        if (!handler)
          problems.push(
            `${path}: exception needs "${parent.name}" to lead to "${exception.thenVia}" catching ${exception.error}`,
          );
        else
          problems.push(
            ...failOnly(
              parent.scope,
              handler.Next,
              `${exception.thenVia} (${exception.error})`,
            ),
          );
        continue;
      }
      problems.push(...failOnly(scope, c.Next, `${path} (States.ALL)`));
    }
  }
  return problems;
}

const pathTail = (path: string) => path.split(' > ').at(-1) ?? path;

/** Whether following `Next`, `Default` and Choice branches (not catches) from `start` reaches `target`. */
function leadsTo(scope: AslMachine, start: string, target: string): boolean {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const name = queue.shift() as string;
    if (name === target) return true;
    const state = scope.States[name];
    if (seen.has(name) || !state) continue;
    seen.add(name);
    queue.push(
      ...[
        state.Next,
        state.Default,
        ...(state.Choices ?? []).map((c) => c.Next),
      ].filter((n): n is string => typeof n === 'string'),
    );
  }
  return false;
}

function failOnly(scope: AslMachine, start: string, label: string): string[] {
  return endings(scope, start)
    .filter((e) => e.kind !== 'Fail')
    .map(
      (e) =>
        `${label}: catch path ${e.trail.join(' → ')} ends in ${e.kind}, not Fail`,
    );
}

/** Where following `Next`/Default/Choices from `start` ends: Fail, Succeed, End, Missing or Loop. */
function endings(
  scope: AslMachine,
  start: string,
): {
  kind: 'Fail' | 'Succeed' | 'End' | 'Missing' | 'Loop';
  trail: string[];
}[] {
  const out: ReturnType<typeof endings> = [];
  const go = (name: string, trail: string[]) => {
    const here = [...trail, name];
    const state = scope.States[name];
    if (!state) return void out.push({ kind: 'Missing', trail: here });
    if (trail.includes(name))
      return void out.push({ kind: 'Loop', trail: here });
    if (state.Type === 'Fail' || state.Type === 'Succeed')
      return void out.push({ kind: state.Type, trail: here });
    const next =
      state.Type === 'Choice'
        ? [...(state.Choices ?? []).map((c) => c.Next), state.Default]
        : [state.Next];
    const targets = next.filter((n): n is string => typeof n === 'string');
    if (state.End || targets.length === 0)
      return void out.push({ kind: 'End', trail: here });
    for (const n of targets) go(n, here);
  };
  go(start, []);
  return out;
}

/** Names are Title Case words separated by single spaces ("Plan Processor Jobs"). */
export function titleCaseNames(machine: AslMachine): string[] {
  const word = /^(?:[A-Z][A-Za-z0-9]*|[A-Z0-9]+)$/;
  return allStates(machine)
    .filter(({ name }) => {
      const words = name.replace(/\?$/, '').split(' ');
      return words.length < 2 || !words.every((w) => word.test(w));
    })
    .map(({ path }) => `${path}: not a Title Case phrase of two or more words`);
}

/** Choice state names end in `?`; no other state's name does. */
export function choiceNamesAreQuestions(machine: AslMachine): string[] {
  return allStates(machine)
    .filter(
      ({ name, state }) => (state.Type === 'Choice') !== name.endsWith('?'),
    )
    .map(({ path, state }) =>
      state.Type === 'Choice'
        ? `${path}: Choice name must end in "?"`
        : `${path}: only Choice names end in "?"`,
    );
}

/** No console/Workflow Studio default names such as "Map", "Parallel", "Lambda Invoke (1)". */
export function noDefaultNames(machine: AslMachine): string[] {
  const defaults =
    /^(?:Map|Parallel|Pass|Task|Choice|Wait|Succeed|Success|Fail|Lambda Invoke|Inline Map|Distributed Map)(?: ?\(?\d+\)?)?$/i;
  return allStates(machine)
    .filter(({ name }) => defaults.test(name.trim()))
    .map(({ path }) => `${path}: default state name`);
}

const UNSUPPORTED_FIELDS = [
  'Assign',
  'Output',
  'Arguments',
  'HeartbeatSeconds',
  'HeartbeatSecondsPath',
];

/** Only what aws-local-stepfunctions runs: JSONPath, no Assign/Output/Arguments/HeartbeatSeconds. */
export function localEngineFeatures(machine: AslMachine): string[] {
  const problems: string[] = [];
  const jsonata = (v: unknown) => v !== undefined && v !== 'JSONPath';
  for (const { label, scope } of allScopes(machine))
    if (jsonata(scope.QueryLanguage))
      problems.push(`${label}: QueryLanguage ${String(scope.QueryLanguage)}`);
  for (const { path, state } of allStates(machine)) {
    if (jsonata(state.QueryLanguage))
      problems.push(`${path}: QueryLanguage ${String(state.QueryLanguage)}`);
    for (const field of UNSUPPORTED_FIELDS)
      if (field in state) problems.push(`${path}: ${field}`);
  }
  return problems;
}

/** TimeoutSeconds, Wait Seconds and retry intervals stay ≤ 2,147,483 s (else they fire at once locally). */
export function timersWithinLocalLimit(machine: AslMachine): string[] {
  const problems: string[] = [];
  const over = (v: unknown) =>
    typeof v === 'number' && v > MAX_LOCAL_TIMER_SECONDS;
  if (over(machine.TimeoutSeconds))
    problems.push(`(top level): TimeoutSeconds ${machine.TimeoutSeconds}`);
  for (const { path, state } of allStates(machine)) {
    for (const field of ['TimeoutSeconds', 'Seconds'])
      if (over(state[field]))
        problems.push(
          `${path}: ${field} ${state[field]} > ${MAX_LOCAL_TIMER_SECONDS}`,
        );
    for (const r of state.Retry ?? [])
      if (over(r.IntervalSeconds) || over(r.MaxDelaySeconds))
        problems.push(`${path}: Retry interval > ${MAX_LOCAL_TIMER_SECONDS}`);
  }
  return problems;
}

/**
 * Every Task sets TimeoutSeconds explicitly (the local engine would default to 60 s), or a
 * TimeoutSecondsPath into its input (the task that computed it bounds it).
 */
export function tasksHaveTimeout(machine: AslMachine): string[] {
  return tasks(machine)
    .filter(
      ({ state }) =>
        !(
          typeof state.TimeoutSecondsPath === 'string' &&
          state.TimeoutSecondsPath.startsWith('$.')
        ) &&
        (typeof state.TimeoutSeconds !== 'number' || state.TimeoutSeconds <= 0),
    )
    .map(({ path }) => `${path}: no TimeoutSeconds`);
}

/** Every retrier's BackoffRate (default 2) is at least 1. */
export function backoffRateAtLeastOne(machine: AslMachine): string[] {
  return allStates(machine).flatMap(({ path, state }) =>
    (state.Retry ?? [])
      .filter((r) => r.BackoffRate !== undefined && r.BackoffRate < 1)
      .map(
        (r) =>
          `${path}: BackoffRate ${r.BackoffRate} < 1 (${r.ErrorEquals.join(', ')})`,
      ),
  );
}

/** `${Placeholder}` names used in an ASL file's text (CDK definitionSubstitutions keys). */
export function placeholders(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] as string),
  );
}
