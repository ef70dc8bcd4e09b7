/**
 * Writes the holiday rules of each country the deadline engine supports, taken from the installed
 * `date-holidays` data, to `functions/domain/deadlines/holiday-data/<country>.json`. A Lambda reads
 * only its merchant's country, the first time it computes a deadline (the full set covers ~200
 * countries; the 35 supported ones are ~140 KB, one is 1–20 KB).
 * Run after upgrading `date-holidays`: `npx tsx scripts/trim-holiday-data.ts`; a test fails until then.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trimHolidayData } from '../functions/domain/deadlines/holiday-data-trim.ts';

const dir = join(
  import.meta.dirname,
  '../functions/domain/deadlines/holiday-data',
);
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) rmSync(join(dir, old));
for (const [country, data] of Object.entries(await trimHolidayData()))
  writeFileSync(join(dir, `${country}.json`), `${JSON.stringify(data)}\n`);
process.stdout.write(`wrote ${dir}\n`);
