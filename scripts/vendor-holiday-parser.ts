/**
 * Writes functions/domain/deadlines/vendor/date-holidays-parser.js (and the calendars' month
 * tables beside it, vendor/calendars/) from the installed
 * `date-holidays-parser` (scripts/holiday-parser-bundle.ts says what changes and why). Run after
 * upgrading it: `npx tsx scripts/vendor-holiday-parser.ts`; a test fails until then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleHolidayParser,
  bundleJulian,
  calendarTables,
  VENDORED_PARSER,
} from './holiday-parser-bundle.ts';

const out = join(
  import.meta.dirname,
  '..',
  VENDORED_PARSER,
  'date-holidays-parser.js',
);
writeFileSync(out, await bundleHolidayParser());
process.stdout.write(`wrote ${out}\n`);
const tables = join(import.meta.dirname, '..', VENDORED_PARSER, 'calendars');
mkdirSync(tables, { recursive: true });
for (const [name, json] of Object.entries(await calendarTables()))
  writeFileSync(join(tables, `${name}.json`), json);
writeFileSync(join(tables, 'julian.mjs'), await bundleJulian());
process.stdout.write(`wrote ${tables}\n`);
