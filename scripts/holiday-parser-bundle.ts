/**
 * Builds functions/domain/deadlines/vendor/date-holidays-parser.js: the installed
 * `date-holidays-parser` and its dependencies as one ES module, with two changes.
 * - `moment-timezone` (~0.7 MB with its zone data, loaded by every Lambda that computes a
 *   deadline) is replaced by functions/domain/deadlines/moment-shim.ts, the two calls `caldate`
 *   makes answered from `Intl`.
 * - The calendars no bundled rule uses (equinoxes and solstices, Chinese, Jalaali, Bengali, with
 *   astronomia's ephemerides) are left out: constructing one throws, and a test runs every rule
 *   of every supported country and state. The Hijri and Hebrew calendars stay (Ceuta's and
 *   Melilla's public Eid holidays, Croatia's optional ones), and so does the Julian calendar
 *   (Croatia's `julian 12-25`), with only astronomia's `julian` module, vendored on its own
 *   (`calendars/julian.mjs`, ~25 KB) and loaded when a rule first converts a Julian date.
 * - The Hebrew and Hijri calendars' month tables (~40 KB, used by Croatia's optional holidays and
 *   Ceuta's and Melilla's public ones only) are JSON files beside the module (`calendars/`), read
 *   when a rule first looks a month up (functions/domain/deadlines/calendar-tables.ts).
 * Used by scripts/vendor-holiday-parser.ts and by the test that checks the committed file is
 * current; never imported by runtime code. Offline: reads node_modules only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Where the module is written, and what it imports in place of moment-timezone. */
export const VENDORED_PARSER = 'functions/domain/deadlines/vendor';
const SHIM = '../moment-shim.ts';
const TABLES = '../calendar-tables.ts';
/** The month tables written beside the module, by calendar. */
export const CALENDAR_TABLES = ['hebrew', 'hijri'] as const;
const TABLE_MODULE =
  /[\\/]date-holidays-parser[\\/]src[\\/]internal[\\/](hebrew|hijri)-calendar\.js$/;

const LEFT_OUT =
  /[\\/]date-holidays-parser[\\/]src[\\/](Equinox|Chinese|Jalaali|BengaliRevised)\.js$/;
const BUNDLED = ['date-holidays-parser', 'caldate', 'deepmerge', 'date-easter'];

const require = createRequire(import.meta.url);
function packageDir(name: string): string {
  // `exports` maps hide package.json for some: find it above the resolved entry.
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(join('node_modules', name))) dir = dirname(dir);
  return dir;
}

function packageOf(name: string): { version: string; license: string } {
  return JSON.parse(
    readFileSync(join(packageDir(name), 'package.json'), 'utf8'),
  );
}

/** The licence file a package ships (LICENSE, LICENSE.md, license.txt…). */
function licenceOf(name: string): string {
  const dir = packageDir(name);
  const file = readdirSync(dir).find((f) => /^licen[cs]e(\.\w+)?$/i.test(f));
  if (!file) throw new Error(`${name} ships no licence file`);
  return readFileSync(join(dir, file), 'utf8');
}

const replacements: Plugin = {
  name: 'dsr-holiday-parser',
  setup(b) {
    b.onResolve({ filter: /^moment-timezone$/ }, () => ({
      path: SHIM,
      external: true,
    }));
    b.onResolve({ filter: /^\.\.\/calendar-tables\.ts$/ }, () => ({
      path: TABLES,
      external: true,
    }));
    b.onLoad({ filter: TABLE_MODULE }, (args) => ({
      contents: `import { calendarTable } from '${TABLES}';\nexport const calendar = calendarTable('${TABLE_MODULE.exec(args.path)?.[1]}');\n`,
    }));
    // Julian.js imports `{ julian }` from astronomia's index, which loads every module it has.
    b.onResolve({ filter: /^astronomia$/ }, (args) =>
      /[\\/]Julian\.js$/.test(args.importer)
        ? { path: 'astronomia-julian', namespace: 'dsr' }
        : undefined,
    );
    b.onLoad({ filter: /^astronomia-julian$/, namespace: 'dsr' }, () => ({
      contents: `import { julianCalendar } from '${TABLES}';\nexport const julian = julianCalendar();\n`,
      resolveDir: process.cwd(),
    }));
    b.onLoad({ filter: LEFT_OUT }, (args) => {
      const name = LEFT_OUT.exec(args.path)?.[1];
      return {
        contents: `export default class ${name} {\n  constructor() {\n    throw new Error('date-holidays-parser: the ${name} calendar is not bundled (scripts/holiday-parser-bundle.ts)');\n  }\n}\n`,
      };
    });
  },
};

/** The month tables of the calendars as the committed `calendars/<name>.json` must read. */
export async function calendarTables(): Promise<Record<string, string>> {
  const tables: Record<string, string> = {};
  for (const name of CALENDAR_TABLES) {
    const file = join(
      packageDir('date-holidays-parser'),
      'src',
      'internal',
      `${name}-calendar.js`,
    );
    const { calendar } = (await import(pathToFileURL(file).href)) as {
      calendar: unknown;
    };
    tables[name] = `${JSON.stringify(calendar)}\n`;
  }
  return tables;
}

/** The licence notices of packages, for the header of a file that copies them. */
function notices(names: readonly string[]): string[] {
  // The MIT and ISC licences ask that their notice go with every copy: the file is one.
  return names.flatMap((name) => [
    ' *',
    ` * ${name}:`,
    ...licenceOf(name)
      .trim()
      .replaceAll('*/', '* /')
      .split(/\r?\n/)
      .map((line) => ` *   ${line}`.trimEnd()),
  ]);
}

/** astronomia's `julian` module as one ES module (`calendars/julian.mjs`), as committed. */
export async function bundleJulian(): Promise<string> {
  const result = await build({
    entryPoints: ['astronomia/julian'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    legalComments: 'inline',
    logLevel: 'silent',
    absWorkingDir: process.cwd(),
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild wrote nothing');
  return [
    '/**',
    ' * GENERATED by scripts/vendor-holiday-parser.ts from the installed package: do not edit.',
    ` * astronomia@${packageOf('astronomia').version}'s julian module, for the holiday parser's Julian calendar.`,
    ' * Its licence follows.',
    ...notices(['astronomia']),
    ' */',
    code.replace(/\/\/ node_modules[^\n]*\n/g, ''),
  ].join('\n');
}

/** The module's text, as the committed file must read. */
export async function bundleHolidayParser(): Promise<string> {
  const result = await build({
    entryPoints: ['date-holidays-parser'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    legalComments: 'inline',
    plugins: [replacements],
    logLevel: 'silent',
    absWorkingDir: process.cwd(),
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild wrote nothing');
  const sources = BUNDLED.map((name) => {
    const pkg = packageOf(name);
    return ` *   ${name}@${pkg.version} (${pkg.license})`;
  });
  return [
    '// @ts-nocheck',
    '/**',
    ' * GENERATED by scripts/vendor-holiday-parser.ts from the installed packages: do not edit.',
    ' * date-holidays-parser with moment-timezone replaced by ../moment-shim.ts and the calendars no',
    " * supported country uses left out, the Hebrew and Hijri month tables and astronomia's Julian",
    ' * calendar read from ./calendars/ when first used (scripts/holiday-parser-bundle.ts says why).',
    ' * Sources:',
    ...sources,
    ' * Their licences follow.',
    ...notices(BUNDLED),
    ' */',
    code.replace(/\/\/ (node_modules|dsr:)[^\n]*\n/g, ''),
  ].join('\n');
}
