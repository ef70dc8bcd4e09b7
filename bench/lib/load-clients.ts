/**
 * Closed-loop HTTP clients in a process of their own, so the load they generate is not counted
 * against the stack they load: each of `concurrency` clients posts its next form as soon as the
 * previous answer arrived, for `ms` milliseconds; requests in flight at the end are awaited and
 * counted. Prints one JSON line (answered, errors, elapsed, p50, p99, throughput).
 * Plain Node (types stripped), no dependencies:
 *   node bench/lib/load-clients.ts <url> <concurrency> <ms> <form-token> <label>
 */
import { percentile } from './stats.ts';

const [url, concurrencyArg, msArg, formToken, label] = process.argv.slice(2);
if (!url || !concurrencyArg || !msArg || !formToken || !label)
  throw new Error(
    'usage: load-clients.ts <url> <concurrency> <ms> <form-token> <label>',
  );
const concurrency = Number(concurrencyArg);
const durationMs = Number(msArg);

const latencies: number[] = [];
let errors = 0;
let n = 0;
const started = performance.now();
const stopAt = started + durationMs;
const client = async () => {
  while (performance.now() < stopAt) {
    const t = performance.now();
    const body = new URLSearchParams({
      merchant: 'lastu',
      type: 'access',
      email: `load-${label}-${n++}@example.com`,
      formToken,
    }).toString();
    const ok = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body,
    })
      .then(async (res) => {
        await res.arrayBuffer();
        return res.status === 202;
      })
      .catch(() => false);
    latencies.push(performance.now() - t);
    if (!ok) errors++;
  }
};
await Promise.all(Array.from({ length: concurrency }, client));
const elapsedMs = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    answered: latencies.length,
    errors,
    elapsedMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    throughput: latencies.length / (elapsedMs / 1000),
  })}\n`,
);
