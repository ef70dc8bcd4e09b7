/**
 * Runs one benchmark case in this (fresh) process and writes its result as JSON to the given file.
 * Each case gets its own process: the embedded stack sets process.env and handler modules cache
 * their clients, so two stacks must not share a process.
 *   tsx bench/run-one.ts <case-module> <out.json>
 */
import { writeFileSync } from 'node:fs';
import type { CaseResult } from './lib/result.ts';

const [name, out] = process.argv.slice(2);
if (!name || !out) throw new Error('usage: run-one.ts <case> <out.json>');
const mod = (await import(`./cases/${name}.ts`)) as {
  run: () => Promise<CaseResult>;
};
const result = await mod.run();
writeFileSync(out, JSON.stringify(result));
process.exit(0);
