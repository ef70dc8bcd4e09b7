/**
 * `npm run bench`: runs every case in its own Node process (bench/run-one.ts), prints one table
 * (figure, target, PASS/MISS) with each case's method notes, and writes bench/results.json with the
 * machine's facts. Not part of `npm test`; misses are findings, so the exit code is 0 unless a
 * case crashed. `npm run bench -- fan-out deadline-sweep` runs only the named cases;
 * `-- --write cold-start` also puts their results into bench/results.json in place of the old
 * ones, keeping the other cases' figures (each case carries the machine facts of its own run).
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
const merge = process.argv.includes('--write');
type Stored = CaseResult & { machine?: ReturnType<typeof machineFacts> };
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
    results.push({
      ...(JSON.parse(readFileSync(out, 'utf8')) as CaseResult),
      machine: machineFacts(),
    } as Stored);
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
// A full run replaces the committed results; a partial one only with --write, case by case.
const file = join(import.meta.dirname, 'results.json');
if (chosen.length === 0) {
  writeFileSync(
    file,
    `${JSON.stringify({ machine, markdown: formatMarkdown(results), results }, null, 2)}\n`,
  );
  console.log('\nwritten: bench/results.json');
} else if (merge && !crashed) {
  const old = JSON.parse(readFileSync(file, 'utf8')) as {
    machine: ReturnType<typeof machineFacts>;
    results: Stored[];
  };
  const fresh = new Map(results.map((r) => [r.id, r]));
  const kept: Stored[] = old.results.map(
    (r) => fresh.get(r.id) ?? { ...r, machine: r.machine ?? old.machine },
  );
  for (const r of results) if (!kept.includes(r)) kept.push(r);
  writeFileSync(
    file,
    `${JSON.stringify({ machine, markdown: formatMarkdown(kept), results: kept }, null, 2)}\n`,
  );
  console.log(
    `\nupdated in bench/results.json: ${[...fresh.keys()].join(', ')}`,
  );
}
process.exit(crashed ? 1 : 0);
