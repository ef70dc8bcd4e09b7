/**
 * Step Functions' two hard limits for a Standard execution, 25,000 history events and one year,
 * on the REAL definition with the REAL use cases, in simulated time (tests/helpers/
 * simulated-workflow.ts): the largest round a merchant can have, nobody answering until every
 * check has run out, and an erasure deferred round after round for years. Every execution's
 * history is counted as the local engine recorded it and as AWS would (infra/local/
 * history-events.ts), and its age in simulated days.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { subjectRef } from '#domain/links.ts';
import {
  MAX_PROCESSORS,
  MerchantConfig,
  type ProcessorConfig,
} from '#domain/schemas.ts';
import { HISTORY_EVENT_LIMIT } from '#infra/local/history-events.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import type {
  Connector,
  ConnectorContext,
  ConnectorResult,
  Hold,
} from '#ports/connectors.ts';
import {
  type SimulatedWorkflow,
  simulatedWorkflow,
} from '../helpers/simulated-workflow.ts';

const DAY = 86_400_000;
const ID = '00000000-0000-4000-8000-0000000000a1';
const YEAR_DAYS = 365;
const START = new Date();

let harness: SimulatedWorkflow | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const merchantWith = (
  processors: Partial<ProcessorConfig>[],
  autoApprove: string[],
) =>
  MerchantConfig.parse({
    ...loadSeed('lastu').merchant,
    processors,
    autoApprove,
  });

/** An asynchronous processor's API: `answer(round, polls)` decides each poll's result. */
function asyncConnector(
  answer: (
    round: number,
    polls: number,
    ctx: ConnectorContext,
  ) => ConnectorResult,
): Connector & { polls: Map<string, number> } {
  const polls = new Map<string, number>();
  const roundOf = (ctx: ConnectorContext) =>
    Number(ctx.idempotencyKey.split(':').at(-1));
  return {
    kind: 'opendsr',
    capabilities: { access: 'async', erase: 'async' },
    polls,
    async run(ctx) {
      return {
        outcome: 'PENDING',
        records: 0,
        disclosures: [{ call: 'POST /requests', identifiers: ['email'] }],
        pending: {
          ref: ctx.idempotencyKey,
          via: 'poll',
          checkAfterSeconds: 60,
        },
      };
    },
    async poll(ctx) {
      const n = (polls.get(ctx.idempotencyKey) ?? 0) + 1;
      polls.set(ctx.idempotencyKey, n);
      return answer(roundOf(ctx), n, ctx);
    },
  } as Connector & { polls: Map<string, number> };
}

async function createRequest(
  h: SimulatedWorkflow,
  type: 'access' | 'erasure',
  dueInDays: number,
) {
  const now = h.ports.clock.now();
  const email = 'aino.virtanen@example.com';
  await h.ports.requests.create({
    requestId: ID,
    merchantId: 'lastu',
    type,
    status: 'VERIFIED',
    email,
    subjectRef: subjectRef('lastu', email),
    locale: 'en',
    receivedAt: now.toISOString(),
    verifiedAt: now.toISOString(),
    dueDate: new Date(now.getTime() + dueInDays * DAY)
      .toISOString()
      .slice(0, 10),
    dueAt: new Date(now.getTime() + dueInDays * DAY).toISOString(),
    updatedAt: now.toISOString(),
  });
}

describe('Step Functions limits, whatever the number of processors and rounds', () => {
  it(`${MAX_PROCESSORS} processors, none ever answering, until every check has run out: one execution, far inside both limits`, async () => {
    // Prepare: the most processors a merchant may have: nine in ten answer by hand (one lead
    // time of 0–20 days each, so 21 reminder days and 21 escalation days), the rest are APIs
    // polled every minute at first. The deadline is extended to three months: the longest window.
    const manual = Array.from({ length: MAX_PROCESSORS * 0.9 }, (_, i) => ({
      processorId: `manual-${i}`,
      kind: 'email' as const,
      name: `Manual ${i}`,
      contactEmail: `privacy@manual-${i}.example`,
      leadTimeDays: i % 21,
    }));
    const apis = Array.from({ length: MAX_PROCESSORS * 0.1 }, (_, i) => ({
      processorId: `api-${i}`,
      kind: 'opendsr' as const,
      name: `Api ${i}`,
    }));
    const silent = asyncConnector(() => ({
      outcome: 'PENDING',
      records: 0,
      disclosures: [],
      pending: { ref: 'x', via: 'poll', checkAfterSeconds: 60 },
    }));
    harness = await simulatedWorkflow({
      merchant: merchantWith([...manual, ...apis], ['access']),
      connectors: { opendsr: silent },
      start: START,
    });
    await createRequest(harness, 'access', 92);

    // Act
    const executions = await harness.run({
      requestId: ID,
      merchantId: 'lastu',
      type: 'access',
    });

    // Assess: every processor was asked, reminded, escalated, and given up on 14 days after
    // the due date; the request failed in its jobs phase, in the one execution.
    expect(executions.map((e) => [e.name, e.status])).toEqual([[ID, 'FAILED']]);
    const [only] = executions;
    const jobs = await harness.ports.requests.listJobs(ID);
    expect(jobs).toHaveLength(MAX_PROCESSORS);
    expect(new Set(jobs.map((j) => `${j.state}:${j.error}`))).toEqual(
      new Set(['FAILED:ProcessorGaveNoAnswer']),
    );
    expect(jobs.filter((j) => j.chased?.includes('escalation'))).toHaveLength(
      manual.length,
    );
    expect((await harness.ports.requests.get(ID))?.failure).toMatchObject({
      phase: 'jobs',
      error: 'JobsFailedError',
    });
    // One check per poll, reminder day, escalation day and the end, never one per processor.
    expect(only?.checks).toBeGreaterThan(100);
    expect(only?.checks).toBeLessThan(200);
    expect(only?.awsEvents).toBe(only?.events);
    expect(only?.events).toBeLessThan(HISTORY_EVENT_LIMIT / 3);
    expect(only?.ageDays).toBeGreaterThan(92 + 14 - 1);
    expect(only?.ageDays).toBeLessThan(YEAR_DAYS);
  }, 120_000);

  it('an erasure deferred round after round for years: each wait and each long round in an execution of its own', async () => {
    // Prepare: the processor's erasure answers late (a second poll), and for three rounds keeps
    // part of the data under a 300-day hold that ends on a date; the fourth round erases it.
    const ROUNDS = 4;
    const heldUntil = (ctx: ConnectorContext) =>
      new Date(ctx.now.getTime() + 300 * DAY).toISOString().slice(0, 10);
    const held = asyncConnector((round, polls, ctx): ConnectorResult => {
      if (polls < 2)
        return {
          outcome: 'PENDING',
          records: 0,
          disclosures: [],
          pending: { ref: 'x', via: 'poll', checkAfterSeconds: 60 },
        };
      if (round >= ROUNDS)
        return { outcome: 'COMPLETED', records: 1, disclosures: [] };
      const hold: Hold = {
        what: 'orders',
        reason: 'chargeback-window',
        basis: 'Art. 17(3)(e)',
        until: heldUntil(ctx),
        records: 1,
        deferrable: true,
      };
      return { outcome: 'PARTIAL', records: 1, disclosures: [], holds: [hold] };
    });
    harness = await simulatedWorkflow({
      merchant: merchantWith(
        [
          { processorId: 'shop', kind: 'opendsr', name: 'Shop' },
          {
            processorId: 'lastu-store',
            kind: 'internal-dynamodb',
            name: 'Lastu',
          },
        ],
        ['erasure'],
      ),
      connectors: { opendsr: held },
      start: START,
    });
    await createRequest(harness, 'erasure', 30);

    // Act
    const executions = await harness.run({
      requestId: ID,
      merchantId: 'lastu',
      type: 'erasure',
    });

    // Assess: round 1, then per deferral one execution that waits for the hold and re-runs the
    // job, and one that goes on checking it once the next check would pass its age limit.
    expect(executions.map((e) => e.name)).toEqual([
      ID,
      ...Array.from({ length: 2 * (ROUNDS - 1) }, (_, i) => `${ID}-${i + 1}`),
    ]);
    expect(new Set(executions.map((e) => e.status))).toEqual(
      new Set(['SUCCEEDED']),
    );
    const request = await harness.ports.requests.get(ID);
    expect(request).toMatchObject({
      status: 'COMPLETED',
      executionNumber: 2 * (ROUNDS - 1),
    });
    const job = await harness.ports.requests.getJob(ID, 'shop');
    expect(job).toMatchObject({ state: 'COMPLETED', round: ROUNDS });
    const continued = (await harness.ports.audit.list(ID)).filter(
      (e) => e.type === 'ExecutionContinued',
    );
    expect(continued.map((e) => e.details?.resumeAt)).toEqual(
      Array.from({ length: ROUNDS - 1 }, () => ['deferral', 'checks']).flat(),
    );
    // Years in all; no execution older than a year, none near 25,000 events.
    const total = (executions.at(-1)?.endedAt.getTime() ?? 0) - START.getTime();
    expect(total / DAY).toBeGreaterThan(2 * YEAR_DAYS);
    for (const e of executions) {
      expect(e.ageDays, e.name).toBeLessThan(YEAR_DAYS);
      expect(e.awsEvents, e.name).toBe(e.events);
      expect(e.events, e.name).toBeLessThan(HISTORY_EVENT_LIMIT / 10);
    }
  }, 120_000);
});
