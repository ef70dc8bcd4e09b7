import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsEventCount } from '../../../infra/local/history-events.ts';
import { LocalStepFunctions, loadAsl } from '../../../infra/local/sfn-local.ts';
import { STATE_MACHINES, substitutionsFor } from '../../../infra/wiring.ts';
import { waitFor } from '../../helpers/wait-for.ts';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const fnArn = (name: string) =>
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
const named = (name: string, message = 'boom') =>
  Object.assign(new Error(message), { name });
const def = (d: object) => d as StateMachineDefinition;

/** Notify task parks on a token; Catch routes any failure to a Pass that records it. */
const APPROVAL = def({
  StartAt: 'Ask',
  States: {
    Ask: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: fnArn('Notify'),
        Payload: { 'id.$': '$.id', 'taskToken.$': '$$.Task.Token' },
      },
      ResultPath: '$.decision',
      TimeoutSeconds: 60,
      Catch: [
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' },
      ],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Pass', End: true },
  },
});

describe('LocalStepFunctions over HTTP with @aws-sdk/client-sfn', () => {
  let sfn: LocalStepFunctions;
  let client: SFNClient;
  let machineArn: string;
  const notified: { id: string; taskToken: string }[] = [];

  beforeEach(async () => {
    notified.length = 0;
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      invoke: async (arn, payload) => {
        if (arn === fnArn('Notify'))
          notified.push(payload as { id: string; taskToken: string });
        return { sent: true };
      },
    });
    machineArn = sfn.createStateMachine('Approval', APPROVAL);
    const endpoint = await sfn.listen();
    client = new SFNClient({
      endpoint,
      region: REGION,
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
  });
  afterEach(async () => {
    client.destroy();
    await sfn.close();
  });

  const start = (name: string, input = '{"id":"r-1"}') =>
    client.send(
      new StartExecutionCommand({ stateMachineArn: machineArn, name, input }),
    );
  const describeExec = (executionArn = '') =>
    client.send(new DescribeExecutionCommand({ executionArn }));
  const finished = (executionArn?: string) =>
    waitFor(
      async () => {
        const d = await describeExec(executionArn);
        return d.status !== 'RUNNING' && d;
      },
      { message: 'execution finished' },
    );

  it('parks on a task token and resumes on SendTaskSuccess', async () => {
    const { executionArn, startDate } = await start('exec-1');
    expect(executionArn).toBe(
      `arn:aws:states:${REGION}:${ACCOUNT}:execution:Approval:exec-1`,
    );
    expect(startDate).toBeInstanceOf(Date);
    const { taskToken } = await waitFor(() => notified[0], {
      message: 'notify invoked',
    });
    expect(taskToken).not.toBe('__LOCAL_TASK_TOKEN__');
    expect(taskToken).toMatch(/[+/=]/);
    expect((await describeExec(executionArn)).status).toBe('RUNNING');

    await client.send(new SendTaskHeartbeatCommand({ taskToken }));
    await client.send(
      new SendTaskSuccessCommand({
        taskToken,
        output: '{"decision":"approve"}',
      }),
    );
    const done = await finished(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output ?? '')).toEqual({
      id: 'r-1',
      decision: { decision: 'approve' },
    });
    expect(done.stopDate).toBeInstanceOf(Date);

    // the token is single-use
    await expect(
      client.send(new SendTaskSuccessCommand({ taskToken, output: '{}' })),
    ).rejects.toMatchObject({
      name: 'TaskDoesNotExist',
    });
  });

  it('routes SendTaskFailure to Catch with the given error and cause', async () => {
    const { executionArn } = await start('exec-2');
    const { taskToken } = await waitFor(() => notified[0]);
    await client.send(
      new SendTaskFailureCommand({
        taskToken,
        error: 'MerchantDeclined',
        cause: 'no',
      }),
    );
    const done = await finished(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output ?? '').error).toEqual({
      Error: 'MerchantDeclined',
      Cause: 'no',
    });
  });

  it('answers bogus tokens and bad output with the SDK exception classes', async () => {
    await expect(
      client.send(
        new SendTaskSuccessCommand({ taskToken: 'bogus', output: '{}' }),
      ),
    ).rejects.toMatchObject({ name: 'TaskDoesNotExist', $fault: 'client' });
    await expect(
      client.send(new SendTaskFailureCommand({ taskToken: 'bogus' })),
    ).rejects.toMatchObject({
      name: 'TaskDoesNotExist',
    });
    await start('exec-3');
    const { taskToken } = await waitFor(() => notified[0]);
    await expect(
      client.send(
        new SendTaskSuccessCommand({ taskToken, output: 'not json' }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidOutput',
    });
  });

  it('is idempotent for the same name and input while running, else ExecutionAlreadyExists', async () => {
    const first = await start('same');
    const again = await start('same');
    expect(again.executionArn).toBe(first.executionArn);
    await expect(start('same', '{"id":"other"}')).rejects.toMatchObject({
      name: 'ExecutionAlreadyExists',
    });

    await client.send(
      new StopExecutionCommand({
        executionArn: first.executionArn,
        error: 'Stop',
        cause: 'test',
      }),
    );
    expect((await describeExec(first.executionArn)).status).toBe('ABORTED');
    await expect(start('same')).rejects.toMatchObject({
      name: 'ExecutionAlreadyExists',
    });

    const { executions } = await client.send(
      new ListExecutionsCommand({ stateMachineArn: machineArn }),
    );
    expect(executions?.map((e) => [e.name, e.status])).toEqual([
      ['same', 'ABORTED'],
    ]);
    await expect(
      describeExec(`${first.executionArn}-nope`),
    ).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
    });
  });

  it('returns an AWS-shaped history, without data by default', async () => {
    const { executionArn } = await start('exec-h');
    const { taskToken } = await waitFor(() => notified[0]);
    await client.send(
      new SendTaskSuccessCommand({
        taskToken,
        output: '{"decision":"approve"}',
      }),
    );
    await finished(executionArn);
    const { events = [] } = await client.send(
      new GetExecutionHistoryCommand({ executionArn }),
    );
    expect(events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.timestamp).toBeInstanceOf(Date);
    expect(events[1]?.stateEnteredEventDetails).toEqual({ name: 'Ask' });
    expect(JSON.stringify(events)).not.toContain('r-1');

    const withData = await client.send(
      new GetExecutionHistoryCommand({
        executionArn,
        includeExecutionData: true,
      }),
    );
    expect(withData.events?.[1]?.stateEnteredEventDetails?.input).toBe(
      '{"id":"r-1"}',
    );
    const paged = await client.send(
      new GetExecutionHistoryCommand({
        executionArn,
        maxResults: 4,
        reverseOrder: true,
      }),
    );
    expect(paged.events?.map((e) => e.type)[0]).toBe('ExecutionSucceeded');
    expect(paged.nextToken).toBeDefined();
  });
});

describe('LocalStepFunctions engine behaviour', () => {
  let sfn: LocalStepFunctions | undefined;
  afterEach(async () => {
    await sfn?.close();
    sfn = undefined;
  });
  const finished = (s: LocalStepFunctions, executionArn: string) =>
    waitFor(() => {
      const d = s.describeExecution({ executionArn });
      return d.status !== 'RUNNING' && d;
    });

  it('retries a Map task fast, then catches, preserving error names', async () => {
    const calls: Record<string, number> = {};
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      retryIntervalOverrides: { '*': 0 },
      invoke: async (arn, payload) => {
        const { id } = payload as { id: string };
        calls[id] = (calls[id] ?? 0) + 1;
        if (id === 'flaky' && calls[id] < 3) throw named('TransientError');
        if (id === 'broken') throw named('SubprocessorDown', 'down');
        return { arn, id, ok: true };
      },
    });
    const arn = sfn.createStateMachine(
      'Fan',
      def({
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            ItemsPath: '$.ids',
            ItemSelector: { 'id.$': '$$.Map.Item.Value' },
            MaxConcurrency: 2,
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' },
              StartAt: 'Job',
              States: {
                Job: {
                  Type: 'Task',
                  Resource: fnArn('Job'),
                  Retry: [
                    {
                      ErrorEquals: ['TransientError'],
                      IntervalSeconds: 30,
                      MaxAttempts: 3,
                      BackoffRate: 2,
                    },
                  ],
                  Catch: [
                    {
                      ErrorEquals: ['States.ALL'],
                      ResultPath: '$.error',
                      Next: 'Mark',
                    },
                  ],
                  End: true,
                },
                Mark: {
                  Type: 'Pass',
                  Parameters: { 'id.$': '$.id', 'error.$': '$.error.Error' },
                  End: true,
                },
              },
            },
            End: true,
          },
        },
      }),
    );
    const { executionArn } = sfn.startExecution({
      stateMachineArn: arn,
      input: '{"ids":["ok","flaky","broken"]}',
    });
    const done = await finished(sfn, executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output ?? '')).toEqual([
      { arn: fnArn('Job'), id: 'ok', ok: true },
      { arn: fnArn('Job'), id: 'flaky', ok: true },
      { id: 'broken', error: 'SubprocessorDown' },
    ]);
    expect(calls).toEqual({ ok: 1, flaky: 3, broken: 1 });
    const types = sfn
      .getExecutionHistory({ executionArn })
      .events.map((e) => e.type);
    expect(types.filter((t) => t === 'MapIterationStarted')).toHaveLength(3);
    expect(types.filter((t) => t === 'MapIterationSucceeded')).toHaveLength(3);
    expect(types.filter((t) => t === 'LambdaFunctionFailed')).toHaveLength(3);
    expect(types.slice(0, 2)).toEqual(['ExecutionStarted', 'MapStateEntered']);
    expect(types.at(-1)).toBe('ExecutionSucceeded');
  });

  it('fails the execution with the task error name when nothing catches it', async () => {
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      invoke: async () => {
        throw named('JobsFailedError', 'two jobs failed');
      },
    });
    const arn = sfn.createStateMachine(
      'Plain',
      def({
        StartAt: 'Call',
        States: {
          Call: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'X', 'Payload.$': '$' },
            End: true,
          },
        },
      }),
    );
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    const done = await finished(sfn, executionArn);
    expect(done).toMatchObject({
      status: 'FAILED',
      error: 'JobsFailedError',
      cause: 'two jobs failed',
    });
    const events = sfn.getExecutionHistory({ executionArn }).events;
    expect(
      events.find((e) => e.type === 'TaskFailed')?.taskFailedEventDetails,
    ).toMatchObject({
      error: 'JobsFailedError',
      resourceType: 'lambda',
      resource: 'invoke',
    });
    expect(events.at(-1)?.executionFailedEventDetails).toEqual({
      error: 'JobsFailedError',
      cause: 'two jobs failed',
    });
  });

  it('wraps lambda:invoke results like the optimized integration', async () => {
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      invoke: async (fn, p) => ({ fn, p }),
    });
    const arn = sfn.createStateMachine(
      'Invoke',
      def({
        StartAt: 'Call',
        States: {
          Call: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'F', Payload: { a: 1 } },
            End: true,
          },
        },
      }),
    );
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    const done = await finished(sfn, executionArn);
    expect(JSON.parse(done.output ?? '')).toEqual({
      ExecutedVersion: '$LATEST',
      StatusCode: 200,
      Payload: { fn: 'F', p: { a: 1 } },
    });
  });

  it('times out a parked task with States.Timeout and forgets its token', async () => {
    const tokens: string[] = [];
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      invoke: async (_arn, p) => {
        tokens.push((p as { taskToken: string }).taskToken);
        return null;
      },
    });
    const definition = structuredClone(APPROVAL) as unknown as {
      States: { Ask: { TimeoutSeconds: number } };
    };
    definition.States.Ask.TimeoutSeconds = 1;
    const arn = sfn.createStateMachine('Timeout', def(definition));
    const { executionArn } = sfn.startExecution({
      stateMachineArn: arn,
      input: '{"id":"r-2"}',
    });
    const done = await finished(sfn, executionArn);
    expect(JSON.parse(done.output ?? '').error).toMatchObject({
      Error: 'States.Timeout',
    });
    expect(
      sfn.getExecutionHistory({ executionArn }).events.map((e) => e.type),
    ).toContain('TaskTimedOut');
    expect(() =>
      sfn?.sendTaskSuccess({ taskToken: tokens[0] ?? '', output: '{}' }),
    ).toThrow(expect.objectContaining({ name: 'TaskTimedOut' }));
  });

  it('records the events AWS records: a Map, a task retried then caught, a callback task timing out', async () => {
    // Prepare
    let attempts = 0;
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      retryIntervalOverrides: { '*': 0 },
      invoke: async (arn) => {
        if (arn.endsWith('Flaky'))
          throw named(++attempts < 2 ? 'TransientError' : 'Broken');
        return {};
      },
    });
    const arn = sfn.createStateMachine(
      'History',
      def({
        StartAt: 'For Each',
        States: {
          'For Each': {
            Type: 'Map',
            ItemsPath: '$.ids',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' },
              StartAt: 'Do One',
              States: {
                'Do One': { Type: 'Task', Resource: fnArn('Ok'), End: true },
              },
            },
            ResultPath: '$.done',
            Next: 'Try Flaky',
          },
          'Try Flaky': {
            Type: 'Task',
            Resource: fnArn('Flaky'),
            Retry: [{ ErrorEquals: ['TransientError'], MaxAttempts: 3 }],
            Catch: [
              {
                ErrorEquals: ['States.ALL'],
                ResultPath: '$.e',
                Next: 'Wait Token',
              },
            ],
            Next: 'Wait Token',
          },
          'Wait Token': {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
            Parameters: {
              FunctionName: fnArn('Park'),
              Payload: { 'token.$': '$$.Task.Token' },
            },
            TimeoutSeconds: 1,
            Catch: [
              {
                ErrorEquals: ['States.Timeout'],
                ResultPath: '$.e',
                Next: 'Give Up',
              },
            ],
            Next: 'Give Up',
          },
          'Give Up': { Type: 'Fail', Error: 'GaveUp' },
        },
      }),
    );

    // Act
    const { executionArn } = sfn.startExecution({
      stateMachineArn: arn,
      input: '{"ids":[1]}',
    });
    await finished(sfn, executionArn);
    const events = sfn.getExecutionHistory({ executionArn }).events;

    // Assess: the sequences of real AWS histories (HistoryEvent types), and the per-state model.
    expect(events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'MapStateEntered',
      'MapStateStarted',
      'MapIterationStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'MapIterationSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'TaskStateExited',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskTimedOut',
      'TaskStateExited',
      'FailStateEntered',
      'ExecutionFailed',
    ]);
    expect(awsEventCount(events)).toBe(events.length);
  });

  it('refuses resources it cannot run and clashing definitions', () => {
    sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      invoke: async () => null,
    });
    const ddb = def({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: {},
          End: true,
        },
      },
    });
    expect(() => sfn?.createStateMachine('Ddb', ddb)).toThrow(
      /dynamodb:putItem has no local integration/,
    );
    const pass = def({
      StartAt: 'P',
      States: { P: { Type: 'Pass', End: true } },
    });
    expect(sfn.createStateMachine('P', pass)).toBe(
      sfn.createStateMachine('P', pass),
    );
    expect(() =>
      sfn?.createStateMachine(
        'P',
        def({ StartAt: 'Q', States: { Q: { Type: 'Succeed' } } }),
      ),
    ).toThrow(expect.objectContaining({ name: 'StateMachineAlreadyExists' }));
  });
});

describe('loadAsl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-'));
  const write = (name: string, d: object) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(d));
    return file;
  };
  const task = (extra: object) => ({
    StartAt: 'T',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an ASL placeholder, not a template
    States: { T: { Type: 'Task', Resource: '${Fn}', End: true, ...extra } },
  });

  it('substitutes placeholders and refuses leftovers', () => {
    const file = write('ok.json', task({ TimeoutSeconds: 10 }));
    expect(loadAsl(file, { Fn: fnArn('F') }).States.T).toMatchObject({
      Resource: fnArn('F'),
    });
    expect(() => loadAsl(file, {})).toThrow(
      /Unsubstituted placeholder \$\{Fn\}/,
    );
  });

  it.each([
    [
      'JSONata',
      {
        QueryLanguage: 'JSONata',
        StartAt: 'P',
        States: { P: { Type: 'Pass', End: true } },
      },
      /JSONata/,
    ],
    ['Assign', task({ Assign: { x: 1 } }), /T: Assign/],
    ['Output', task({ Output: '{% 1 %}' }), /T: Output/],
    [
      'long task timeout',
      task({ TimeoutSeconds: 2_592_000 }),
      /TimeoutSeconds > 2147483/,
    ],
    [
      'long wait',
      {
        StartAt: 'W',
        States: { W: { Type: 'Wait', Seconds: 2_592_000, End: true } },
      },
      /W: Seconds/,
    ],
  ])('refuses %s', (_label, definition, message) => {
    expect(() =>
      loadAsl(write('bad.json', definition), { Fn: fnArn('F') }),
    ).toThrow(message);
  });

  it('loads the real DSR definition and the engine accepts it', () => {
    const machine = STATE_MACHINES.DsrWorkflow;
    const definition = loadAsl(
      resolve(machine.file),
      substitutionsFor(machine, fnArn),
    );
    const sfn = new LocalStepFunctions({
      region: REGION,
      accountId: ACCOUNT,
      invoke: async () => null,
    });
    expect(sfn.createStateMachine('DsrWorkflow', definition)).toBe(
      `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:DsrWorkflow`,
    );
  });
});
