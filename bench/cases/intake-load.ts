/**
 * Case 3 — intake under load.
 *
 * Method: the embedded stack, started as `npm start` starts it (dynalite on its worker thread),
 * serves `POST /requests` (the public form's endpoint, urlencoded, unique email per request) to C
 * concurrent clients running in a process of their own (bench/lib/load-clients.ts), each sending
 * its next request as soon as the previous answer arrived, for PHASE_MS; requests still in flight
 * at the end are awaited and counted. Latency = client-side time to the full response;
 * throughput = answered / elapsed. The same load is then put on the bare SubmitRequest handler
 * through the in-process invoker (an API Gateway v2 event built by hand; those clients are
 * promises in the stack's process), so the difference is what the local HTTP layer (client,
 * socket, API Gateway adapter) adds. The SES emulator's store is cleared after each phase.
 * Limitations: loopback only, clients and stack share one 2-core machine (and other engineers'
 * work: the load average is recorded); the handler still calls dynalite and the SES emulator over
 * loopback HTTP in both modes.
 */

import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedStack } from '#infra/local/embedded-stack.ts';
import { formTokenFrom } from '../../tests/helpers/form.ts';
import { httpEvent } from '../../tests/helpers/lambda-events.ts';
import { type CaseResult, fmt, info, type Row } from '../lib/result.ts';
import { percentile } from '../lib/stats.ts';

const PHASE_MS = 5_000;
const CONCURRENCY = [50, 200];
/** As `npm start` runs it (infra/local/start.ts). */
const DYNAMO_THREAD = true;
const CLIENTS = join(import.meta.dirname, '..', 'lib', 'load-clients.ts');

interface Phase {
  mode: 'http' | 'in-process';
  concurrency: number;
  answered: number;
  errors: number;
  elapsedMs: number;
  p50: number;
  p99: number;
  throughput: number;
}

async function load(
  concurrency: number,
  once: (n: number) => Promise<boolean>,
) {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const started = performance.now();
  const stopAt = started + PHASE_MS;
  const client = async () => {
    while (performance.now() < stopAt) {
      const t = performance.now();
      const ok = await once(n++).catch(() => false);
      latencies.push(performance.now() - t);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsedMs = performance.now() - started;
  return {
    answered: latencies.length,
    errors,
    elapsedMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    throughput: latencies.length / (elapsedMs / 1000),
  };
}

export async function run(): Promise<CaseResult> {
  // Every client here is one loopback IP: the per-client and per-subject limits would answer
  // 429 after 30 requests. Off for the load test (each costs two conditional writes when on).
  process.env.INTAKE_LIMIT_PER_CLIENT = '0';
  process.env.INTAKE_LIMIT_PER_SUBJECT = '0';
  const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
  const stack = await startEmbeddedStack({
    logLevel: 'ERROR',
    dynamoThread: DYNAMO_THREAD,
  });
  const clear = () => fetch(`${stack.mailUrl}/clear-store`, { method: 'POST' });
  // The form page's signed token (CSRF), as a browser posting the real form sends it.
  const formToken = await formTokenFrom(stack.apiUrl);
  const body = (n: number, phase: string) =>
    new URLSearchParams({
      merchant: 'lastu',
      type: 'access',
      email: `load-${phase}-${n}@example.com`,
      formToken,
    }).toString();
  try {
    // Warm-up: the handler module is imported on its first invocation.
    await fetch(`${stack.apiUrl}/requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: body(0, 'warm'),
    });
    await clear();
    const phases: Phase[] = [];
    for (const concurrency of CONCURRENCY) {
      const { stdout } = await promisify(execFile)(process.execPath, [
        CLIENTS,
        `${stack.apiUrl}/requests`,
        String(concurrency),
        String(PHASE_MS),
        formToken,
        `h${concurrency}`,
      ]);
      const http = JSON.parse(stdout) as Awaited<ReturnType<typeof load>>;
      phases.push({ mode: 'http', concurrency, ...http });
      await clear();

      const host = new URL(stack.apiUrl).host;
      const bare = await load(concurrency, async (n) => {
        const out = (await stack.invoker.invoke(
          'SubmitRequest',
          httpEvent('POST', '/requests', {
            headers: {
              host,
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
            },
            body: body(n, `b${concurrency}`),
            sourceIp: '127.0.0.1',
            requestId: `bench-${n}`,
          }),
        )) as { statusCode?: number };
        return out.statusCode === 202;
      });
      phases.push({ mode: 'in-process', concurrency, ...bare });
      await clear();
    }
    const rows: Row[] = phases.flatMap((p) => {
      const label = `${p.mode === 'http' ? 'HTTP' : 'bare handler'} c=${p.concurrency}`;
      return [
        info(
          `${label}: p50 / p99`,
          p.p50,
          () => `${fmt.ms(p.p50)} / ${fmt.ms(p.p99)}`,
        ),
        info(
          `${label}: throughput`,
          p.throughput,
          (n) =>
            `${fmt.perSec(n)} (${p.answered} answered, ${p.errors} errors)`,
        ),
      ];
    });
    return {
      id: '3 intake',
      title: 'Intake under load: POST /requests, local HTTP vs bare handler',
      rows,
      notes: [
        `${PHASE_MS / 1000} s per phase, closed-loop clients (HTTP: in a process of their own), loopback, dynalite ${DYNAMO_THREAD ? 'on its worker thread' : 'in the stack thread'}; errors = non-202 answers or exceptions.`,
        `Load average (1/5/15 min) before ${loadBefore.join(' / ')}, after ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' / ')}.`,
        'The issue sets no target: figures are informational. Both modes include dynalite and SES emulator calls over loopback.',
      ],
      details: phases,
    };
  } finally {
    await stack.close();
  }
}
