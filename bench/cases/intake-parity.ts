/**
 * Case 3b — intake timing parity: does a customer's submission take as long as a stranger's?
 *
 * Threat I1 (enumeration): the answer to `POST /requests` is byte-identical for a customer and
 * a stranger (tests/integration/intake.test.ts); this case checks that its latency does not
 * tell them apart either. Tests assert no timings (house rule), so the figures live here.
 *
 * Method: N customers are made real ones everywhere a lookup could find them: the merchant's own
 * store (`SUBJ#` items, as the seed writes them) and the processors' fakes (Shopify, SendGrid,
 * Nosto), with all seven of lastu's processors configured. N strangers are known nowhere. Their
 * addresses have the same length. Then N pairs of JSON submissions (one customer, one stranger,
 * in a seeded random order per pair, one at a time, each from its own source IP so the per-client
 * limit counts but never refuses) go to:
 *   1. the bare SubmitRequest handler through the in-process invoker (middy chain, dynalite and
 *      the SES emulator over loopback): what a caller could time, without the HTTP layer's noise;
 *   2. the submitRequest use case on in-memory ports: the code path alone.
 * A warm-up of W pairs is discarded in each. Latency = time to the handler's (use case's)
 * answer. Target: the customer/stranger ratio of the medians within 0.90–1.10. The p95 ratio is
 * informational (tails on a shared 2-core machine are GC and scheduler noise).
 * `INTAKE_PARITY_PAIRS` sets N (default 300; the use case runs 10 × N).
 */

import { memoryPorts } from '#adapters/memory/memory-ports.ts';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { subjectRef } from '#domain/links.ts';
import { startEmbeddedStack } from '#infra/local/embedded-stack.ts';
import type { ShopifySeedCustomer } from '#infra/local/fakes/shopify.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { readConfig } from '#shared/config.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { httpEvent } from '../../tests/helpers/lambda-events.ts';
import { type CaseResult, fmt, info, type Row } from '../lib/result.ts';
import { median, percentile } from '../lib/stats.ts';

const PAIRS = Number(process.env.INTAKE_PARITY_PAIRS ?? 300);
const WARM_UP = 30;
const USE_CASE_FACTOR = 10;
const TARGET = { low: 0.9, high: 1.1 };

const customer = (i: number) => `parity-customer-${i}@example.com`;
const stranger = (i: number) => `parity-stranger-${i}@example.com`;

/** A small seeded generator, so the order of each pair is the same on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The demo customer's records under another address: a customer like the seeded ones. */
function customerRecords(email: string) {
  const [demo] = loadSeed('lastu').customers;
  if (!demo) throw new Error('lastu has no demo customers');
  return demo.records.map((r) =>
    r.category === 'customer' ? { ...r, data: { ...r.data, email } } : r,
  );
}

const fakeCustomer = (email: string, i: number): ShopifySeedCustomer => ({
  email,
  firstName: 'Parity',
  lastName: `Customer ${i}`,
  orders: [
    {
      id: `#7${String(i).padStart(4, '0')}`,
      createdAt: '2025-06-01T12:00:00Z',
      total: '19.00',
      currency: 'EUR',
    },
  ],
});

interface Sample {
  customer: number[];
  stranger: number[];
  errors: number;
}

/** Runs `pairs` pairs through `submit` in a seeded random order per pair; the first `warmUp` are dropped. */
async function measure(
  pairs: number,
  warmUp: number,
  submit: (email: string, n: number) => Promise<boolean>,
): Promise<Sample> {
  const random = seeded(20_261_122);
  const out: Sample = { customer: [], stranger: [], errors: 0 };
  let n = 0;
  for (let i = 0; i < warmUp + pairs; i++) {
    const pair = [
      ['customer', customer(i)],
      ['stranger', stranger(i)],
    ] as const;
    for (const [kind, email] of random() < 0.5 ? pair : [...pair].reverse()) {
      const t = performance.now();
      const ok = await submit(email, n++).catch(() => false);
      const ms = performance.now() - t;
      if (i < warmUp) continue;
      if (!ok) out.errors++;
      out[kind].push(ms);
    }
  }
  return out;
}

const summary = (s: Sample) => ({
  errors: s.errors,
  customer: { p50: median(s.customer), p95: percentile(s.customer, 95) },
  stranger: { p50: median(s.stranger), p95: percentile(s.stranger, 95) },
});

function rowsOf(label: string, s: Sample): Row[] {
  const c = { p50: median(s.customer), p95: percentile(s.customer, 95) };
  const x = { p50: median(s.stranger), p95: percentile(s.stranger, 95) };
  const ratio = c.p50 / x.p50;
  const within = ratio >= TARGET.low && ratio <= TARGET.high && s.errors === 0;
  return [
    info(
      `${label}: customer p50 / p95`,
      c.p50,
      () => `${fmt.ms(c.p50)} / ${fmt.ms(c.p95)}`,
    ),
    info(
      `${label}: stranger p50 / p95`,
      x.p50,
      () => `${fmt.ms(x.p50)} / ${fmt.ms(x.p95)}`,
    ),
    {
      metric: `${label}: median ratio customer / stranger`,
      figure: `${fmt.num(ratio)}${s.errors ? ` (${s.errors} errors)` : ''}`,
      value: ratio,
      target: `${fmt.num(TARGET.low)}–${fmt.num(TARGET.high)}`,
      verdict: within ? 'PASS' : 'MISS',
    },
    info(`${label}: p95 ratio customer / stranger`, c.p95 / x.p95, fmt.num),
  ];
}

export async function run(): Promise<CaseResult> {
  const total = WARM_UP + PAIRS;
  const customers = Array.from({ length: total }, (_, i) => customer(i));
  const stack = await startEmbeddedStack({
    logLevel: 'ERROR',
    fakeCustomers: (demo) => [...demo, ...customers.map(fakeCustomer)],
  });
  try {
    const ports = dynamoPorts(readConfig());
    for (const email of customers)
      await ports.subjectData.put(
        'lastu',
        subjectRef('lastu', email),
        customerRecords(email),
      );
    const host = new URL(stack.apiUrl).host;
    const clear = () =>
      fetch(`${stack.mailUrl}/clear-store`, { method: 'POST' });
    const processorCalls = () =>
      [stack.fakes.shopify, stack.fakes.sendgrid, stack.fakes.nosto].reduce(
        (sum, fake) => sum + fake.server.calls.length,
        0,
      );
    const callsBefore = processorCalls();

    const handler = await measure(PAIRS, WARM_UP, async (email, n) => {
      const out = (await stack.invoker.invoke(
        'SubmitRequest',
        httpEvent('POST', '/requests', {
          headers: {
            host,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify({ merchant: 'lastu', type: 'erasure', email }),
          sourceIp: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          requestId: `parity-${n}`,
        }),
      )) as { statusCode?: number };
      return out.statusCode === 202;
    });
    const processorCallsAtIntake = processorCalls() - callsBefore;
    await clear();

    const memory = memoryPorts(new Date());
    await memory.merchants.put(loadSeed('lastu').merchant);
    for (let i = 0; i < WARM_UP + PAIRS * USE_CASE_FACTOR; i++)
      await memory.subjectData.put(
        'lastu',
        subjectRef('lastu', customer(i)),
        customerRecords(customer(i)),
      );
    const useCase = await measure(
      PAIRS * USE_CASE_FACTOR,
      WARM_UP,
      async (email) =>
        (
          await submitRequest(
            { merchant: 'lastu', type: 'erasure', email },
            memory,
          )
        ).status === 'PENDING_VERIFICATION',
    );

    return {
      id: '3b intake parity',
      title:
        'Intake timing parity: a customer’s submission vs a stranger’s (threat I1)',
      rows: [
        ...rowsOf('bare handler', handler),
        ...rowsOf('use case (memory ports)', useCase),
        {
          metric: 'processor calls during intake',
          figure: String(processorCallsAtIntake),
          value: processorCallsAtIntake,
          target: '= 0',
          verdict: processorCallsAtIntake === 0 ? 'PASS' : 'MISS',
        },
      ],
      notes: [
        `${PAIRS} pairs through the bare handler (dynalite + SES emulator over loopback), ${PAIRS * USE_CASE_FACTOR} through the use case on memory ports; ${WARM_UP} warm-up pairs dropped; one submission at a time, pair order seeded-random.`,
        'Customers exist in the merchant’s own store and in the Shopify/SendGrid/Nosto fakes; strangers nowhere; addresses of equal length.',
        'Target: medians within 10 %. The intake reads no customer data, so a miss would be noise or a regression (see docs/threat-model.md I1).',
      ],
      details: {
        pairs: PAIRS,
        warmUp: WARM_UP,
        handler: summary(handler),
        useCase: summary(useCase),
        processorCallsAtIntake,
      },
    };
  } finally {
    await stack.close();
  }
}
