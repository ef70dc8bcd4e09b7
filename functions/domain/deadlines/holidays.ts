/**
 * Public holidays per country (and subdivision) from `date-holidays`, `public` type only, plus the
 * explicit rules the library does not encode as public holidays (legal-rules §4):
 * - the Finnish Midsummer Eve and Christmas Eve (`bank` in the library; disputed, flag `FI-EVE`);
 * - the Canadian federal holidays of the Interpretation Act s.35 that the library files as provincial
 *   or as observances (for the PIPEDA outer bound).
 * Other `bank` days are never holidays: they are only reported, so that a deadline landing on one can
 * carry `BANK-PITFALL` (Finnish New Year's Eve, legal-rules vector G35).
 */
import { createRequire } from 'node:module';
import { addDays, dayOfWeek, isoDate, type LocalDate } from './calendar.ts';
import { SUPPORTED_COUNTRIES } from './supported-countries.ts';
// date-holidays-parser without moment-timezone (scripts/holiday-parser-bundle.ts).
import HolidaysParser, {
  type HolidaysTypes,
} from './vendor/date-holidays-parser.js';

/**
 * Version of the holiday data: the `date-holidays` package that supplies it. Stored with every
 * computation. A unit test checks it against the installed package, so bump it with the dependency.
 */
export const holidayDataVersion = 'date-holidays@3.37.0';

/** A country (ISO 3166-1 alpha-2) with an optional subdivision: `FI`, `DE-BY`, `GB-ENG`, `US-CA`. */
export type CountryCode = string;

/** What the holiday data say about one local date in one country. */
export interface DayInfo {
  /** A whole-day `public` holiday (substitute days included). */
  publicHoliday: boolean;
  /** A `public` holiday that starts after midnight (e.g. Iceland's Christmas Eve from 13:00). */
  partialHoliday: boolean;
  /** Finnish Midsummer Eve or Christmas Eve (Act 150/1930 §5). */
  finnishEve: boolean;
  /** A `bank` day of the library that is none of the above: a working day. */
  bankDay: boolean;
  /** Names of the entries found, for explanations. */
  names: string[];
}

const COUNTRY_CODE = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;

/** The parser's input: one country's rules and the names they use (holiday-data-trim.ts). */
export interface HolidayData {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
}

const supported = new Set<string>(SUPPORTED_COUNTRIES);
const load = createRequire(import.meta.url);
const dataSets = new Map<string, HolidayData>();

/**
 * The bundled `date-holidays` data of one supported country (`FI`, `DE`; no subdivision), read
 * from `holiday-data/<country>.json` the first time it is asked for, synchronously: a function
 * loads only its merchant's country, never at init. The path is the same beside this module and
 * beside a function's bundled chunks (infra/constructs/lambda-bundle.ts copies the folder).
 */
export function holidayData(country: string): HolidayData {
  let data = dataSets.get(country);
  if (data) return data;
  if (!supported.has(country))
    throw new RangeError(`unsupported country: ${country}`);
  data = load(`./holiday-data/${country}.json`) as HolidayData;
  dataSets.set(country, data);
  return data;
}

const parsedCountries = new Map<
  CountryCode,
  { country: string; state?: string } | undefined
>();

/** Splits `DE-BY` into `{ country: 'DE', state: 'BY' }`; undefined if the library does not know it. */
export function parseCountry(
  code: CountryCode,
): { country: string; state?: string } | undefined {
  if (parsedCountries.has(code)) return parsedCountries.get(code);
  const m = COUNTRY_CODE.exec(code);
  let parsed: { country: string; state?: string } | undefined;
  if (m?.[1] && supported.has(m[1])) {
    const [country, state] = [m[1], m[2]];
    if (state === undefined) parsed = { country };
    else if (
      state in
      (new HolidaysParser(holidayData(country)).getStates(country) ?? {})
    )
      parsed = { country, state };
  }
  if (parsedCountries.size < 1000) parsedCountries.set(code, parsed);
  return parsed;
}

interface CountryData {
  publicDays: HolidaysParser;
  bankDays: HolidaysParser;
  years: Map<number, Map<LocalDate, DayInfo>>;
}

const cache = new Map<CountryCode, CountryData>();

function countryData(code: CountryCode): CountryData {
  let data = cache.get(code);
  if (data) return data;
  const parsed = parseCountry(code);
  if (!parsed) throw new RangeError(`unsupported country: ${code}`);
  const rules = holidayData(parsed.country);
  const make = (type: HolidaysTypes.HolidayType) =>
    parsed.state
      ? new HolidaysParser(rules, parsed.country, parsed.state, {
          types: [type],
        })
      : new HolidaysParser(rules, parsed.country, { types: [type] });
  data = {
    publicDays: make('public'),
    bankDays: make('bank'),
    years: new Map(),
  };
  cache.set(code, data);
  return data;
}

function emptyInfo(): DayInfo {
  return {
    publicHoliday: false,
    partialHoliday: false,
    finnishEve: false,
    bankDay: false,
    names: [],
  };
}

/** The local dates an entry covers: `date` holds its local start; some last 2 days (RO 1–2 Jan). */
function coveredDates(h: HolidaysTypes.Holiday): LocalDate[] {
  const first = h.date.slice(0, 10);
  const days = Math.max(
    1,
    Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000),
  );
  return Array.from({ length: days }, (_, i) => addDays(first, i));
}

function yearTable(code: CountryCode, year: number): Map<LocalDate, DayInfo> {
  const data = countryData(code);
  let table = data.years.get(year);
  if (table) return table;
  table = new Map();
  const entry = (d: LocalDate) => {
    let info = table?.get(d);
    if (!info) {
      info = emptyInfo();
      table?.set(d, info);
    }
    return info;
  };
  for (const h of data.publicDays.getHolidays(year)) {
    const partial = !h.date.slice(11).startsWith('00:00');
    for (const d of coveredDates(h)) {
      const info = entry(d);
      if (partial) info.partialHoliday = true;
      else info.publicHoliday = true;
      info.names.push(h.name);
    }
  }
  for (const h of data.bankDays.getHolidays(year)) {
    for (const d of coveredDates(h)) {
      const info = entry(d);
      info.bankDay = true;
      info.names.push(h.name);
    }
  }
  data.years.set(year, table);
  return table;
}

/**
 * Midsummer Eve (the Friday between 19 and 25 June) or Christmas Eve (24 December): the two
 * Finnish eves of Act 150/1930 §5 (legal-rules §4.1–4.2).
 */
export function isFinnishEve(date: LocalDate): boolean {
  const md = date.slice(5);
  if (md === '12-24') return true;
  return md >= '06-19' && md <= '06-25' && dayOfWeek(date) === 5;
}

/** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The `n`-th (1-based) `weekday` (0 = Sunday) of a month. */
function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  n: number,
): LocalDate {
  const first = isoDate(year, month, 1);
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/**
 * Federal "holidays" of the Canadian Interpretation Act s.35(1) that `date-holidays` does not list as
 * national `public` days: Easter Monday, Victoria Day, the National Day for Truth and Reconciliation
 * (from 2021), Thanksgiving, Remembrance Day and Boxing Day; plus the s.35(2) Mondays after
 * New Year's Day, Canada Day and Remembrance Day when they fall on a Sunday.
 */
export function isCanadianFederalHoliday(date: LocalDate): boolean {
  const year = Number(date.slice(0, 4));
  const md = date.slice(5);
  const fixed = ['11-11', '12-26', ...(year >= 2021 ? ['09-30'] : [])];
  if (fixed.includes(md)) return true;
  if (date === addDays(easterSunday(year), 1)) return true;
  // Victoria Day: the Monday before 25 May, i.e. the last Monday on or before 24 May.
  const may24 = isoDate(year, 5, 24);
  if (date === addDays(may24, -((dayOfWeek(may24) + 6) % 7))) return true;
  if (date === nthWeekday(year, 10, 1, 2)) return true;
  if (dayOfWeek(date) === 1) {
    const sunday = addDays(date, -1).slice(5);
    if (['01-01', '07-01', '11-11'].includes(sunday)) return true;
  }
  return false;
}

/**
 * What the holiday data say about `date` in `country` (`FI`, `DE-BY`, `GB-ENG`, `US-CA`, …).
 * Memoized per country and year. Throws `RangeError` for a country the library does not know.
 */
export function dayInfo(country: CountryCode, date: LocalDate): DayInfo {
  const year = Number(date.slice(0, 4));
  const info = emptyInfo();
  // Entries of a neighbouring year can land on this date (substitute days, two-day holidays).
  for (const y of [year - 1, year, year + 1]) {
    const found = yearTable(country, y).get(date);
    if (!found) continue;
    info.publicHoliday ||= found.publicHoliday;
    info.partialHoliday ||= found.partialHoliday;
    info.bankDay ||= found.bankDay;
    info.names.push(...found.names);
  }
  if (country === 'FI' && isFinnishEve(date)) info.finnishEve = true;
  if (country.startsWith('CA') && isCanadianFederalHoliday(date))
    info.publicHoliday = true;
  if (info.publicHoliday) info.partialHoliday = false;
  if (info.publicHoliday || info.partialHoliday || info.finnishEve)
    info.bankDay = false;
  return info;
}
