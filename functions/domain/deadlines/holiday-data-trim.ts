/**
 * The subset of the `date-holidays` data the engine needs: every country a regime accepts.
 * Used by scripts/trim-holiday-data.ts and by the test that checks the committed file is current;
 * never imported by runtime code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_COUNTRIES } from './supported-countries.ts';

interface HolidayData {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
}

export async function trimHolidayData(): Promise<HolidayData> {
  // The data file is not an export of the package: read it beside the resolved entry point.
  const entry = fileURLToPath(import.meta.resolve('date-holidays'));
  const file = join(dirname(entry), '..', 'data', 'holidays.json');
  const full = JSON.parse(readFileSync(file, 'utf8')) as HolidayData;
  const holidays: Record<string, unknown> = {};
  for (const country of SUPPORTED_COUNTRIES) {
    if (!(country in full.holidays))
      throw new Error(`date-holidays has no ${country}`);
    holidays[country] = full.holidays[country];
  }
  return {
    version: full.version,
    license: full.license,
    holidays,
    names: full.names,
  };
}
