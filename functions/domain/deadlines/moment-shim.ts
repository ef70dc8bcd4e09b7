/**
 * The two calls of moment-timezone that the holiday library makes (through `caldate`'s
 * `toTimezone` and `fromTimezone`), answered from `Intl` through calendar.ts: the vendored parser
 * (vendor/date-holidays-parser.js) imports this module where the library imports
 * `moment-timezone`, so no Lambda carries moment and its zone data (~0.7 MB). Zone rules come from
 * the runtime's own tz database, which is newer than moment-timezone's (a test pins this against
 * `Intl` for every zone of the bundled holiday data).
 *
 * - `tz('YYYY-MM-DD HH:mm:ss', zone).format()`: that wall-clock time in `zone`, as an ISO instant
 *   (a skipped time moves forward by the gap, a repeated one is the first: moment's rules).
 * - `tz(date, zone)`: the wall-clock fields of an instant in `zone` (`month()` counts from 0).
 */
import { type WallClock, wallClock, zonedInstant } from './calendar.ts';

const WALL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** What `caldate` reads of a moment. */
export interface ZonedMoment {
  format(): string;
  year(): number;
  month(): number;
  date(): number;
  hours(): number;
  minutes(): number;
  seconds(): number;
}

function zoned(instant: Date, timeZone: string): ZonedMoment {
  const w: WallClock = wallClock(instant, timeZone);
  return {
    format: () => instant.toISOString(),
    year: () => w.year,
    month: () => w.month - 1,
    date: () => w.day,
    hours: () => w.hour,
    minutes: () => w.minute,
    seconds: () => w.second,
  };
}

/** `moment.tz(input, zone)` for a wall-clock string or an instant. */
export function tz(input: string | Date, timeZone: string): ZonedMoment {
  if (input instanceof Date) return zoned(input, timeZone);
  const m = WALL.exec(input);
  if (!m) throw new RangeError(`not a wall-clock time: ${input}`);
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return zoned(
    zonedInstant({ year, month, day, hour, minute, second }, timeZone),
    timeZone,
  );
}

export default { tz };
