/**
 * Static checks of every statemachines/*.asl.json: asl-validator, the house lint (asl-rules.ts),
 * the placeholders against infra/wiring.ts, and the failure paths. No engine runs here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertRunsLocally, substitute } from '../../infra/local/sfn-local.ts';
import {
  FUNCTIONS,
  STATE_MACHINES,
  substitutionsFor,
} from '../../infra/wiring.ts';
import {
  type AslMachine,
  type AslState,
  allStatesReachable,
  backoffRateAtLeastOne,
  catchAllEndsInFail,
  choiceNamesAreQuestions,
  type FailedOutcomeException,
  localEngineFeatures,
  noDefaultNames,
  placeholders,
  tasksCatchToFailurePath,
  tasksHaveTimeout,
  tasksRetryTransientErrors,
  timersWithinLocalLimit,
  titleCaseNames,
} from './asl-rules.ts';

// asl-validator 4 is CommonJS without type declarations.
type AslValidator = (
  definition: unknown,
  options?: { checkPaths?: boolean; checkArn?: boolean },
) => {
  isValid: boolean;
  errors: unknown[];
  errorsText: (separator?: string) => string;
};
const aslValidator = createRequire(import.meta.url)(
  'asl-validator',
) as AslValidator;

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = 'statemachines';
const FILES = readdirSync(join(ROOT, DIR))
  .filter((f) => f.endsWith('.asl.json'))
  .sort()
  .map((f) => `${DIR}/${f}`);

const REGION = 'eu-north-1';
const ACCOUNT = '123456789012';
/** What CDK substitutes: the deployed function's ARN. */
const deployedArn = (fn: string) =>
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:dsr-${fn}`;

/**
 * The one narrow exception to "States.ALL ends in Fail": inside "Run Processor Jobs", a job that
 * still fails after its retries becomes an explicit FAILED outcome ("Mark Job Failed" ends the
 * iteration), so the other processors' outcomes are kept. The Map leads (through the round's
 * checks, which record the outcome) to "Complete Request", which throws JobsFailedError for any
 * FAILED job, and that catch must itself end in Fail. The rule checks every part of this chain;
 * any other States.ALL catch that ends in success is a violation.
 */
const FAILED_OUTCOME: readonly FailedOutcomeException[] = [
  {
    map: 'Run Processor Jobs',
    from: 'Run Processor Job',
    to: 'Mark Job Failed',
    thenVia: 'Complete Request',
    error: 'JobsFailedError',
  },
];

const RULES = [
  [
    'every Task retries transient Lambda errors and TransientError',
    tasksRetryTransientErrors,
  ],
  [
    'every Task catches States.ALL to a named failure path',
    tasksCatchToFailurePath,
  ],
  ['every state is reachable (including Catch targets)', allStatesReachable],
  ['state names are Title Case phrases', titleCaseNames],
  ['Choice names end in "?" and only they do', choiceNamesAreQuestions],
  ['no default state names (Map, Parallel, …)', noDefaultNames],
  ['only JSONPath features the local engine runs', localEngineFeatures],
  [
    'timers stay within the local engine limit (2,147,483 s)',
    timersWithinLocalLimit,
  ],
  ['every Task sets TimeoutSeconds', tasksHaveTimeout],
  ['every BackoffRate is at least 1', backoffRateAtLeastOne],
] as const satisfies readonly (readonly [
  string,
  (m: AslMachine) => string[],
])[];

it('finds the state machine files', () => {
  expect(FILES).toContain('statemachines/dsr.asl.json');
});

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const raw = JSON.parse(text) as AslMachine;
  const entry = Object.entries(STATE_MACHINES).find(([, m]) => m.file === file);
  const substituted = () =>
    JSON.parse(
      substitute(
        text,
        entry ? substitutionsFor(entry[1], deployedArn) : {},
        file,
      ),
    ) as AslMachine;

  describe('asl-validator', () => {
    it('accepts the raw file with its placeholders', () => {
      const result = aslValidator(structuredClone(raw)); // it mutates its input
      expect(result.errors, result.errorsText('\n')).toEqual([]);
      expect(result.isValid).toBe(true);
    });

    it('accepts the file substituted with realistic Lambda ARNs', () => {
      const result = aslValidator(substituted());
      expect(result.errors, result.errorsText('\n')).toEqual([]);
      expect(result.isValid).toBe(true);
    });
  });

  describe('house lint', () => {
    it.each(RULES)('%s', (_name, rule) => {
      expect(rule(raw)).toEqual([]);
    });

    it('States.ALL catches end in Fail, never Succeed (one narrow, checked exception)', () => {
      expect(catchAllEndsInFail(raw, FAILED_OUTCOME)).toEqual([]);
    });

    it('without the exception, exactly the Map job catches are reported', () => {
      expect(catchAllEndsInFail(raw)).toEqual([
        expect.stringMatching(
          /^Run Processor Jobs > Run Processor Job \(States\.ALL\): .*Mark Job Failed ends in End/,
        ),
      ]);
    });

    it("passes the local engine's own guard (assertRunsLocally)", () => {
      expect(() => assertRunsLocally(substituted() as never)).not.toThrow();
    });
  });

  describe('placeholders match infra/wiring.ts', () => {
    it('has a STATE_MACHINES entry', () => {
      expect(
        entry?.[0],
        `no STATE_MACHINES entry with file ${file}`,
      ).toBeDefined();
    });

    it('uses exactly the placeholders the entry maps (both directions)', () => {
      const used = [...placeholders(text)].sort();
      const wired = Object.keys(entry?.[1].functions ?? {}).sort();
      expect(used).toEqual(wired);
    });

    it('maps each placeholder to a FUNCTIONS entry whose handler file exists', () => {
      const functions: Record<string, string> = entry?.[1].functions ?? {};
      for (const [placeholder, fn] of Object.entries(functions)) {
        const spec = (
          FUNCTIONS as Record<string, { entry: string } | undefined>
        )[fn];
        expect(
          spec,
          `${placeholder} → ${fn} is not in FUNCTIONS`,
        ).toBeDefined();
        expect(
          existsSync(join(ROOT, spec?.entry ?? '')),
          `${fn}: ${spec?.entry} missing`,
        ).toBe(true);
      }
    });

    it('substitutes every placeholder (none left)', () => {
      expect(JSON.stringify(substituted())).not.toMatch(/\$\{/);
    });
  });
});

/** Negative tests: each rule catches a definition that breaks it. */
describe('asl-rules catch bad definitions', () => {
  const FN = 'arn:aws:lambda:eu-north-1:123456789012:function:F';
  const RETRY = [
    {
      ErrorEquals: [
        'Lambda.ServiceException',
        'Lambda.AWSLambdaException',
        'Lambda.SdkClientException',
        'Lambda.TooManyRequestsException',
        'Lambda.ClientExecutionTimeoutException',
        'Lambda.Unknown',
        'Sandbox.Timedout',
        'TransientError',
      ],
      IntervalSeconds: 2,
      MaxAttempts: 3,
      BackoffRate: 2,
    },
  ];
  const CATCH = [
    { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Step Failed' },
  ];
  const task = (extra: object = {}) => ({
    Type: 'Task',
    Resource: FN,
    TimeoutSeconds: 60,
    Retry: RETRY,
    Catch: CATCH,
    Next: 'Work Done',
    ...extra,
  });
  /** A compliant machine; each test breaks one thing. */
  const good = (states: Record<string, unknown> = {}, top: object = {}) =>
    ({
      StartAt: 'Do Work',
      States: {
        'Do Work': task(),
        'Work Done': { Type: 'Succeed' },
        'Step Failed': { Type: 'Fail', Error: 'StepFailed' },
        ...states,
      },
      ...top,
    }) as unknown as AslMachine;
  /** Wraps `inner` states in a Map named "Run Each Item", to prove rules look inside. */
  const inMap = (inner: Record<string, unknown>) =>
    good({
      'Do Work': {
        Type: 'Map',
        ItemsPath: '$.items',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: Object.keys(inner)[0],
          States: inner,
        },
        Catch: CATCH,
        Next: 'Work Done',
      },
    });
  /** Same inside a Parallel branch. */
  const inParallel = (inner: Record<string, unknown>) =>
    good({
      'Do Work': {
        Type: 'Parallel',
        Branches: [{ StartAt: Object.keys(inner)[0], States: inner }],
        Catch: CATCH,
        Next: 'Work Done',
      },
    });

  it('the compliant fixture passes every rule', () => {
    for (const [, rule] of RULES) expect(rule(good())).toEqual([]);
    expect(catchAllEndsInFail(good())).toEqual([]);
    expect(aslValidator(good()).isValid).toBe(true);
  });

  it('tasksRetryTransientErrors: a Task without TransientError in Retry', () => {
    const retry = [{ ...RETRY[0], ErrorEquals: ['Lambda.ServiceException'] }];
    expect(
      tasksRetryTransientErrors(good({ 'Do Work': task({ Retry: retry }) })),
    ).toEqual([
      'Do Work: Retry does not cover Lambda.AWSLambdaException, Lambda.SdkClientException, Lambda.TooManyRequestsException, Lambda.ClientExecutionTimeoutException, Lambda.Unknown, Sandbox.Timedout, TransientError',
    ]);
    const inner = {
      'Run Item': {
        ...task({ Retry: undefined, Catch: undefined }),
        Next: undefined,
        End: true,
      },
    };
    expect(tasksRetryTransientErrors(inMap(inner))).toEqual([
      expect.stringMatching(/^Do Work > Run Item: Retry does not cover/),
    ]);
  });

  it('tasksCatchToFailurePath: no Catch, a narrow Catch only, an unnamed or missing target', () => {
    expect(
      tasksCatchToFailurePath(good({ 'Do Work': task({ Catch: undefined }) })),
    ).toEqual(['Do Work: no final Catch on States.ALL']);
    const narrow = [{ ErrorEquals: ['ValidationError'], Next: 'Step Failed' }];
    expect(
      tasksCatchToFailurePath(good({ 'Do Work': task({ Catch: narrow }) })),
    ).toEqual(['Do Work: no final Catch on States.ALL']);
    const toSuccess = [{ ErrorEquals: ['States.ALL'], Next: 'Work Done' }];
    expect(
      tasksCatchToFailurePath(good({ 'Do Work': task({ Catch: toSuccess }) })),
    ).toEqual([
      'Do Work: Catch target "Work Done" is not a named failure path (… Failed)',
    ]);
    const missing = [{ ErrorEquals: ['States.ALL'], Next: 'Nowhere Failed' }];
    expect(
      tasksCatchToFailurePath(good({ 'Do Work': task({ Catch: missing }) })),
    ).toEqual(['Do Work: Catch target "Nowhere Failed" is missing']);
  });

  it('allStatesReachable: an orphan state, also inside a Parallel branch', () => {
    expect(
      allStatesReachable(good({ 'Orphan State': { Type: 'Succeed' } })),
    ).toEqual(['Orphan State: unreachable']);
    const inner = {
      'Branch Step': { Type: 'Pass', End: true },
      'Lost Step': { Type: 'Pass', End: true },
    };
    expect(allStatesReachable(inParallel(inner))).toEqual([
      'Do Work > Lost Step: unreachable',
    ]);
  });

  it('titleCaseNames: lower case, camelCase, single word', () => {
    const bad = good({
      'Do Work': task({ Next: 'send email' }),
      'send email': { Type: 'Pass', Next: 'sendReport' },
      sendReport: { Type: 'Pass', Next: 'Report' },
      Report: { Type: 'Pass', Next: 'Work Done' },
    });
    expect(titleCaseNames(bad)).toEqual([
      'send email: not a Title Case phrase of two or more words',
      'sendReport: not a Title Case phrase of two or more words',
      'Report: not a Title Case phrase of two or more words',
    ]);
  });

  it('choiceNamesAreQuestions: a Choice without "?" and a Pass with one', () => {
    const bad = good({
      'Do Work': task({ Next: 'Is Approved' }),
      'Is Approved': {
        Type: 'Choice',
        Choices: [
          { Variable: '$.ok', BooleanEquals: true, Next: 'Work Done?' },
        ],
        Default: 'Step Failed',
      },
      'Work Done?': { Type: 'Pass', Next: 'Work Done' },
    });
    expect(choiceNamesAreQuestions(bad)).toEqual([
      'Is Approved: Choice name must end in "?"',
      'Work Done?: only Choice names end in "?"',
    ]);
  });

  it('noDefaultNames: "Map", "Parallel", "Lambda Invoke (1)", also nested', () => {
    const bad = good({
      'Do Work': task({ Next: 'Map' }),
      Map: {
        Type: 'Map',
        ItemProcessor: {
          StartAt: 'Lambda Invoke (1)',
          States: {
            'Lambda Invoke (1)': { ...task(), Next: undefined, End: true },
          },
        },
        Next: 'Parallel',
      },
      Parallel: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
        ],
        Next: 'Work Done',
      },
    });
    expect(noDefaultNames(bad)).toEqual([
      'Map: default state name',
      'Map > Lambda Invoke (1): default state name',
      'Parallel: default state name',
      'Parallel > Pass: default state name',
    ]);
  });

  it('localEngineFeatures: JSONata, Assign, Output, Arguments, HeartbeatSeconds', () => {
    expect(localEngineFeatures(good({}, { QueryLanguage: 'JSONata' }))).toEqual(
      ['(top level): QueryLanguage JSONata'],
    );
    const bad = good({
      'Do Work': task({ Assign: { x: 1 }, HeartbeatSeconds: 60 }),
      'Work Done': {
        Type: 'Pass',
        QueryLanguage: 'JSONata',
        Output: '{% 1 %}',
        End: true,
      },
    });
    expect(localEngineFeatures(bad)).toEqual([
      'Do Work: Assign',
      'Do Work: HeartbeatSeconds',
      'Work Done: QueryLanguage JSONata',
      'Work Done: Output',
    ]);
    const nested = inMap({
      'Call Api': { Type: 'Task', Resource: FN, Arguments: {}, End: true },
    });
    expect(localEngineFeatures(nested)).toEqual([
      'Do Work > Call Api: Arguments',
    ]);
  });

  it('timersWithinLocalLimit: a 30-day task timeout, Wait and retry interval', () => {
    const bad = good({
      'Do Work': task({
        TimeoutSeconds: 2_592_000,
        Retry: [{ ...RETRY[0], IntervalSeconds: 3_000_000 }],
        Next: 'Wait A Month',
      }),
      'Wait A Month': { Type: 'Wait', Seconds: 2_592_000, Next: 'Work Done' },
    });
    expect(timersWithinLocalLimit(bad)).toEqual([
      'Do Work: TimeoutSeconds 2592000 > 2147483',
      'Do Work: Retry interval > 2147483',
      'Wait A Month: Seconds 2592000 > 2147483',
    ]);
    expect(
      timersWithinLocalLimit(good({}, { TimeoutSeconds: 2_147_484 })),
    ).toEqual(['(top level): TimeoutSeconds 2147484']);
    expect(
      timersWithinLocalLimit(
        good({ 'Do Work': task({ TimeoutSeconds: 2_147_483 }) }),
      ),
    ).toEqual([]);
  });

  it('tasksHaveTimeout: a Task without TimeoutSeconds, also inside a Parallel branch', () => {
    expect(
      tasksHaveTimeout(
        good({ 'Do Work': task({ TimeoutSeconds: undefined }) }),
      ),
    ).toEqual(['Do Work: no TimeoutSeconds']);
    const inner = { 'Call Api': { Type: 'Task', Resource: FN, End: true } };
    expect(tasksHaveTimeout(inParallel(inner))).toEqual([
      'Do Work > Call Api: no TimeoutSeconds',
    ]);
  });

  it('backoffRateAtLeastOne: BackoffRate 0.5', () => {
    const retry = [{ ...RETRY[0], BackoffRate: 0.5 }];
    expect(
      backoffRateAtLeastOne(good({ 'Do Work': task({ Retry: retry }) })),
    ).toEqual([expect.stringMatching(/^Do Work: BackoffRate 0\.5 < 1/)]);
  });

  describe('catchAllEndsInFail', () => {
    it('reports a States.ALL catch that reaches Succeed, an End, or a Choice branch to Succeed', () => {
      const toSucceed = good({
        'Do Work': task({
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Step Failed' }],
        }),
        'Step Failed': { Type: 'Pass', Next: 'Work Done' },
      });
      expect(catchAllEndsInFail(toSucceed)).toEqual([
        'Do Work (States.ALL): catch path Step Failed → Work Done ends in Succeed, not Fail',
      ]);
      const toEnd = good({ 'Step Failed': { Type: 'Pass', End: true } });
      expect(catchAllEndsInFail(toEnd)).toEqual([
        'Do Work (States.ALL): catch path Step Failed ends in End, not Fail',
      ]);
      const viaChoice = good({
        'Step Failed': {
          Type: 'Choice',
          Choices: [
            { Variable: '$.retry', BooleanEquals: true, Next: 'Work Done' },
          ],
          Default: 'Request Failed',
        },
        'Request Failed': { Type: 'Fail' },
      });
      expect(catchAllEndsInFail(viaChoice)).toEqual([
        'Do Work (States.ALL): catch path Step Failed → Work Done ends in Succeed, not Fail',
      ]);
    });

    it('accepts a narrow catch that still ends in Fail', () => {
      const narrowToSuccess = good({
        'Do Work': task({
          Catch: [
            { ErrorEquals: ['NotFound'], Next: 'Work Done' },
            { ErrorEquals: ['States.ALL'], Next: 'Step Failed' },
          ],
        }),
      });
      expect(catchAllEndsInFail(narrowToSuccess)).toEqual([]);
    });

    const mapMachine = (
      completeCatch: object[],
      markNext: object = { End: true },
    ) =>
      good({
        'Do Work': {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            StartAt: 'Run Item',
            States: {
              'Run Item': {
                ...task({
                  Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Item Failed' }],
                }),
                Next: undefined,
                End: true,
              },
              'Item Failed': {
                Type: 'Pass',
                Result: { outcome: 'FAILED' },
                ...markNext,
              },
            },
          },
          Catch: CATCH,
          Next: 'Close Out',
        },
        'Close Out': task({ Catch: completeCatch }),
      });
    const ITEM_FAILED: FailedOutcomeException = {
      map: 'Do Work',
      from: 'Run Item',
      to: 'Item Failed',
      thenVia: 'Close Out',
      error: 'ItemsFailed',
    };
    const EXCEPTION = [ITEM_FAILED];

    it('allows the failed-outcome exception only when the next state turns it into a Fail', () => {
      const ok = mapMachine([
        { ErrorEquals: ['ItemsFailed'], Next: 'Step Failed' },
        { ErrorEquals: ['States.ALL'], Next: 'Step Failed' },
      ]);
      expect(catchAllEndsInFail(ok, EXCEPTION)).toEqual([]);
      expect(catchAllEndsInFail(ok)).toEqual([
        'Do Work > Run Item (States.ALL): catch path Item Failed ends in End, not Fail',
      ]);
      const notCaught = mapMachine([
        { ErrorEquals: ['States.ALL'], Next: 'Step Failed' },
      ]);
      expect(catchAllEndsInFail(notCaught, EXCEPTION)).toEqual([
        'Do Work > Run Item: exception needs "Do Work" to lead to "Close Out" catching ItemsFailed',
      ]);
      const caughtToSuccess = mapMachine([
        { ErrorEquals: ['ItemsFailed'], Next: 'Work Done' },
        { ErrorEquals: ['States.ALL'], Next: 'Step Failed' },
      ]);
      expect(catchAllEndsInFail(caughtToSuccess, EXCEPTION)).toEqual([
        'Close Out (ItemsFailed): catch path Work Done ends in Succeed, not Fail',
      ]);
    });

    it('allows states between the Map and the one that throws, not a state the Map never leads to', () => {
      const catchBoth = [
        { ErrorEquals: ['ItemsFailed'], Next: 'Step Failed' },
        { ErrorEquals: ['States.ALL'], Next: 'Step Failed' },
      ];
      // Prepare: Map → Check Items → Items Left? → (loop | Close Out), like the round's checks.
      const between = mapMachine(catchBoth);
      const map = between.States['Do Work'] as AslState;
      map.Next = 'Check Items';
      between.States['Check Items'] = task({ Next: 'Items Left?' });
      between.States['Items Left?'] = {
        Type: 'Choice',
        Choices: [
          { Variable: '$.left', BooleanEquals: true, Next: 'Check Items' },
        ],
        Default: 'Close Out',
      };
      // Assess
      expect(catchAllEndsInFail(between, EXCEPTION)).toEqual([]);
      // Only a catch leads there: not enough.
      map.Next = 'Work Done';
      map.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'Close Out' }];
      expect(catchAllEndsInFail(between, EXCEPTION)).toContain(
        'Do Work > Run Item: exception needs "Do Work" to lead to "Close Out" catching ItemsFailed',
      );
    });

    it('does not stretch the exception to other states or paths', () => {
      const catchBoth = [
        { ErrorEquals: ['ItemsFailed'], Next: 'Step Failed' },
        { ErrorEquals: ['States.ALL'], Next: 'Step Failed' },
      ];
      const otherMap = [{ ...ITEM_FAILED, map: 'Other Map' }];
      expect(catchAllEndsInFail(mapMachine(catchBoth), otherMap)).toHaveLength(
        1,
      );
      const viaSucceed = mapMachine(catchBoth, { Next: 'Item Done' });
      const machine = viaSucceed.States['Do Work']?.ItemProcessor as AslMachine;
      machine.States['Item Done'] = { Type: 'Succeed' };
      expect(catchAllEndsInFail(viaSucceed, EXCEPTION)).toEqual([
        'Do Work > Run Item: excepted catch "Item Failed" must end its iteration',
      ]);
    });
  });

  it('placeholders: finds every placeholder name once', () => {
    const ph = (name: string) => `$\{${name}}`;
    const text = JSON.stringify({
      a: ph('FnA'),
      b: ph('FnB'),
      c: ph('FnA'),
      d: '$.x',
    });
    expect([...placeholders(text)]).toEqual(['FnA', 'FnB']);
  });
});
