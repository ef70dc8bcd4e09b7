/**
 * Writes the holiday rules of the countries the deadline engine supports, taken from the installed
 * `date-holidays` data, to `functions/domain/deadlines/holiday-data.json`. Bundling only these keeps
 * the Lambdas that compute deadlines small and quick to start (the full set covers ~200 countries).
 * Run after upgrading `date-holidays`: `npx tsx scripts/trim-holiday-data.ts`; a test fails until then.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trimHolidayData } from '../functions/domain/deadlines/holiday-data-trim.ts';

const out = join(
  import.meta.dirname,
  '../functions/domain/deadlines/holiday-data.json',
);
writeFileSync(out, `${JSON.stringify(await trimHolidayData())}\n`);
process.stdout.write(`wrote ${out}\n`);
