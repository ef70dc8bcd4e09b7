import { describe, expect, it } from 'vitest';
import { createLocalInvoker } from '../../../infra/local/lambda-runtime.ts';
import { FUNCTIONS } from '../../../infra/wiring.ts';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const probe = {
  entry: 'tests/unit/local/fixtures/probe.handler.ts',
  description: 'probe',
  access: [],
  memoryMb: 128,
};
const invoker = createLocalInvoker({
  region: REGION,
  accountId: ACCOUNT,
  functions: {
    Probe: { ...probe, timeoutSeconds: 5 },
    Quick: { ...probe, timeoutSeconds: 0.05 },
  },
});

describe('createLocalInvoker', () => {
  it('builds function ARNs for the wiring table', () => {
    const real = createLocalInvoker({
      region: REGION,
      accountId: ACCOUNT,
      functions: FUNCTIONS,
    });
    expect(real.functionArn('PlanJobs')).toBe(
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:PlanJobs`,
    );
  });

  it('round-trips the payload and result through JSON and passes a Lambda context', async () => {
    const arn = invoker.functionArn('Probe');
    const result = (await invoker.invoke(`${arn}:$LATEST`, {
      action: 'echo',
      when: new Date(0),
      skip: undefined,
    })) as Record<string, unknown>;
    expect(result.event).toEqual({
      action: 'echo',
      when: '1970-01-01T00:00:00.000Z',
    });
    expect(result.at).toBe('1970-01-01T00:00:00.000Z');
    expect(result).toMatchObject({
      name: 'Probe',
      arn: `${arn}:$LATEST`,
      memory: '128',
    });
    expect(result.remaining).toBeGreaterThan(4000);
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await invoker.invoke('Probe', { action: 'nothing' })).toBeNull();
  });

  it('preserves the error name and gives an AWS-style cause', async () => {
    const error = await invoker
      .invoke('Probe', { action: 'throw' })
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TransientError');
    expect(JSON.parse((error as Error).message)).toMatchObject({
      errorType: 'TransientError',
      errorMessage: 'processor unavailable',
    });
  });

  it('enforces the function timeout', async () => {
    await expect(
      invoker.invoke('Quick', { action: 'hang' }),
    ).rejects.toMatchObject({
      name: 'Sandbox.Timedout',
    });
  });

  it('settles once every handler run has ended, even one past its timeout', async () => {
    // Prepare: a handler that outlives its 50 ms timeout until the gate opens (a fresh
    // invoker: the other tests leave a handler hanging for good)
    const invoker = createLocalInvoker({
      region: REGION,
      accountId: ACCOUNT,
      functions: { Quick: { ...probe, timeoutSeconds: 0.05 } },
    });
    let open = () => {};
    (globalThis as { probeGate?: Promise<void> }).probeGate = new Promise(
      (done) => {
        open = done;
      },
    );
    await expect(
      invoker.invoke('Quick', { action: 'gate' }),
    ).rejects.toMatchObject({ name: 'Sandbox.Timedout' });

    // Act
    let settled = false;
    const waiting = invoker.settled().then(() => {
      settled = true;
    });
    await Promise.resolve();
    const before = settled;
    open();
    await waiting;

    // Assess
    expect(before).toBe(false);
    expect(settled).toBe(true);
  });

  it('rejects unknown functions', async () => {
    await expect(
      invoker.invoke(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:Nope`, {}),
    ).rejects.toMatchObject({
      name: 'Lambda.ResourceNotFoundException',
    });
    await expect(
      invoker.invoke(
        'arn:aws:lambda:us-east-1:000000000000:function:Probe',
        {},
      ),
    ).rejects.toMatchObject({
      name: 'Lambda.ResourceNotFoundException',
    });
  });

  it('counts invocations, errors, timeouts and durations', async () => {
    invoker.resetStats();
    await invoker.invoke('Probe', { action: 'echo' });
    await invoker.invoke('Probe', { action: 'throw' }).catch(() => {});
    await invoker.invoke('Quick', { action: 'hang' }).catch(() => {});
    const stats = invoker.stats();
    expect(stats.Probe).toMatchObject({
      invocations: 2,
      errors: 1,
      timeouts: 0,
    });
    expect(stats.Quick).toMatchObject({
      invocations: 1,
      errors: 1,
      timeouts: 1,
    });
    expect(stats.Quick?.maxMs).toBeGreaterThanOrEqual(40);
    expect(stats.Probe?.avgMs).toBeCloseTo((stats.Probe?.totalMs ?? 0) / 2);
  });
});
