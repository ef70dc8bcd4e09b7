/**
 * The Hebrew and Hijri calendars' month tables (~40 KB) and astronomia's Julian calendar (~25 KB)
 * of the vendored holiday parser (scripts/holiday-parser-bundle.ts), read the first time a rule
 * needs one: only Croatia's optional holidays and Ceuta's and Melilla's public ones use them, so
 * a function loads them only for such a merchant, never at init. Synchronous, as the parser is
 * (`calendars/julian.mjs` through Node's `require` of an ES module). The path is the same beside
 * this module and beside a function's bundled chunks (infra/constructs/lambda-bundle.ts copies
 * the folder).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** The calendar's table, as the parser reads it (`table[year]`, `table.year`). */
export function calendarTable(
  name: 'hebrew' | 'hijri',
): Record<string, unknown> {
  let table: Record<string, unknown> | undefined;
  return new Proxy(
    {},
    {
      get: (_, key) => {
        table ??= load(`./vendor/calendars/${name}.json`) as Record<
          string,
          unknown
        >;
        return Reflect.get(table, key);
      },
    },
  );
}

/** astronomia's `julian` module, as the parser's Julian calendar uses it (`julian.CalendarJulian`). */
export function julianCalendar(): Record<string, unknown> {
  let julian: Record<string, unknown> | undefined;
  return new Proxy(
    {},
    {
      get: (_, key) => {
        julian ??= (
          load('./vendor/calendars/julian.mjs') as {
            default: Record<string, unknown>;
          }
        ).default;
        return Reflect.get(julian, key);
      },
    },
  );
}
