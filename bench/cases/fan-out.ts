/**
 * Case 4 — fan-out.
 *
 * Method: the real statemachines/dsr.asl.json on LocalStepFunctions with fake task functions
 * (as tests/asl/paths.test.ts does): the decision is answered at once, PlanJobs returns N
 * processors, each RunProcessorJob takes LATENCY_MS. The Map's time is read from the execution
 * history (MapStateEntered → MapStateExited) and set beside the theoretical minimum
 * LATENCY_MS × ceil(N / MaxConcurrency), MaxConcurrency read from the ASL.
 * Target (this bench's own choice; the issue sets none): Map time within 25% of that minimum.
 * Limitations: the local engine, not AWS (which adds its own per-state latency); no real Lambda.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalStepFunctions, loadAsl } from '#infra/local/sfn-local.ts';
import { STATE_MACHINES, substitutionsFor } from '#infra/wiring.ts';
import { waitFor } from '../../tests/helpers/wait-for.ts';
import { atMost, type CaseResult, fmt, info, type Row } from '../lib/result.ts';

const LATENCY_MS = 100;
const SIZES = [10, 50];
const SLACK = 1.25;
const ROOT = join(import.meta.dirname, '..', '..');
const MACHINE = STATE_MACHINES.DsrWorkflow;

function maxConcurrency(): number {
  const asl = JSON.parse(readFileSync(join(ROOT, MACHINE.file), 'utf8')) as {
    States: Record<string, { Type: string; MaxConcurrency?: number }>;
  };
  const map = Object.values(asl.States).find((s) => s.Type === 'Map');
  if (!map?.MaxConcurrency)
    throw new Error('no Map with MaxConcurrency in the ASL');
  return map.MaxConcurrency;
}

async function fanOut(n: number) {
  const sfn: LocalStepFunctions = new LocalStepFunctions({
    region: 'eu-north-1',
    accountId: '123456789012',
    invoke: async (arn, payload) => {
      const fn = arn.split(':function:')[1]?.split(':')[0];
      const p = payload as Record<string, unknown>;
      if (fn === 'RequestDecision') {
        setImmediate(() =>
          sfn.sendTaskSuccess({
            taskToken: String(p.taskToken),
            output: JSON.stringify({
              decision: 'approve',
              link: 'a'.repeat(64),
            }),
          }),
        );
        return { sent: true };
      }
      if (fn === 'PlanJobs')
        return {
          next: 'run',
          jobs: Array.from({ length: n }, (_, i) => ({ processorId: `p${i}` })),
          round: 1,
          notBefore: null,
        };
      if (fn === 'RunProcessorJob') {
        await new Promise((r) => setTimeout(r, LATENCY_MS));
        return { processorId: p.processorId, outcome: 'COMPLETED', records: 1 };
      }
      return { status: 'COMPLETED' };
    },
  });
  try {
    const arn = sfn.createStateMachine(
      'DsrWorkflow',
      loadAsl(
        join(ROOT, MACHINE.file),
        substitutionsFor(
          MACHINE,
          (fn) => `arn:aws:lambda:eu-north-1:123456789012:function:${fn}`,
        ),
      ),
    );
    const started = performance.now();
    const { executionArn } = sfn.startExecution({
      stateMachineArn: arn,
      input: JSON.stringify({
        requestId: 'r',
        merchantId: 'm',
        type: 'access',
      }),
    });
    await waitFor(
      () => sfn.describeExecution({ executionArn }).status !== 'RUNNING',
      { timeoutMs: 30_000 },
    );
    const executionMs = performance.now() - started;
    const status = sfn.describeExecution({ executionArn }).status;
    const events = sfn.getExecutionHistory({
      executionArn,
      maxResults: 1000,
    }).events;
    const at = (type: string) => {
      const event = events.find((e) => e.type === type);
      return event ? new Date(event.timestamp ?? 0).getTime() : Number.NaN;
    };
    const mapMs = at('MapStateExited') - at('MapStateEntered');
    return {
      status,
      // A run that failed or never left the Map is a miss, not a negative time.
      mapMs:
        status === 'SUCCEEDED' && Number.isFinite(mapMs)
          ? mapMs
          : Number.POSITIVE_INFINITY,
      executionMs,
    };
  } finally {
    await sfn.close();
  }
}

export async function run(): Promise<CaseResult> {
  const concurrency = maxConcurrency();
  const rows: Row[] = [];
  const details = [];
  for (const n of SIZES) {
    const minimum = LATENCY_MS * Math.ceil(n / concurrency);
    const r = await fanOut(n);
    details.push({ n, concurrency, minimumMs: minimum, ...r });
    rows.push(
      atMost(
        `${n} processors, MaxConcurrency ${concurrency}: Map time`,
        r.mapMs,
        minimum * SLACK,
        fmt.ms,
      ),
    );
    rows.push(
      info(
        `  theoretical minimum / execution end to end (${r.status})`,
        minimum,
        (m) => `${fmt.ms(m)} / ${fmt.ms(r.executionMs)}`,
      ),
    );
  }
  return {
    id: '4 fan-out',
    title:
      'Fan-out: Map over N processors vs latency × ceil(N / MaxConcurrency)',
    rows,
    notes: [
      `Fake tasks, ${LATENCY_MS} ms per processor job; target = within ${Math.round((SLACK - 1) * 100)}% of the theoretical minimum (bench's own threshold).`,
    ],
    details,
  };
}
