/**
 * Fault injection on the embedded stack: many requests of all six types through the lastu
 * merchant's seven processors, while the API processors' fakes fail a share of their calls
 * (5xx, 429, timeouts, malformed bodies, slow answers), SES throttles a share of sends, and the
 * stack, running in a child process, is killed with SIGKILL mid-flight and started again on the
 * same data folder. The fakes and the mail sink run in this process, so they outlive the kill.
 *
 * Asserted: every request ends terminal or flagged (with its failed jobs), none owing the event
 * or emails of its closing; no shopper gets the same email twice; no processor job has a visible
 * effect twice (counted at the fakes); every audit trail has its phases in order.
 * `FAULT_REQUESTS` sets the number of requests; `FAULT_SLOW_MS` the longest 'slow' fault (1500 ms):
 * set past a restart's few seconds (and under the connectors' 10 s call timeout), calls the killed
 * stack sent just before the kill take effect after the new stack is up (Assess 3 still counts
 * them as the killed stack's).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '#domain/audit.ts';
import { REQUEST_TYPES, TERMINAL_STATUSES } from '#domain/request.ts';
import {
  type FakeProcessors,
  fakeCustomers,
  startFakeProcessors,
} from '#infra/local/fakes/index.ts';
import type { Fault } from '#infra/local/fakes/server.ts';
import type { ShopifySeedCustomer } from '#infra/local/fakes/shopify.ts';
import {
  type MailSink,
  type SinkMail,
  startMailSink,
} from '#infra/local/mail-sink.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { effectRepeats } from '../helpers/effect-repeats.ts';
import {
  freePort,
  postForm,
  submit,
  tableOf,
} from '../helpers/stack-client.ts';
import {
  type StackInfo,
  type StackProcess,
  startStackProcess,
} from '../helpers/stack-process.ts';
import { waitFor } from '../helpers/wait-for.ts';

/**
 * 200 by default (the issue's number; `FAULT_REQUESTS` overrides it). The run is CPU-bound in
 * the stack's process: the handlers' SDK calls to the emulators and the table. What keeps it
 * to about 2 minutes on a 2-core machine: dynalite on a thread of its own (`dynamoThread`), no
 * X-Ray async hook in the child (tests/helpers/stack-process.ts), the deadline sweep (which has
 * nothing due here) every 30 s instead of every 3 s, schedule runs that do not pile up, and a
 * table read per request every TABLE_CHECK_MS or when something happened, not at every poll.
 */
const N = Number(process.env.FAULT_REQUESTS ?? 200);
/** Every request comes from this machine: the per-client intake limit would stop most of them. */
const CHILD = {
  timeoutMs: 60_000,
  env: {
    INTAKE_LIMIT_PER_CLIENT: String(N * 4),
    ...(process.env.FAULT_PROFILE
      ? {
          NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.FAULT_PROFILE}`,
        }
      : {}),
  },
};
const PROCESSOR_FAULT_RATE = 0.2;
/**
 * How long the requests may take to end: a bound, not a target (200 take about 100-125 s alone
 * on a 2-core machine, longer beside the other test files of `npm test`).
 */
const DRIVE_MS = Math.max(120_000, N * 1500);
/** Setup (two stack starts) and the assessment after the drive. */
const TEST_MS = DRIVE_MS + 90_000;
const SES_THROTTLE_RATE = 0.2;
/** A request's status and trail are read at least this often, and whenever it gets an email. */
const TABLE_CHECK_MS = 2000;
/** Kill the stack once this share of the decisions has been answered. */
const KILL_AT = 0.4;
const APPROVER = 'owner@lastu.example';
const CLOSING_EVENTS: readonly string[] = [
  'RequestCompleted',
  'RequestClosed',
  'RequestFailed',
];
const AUTO_APPROVED: readonly string[] = loadSeed('lastu').merchant.autoApprove;
const DAY = 86_400_000;
const FAR = '9999-12-31T23:59:59.999Z';

/** A small seeded generator, so a failing run can be repeated. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const shopper = (i: number) =>
  `shopper-${String(i).padStart(3, '0')}@example.com`;
/** Every fifth shopper has an old order; every twentieth a recent one (a legal hold on erasure). */
function customers(): ShopifySeedCustomer[] {
  const demo = fakeCustomers(loadSeed('lastu').customers);
  const synthetic = Array.from({ length: N }, (_, i) => ({
    email: shopper(i),
    firstName: 'Test',
    lastName: `Shopper ${i}`,
    orders:
      i % 5 === 0
        ? [
            {
              id: `#9${String(i).padStart(3, '0')}`,
              createdAt: new Date(
                Date.now() - (i % 20 === 0 ? 40 : 400) * DAY,
              ).toISOString(),
              total: '19.00',
              currency: 'EUR',
            },
          ]
        : [],
  }));
  return [...demo, ...synthetic];
}

const FAULTS: Fault[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 429 },
  { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
  { kind: 'malformed' },
  { kind: 'malformed' },
  { kind: 'slow', delayMs: 300 },
  { kind: 'slow', delayMs: Number(process.env.FAULT_SLOW_MS ?? 1500) },
  { kind: 'hang' },
];

let sink: MailSink;
let fakes: FakeProcessors;
let dataDir: string;
let stack: StackProcess | undefined;
let table: ReturnType<typeof tableOf> | undefined;
let info: StackInfo;

beforeAll(async () => {
  sink = await startMailSink();
  const seed = loadSeed('lastu');
  const refOf = (kind: string) =>
    seed.merchant.processors.find((p) => p.kind === kind)?.credentialsRef ?? '';
  fakes = await startFakeProcessors(
    customers(),
    {
      shopify: refOf('shopify'),
      sendgrid: refOf('sendgrid'),
      nosto: refOf('nosto'),
    },
    APPROVER,
  );
  dataDir = mkdtempSync(join(tmpdir(), 'dsr-faults-'));
});
afterAll(async () => {
  // FAULT_DEBUG: the restarted stack's log lines (the first one's are written at the kill).
  if (process.env.FAULT_DEBUG && stack) {
    writeFileSync(join(tmpdir(), 'fault-child-2.log'), stack.stdout());
    writeFileSync(join(tmpdir(), 'fault-child-2.err'), stack.stderr());
  }
  table?.close();
  await stack?.stop();
  await fakes?.close();
  await sink?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Tracked {
  i: number;
  email: string;
  type: (typeof REQUEST_TYPES)[number];
  deny: boolean;
  requestId?: string;
  ref?: string;
  /** Links answered (or found gone), by secret. */
  answered: Set<string>;
  /** When its status and trail were last read, and how many of its emails had come by then. */
  checkedAt: number;
  mailsChecked: number;
  done?: 'terminal' | 'flagged';
}

const LINK =
  /https?:\/\/[^\s"<>]+\/(verify|decide|processor)\/([A-Za-z0-9_-]{43})/g;

describe('fault injection on the embedded stack', () => {
  it(
    `ends ${N} requests terminal or flagged under processor faults, SES throttling and a SIGKILL`,
    async () => {
      // Prepare
      const started = Date.now();
      const random = seeded(20_261_122);
      for (const fake of [fakes.shopify, fakes.sendgrid, fakes.nosto])
        fake.server.chaos(PROCESSOR_FAULT_RATE, FAULTS, random);
      // Not the form's verification email: it is sent while the shopper waits (no task retry);
      // a throttled one answers 503 and the resubmission mails it (tests/integration/intake.test.ts).
      sink.throttle(SES_THROTTLE_RATE, random, (mail) =>
        mail.subject.startsWith('Confirm your privacy request'),
      );
      const options = {
        dataDir,
        apiPort: await freePort(),
        sesEndpoint: sink.url,
        processors: { baseUrls: fakes.baseUrls, secrets: fakes.secrets },
        fastTimers: true,
        dynamoThread: true,
        // The next check of a waiting job resumes one whose confirmation raced the wait.
        processorCheckSeconds: 5,
        // The reconciler restarts what the kill lost (at start) and catches stragglers; the
        // deadline sweep has nothing due within a run, so it runs less often.
        scheduleEveryMs: { Reconcile: 3000, DeadlineSweep: 30_000 },
      };
      stack = await startStackProcess(options, CHILD);
      info = stack.info;
      table = tableOf(info);
      const api = info.apiUrl;

      const tracked: Tracked[] = Array.from({ length: N }, (_, i) => ({
        i,
        email: shopper(i),
        type: REQUEST_TYPES[i % REQUEST_TYPES.length] ?? 'access',
        deny: i % 10 === 3,
        answered: new Set(),
        checkedAt: 0,
        mailsChecked: 0,
      }));
      const byRef = new Map<string, Tracked>();
      const byEmail = new Map(tracked.map((t) => [t.email, t]));
      const inbox = new Map<Tracked, SinkMail[]>();
      let indexed = 0;
      const index = () => {
        for (; indexed < sink.messages.length; indexed++) {
          const mail = sink.messages[indexed] as SinkMail;
          // The reference is in every subject, in each language's own wording.
          const ref = [...mail.subject.matchAll(/\b([0-9A-F]{8})\b/g)]
            .map((m) => m[1] ?? '')
            .find((r) => byRef.has(r));
          const owner =
            (ref && byRef.get(ref)) ??
            mail.destination.to.map((to) => byEmail.get(to)).find(Boolean);
          if (owner) inbox.set(owner, [...(inbox.get(owner) ?? []), mail]);
        }
      };
      let decisions = 0;
      let killedAt: number | undefined;
      let killedWall = 0;
      /** When the killed stack was gone and the new one not yet spawned (Assess 3). */
      let respawnedWall = 0;
      /** When the restarted stack was up. */
      let restartedWall = 0;
      let restarting: Promise<void> | undefined;

      let clicks = 0;
      const answers: Record<string, number> = {};
      /** A person's HTTP call; none starts while the stack is being killed and restarted. */
      const clicking = async <T>(call: () => Promise<T>): Promise<T> => {
        while (restarting) await restarting;
        clicks += 1;
        try {
          return await call();
        } finally {
          clicks -= 1;
        }
      };
      const answer = async (t: Tracked, kind: string, secret: string) => {
        const url = `${api}/${kind}/${secret}`;
        const form: Record<string, string> =
          kind === 'decide'
            ? t.deny
              ? { decision: 'deny', reason: 'Manifestly unfounded.' }
              : { decision: 'approve' }
            : kind === 'processor'
              ? // Access and portability: "done" needs the data uploaded on the page; here the
                // processors hold nothing (the upload is tested in processors.test.ts).
                {
                  outcome:
                    t.type === 'access' || t.type === 'portability'
                      ? 'not-found'
                      : 'done',
                }
              : {};
        const res = await clicking(() => postForm(url, form));
        answers[`${kind}:${res.status}`] =
          (answers[`${kind}:${res.status}`] ?? 0) + 1;
        // 5xx: a dependency failed (or the stack is down); 429: too many clicks from this one
        // machine. The link is tried again.
        if (res.status >= 500 || res.status === 429) return;
        t.answered.add(secret);
        if (kind === 'decide' && res.status === 200) decisions += 1;
      };

      const step = async (t: Tracked): Promise<boolean> => {
        if (restarting) await restarting;
        if (!t.requestId) {
          t.requestId = await clicking(() =>
            submit(api, {
              merchant: 'lastu',
              type: t.type,
              email: t.email,
              ...(t.type === 'rectification'
                ? { details: 'My last name is misspelt.' }
                : {}),
              // What the policy approves (Art. 21(3)); other objections go to the merchant.
              ...(t.type === 'objection'
                ? { objectionScope: 'direct-marketing' }
                : {}),
            }),
          );
          t.ref = t.requestId.slice(0, 8).toUpperCase();
          byRef.set(t.ref, t);
        }
        index();
        const mails = inbox.get(t) ?? [];
        let clicked = false;
        for (const mail of mails)
          for (const [, kind = '', secret = ''] of (
            mail.body.text ?? ''
          ).matchAll(LINK))
            if (!t.answered.has(secret)) {
              await answer(t, kind, secret);
              clicked = true;
            }
        // The table is read after something happened (an email, a click) and otherwise every
        // TABLE_CHECK_MS: 200 requests polled at every turn took a third of the table's work.
        if (
          !clicked &&
          mails.length === t.mailsChecked &&
          Date.now() - t.checkedAt < TABLE_CHECK_MS
        )
          return false;
        t.mailsChecked = mails.length;
        t.checkedAt = Date.now();
        const request = await table?.requests.get(t.requestId);
        const events = await table?.audit.list(t.requestId);
        // Ended: the status, and its event (written just after the status by some steps).
        if (
          request &&
          TERMINAL_STATUSES.has(request.status) &&
          events?.some((e) => CLOSING_EVENTS.includes(e.type))
        ) {
          t.done = 'terminal';
          return true;
        }
        if (events?.some((e) => e.type === 'RequestStalled')) {
          t.done = 'flagged';
          return true;
        }
        return false;
      };

      const crash = async () => {
        // The workflow is killed mid-flight (executions, processor calls, emails, schedules);
        // the people's clicks are not: a click cut between using its link and recording the
        // answer is lost (confirm-processor-job consumes the link first), see the report.
        await waitFor(() => clicks === 0, {
          timeoutMs: 30_000,
          message: 'clicks in flight done',
        });
        killedAt = Date.now() - started;
        killedWall = Date.now();
        await stack?.kill();
        if (process.env.FAULT_DEBUG) {
          writeFileSync(
            join(tmpdir(), 'fault-child-1.log'),
            stack?.stdout() ?? '',
          );
          writeFileSync(
            join(tmpdir(), 'fault-child-1.err'),
            stack?.stderr() ?? '',
          );
        }
        table?.close();
        respawnedWall = Date.now();
        stack = await startStackProcess(options, CHILD);
        restartedWall = Date.now();
        info = stack.info;
        table = tableOf(info);
      };

      // Act: every request driven like its shopper, merchant and processors would; the stack
      // dies once KILL_AT of the decisions are in.
      const drivers = tracked.map((t) =>
        waitFor(
          async () => {
            if (!killedAt && !restarting && decisions >= N * KILL_AT)
              restarting = crash().finally(() => {
                restarting = undefined;
              });
            try {
              return await step(t);
            } catch {
              return false; // the stack is down or a dependency failed: try again
            }
          },
          {
            timeoutMs: DRIVE_MS,
            intervalMs: 400,
            message: `request ${t.i} (${t.type}) terminal or flagged`,
          },
        ),
      );
      await Promise.allSettled(drivers);
      const elapsedMs = Date.now() - started;
      const unfinished: string[] = [];
      for (const t of tracked.filter((x) => !x.done)) {
        const request = await table?.requests.get(t.requestId ?? '');
        const trail = (await table?.audit.list(t.requestId ?? '')) ?? [];
        const jobs = (await table?.requests.listJobs(t.requestId ?? '')) ?? [];
        unfinished.push(
          `#${t.i} ${t.type} ${request?.status} trail=${trail.map((e) => e.type).join('>')} jobs=${jobs.map((j) => `${j.processorId}:${j.state}`).join(',')} mails=${(inbox.get(t) ?? []).map((m) => m.subject).join(' | ')}`,
        );
      }
      console.info(
        `fault-injection (drivers settled): ${JSON.stringify({
          requests: N,
          elapsedMs,
          killedAtMs: killedAt,
          unfinished: unfinished.length,
          answers,
          sesThrottled: sink.throttled,
        })}`,
      );
      expect(unfinished).toEqual([]);

      // Assess 1: every request ended, or was flagged with its failed jobs, and no closing is
      // left owing its event or emails (a kill between a status and its aftermath is repaired
      // by the reconciler; the closing step settles its own just after its event).
      const current = table as ReturnType<typeof tableOf>;
      await waitFor(
        async () =>
          (await current.requests.findScheduled('AFTERMATH', FAR)).length === 0,
        { timeoutMs: 30_000, message: 'no closing owing its aftermath' },
      );
      const outcomes: Record<string, number> = {};
      const flaggedJobs: string[] = [];
      const failedRequests: string[] = [];
      for (const t of tracked) {
        const request = await current.requests.get(t.requestId ?? '');
        const key = t.done === 'flagged' ? 'flagged' : (request?.status ?? '?');
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (t.done === 'flagged') {
          const stalled = (await current.audit.list(t.requestId ?? '')).find(
            (e) => e.type === 'RequestStalled',
          );
          const failed = (await current.requests.listJobs(t.requestId ?? ''))
            .filter((j) => j.state === 'FAILED')
            .map((j) => j.processorId)
            .sort()
            .join(',');
          expect(stalled?.details?.failedJobs).toBe(failed);
          flaggedJobs.push(failed);
        }
        // A failed request names its phase; failed in the jobs, it names the failed jobs.
        if (request?.status === 'FAILED') {
          const failedJobs = (
            await current.requests.listJobs(t.requestId ?? '')
          )
            .filter((j) => j.state === 'FAILED')
            .map((j) => `${j.processorId}(${j.error ?? ''})`);
          expect(request.failure?.phase).toBeTruthy();
          if (request.failure?.phase === 'jobs')
            expect(failedJobs.length).toBeGreaterThan(0);
          failedRequests.push(
            `${request.failure?.phase}:${request.failure?.error}:${failedJobs.join(',')}`,
          );
        }
      }
      expect(tracked.every((t) => t.done)).toBe(true);
      expect(killedAt).toBeDefined();

      // Assess 2: no shopper got the same email twice (per request and purpose = subject).
      const shopperMail = new Map<string, number>();
      for (const mail of sink.messages)
        for (const to of mail.destination.to)
          if (byEmail.has(to)) {
            const key = `${to}|${mail.subject}`;
            shopperMail.set(key, (shopperMail.get(key) ?? 0) + 1);
          }
      // A deferred erasure reports once per round: when answered, and when the hold has ended.
      const rounds = new Map<string, number>();
      for (const t of tracked) {
        const resumed = (await current.audit.list(t.requestId ?? '')).filter(
          (e) => e.type === 'DeferredJobsResumed',
        ).length;
        rounds.set(t.email, 1 + resumed);
      }
      const duplicates = [...shopperMail].filter(
        ([key, n]) => n > (rounds.get(key.split('|')[0] ?? '') ?? 1),
      );
      // sendOnce's documented window: the process died after SES accepted a message and before
      // its SENT record, so the restarted step took the claim over (claims > 1) and sent again.
      const takenOver: string[] = [];
      for (const [key] of duplicates) {
        const t = byEmail.get(key.split('|')[0] ?? '');
        const records = await current.sentMail.list(t?.requestId ?? '');
        if (records.some((r) => r.claims > 1)) takenOver.push(key);
      }
      const shopperDuplicatesOutsideWindow = duplicates.filter(
        ([key]) => !takenOver.includes(key),
      );

      // Assess 3: no job had a visible effect twice at a processor. Shopify's erasure request,
      // SendGrid's erase job and Nosto's calls take no idempotency key here (none is sent):
      // a call accepted just before the SIGKILL, whose job was not yet recorded, is made again
      // after the restart (at least once). Such a repeat is one call by the killed stack and one
      // by the restarted stack, told apart by when each call arrived at the fake: before the new
      // stack was spawned, or after. Not by when the fake recorded the effect: a 'slow' fault
      // records a call that arrived at the kill up to 1.5 s later, after a restart quicker than
      // that (tests/helpers/effect-repeats.ts). Any other repeat is a bug. The other effects are
      // counted strictly.
      const window = { killedAt: killedWall, respawnedAt: respawnedWall };
      const arrival = <T extends { receivedAt: number }>(x: T) => x.receivedAt;
      const effects = {
        shopifyErasure: effectRepeats(
          fakes.shopify.erasureRequests,
          (r) => r.customerId,
          { ...window, receivedAtOf: arrival },
        ),
        shopifyConsent: effectRepeats(
          fakes.shopify.consentChanges,
          (u) => JSON.stringify(u),
          window,
        ),
        shopifyUpdate: effectRepeats(
          fakes.shopify.customerUpdates,
          (u) => JSON.stringify(u),
          window,
        ),
        sendgridErase: effectRepeats(
          fakes.sendgrid.erasejobs.map((j, i) => ({
            ...j,
            receivedAt: fakes.sendgrid.erasejobsAt[i] ?? 0,
          })),
          (j) => [...j.emails].sort().join(','),
          { ...window, receivedAtOf: arrival },
        ),
        nosto: effectRepeats(
          fakes.nosto.pending(),
          (q) => `${q.kind}|${q.email}`,
          { ...window, receivedAtOf: arrival },
        ),
      };

      // Assess 4: every audit trail has its phases, in order.
      const incomplete: string[] = [];
      for (const t of tracked) {
        const events = await current.audit.list(t.requestId ?? '');
        if (!inOrder(events, expectedPhases(t, events)))
          incomplete.push(
            `${t.i}:${events.map((e) => e.type).join('>')}${process.env.FAULT_DEBUG ? ` ${JSON.stringify({ events, mail: await current.sentMail.list(t.requestId ?? ''), inbox: (inbox.get(t) ?? []).map((m) => [m.at, m.subject, m.destination.to]) })}` : ''}`,
          );
      }

      const injected: Record<string, number> = {};
      for (const fake of [fakes.shopify, fakes.sendgrid, fakes.nosto])
        for (const [kind, n] of Object.entries(fake.server.injected))
          injected[kind] = (injected[kind] ?? 0) + n;
      console.info(
        `fault-injection: ${JSON.stringify({
          requests: N,
          elapsedMs,
          killedAtMs: killedAt,
          restartedAtMs: restartedWall - started,
          restartMs: restartedWall - killedWall,
          outcomes,
          flaggedFailedJobs: flaggedJobs,
          failedRequests,
          processorFaults: injected,
          sesThrottled: sink.throttled,
          emails: sink.messages.length,
          answers,
          shopperDuplicates: duplicates.length,
          shopperDuplicatesInSendWindow: takenOver.length,
          effectsRepeatedAcrossKill: Object.fromEntries(
            Object.entries(effects).map(([name, e]) => [
              name,
              e.straddling.length,
            ]),
          ),
          effectsRepeatedOtherwise: Object.values(effects).flatMap(
            (e) => e.bugs,
          ).length,
          incompleteTrails: incomplete.length,
          // Calls that changed nothing at the processor (a repeat with the same state).
          shopifyConsentRepeats:
            fakes.shopify.consentUpdates.length -
            fakes.shopify.consentChanges.length,
        })}`,
      );
      // Asserted after the figures are printed, so a failing run still reports them.
      expect(shopperDuplicatesOutsideWindow).toEqual([]);
      for (const [name, found] of Object.entries(effects))
        expect(found.bugs, name).toEqual([]);
      expect(incomplete).toEqual([]);
    },
    TEST_MS,
  );
});

/** The events each request's trail must hold, as a subsequence, for how it ended. */
function expectedPhases(t: Tracked, events: AuditEvent[]): string[][] {
  const types = new Set(events.map((e) => e.type));
  // Types the merchant approves by policy (direct-marketing objections, Art. 21(3)) are never
  // asked about.
  const start = [
    ['RequestReceived'],
    ['IdentityVerified'],
    ...(AUTO_APPROVED.includes(t.type) ? [] : [['DecisionRequested']]),
  ];
  if (types.has('RequestStalled')) return [...start, ['RequestStalled']];
  if (t.deny)
    return [...start, ['RequestDenied'], ['DenialSent'], ['RequestClosed']];
  return [
    ...start,
    ['RequestApproved'],
    ['JobsPlanned'],
    types.has('RequestFailed')
      ? ['RequestFailed']
      : ['RequestCompleted', 'RequestClosed'],
  ];
}

function inOrder(events: AuditEvent[], phases: string[][]): boolean {
  let at = 0;
  for (const alternatives of phases) {
    const found = events.findIndex(
      (e, i) => i >= at && alternatives.includes(e.type),
    );
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}
