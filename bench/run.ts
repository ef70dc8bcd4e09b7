/**
 * `npm run bench`: runs every case in its own Node process (bench/run-one.ts), prints one table
 * (figure, target, PASS/MISS) with each case's method notes, and writes bench/results.json with the
 * machine's facts. Not part of `npm test`; misses are findings, so the exit code is 0 unless a
 * case crashed. `npm run bench -- fan-out deadline-sweep` runs only the named cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineFacts } from './lib/machine.ts';
import { type CaseResult, formatMarkdown, formatTable } from './lib/result.ts';

const CASES = [
  'cost-per-request',
  'cold-start',
  'intake-load',
  'intake-parity',
  'fan-out',
  'deadline-sweep',
  'export',
];
const CASE_TIMEOUT_MS = 5 * 60_000;
/** Cases that need longer: the export streams about 1 GB at a few MB/s. */
const CASE_TIMEOUTS_MS: Record<string, number> = { export: 45 * 60_000 };

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const work = mkdtempSync(join(tmpdir(), 'dsr-bench-'));
const results: CaseResult[] = [];
let crashed = 0;
try {
  for (const name of chosen.length ? chosen : CASES) {
    if (!CASES.includes(name))
      throw new Error(`unknown case ${name}; cases: ${CASES.join(', ')}`);
    process.stderr.write(`[bench] ${name}…\n`);
    const out = join(work, `${name}.json`);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'run-one.ts'), name, out],
      {
        encoding: 'utf8',
        timeout: CASE_TIMEOUTS_MS[name] ?? CASE_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (child.status !== 0) {
      crashed++;
      process.stderr.write(
        `[bench] ${name} failed (${child.signal ?? child.status}):\n${child.stderr.slice(-4000)}\n`,
      );
      results.push({
        id: name,
        title: name,
        rows: [
          { metric: 'case', figure: 'crashed', target: '—', verdict: 'MISS' },
        ],
        notes: [],
      });
      continue;
    }
    results.push(JSON.parse(readFileSync(out, 'utf8')) as CaseResult);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const machine = machineFacts();
console.log(
  `\nBenchmarks — ${machine.date}, ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage.join(' / ')}\n`,
);
console.log(formatTable(results));
for (const r of results) {
  if (!r.notes.length) continue;
  console.log(`\n${r.id} — ${r.title}`);
  for (const note of r.notes) console.log(`  · ${note}`);
}
// Only a full run replaces the committed results: a single case must not clobber the others.
if (chosen.length === 0) {
  writeFileSync(
    join(import.meta.dirname, 'results.json'),
    `${JSON.stringify({ machine, markdown: formatMarkdown(results), results }, null, 2)}\n`,
  );
  console.log('\nwritten: bench/results.json');
}
process.exit(crashed ? 1 : 0);
