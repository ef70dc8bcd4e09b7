/**
 * Every path through the REAL statemachines/dsr.asl.json on the local engine, with fake task
 * functions: which tasks run, with what payload, and how the execution ends.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  JobsFailedError,
  TransientError,
  ValidationError,
} from '../../functions/domain/errors.ts';
import { LocalStepFunctions, loadAsl } from '../../infra/local/sfn-local.ts';
import {
  type FunctionName,
  STATE_MACHINES,
  substitutionsFor,
} from '../../infra/wiring.ts';
import { waitFor } from '../helpers/wait-for.ts';

const REGION = 'eu-north-1';
const ACCOUNT = '123456789012';
const MACHINE = STATE_MACHINES.DsrWorkflow;
const ROOT = join(import.meta.dirname, '..', '..');
const fnArn = (fn: string) =>
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${fn}`;
const fnOf = (arn: string) =>
  arn.split(':function:')[1]?.split(':')[0] as FunctionName;

/** The hash of the decision link the merchant used: the only decision data in execution state. */
const LINK = 'a'.repeat(64);
const APPROVE = JSON.stringify({ decision: 'approve', link: LINK });
const DENY = JSON.stringify({ decision: 'deny', link: LINK });
const REQUEST_ID = '0f6b6a0e-6d9b-4a51-9a43-3f0c2f1f7a11';
const INPUT = { requestId: REQUEST_ID, merchantId: 'lastu', type: 'access' };

type Fake = (payload: Record<string, unknown>) => unknown;
type Call = { fn: FunctionName; payload: Record<string, unknown> };

const job = (processorId: string) => ({
  processorId,
  outcome: 'COMPLETED',
  records: 2,
  partKey: `requests/${REQUEST_ID}/parts/${processorId}.json`,
});

/** Fakes that behave like the real use cases on the happy path; each test overrides some. */
function defaultFakes(): Record<FunctionName, Fake> {
  const none = () => {
    throw new Error('not a workflow task');
  };
  return {
    RequestDecision: () => ({ sent: true }),
    PlanJobs: () => ({
      next: 'run',
      jobs: [{ processorId: 'crm' }, { processorId: 'shop-db' }],
      round: 1,
      notBefore: null,
    }),
    RunProcessorJob: (p) => job(String(p.processorId)),
    // Every job answered at dispatch: nothing to wait for.
    CheckProcessorJobs: (p) => ({ next: 'done', attempt: p.attempt }),
    AwaitProcessorJobs: () => ({ waiting: true }),
    ContinueExecution: (p) => ({ execution: `${p.requestId}-1` }),
    PlanDeferredJobs: () => ({ next: 'done' }),
    // Like completeRequest: any FAILED job makes it throw JobsFailedError.
    CompleteRequest: (p) => {
      const failed = (
        p.jobs as { outcome: string; processorId: string }[]
      ).filter((j) => j.outcome === 'FAILED');
      if (failed.length)
        throw new JobsFailedError(failed.map((j) => j.processorId));
      return { status: 'COMPLETED', round: p.round };
    },
    DenyRequest: () => null,
    FailRequest: () => null,
    RequestRelease: () => null,
    ReviewRelease: none,
    ShowRequestForm: none,
    SubmitRequest: none,
    VerifyIdentity: none,
    ReceiveInboundMail: none,
    ShopifyWebhook: none,
    ProcessShopifyWebhook: none,
    RecordMailEvent: none,
    DecideRequest: none,
    AnswerInformation: none,
    DownloadExport: none,
    ShowRequestStatus: none,
    Console: none,
    SweepDeadlines: none,
    ConfirmProcessorJob: none,
    UploadAuthority: none,
    CancelDeferral: none,
    LiftRestriction: none,
    OpenDsrCallback: none,
    ReconcileRequests: none,
  };
}

let sfn: LocalStepFunctions | undefined;
afterEach(async () => {
  await sfn?.close();
  sfn = undefined;
});

/** Starts one execution of the real definition; `decide` answers the decision task. */
async function run(options: {
  fakes?: Partial<Record<FunctionName, Fake>>;
  input?: Record<string, unknown>;
  decide?: (taskToken: string, local: LocalStepFunctions) => void;
}) {
  const fakes = { ...defaultFakes(), ...options.fakes };
  const calls: Call[] = [];
  /** Tokens of decision tasks whose notification succeeded, i.e. that are parked. */
  const parked: string[] = [];
  const local = new LocalStepFunctions({
    region: REGION,
    accountId: ACCOUNT,
    retryIntervalOverrides: { '*': 0 },
    invoke: async (arn, payload) => {
      const fn = fnOf(arn);
      calls.push({
        fn,
        payload: structuredClone(payload) as Record<string, unknown>,
      });
      const result = await fakes[fn](payload as Record<string, unknown>);
      if (fn === 'RequestDecision')
        parked.push(String((payload as { taskToken: string }).taskToken));
      return result;
    },
  });
  sfn = local;
  const definition = loadAsl(
    join(ROOT, MACHINE.file),
    substitutionsFor(MACHINE, fnArn),
  );
  const stateMachineArn = local.createStateMachine('DsrWorkflow', definition);
  const { executionArn } = local.startExecution({
    stateMachineArn,
    input: JSON.stringify(options.input ?? INPUT),
  });
  const decide =
    options.decide ??
    ((taskToken, s) => s.sendTaskSuccess({ taskToken, output: APPROVE }));
  const finished = () => {
    const d = local.describeExecution({ executionArn });
    return d.status !== 'RUNNING' && d;
  };
  const parkedOrDone = await waitFor(() => parked[0] ?? finished(), {
    message: 'decision task parked (or execution ended)',
  });
  if (typeof parkedOrDone === 'string') decide(parkedOrDone, local);
  const done = await waitFor(finished, { message: 'execution finished' });
  const of = (fn: FunctionName) =>
    calls.filter((c) => c.fn === fn).map((c) => c.payload);
  return { done, calls, of };
}

/** A waiting task whose wait runs out: answered as the engine answers an expired token. */
const timesOutTask: Fake = (p) => {
  const token = String(p.taskToken);
  setImmediate(() =>
    sfn?.sendTaskFailure({ taskToken: token, error: 'States.Timeout' }),
  );
  return { waiting: true };
};

describe('statemachines/dsr.asl.json on the local engine', () => {
  /** A decision task whose wait runs out: answered as the engine answers an expired token. */
  const timesOut =
    (answerOn?: number): Fake =>
    (p) => {
      const token = String(p.taskToken);
      const attempt = Number(p.attempt);
      setImmediate(() =>
        attempt === answerOn
          ? sfn?.sendTaskSuccess({
              taskToken: token,
              output: APPROVE,
            })
          : sfn?.sendTaskFailure({ taskToken: token, error: 'States.Timeout' }),
      );
      return { sent: true };
    };

  it('asks the merchant again, with a fresh token, each week the decision is not made', async () => {
    const { done, of } = await run({
      fakes: { RequestDecision: timesOut(3) },
      decide: () => undefined,
    });
    const asks = of('RequestDecision');
    expect(asks.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(new Set(asks.map((a) => a.taskToken)).size).toBe(3);
    expect(of('CompleteRequest')).toHaveLength(1);
    expect(done).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('gives up after 13 unanswered weeks: decision phase failed', async () => {
    const { done, of } = await run({
      fakes: { RequestDecision: timesOut() },
      decide: () => undefined,
    });
    expect(of('RequestDecision')).toHaveLength(13);
    expect(of('FailRequest')).toEqual([
      {
        requestId: REQUEST_ID,
        phase: 'decision',
        error: { Error: 'States.Timeout' },
      },
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  it('(a) approve → two jobs succeed → Complete Request gets both results → SUCCEEDED', async () => {
    const { done, calls, of } = await run({});
    expect(done.status).toBe('SUCCEEDED');
    expect(calls.map((c) => c.fn)).toEqual([
      'RequestDecision',
      'PlanJobs',
      'RunProcessorJob',
      'RunProcessorJob',
      'CheckProcessorJobs',
      'CompleteRequest',
    ]);
    expect(of('RequestDecision')).toEqual([
      { requestId: REQUEST_ID, taskToken: expect.any(String), attempt: 1 },
    ]);
    expect(of('PlanJobs')).toEqual([
      { requestId: REQUEST_ID, decisionLink: LINK },
    ]);
    expect(of('RunProcessorJob')).toEqual(
      expect.arrayContaining([
        {
          requestId: REQUEST_ID,
          processorId: 'crm',
          round: 1,
          notBefore: null,
        },
        {
          requestId: REQUEST_ID,
          processorId: 'shop-db',
          round: 1,
          notBefore: null,
        },
      ]),
    );
    expect(of('CheckProcessorJobs')).toEqual([
      {
        requestId: REQUEST_ID,
        round: 1,
        attempt: 1,
        jobs: [job('crm'), job('shop-db')],
        executionStartedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
    expect(of('CompleteRequest')).toEqual([
      { requestId: REQUEST_ID, jobs: [job('crm'), job('shop-db')], round: 1 },
    ]);
    expect(JSON.parse(done.output ?? '{}')).toMatchObject({
      ...INPUT,
      decision: { decision: 'approve', link: LINK },
      completion: { status: 'COMPLETED' },
    });
  });

  it('an operator retry resumes at the jobs without a decision link', async () => {
    const { done, of } = await run({
      input: { ...INPUT, resumeAt: 'jobs' },
      decide: () => undefined,
    });
    expect(of('RequestDecision')).toEqual([]);
    expect(of('PlanJobs')).toEqual([
      { requestId: REQUEST_ID, decisionLink: null },
    ]);
    expect(done.status).toBe('SUCCEEDED');
  });

  it('(b) deny → Send Denial → SUCCEEDED, and planning never runs', async () => {
    const { done, calls, of } = await run({
      decide: (taskToken, s) => s.sendTaskSuccess({ taskToken, output: DENY }),
    });
    expect(done.status).toBe('SUCCEEDED');
    expect(calls.map((c) => c.fn)).toEqual(['RequestDecision', 'DenyRequest']);
    expect(of('DenyRequest')).toEqual([
      { requestId: REQUEST_ID, decisionLink: LINK },
    ]);
    expect(of('PlanJobs')).toEqual([]);
  });

  it('(c) a job retried on TransientError succeeds; a non-retriable one becomes a FAILED outcome', async () => {
    let flaky = 0;
    const { done, of } = await run({
      fakes: {
        RunProcessorJob: (p) => {
          if (p.processorId === 'crm' && ++flaky <= 2)
            throw new TransientError('throttled');
          if (p.processorId === 'shop-db')
            throw new ValidationError('Processor not registered');
          return job(String(p.processorId));
        },
      },
    });
    const runs = of('RunProcessorJob');
    expect(runs.filter((p) => p.processorId === 'crm')).toHaveLength(3); // 2 failures + success
    expect(runs.filter((p) => p.processorId === 'shop-db')).toHaveLength(1); // not retried
    expect(of('CompleteRequest')).toEqual([
      {
        requestId: REQUEST_ID,
        jobs: [
          job('crm'),
          {
            processorId: 'shop-db',
            outcome: 'FAILED',
            records: 0,
            error: 'ValidationError',
          },
        ],
        round: 1,
      },
    ]);
    // …and Complete Request (like the real one) turns it into the jobs failure path.
    expect(of('FailRequest')).toEqual([
      {
        requestId: REQUEST_ID,
        phase: 'jobs',
        error: { Error: 'JobsFailedError' },
      },
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  it('(d) Complete Request throws JobsFailedError → Record Failure (phase jobs) → FAILED RequestFailed', async () => {
    const { done, calls, of } = await run({
      fakes: {
        CompleteRequest: () => {
          throw new JobsFailedError(['crm']);
        },
      },
    });
    expect(of('CompleteRequest')).toHaveLength(1); // not retried
    expect(of('FailRequest')).toEqual([
      {
        requestId: REQUEST_ID,
        phase: 'jobs',
        error: { Error: 'JobsFailedError' },
      },
    ]);
    expect(calls.at(-1)?.fn).toBe('FailRequest');
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  it('(e) the decision task fails (non-retriable) → Record Failure with phase decision', async () => {
    const { done, calls, of } = await run({
      fakes: {
        RequestDecision: () => {
          throw new ValidationError('Invalid task input');
        },
      },
    });
    expect(of('RequestDecision')).toHaveLength(1);
    expect(calls.map((c) => c.fn)).toEqual(['RequestDecision', 'FailRequest']);
    expect(of('FailRequest')).toEqual([
      {
        requestId: REQUEST_ID,
        phase: 'decision',
        error: { Error: 'ValidationError' },
      },
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  it('(e) the decision task is retried on TransientError before it parks', async () => {
    let attempts = 0;
    const { done, of } = await run({
      fakes: {
        RequestDecision: () => {
          if (++attempts === 1) throw new TransientError('mail throttled');
          return { sent: true };
        },
      },
    });
    expect(of('RequestDecision')).toHaveLength(2);
    expect(done.status).toBe('SUCCEEDED');
  });

  it('(f) an unknown decision {decision:"maybe"} → Record Failure with phase decision', async () => {
    const { done, calls, of } = await run({
      decide: (taskToken, s) =>
        s.sendTaskSuccess({ taskToken, output: '{"decision":"maybe"}' }),
    });
    expect(calls.map((c) => c.fn)).toEqual(['RequestDecision', 'FailRequest']);
    expect(of('FailRequest')).toEqual([
      {
        requestId: REQUEST_ID,
        phase: 'decision',
        error: { Error: 'UnknownDecision' },
      },
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  // Without the IsPresent guard in "Merchant Approved?", this output would fail the whole
  // execution with States.Runtime, which no Catch handles, and skip Record Failure.
  it('(f) a decision output without a decision field → phase decision', async () => {
    const { done, of } = await run({
      decide: (taskToken, s) => s.sendTaskSuccess({ taskToken, output: '{}' }),
    });
    expect(of('FailRequest')).toEqual([
      expect.objectContaining({ phase: 'decision' }),
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  it('(f) a decision failed through SendTaskFailure → phase decision', async () => {
    const { done, of } = await run({
      decide: (taskToken, s) =>
        s.sendTaskFailure({ taskToken, error: 'LinkExpired' }),
    });
    expect(of('FailRequest')).toEqual([
      expect.objectContaining({
        phase: 'decision',
        error: expect.objectContaining({ Error: 'LinkExpired' }),
      }),
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  it('a failing Record Failure still ends FAILED RequestFailed (never success)', async () => {
    const { done, of } = await run({
      fakes: {
        PlanJobs: () => {
          throw new ValidationError('bad');
        },
        FailRequest: () => {
          throw new Error('table down');
        },
      },
    });
    expect(of('FailRequest')).toEqual([
      expect.objectContaining({ phase: 'planning' }),
    ]);
    expect(done).toMatchObject({ status: 'FAILED', error: 'RequestFailed' });
  });

  describe('the merchant reviews an access package before release', () => {
    /** Complete Request as with releaseReview: first call waits for review, second releases. */
    const reviewed: Fake = (p) =>
      p.releaseLink === undefined
        ? { status: 'IN_PROGRESS', review: true, round: 1 }
        : { status: 'COMPLETED', round: p.round };
    /** The review task answers `output` on the attempt given, times out before it. */
    const review =
      (output: Record<string, unknown>, answerOn = 1): Fake =>
      (p) => {
        const token = String(p.taskToken);
        setImmediate(() =>
          Number(p.attempt) === answerOn
            ? sfn?.sendTaskSuccess({
                taskToken: token,
                output: JSON.stringify(output),
              })
            : sfn?.sendTaskFailure({
                taskToken: token,
                error: 'States.Timeout',
              }),
        );
        return null;
      };

    it('release: Release Package runs Complete Request again with the link that resumed it', async () => {
      const { done, of } = await run({
        fakes: {
          CompleteRequest: reviewed,
          RequestRelease: review({ release: 'approve', link: LINK }),
        },
      });
      expect(done.status).toBe('SUCCEEDED');
      expect(of('RequestRelease')).toEqual([
        expect.objectContaining({ requestId: REQUEST_ID, attempt: 1 }),
      ]);
      const completes = of('CompleteRequest');
      expect(completes).toHaveLength(2);
      expect(completes[0]?.releaseLink).toBeUndefined();
      expect(completes[1]).toMatchObject({
        requestId: REQUEST_ID,
        releaseLink: LINK,
        round: 1,
      });
    });

    it('asks again each unanswered week with a fresh token, then gives up: release phase failed', async () => {
      const again = await run({
        fakes: {
          CompleteRequest: reviewed,
          RequestRelease: review({ release: 'deny', link: LINK }, 3),
        },
      });
      expect(again.done.status).toBe('SUCCEEDED');
      const asks = again.of('RequestRelease');
      expect(asks.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(new Set(asks.map((a) => a.taskToken)).size).toBe(3);
      await sfn?.close();

      const never = await run({
        fakes: {
          CompleteRequest: reviewed,
          RequestRelease: review({}, 99),
        },
      });
      expect(never.of('RequestRelease')).toHaveLength(13);
      expect(never.of('FailRequest')).toEqual([
        {
          requestId: REQUEST_ID,
          phase: 'release',
          error: { Error: 'States.Timeout' },
        },
      ]);
      expect(never.done).toMatchObject({
        status: 'FAILED',
        error: 'RequestFailed',
      });
    });

    it('a failing release step records a completion failure', async () => {
      const { done, of } = await run({
        fakes: {
          CompleteRequest: (p) => {
            if (p.releaseLink === undefined) return reviewed(p);
            throw new Error('boom');
          },
          RequestRelease: review({ release: 'approve', link: LINK }),
        },
      });
      expect(of('FailRequest')).toEqual([
        expect.objectContaining({ phase: 'completion' }),
      ]);
      expect(done).toMatchObject({ status: 'FAILED' });
    });
  });

  describe('(g) tasks receive references only, never personal data', () => {
    /** Exactly the keys each task may receive. */
    const ALLOWED: Partial<Record<FunctionName, string[]>> = {
      RequestDecision: ['attempt', 'requestId', 'taskToken'],
      PlanJobs: ['decisionLink', 'requestId'],
      RunProcessorJob: ['notBefore', 'processorId', 'requestId', 'round'],
      CheckProcessorJobs: [
        'attempt',
        'executionStartedAt',
        'jobs',
        'requestId',
        'round',
      ],
      AwaitProcessorJobs: ['attempt', 'requestId', 'round', 'taskToken'],
      ContinueExecution: [
        'execution',
        'merchantId',
        'requestId',
        'resumeAt',
        'round',
        'stateMachineArn',
        'type',
      ],
      CompleteRequest: ['jobs', 'requestId', 'round'],
      DenyRequest: ['decisionLink', 'requestId'],
      FailRequest: ['error', 'phase', 'requestId'],
    };
    const JOB_KEYS = [
      'error',
      'holdUntil',
      'outcome',
      'partKey',
      'processorId',
      'records',
    ];
    const throwing = (error: Error) => () => {
      throw error;
    };

    const scenarios = {
      approve: {},
      deny: {
        decide: (t: string, s: LocalStepFunctions) =>
          s.sendTaskSuccess({ taskToken: t, output: DENY }),
      },
      'failed job': {
        fakes: { RunProcessorJob: throwing(new ValidationError('x')) },
      },
      'failed plan': {
        fakes: { PlanJobs: throwing(new ValidationError('x')) },
      },
      'failed denial': {
        decide: (t: string, s: LocalStepFunctions) =>
          s.sendTaskSuccess({ taskToken: t, output: DENY }),
        fakes: { DenyRequest: throwing(new ValidationError('x')) },
      },
      'failed completion': {
        fakes: { CompleteRequest: throwing(new ValidationError('x')) },
      },
      'waited for, then continued': {
        fakes: {
          CheckProcessorJobs: (p: Record<string, unknown>) =>
            p.attempt === 1
              ? { next: 'wait', seconds: 60, attempt: p.attempt }
              : { next: 'continue', attempt: p.attempt },
          AwaitProcessorJobs: timesOutTask,
        },
      },
      'deferred, then continued': {
        fakes: {
          CompleteRequest: () => ({
            status: 'DEFERRED',
            wakeAt: new Date().toISOString(),
            round: 1,
          }),
        },
      },
    } satisfies Record<string, Parameters<typeof run>[0]>;

    it.each(Object.entries(scenarios))(
      '%s: only the expected keys reach each task',
      async (_, scenario) => {
        const { calls } = await run(scenario);
        expect(calls.length).toBeGreaterThan(1);
        for (const { fn, payload } of calls) {
          expect(Object.keys(payload).sort(), fn).toEqual(ALLOWED[fn]);
          expect(payload.requestId, fn).toBe(REQUEST_ID);
          for (const j of (payload.jobs ?? []) as Record<string, unknown>[])
            expect(JOB_KEYS, fn).toEqual(
              expect.arrayContaining(Object.keys(j)),
            );
          if (fn === 'FailRequest')
            // Only the error name: a Cause can quote data.
            expect(Object.keys(payload.error as object)).toEqual(['Error']);
        }
      },
    );

    it('does not forward input it should not carry (canary fields never reach a task)', async () => {
      const canary = {
        subjectEmail: 'aino.virtanen@example.com',
        subjectName: 'Aino Virtanen',
      };
      for (const scenario of Object.values(scenarios)) {
        const { calls } = await run({
          ...scenario,
          input: { ...INPUT, ...canary },
        });
        const sent = JSON.stringify(calls);
        expect(sent).not.toContain('aino');
        expect(sent).not.toContain('Aino');
        await sfn?.close();
        sfn = undefined;
      }
    });
  });

  describe("the round's checks, and erasures deferred by a legal hold", () => {
    const PAST = new Date(Date.now() - 1000).toISOString();
    const pendingJob = (processorId: string) => ({
      processorId,
      outcome: 'PENDING',
      records: 0,
    });

    it('contacts every processor before any wait: twelve pending jobs do not hold each other', async () => {
      // Prepare: twelve processors, each answering later; the wait is resumed as the last answer would.
      const ids = Array.from({ length: 12 }, (_, i) => `p${i}`);
      const { done, calls, of } = await run({
        fakes: {
          PlanJobs: () => ({
            next: 'run',
            jobs: ids.map((processorId) => ({ processorId })),
            round: 1,
            notBefore: null,
          }),
          RunProcessorJob: (p) => pendingJob(String(p.processorId)),
          CheckProcessorJobs: (p) =>
            Number(p.attempt) === 1
              ? { next: 'wait', seconds: 86_400, attempt: p.attempt }
              : { next: 'done', attempt: p.attempt },
          AwaitProcessorJobs: (p) => {
            setImmediate(() =>
              sfn?.sendTaskSuccess({
                taskToken: String(p.taskToken),
                output: JSON.stringify({ round: 1 }),
              }),
            );
            return { waiting: true };
          },
        },
      });
      // Assess: all twelve first contacts, then one check and one wait for the whole round.
      expect(done.status).toBe('SUCCEEDED');
      const order = calls.map((c) => c.fn);
      expect(order.slice(2, 14)).toEqual(Array(12).fill('RunProcessorJob'));
      expect(order.slice(14)).toEqual([
        'CheckProcessorJobs',
        'AwaitProcessorJobs',
        'CheckProcessorJobs',
        'CompleteRequest',
      ]);
      expect(of('AwaitProcessorJobs')).toEqual([
        {
          requestId: REQUEST_ID,
          round: 1,
          taskToken: expect.any(String),
          attempt: 1,
        },
      ]);
      expect(of('CheckProcessorJobs').map((c) => c.attempt)).toEqual([1, 2]);
      expect(of('CompleteRequest')[0]?.jobs).toEqual(ids.map(pendingJob));
    });

    it('waits between checks with a fresh token each, as long as the check says', async () => {
      const { done, of } = await run({
        fakes: {
          RunProcessorJob: (p) => pendingJob(String(p.processorId)),
          CheckProcessorJobs: (p) =>
            Number(p.attempt) < 4
              ? {
                  next: 'wait',
                  seconds: 60 * Number(p.attempt),
                  attempt: p.attempt,
                }
              : { next: 'done', attempt: p.attempt },
          AwaitProcessorJobs: timesOutTask,
        },
      });
      expect(done.status).toBe('SUCCEEDED');
      const waits = of('AwaitProcessorJobs');
      expect(waits.map((w) => w.attempt)).toEqual([1, 2, 3]);
      expect(new Set(waits.map((w) => w.taskToken)).size).toBe(3);
      expect(of('CheckProcessorJobs').map((c) => c.attempt)).toEqual([
        1, 2, 3, 4,
      ]);
      expect(of('CompleteRequest')).toHaveLength(1);
    });

    it('after 200 checks, goes on checking the round in the next execution and ends this one', async () => {
      const { done, of } = await run({
        fakes: {
          RunProcessorJob: (p) => pendingJob(String(p.processorId)),
          CheckProcessorJobs: (p) => ({
            next: 'wait',
            seconds: 86_400,
            attempt: p.attempt,
          }),
          AwaitProcessorJobs: timesOutTask,
        },
      });
      expect(done.status).toBe('SUCCEEDED');
      expect(of('CheckProcessorJobs')).toHaveLength(200);
      expect(of('CompleteRequest')).toEqual([]);
      expect(of('ContinueExecution')).toEqual([
        {
          requestId: REQUEST_ID,
          merchantId: 'lastu',
          type: 'access',
          resumeAt: 'checks',
          round: 1,
          execution: expect.any(String),
          stateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:DsrWorkflow`,
        },
      ]);
      expect(JSON.parse(done.output ?? '{}').checks).toMatchObject({
        attempt: 200,
      });
    });

    it('goes on in the next execution when the check says the wait would pass its age limit', async () => {
      const { done, of } = await run({
        fakes: {
          RunProcessorJob: (p) => pendingJob(String(p.processorId)),
          CheckProcessorJobs: (p) => ({ next: 'continue', attempt: p.attempt }),
        },
      });
      expect(done.status).toBe('SUCCEEDED');
      expect(of('AwaitProcessorJobs')).toEqual([]);
      expect(of('ContinueExecution')).toEqual([
        expect.objectContaining({ resumeAt: 'checks', round: 1 }),
      ]);
    });

    it('a continued execution checks the round again without dispatching it', async () => {
      const { done, calls, of } = await run({
        input: { ...INPUT, resumeAt: 'checks', round: 2 },
      });
      expect(done.status).toBe('SUCCEEDED');
      expect(calls.map((c) => c.fn)).toEqual([
        'CheckProcessorJobs',
        'CompleteRequest',
      ]);
      expect(of('CheckProcessorJobs')).toEqual([
        expect.objectContaining({ round: 2, attempt: 1, jobs: [] }),
      ]);
      expect(of('CompleteRequest')).toEqual([
        { requestId: REQUEST_ID, jobs: [], round: 2 },
      ]);
    });

    it('a failing check or wait fails the jobs phase', async () => {
      const check = await run({
        fakes: {
          CheckProcessorJobs: () => {
            throw new ValidationError('bad');
          },
        },
      });
      expect(check.of('FailRequest')).toEqual([
        {
          requestId: REQUEST_ID,
          phase: 'jobs',
          error: { Error: 'ValidationError' },
        },
      ]);
      await sfn?.close();
      const wait = await run({
        fakes: {
          CheckProcessorJobs: (p) => ({
            next: 'wait',
            seconds: 60,
            attempt: p.attempt,
          }),
          AwaitProcessorJobs: () => {
            throw new ValidationError('bad');
          },
        },
      });
      expect(wait.of('FailRequest')).toEqual([
        expect.objectContaining({ phase: 'jobs' }),
      ]);
      expect(wait.done).toMatchObject({
        status: 'FAILED',
        error: 'RequestFailed',
      });
    });

    it('a deferred erasure continues in the next execution, which waits, waits again and re-runs the held jobs as round 2', async () => {
      // Act: the first execution reports and hands the deferral on.
      const first = await run({
        fakes: {
          CompleteRequest: (p) => ({
            status: 'DEFERRED',
            wakeAt: PAST,
            round: p.round,
          }),
        },
      });
      // Assess
      expect(first.done.status).toBe('SUCCEEDED');
      expect(first.of('PlanDeferredJobs')).toEqual([]);
      expect(first.of('ContinueExecution')).toEqual([
        {
          requestId: REQUEST_ID,
          merchantId: 'lastu',
          type: 'access',
          resumeAt: 'deferral',
          round: 1,
          execution: expect.any(String),
          stateMachineArn: expect.stringContaining(':stateMachine:DsrWorkflow'),
        },
      ]);
      await sfn?.close();

      // Act: the execution it started.
      let plans = 0;
      const next = await run({
        input: { ...INPUT, resumeAt: 'deferral', round: 1 },
        fakes: {
          CompleteRequest: (p) => ({ status: 'COMPLETED', round: p.round }),
          PlanDeferredJobs: (p) =>
            ++plans < 3
              ? { next: 'wait', wakeAt: PAST, round: p.round }
              : {
                  next: 'run',
                  jobs: [{ processorId: 'shop-db' }],
                  round: 2,
                  notBefore: p.wakeAt,
                },
        },
      });
      // Assess
      expect(next.done.status).toBe('SUCCEEDED');
      expect(next.of('PlanDeferredJobs')).toEqual([
        { requestId: REQUEST_ID, wakeAt: expect.any(String), round: 1 },
        { requestId: REQUEST_ID, wakeAt: PAST, round: 1 },
        { requestId: REQUEST_ID, wakeAt: PAST, round: 1 },
      ]);
      expect(next.of('RunProcessorJob')).toEqual([
        {
          requestId: REQUEST_ID,
          processorId: 'shop-db',
          round: 2,
          notBefore: PAST,
        },
      ]);
      expect(next.of('CheckProcessorJobs')).toEqual([
        expect.objectContaining({ round: 2, jobs: [job('shop-db')] }),
      ]);
      expect(next.of('CompleteRequest').map((c) => c.round)).toEqual([2]);
    });

    it('a failing continuation fails its phase: the jobs, or the deferral', async () => {
      const failing = () => {
        throw new ValidationError('not this request');
      };
      const checks = await run({
        fakes: {
          CheckProcessorJobs: (p) => ({ next: 'continue', attempt: p.attempt }),
          ContinueExecution: failing,
        },
      });
      expect(checks.of('FailRequest')).toEqual([
        expect.objectContaining({ phase: 'jobs' }),
      ]);
      await sfn?.close();
      const deferral = await run({
        fakes: {
          CompleteRequest: () => ({
            status: 'DEFERRED',
            wakeAt: PAST,
            round: 1,
          }),
          ContinueExecution: failing,
        },
      });
      expect(deferral.of('FailRequest')).toEqual([
        expect.objectContaining({ phase: 'deferral' }),
      ]);
      expect(deferral.done).toMatchObject({ status: 'FAILED' });
    });

    it('a lost deferral resumes at Plan Deferred Jobs with its round, then re-runs only the held jobs', async () => {
      const { done, calls, of } = await run({
        input: { ...INPUT, type: 'erasure', resumeAt: 'deferral', round: 2 },
        fakes: {
          PlanDeferredJobs: (p) => ({
            next: 'run',
            jobs: [{ processorId: 'shop-db' }],
            round: Number(p.round) + 1,
            notBefore: p.wakeAt,
          }),
        },
      });
      expect(done.status).toBe('SUCCEEDED');
      expect(calls.map((c) => c.fn)).toEqual([
        'PlanDeferredJobs',
        'RunProcessorJob',
        'CheckProcessorJobs',
        'CompleteRequest',
      ]);
      // The execution's start is the earliest wake: a timestamp, never personal data.
      const [plan] = of('PlanDeferredJobs');
      expect(plan).toEqual({
        requestId: REQUEST_ID,
        wakeAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        round: 2,
      });
      expect(of('RunProcessorJob')).toEqual([
        {
          requestId: REQUEST_ID,
          processorId: 'shop-db',
          round: 3,
          notBefore: plan?.wakeAt,
        },
      ]);
      expect(of('CompleteRequest').map((c) => c.round)).toEqual([3]);
    });

    it('a deferral resume without its round asks the merchant instead of guessing a round', async () => {
      const { of } = await run({
        input: { ...INPUT, type: 'erasure', resumeAt: 'deferral' },
      });
      expect(of('PlanDeferredJobs')).toEqual([]);
      expect(of('RequestDecision')).toHaveLength(1);
    });

    it('a deferral execution ends when the merchant cancelled the deferred part', async () => {
      const { done, calls } = await run({
        input: { ...INPUT, type: 'erasure', resumeAt: 'deferral', round: 1 },
        fakes: { PlanDeferredJobs: () => ({ next: 'done' }) },
      });
      expect(done.status).toBe('SUCCEEDED');
      expect(calls.map((c) => c.fn)).toEqual(['PlanDeferredJobs']);
    });
  });
});
