/**
 * A process that dies at any point of a closing step (Complete Request, Record Failure, Deny,
 * the operator's cancel, the deadline sweep's expiry, the merchant's cancellation of a deferred
 * erasure) leaves
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
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import { InvalidTransitionError, LinkGoneError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { cancelDeferral } from '#use-cases/cancel-deferral.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { denyRequest } from '#use-cases/deny-request.ts';
import { failRequest } from '#use-cases/fail-request.ts';
import { issueLink } from '#use-cases/links.ts';
import { cancelRequest } from '#use-cases/ops/cancel-request.ts';
import { reconcileRequests } from '#use-cases/reconcile-requests.ts';
import { decideRelease, requestRelease } from '#use-cases/release-review.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import {
  SweepIncompleteError,
  sweepDeadlines,
} from '#use-cases/sweep-deadlines.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';
import {
  approvedAndPlanned,
  readyToComplete,
  refused,
} from '../../helpers/flows.ts';

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
      (['UNVERIFIED', 'OPEN', 'RETAINED', 'AFTERMATH'] as const).map(
        async (p) =>
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
  /** Where the request waits once closed (index partitions; none once expired). */
  place: string[];
  /** The event the closing records, when it is not `RequestCompleted` or `Request…`. */
  closingEvent?: string;
  /** How a death is recovered from; both unless the step has no execution to lose. */
  recoveries?: Recovery[];
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
  place: ['RETAINED'],
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
  place: ['OPEN'],
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

const denying: Scenario = {
  name: 'Deny',
  place: ['RETAINED'],
  async prepare(ports) {
    const { requestId, decisionLink } = await refused(ports, 'access');
    return {
      requestId,
      step: (p) => denyRequest({ requestId, decisionLink }, p),
    };
  },
};

/** The merchant withholds a reviewed access package: the release step ends the request DENIED. */
const withholding: Scenario = {
  name: 'Complete Request (package withheld)',
  place: ['RETAINED'],
  async prepare(ports) {
    const merchant = (await ports.merchants.get('lastu')) as MerchantConfig;
    await ports.merchants.put({ ...merchant, releaseReview: true });
    const { requestId, jobs } = await readyToComplete(ports, 'access');
    await completeRequest({ requestId, jobs }, ports);
    const token = `release-${requestId}`;
    (ports.workflow as MemoryWorkflow).waiting.add(token);
    await requestRelease({ requestId, taskToken: token }, ports);
    await decideRelease(
      linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'release'),
      { release: 'withhold', reason: 'It names another customer.' },
      ports,
    );
    const releaseLink = String(
      (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link,
    );
    return {
      requestId,
      step: (p) => completeRequest({ requestId, jobs, releaseLink }, p),
    };
  },
};

/** `ops cancel` of a request whose jobs run; after a death the operator runs it again. */
const cancelling: Scenario = {
  name: 'ops cancel',
  place: ['RETAINED'],
  recoveries: ['retry'],
  async prepare(ports) {
    const { requestId } = await approvedAndPlanned(ports, 'erasure');
    const executions = new MemoryExecutions(ports.clock);
    executions.add(requestId, 'RUNNING');
    return {
      requestId,
      // A rerun of a cancel that was recorded in full is told so, and changes nothing.
      step: (p) =>
        cancelRequest(
          { requestId, reason: 'duplicate' },
          { ...p, executions },
        ).catch((error: unknown) => {
          if (!/already CANCELLED/.test(String(error))) throw error;
        }),
    };
  },
};

/**
 * The deadline sweep expiring a request never verified; after a death the next sweep runs (a
 * sweep that lost items throws, as a dead process does).
 */
const expiring: Scenario = {
  name: 'Expiry (deadline sweep)',
  place: [],
  recoveries: ['retry'],
  async prepare(ports) {
    const { requestId } = await submitRequest(
      { merchant: 'lastu', type: 'access', email: 'aino.virtanen@example.com' },
      ports,
    );
    const { verifyBy } = (await ports.requests.get(requestId)) as DsrRequest;
    ports.clock.advance(
      Date.parse(verifyBy ?? '') - ports.clock.now().getTime() + 60_000,
    );
    return {
      requestId,
      step: (p) =>
        sweepDeadlines({ now: ports.clock.now().toISOString() }, p).catch(
          (error: unknown) => {
            throw error instanceof SweepIncompleteError
              ? new ProcessDied()
              : error;
          },
        ),
    };
  },
};

/**
 * The merchant keeps a deferred erasure's held data by the emailed link: after a death the
 * merchant posts again (told the link is used once the status is written) and the reconciler
 * finishes what the write owes (the shopper's notice, its events).
 */
const keepingDeferred: Scenario = {
  name: 'Cancel Deferral (merchant link)',
  place: ['RETAINED'],
  closingEvent: 'DeferralCancelled:deferral-cancelled',
  // No execution runs the step: after a death the merchant posts again (then the reconciler).
  recoveries: ['retry'],
  async prepare(ports) {
    const { requestId } = await approvedAndPlanned(ports, 'erasure');
    const merchant = (await ports.merchants.get('lastu')) as MerchantConfig;
    await ports.requests.transition(requestId, ['IN_PROGRESS'], 'DEFERRED', {
      deferral: {
        until: '2026-09-01',
        processorIds: [merchant.processors[0]?.processorId ?? ''],
      },
    });
    const link = await issueLink('deferral', requestId, ports);
    const secret = link.url.split('/').at(-1) ?? '';
    const body = {
      reason: 'A payment dispute is open.',
      keepGround: 'legal-claims',
      keepUntil: '2027-01-01',
    };
    return {
      requestId,
      step: (p) =>
        cancelDeferral(secret, body, p).catch((error: unknown) => {
          if (!(error instanceof LinkGoneError)) throw error;
        }),
    };
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
      for (const recovery of scenario.recoveries ?? ['retry', 'lost'])
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
    denying,
    withholding,
    cancelling,
    expiring,
    keepingDeferred,
  ])
    it(`${scenario.name}: every crash point ends as the clean run, each event and email once`, async () => {
      // Prepare, Act
      const { clean, cases } = await crashEverywhere(scenario);

      // Assess: the clean run closes, owes nothing, and waits where its status belongs.
      expect(clean.status).toMatch(
        /^(COMPLETED|FAILED|DENIED|CANCELLED|EXPIRED)$/,
      );
      expect(clean.owed).toBeUndefined();
      expect(clean.place).toEqual(scenario.place);
      expect(clean.events.join()).toContain(
        scenario.closingEvent ??
          (clean.status === 'COMPLETED' ? 'RequestCompleted' : 'Request'),
      );
      if (scenario.closingEvent)
        expect(clean.mails.length, 'the shopper is told').toBeGreaterThan(0);
      expect(clean.calls).toContain('requests.transition');
      expect(cases).toHaveLength(
        clean.calls.length *
          2 *
          (scenario.recoveries ?? ['retry', 'lost']).length,
      );
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

  for (const scenario of [failing, denying, withholding, cancelling])
    it(`${scenario.name}: a death just after the status write, the step run again records the closing's event itself, once`, async () => {
      // Prepare: the process dies right after the status write (the call number of the write,
      // from a run that does not die).
      const probe = await seededMemoryPorts(START);
      const counted = dying(probe.ports, {
        at: Number.POSITIVE_INFINITY,
        when: 'after',
      });
      await (await scenario.prepare(probe.ports)).step(counted.ports);
      const { ports } = await seededMemoryPorts(START);
      const { requestId, step } = await scenario.prepare(ports);
      const dead = dying(ports, {
        at: counted.calls.indexOf('requests.transition') + 1,
        when: 'after',
      });
      await expect(step(dead.ports)).rejects.toBeInstanceOf(ProcessDied);
      const owed = (await ports.requests.get(requestId))?.pendingAftermath;

      // Act: no reconciler, only the step again.
      await step(ports);
      await step(ports);

      // Assess
      const request = (await ports.requests.get(requestId)) as DsrRequest;
      const closings = (await ports.audit.list(requestId)).filter(
        (e) => e.type === owed,
      );
      expect(owed).toMatch(/^Request(Failed|Closed|Cancelled)$/);
      expect(request.pendingAftermath).toBeUndefined();
      expect(closings).toHaveLength(1);
      expect(closings[0]).toMatchObject({
        toStatus: request.status,
        fromStatus: request.closedFrom,
      });
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

/**
 * A request cancelled between a closing step's read and its status write: the write fails, and
 * the trail names only statuses the request had (never FAILED or DENIED).
 */
describe('a closing step that loses the race to a cancellation', () => {
  /** `ports` whose first status write is preceded by the operator's cancel of the request. */
  function cancelledFirst(ports: Ports) {
    const executions = new MemoryExecutions(ports.clock);
    let raced = false;
    const requests = new Proxy(ports.requests, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== 'transition' || typeof value !== 'function') return value;
        return async (...args: Parameters<Ports['requests']['transition']>) => {
          if (!raced) {
            raced = true;
            await cancelRequest(
              { requestId: args[0], reason: 'duplicate' },
              { ...ports, executions },
            );
          }
          return value.apply(target, args);
        };
      },
    });
    return { ...ports, requests } as Ports;
  }

  const statuses = async (ports: Ports, requestId: string) =>
    (await ports.audit.list(requestId)).flatMap((e) =>
      e.toStatus ? [`${e.type}:${e.toStatus}`] : [],
    );

  it('Record Failure: the request stays CANCELLED, the trail records the failure as CANCELLED, the merchant is alerted, the shopper not', async () => {
    // Prepare
    const { ports } = await seededMemoryPorts(START);
    const { requestId } = await readyToComplete(ports, 'access');
    const mails = ports.mailer.sent.length;

    // Act
    await failRequest(
      { requestId, phase: 'jobs', error: { Error: 'JobsFailedError' } },
      cancelledFirst(ports),
    );

    // Assess
    const trail = await statuses(ports, requestId);
    expect(trail).not.toContainEqual(expect.stringMatching(/:FAILED$/));
    expect(trail).toContain('RequestCancelled:CANCELLED');
    expect(trail).toContain('RequestFailed:CANCELLED');
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'CANCELLED',
    });
    expect((await ports.requests.get(requestId))?.pendingAftermath).toBe(
      undefined,
    );
    expect(
      ports.mailer.sent
        .slice(mails)
        .map((m) => timeless(m.tags?.purpose ?? '')),
    ).toEqual(['failure:jobs']);
  });

  it('Deny: the step fails, the request stays CANCELLED and the trail has no RequestClosed', async () => {
    // Prepare
    const { ports } = await seededMemoryPorts(START);
    const { requestId, decisionLink } = await refused(ports, 'access');

    // Act
    const denied = denyRequest(
      { requestId, decisionLink },
      cancelledFirst(ports),
    );

    // Assess
    await expect(denied).rejects.toBeInstanceOf(InvalidTransitionError);
    const trail = await statuses(ports, requestId);
    expect(trail).not.toContainEqual(expect.stringMatching(/:DENIED$/));
    expect(trail.at(-1)).toBe('RequestCancelled:CANCELLED');
    expect(await ports.requests.get(requestId)).toMatchObject({
      status: 'CANCELLED',
    });
  });
});
