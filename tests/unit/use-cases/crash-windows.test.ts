/**
 * A process that dies at any point of a closing step (Complete Request, Record Failure) leaves
 * nothing owed for good: the step's retry (Step Functions) or, when the execution died with the
 * process (the local engine killed), the reconciler brings the request to the same end as a run
 * that never crashed: the same events once each, every email once (twice only in sendOnce's
 * documented window: a death after the mailer accepted it and before its SENT record).
 *
 * The crash is a port that dies at its n-th call, before or after doing it; every call after it
 * fails too, as nothing runs in a dead process. n runs over every call the clean run makes.
 */
import { describe, expect, it } from 'vitest';
import { MemoryExecutions } from '#adapters/memory/memory-ops.ts';
import type { DsrRequest } from '#domain/request.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { failRequest } from '#use-cases/fail-request.ts';
import { reconcileRequests } from '#use-cases/reconcile-requests.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';
import { readyToComplete } from '../../helpers/flows.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

const START = new Date('2026-03-15T10:00:00Z');
/** The ports a process does I/O through (clock and metrics are in-process). */
const IO = [
  'requests',
  'audit',
  'links',
  'merchants',
  'mailer',
  'sentMail',
  'exports',
] as const;

class ProcessDied extends Error {}

interface Crash {
  /** The call at which the process dies (1-based); Infinity: it does not. */
  at: number;
  when: 'before' | 'after';
}

/** `ports` whose I/O dies at `crash`; `calls` names each call made, in order. */
function dying(ports: Ports, crash: Crash) {
  const calls: string[] = [];
  let dead = false;
  const wrap = (name: string, port: object) =>
    new Proxy(port, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (dead) throw new ProcessDied();
          calls.push(`${name}.${String(prop)}`);
          if (calls.length === crash.at && crash.when === 'before') {
            dead = true;
            throw new ProcessDied();
          }
          const out = value.apply(target, args);
          if (calls.length !== crash.at) return out;
          dead = true;
          if (!(out instanceof Promise)) throw new ProcessDied();
          return out.then(() => {
            throw new ProcessDied();
          });
        };
      },
    });
  const wrapped = { ...ports } as Record<string, unknown>;
  for (const name of IO) wrapped[name] = wrap(name, ports[name]);
  return { ports: wrapped as unknown as Ports, calls };
}

type Recovery = 'retry' | 'lost';

/**
 * After the death: `retry`, Step Functions runs the step again; `lost`, the execution died with
 * the process, and the reconciler (after its grace) restarts the request or records what its
 * closing owes; a restarted execution runs the step again (its jobs are done).
 */
async function recover(
  ports: Ports,
  recovery: Recovery,
  step: () => Promise<unknown>,
) {
  const executions = new MemoryExecutions(ports.clock);
  const reconcile = () =>
    reconcileRequests(
      { now: ports.clock.now().toISOString() },
      { ...ports, executions },
    );
  ports.clock.advance(10 * 60_000);
  if (recovery === 'retry') await step();
  else {
    await reconcile();
    if (executions.executions.some((e) => e.status === 'RUNNING')) {
      await step();
      executions.executions.forEach((e) => {
        e.status = 'SUCCEEDED';
      });
    }
  }
  ports.clock.advance(10 * 60_000);
  return reconcile();
}

/** Instants in keys and purposes: a retry ten minutes later names its failure by its own. */
const timeless = (text: string) =>
  text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<at>');

/** What a closing leaves: events by type and key, emails by purpose, since `since`. */
async function outcome(
  ports: Ports,
  requestId: string,
  since: { events: number; mails: number },
) {
  const events = (await ports.audit.list(requestId))
    .slice(since.events)
    // The reconciler's own record of a restart is not the closing's.
    .filter((e) => e.type !== 'ExecutionResumed')
    .map((e) => timeless(`${e.type}:${e.key ?? ''}`))
    .sort();
  const mails = ports.mailer.sent
    .slice(since.mails)
    .map((m) => timeless(m.tags?.purpose ?? '?'))
    .sort();
  const request = (await ports.requests.get(requestId)) as DsrRequest;
  const far = '9999-12-31T23:59:59.999Z';
  const place = (
    await Promise.all(
      (['OPEN', 'RETAINED', 'AFTERMATH'] as const).map(async (p) =>
        (
          await ports.requests.findScheduled(p, far)
        ).some((r) => r.requestId === requestId)
          ? p
          : '',
      ),
    )
  ).filter(Boolean);
  return {
    status: request.status,
    owed: request.pendingAftermath,
    place,
    events,
    mails,
  };
}

interface Scenario {
  name: string;
  /** A fresh request brought to the step; returns the step. */
  prepare(ports: Ports): Promise<{
    requestId: string;
    step: (ports: Ports) => Promise<unknown>;
  }>;
}

const completing = (
  type: DsrRequest['type'],
  extra: Record<string, unknown> = {},
): Scenario => ({
  name: `Complete Request (${type})`,
  async prepare(ports) {
    const { requestId, jobs } = await readyToComplete(ports, type, extra);
    return {
      requestId,
      step: (p) => completeRequest({ requestId, jobs }, p),
    };
  },
});

const failing: Scenario = {
  name: 'Record Failure',
  async prepare(ports) {
    const { requestId } = await readyToComplete(ports, 'rectification', {
      details: 'My last name is misspelt.',
    });
    const input = {
      requestId,
      phase: 'jobs',
      error: { Error: 'JobsFailedError' },
    };
    return { requestId, step: (p) => failRequest(input, p) };
  },
};

/** The scenario run once without a crash, then with a death at each call and each recovery. */
async function crashEverywhere(scenario: Scenario) {
  const run = async (crash: Crash, recovery: Recovery) => {
    const { ports } = await seededMemoryPorts(START);
    const { requestId, step } = await scenario.prepare(ports);
    const since = {
      events: (await ports.audit.list(requestId)).length,
      mails: ports.mailer.sent.length,
    };
    const dead = dying(ports, crash);
    const died = await step(dead.ports).then(
      () => false,
      (error: unknown) => {
        if (error instanceof ProcessDied) return true;
        throw error;
      },
    );
    const summary = died
      ? await recover(ports, recovery, () => step(ports))
      : undefined;
    return {
      calls: dead.calls,
      summary,
      ...(await outcome(ports, requestId, since)),
    };
  };
  const clean = await run(
    { at: Number.POSITIVE_INFINITY, when: 'after' },
    'retry',
  );
  const cases = [];
  for (let at = 1; at <= clean.calls.length; at++)
    for (const when of ['before', 'after'] as const)
      for (const recovery of ['retry', 'lost'] as const)
        cases.push({
          label: `${when} ${clean.calls[at - 1]} (call ${at}), ${recovery}`,
          died: clean.calls[at - 1],
          when,
          ...(await run({ at, when }, recovery)),
        });
  return { clean, cases };
}

describe('a process that dies while closing a request', () => {
  for (const scenario of [
    completing('access'),
    completing('rectification', {
      corrections: [{ field: 'name', value: 'Aino Korhonen' }],
    }),
    completing('erasure'),
    failing,
  ])
    it(`${scenario.name}: every crash point ends as the clean run, each event and email once`, async () => {
      // Prepare, Act
      const { clean, cases } = await crashEverywhere(scenario);

      // Assess: the clean run closes, owes nothing, and waits where its status belongs.
      expect(['COMPLETED', 'FAILED']).toContain(clean.status);
      expect(clean.owed).toBeUndefined();
      expect(clean.place).toEqual([
        clean.status === 'FAILED' ? 'OPEN' : 'RETAINED',
      ]);
      expect(clean.calls).toContain('requests.transition');
      expect(cases.length).toBeGreaterThan(20);
      for (const c of cases) {
        // sendOnce's documented window: the mailer accepted it, its SENT record was not written.
        const resent =
          (c.when === 'after' && c.died === 'mailer.send') ||
          (c.when === 'before' && c.died === 'sentMail.markSent');
        const mails = resent
          ? c.mails.filter((m, i) => c.mails.indexOf(m) !== i)
          : [];
        expect(
          {
            status: c.status,
            owed: c.owed,
            place: c.place,
            events: c.events,
            mails: c.mails,
          },
          c.label,
        ).toEqual({
          status: clean.status,
          owed: undefined,
          place: clean.place,
          events: clean.events,
          mails: [...clean.mails, ...mails].sort(),
        });
        expect(mails.length, c.label).toBeLessThanOrEqual(1);
      }
    });

  it('a death just after the COMPLETED write: the reconciler records RequestCompleted once, after its grace', async () => {
    // Prepare: the status is written, the process dies before anything after it (the call
    // number of the write, from a run that does not die).
    const probe = await seededMemoryPorts(START);
    const counted = dying(probe.ports, {
      at: Number.POSITIVE_INFINITY,
      when: 'after',
    });
    await completeRequest(
      await readyToComplete(probe.ports, 'access'),
      counted.ports,
    );
    const { ports } = await seededMemoryPorts(START);
    const { requestId, jobs } = await readyToComplete(ports, 'access');
    const dead = dying(ports, {
      at: counted.calls.indexOf('requests.transition') + 1,
      when: 'after',
    });
    await expect(
      completeRequest({ requestId, jobs }, dead.ports),
    ).rejects.toBeInstanceOf(ProcessDied);
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'COMPLETED',
      pendingAftermath: 'RequestCompleted',
    });
    const executions = new MemoryExecutions(ports.clock);
    const reconcile = () =>
      reconcileRequests(
        { now: ports.clock.now().toISOString() },
        { ...ports, executions },
      );

    // Act
    const within = await reconcile();
    ports.clock.advance(3 * 60_000);
    const first = await reconcile();
    const second = await reconcile();

    // Assess
    const completed = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'RequestCompleted',
    );
    expect(within).toMatchObject({ read: 0, repaired: 0 });
    expect(first).toMatchObject({ read: 1, repaired: 1, resumed: 0 });
    expect(second).toMatchObject({ read: 0, repaired: 0 });
    expect(completed).toHaveLength(1);
    const request = await ports.requests.get(requestId);
    expect(completed[0]?.at).toBe(request?.completedAt);
    expect(request).toMatchObject({ status: 'COMPLETED' });
    expect(request?.pendingAftermath).toBeUndefined();
    expect(
      ports.mailer.sent.filter((m) => m.tags?.purpose === 'result:package'),
    ).toHaveLength(1);
    expect(executions.executions).toEqual([]);
  });
});
