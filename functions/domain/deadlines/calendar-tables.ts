/**
 * The Hebrew and Hijri calendars' month tables of the vendored holiday parser (~40 KB;
 * scripts/holiday-parser-bundle.ts), read the first time a rule looks a month up: only Croatia's
 * optional holidays and Ceuta's and Melilla's public ones use them, so a function loads them
 * only for such a merchant, never at init. Synchronous, as the parser is. The path is the same
 * beside this module and beside a function's bundled chunks (infra/constructs/lambda-bundle.ts
 * copies the folder).
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
