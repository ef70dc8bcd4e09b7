/**
 * The subset of the `date-holidays` data the engine needs, one file per country a regime accepts
 * (`holiday-data/<country>.json`): the country's rules and the shared names they refer to, a data
 * set `date-holidays-parser` reads on its own. A function reads only its merchant's country, when
 * its first deadline is computed (holidays.ts). Used by scripts/trim-holiday-data.ts and by the
 * test that checks the committed files are current; never imported by runtime code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HolidayData } from './holidays.ts';
import { SUPPORTED_COUNTRIES } from './supported-countries.ts';

type Names = Record<string, { name: Record<string, string> }>;

/**
 * The shared names a country's rules refer to (`_name`) and the substitute days' name, each in the
 * languages the parser can pick for that country: the `langs` of the country, its states and
 * regions, then English (`Holidays#setLanguages`; the engine never asks for another language).
 */
function namesUsed(rules: unknown, names: Names): Names {
  const used = new Set<string>(['substitutes']);
  const langs = new Set<string>(['en']);
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '_name' && typeof value === 'string') used.add(value);
      else if (key === 'langs' && Array.isArray(value))
        for (const lang of value) langs.add(String(lang));
      else walk(value);
    }
  };
  walk(rules);
  const out: Names = {};
  for (const key of [...used].sort()) {
    const entry = names[key];
    if (!entry) continue;
    out[key] = {
      ...entry,
      name: Object.fromEntries(
        Object.entries(entry.name).filter(([lang]) => langs.has(lang)),
      ),
    };
  }
  return out;
}

/** Each supported country's data set, by country code. */
export async function trimHolidayData(): Promise<Record<string, HolidayData>> {
  // The data file is not an export of the package: read it beside the resolved entry point.
  const entry = fileURLToPath(import.meta.resolve('date-holidays'));
  const file = join(dirname(entry), '..', 'data', 'holidays.json');
  const full = JSON.parse(readFileSync(file, 'utf8')) as HolidayData;
  const out: Record<string, HolidayData> = {};
  for (const country of SUPPORTED_COUNTRIES) {
    const rules = full.holidays[country];
    if (!rules) throw new Error(`date-holidays has no ${country}`);
    out[country] = {
      version: full.version,
      license: full.license,
      holidays: { [country]: rules },
      names: namesUsed(rules, full.names as Names),
    };
  }
  return out;
}
