/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`, no zone) and the two places where instants meet
 * zones: the local date of an instant, and the instant at which a local day ends. Deadlines are counted
 * on calendar dates, never as `n × 24 h`, so daylight-saving switches cannot shift them
 * (legal-rules §2.6).
 */

/** An ISO calendar date `YYYY-MM-DD` without a zone. Ordered as a string. */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True if `value` is a real calendar date written `YYYY-MM-DD` (so `2027-02-29` is false). */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a local date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Formats year, month (1–12) and day as `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toDayNumber(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** `date` plus `n` calendar days (`n` may be negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (`to - from`; negative if `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The day with the same number `n` months later; if that month is shorter, its last day
 * (Reg. 1182/71 Art. 3(2)(c), Finnish Act 150/1930 §3): 31 Jan + 1 → 28/29 Feb, 31 Aug + 1 → 30 Sep.
 */
export function addMonthsClamp(date: LocalDate, n: number): LocalDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  // Day 0 of the epoch (1970-01-01) was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The earlier of two local dates. */
export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** The later of two local dates. */
export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** Upper bound on consecutive non-working days; guards against a predicate that never ends. */
const MAX_ROLL_DAYS = 31;

/**
 * The first day on or after `date` that is not a non-working day (Reg. 1182/71 Art. 3(4):
 * "the following working day").
 */
export function rollForward(
  date: LocalDate,
  isNonWorking: (d: LocalDate) => boolean,
): LocalDate {
  let d = date;
  for (let i = 0; i <= MAX_ROLL_DAYS; i++) {
    if (!isNonWorking(d)) return d;
    d = addDays(d, 1);
  }
  throw new RangeError(
    `no working day within ${MAX_ROLL_DAYS} days of ${date}`,
  );
}

/** The `n`-th working day after `date` (`date` itself is not counted). */
export function addWorkingDays(
  date: LocalDate,
  n: number,
  isNonWorking: (d: LocalDate) => boolean,
): LocalDate {
  let d = date;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (!isNonWorking(d)) counted++;
  }
  return d;
}

/** Wall-clock time in some zone: month 1–12, hour 0–23. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * One formatter per zone for the life of the process: building an `Intl.DateTimeFormat` costs far
 * more than using one, and a zone is asked about on every request (the merchant's configuration
 * is validated each time it is read).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Names found not to be zones (bounded: they come from stored configuration, not from callers). */
const notZones = new Set<string>();

/** The zone's formatter; throws `RangeError` for a name that is not a zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/** The wall-clock time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return {
    year: p.year ?? 0,
    month: p.month ?? 0,
    day: p.day ?? 0,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
  };
}

/** The local calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return isoDate(year, month, day);
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  const asUtc = Date.UTC(
    p.year,
    p.month - 1,
    p.day,
    p.hour,
    p.minute,
    p.second,
    instant.getUTCMilliseconds(),
  );
  return asUtc - instant.getTime();
}

/**
 * The instant a wall-clock time in a time zone names. A time a daylight-saving switch skips moves
 * forward by the gap (02:30 on a spring-forward night at 02:00 is 03:30 of the new offset); a time
 * that happens twice is the first of the two. These are moment-timezone's rules, which the holiday
 * library was written against (moment-shim.ts).
 */
export function zonedInstant(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  // No zone switches twice within two days: the offsets a day either side are the candidates.
  const before = offsetMs(new Date(asUtc - DAY_MS), timeZone);
  const after = offsetMs(new Date(asUtc + DAY_MS), timeZone);
  const names = (t: number) => offsetMs(new Date(t), timeZone) === asUtc - t;
  const early = asUtc - Math.max(before, after);
  const late = asUtc - Math.min(before, after);
  if (names(early)) return new Date(early);
  if (names(late)) return new Date(late);
  // Skipped: the offset in force before the switch carries the time past the gap.
  return new Date(asUtc - before);
}

/**
 * The last millisecond (23:59:59.999) of a local calendar date in a time zone, as an instant: the
 * "expiry of the last hour" of the day (Reg. 1182/71 Art. 3(2)(c)).
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  const [y, m, d] = parts(date);
  const lastMs = Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  // The zone offset at the target instant can differ from the offset at the wall-clock guess
  // around a DST switch, so correct once more with the offset at the first estimate.
  const first = lastMs - offsetMs(new Date(lastMs), timeZone);
  return new Date(lastMs - offsetMs(new Date(first), timeZone));
}

/**
 * True if the string names an IANA time zone this runtime knows. Answers from the formatter cache
 * after the first time, so validating a merchant's configuration on every read builds nothing.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (formatters.has(timeZone)) return true;
  if (timeZone.trim() === '' || notZones.has(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    if (notZones.size < 100) notZones.add(timeZone);
    return false;
  }
}
