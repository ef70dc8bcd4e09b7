/**
 * Writes functions/domain/deadlines/vendor/date-holidays-parser.js from the installed
 * `date-holidays-parser` (scripts/holiday-parser-bundle.ts says what changes and why). Run after
 * upgrading it: `npx tsx scripts/vendor-holiday-parser.ts`; a test fails until then.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleHolidayParser,
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
