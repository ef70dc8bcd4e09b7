/**
 * Spine deadline: one calendar month from receipt (GDPR Art. 12(3)), counted per Reg. 1182/71 Art. 3:
 * the period ends at the end of the day in the next month with the same number as the receipt day,
 * or the last day of that month when it has no such day (31 Jan -> 28/29 Feb). Dates are the
 * controller's local dates. Weekend/holiday roll-over and extensions belong to the full legal engine.
 */

export interface Deadline {
  /** Local calendar date (YYYY-MM-DD) in the controller's time zone. */
  dueDate: string;
  /** UTC instant of the end of `dueDate` in the controller's time zone. */
  dueAt: string;
  /** Identifies the rule that produced the dates, so stored computations stay explainable. */
  calcVersion: string;
}

export const SPINE_CALC_VERSION = 'one-month-clamped/1';

export function computeDeadline(receivedAt: Date, timeZone: string): Deadline {
  const { year, month, day } = localDateParts(receivedAt, timeZone);
  const targetMonth = month === 12 ? 1 : month + 1;
  const targetYear = month === 12 ? year + 1 : year;
  const dueDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const dueDate = isoDate(targetYear, targetMonth, dueDay);
  return {
    dueDate,
    dueAt: endOfLocalDay(dueDate, timeZone).toISOString(),
    calcVersion: SPINE_CALC_VERSION,
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateParts(instant, timeZone);
  return isoDate(year, month, day);
}

/** Whole days from `from` to the end of `dueAt`, never negative. */
export function daysLeft(now: Date, dueAt: string): number {
  return Math.max(
    0,
    Math.ceil((Date.parse(dueAt) - now.getTime()) / 86_400_000),
  );
}

/** The last millisecond of a local calendar date, as a UTC instant. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wallClock = Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  // The zone offset at the target instant can differ from the offset at the wall-clock guess
  // around a DST switch, so correct once more with the offset at the first estimate.
  const first = wallClock - offsetMs(new Date(wallClock), timeZone);
  return new Date(wallClock - offsetMs(new Date(first), timeZone));
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
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

function localDateParts(instant: Date, timeZone: string) {
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(instant: Date, timeZone: string) {
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
  const parts: Record<string, number> = {};
  for (const part of fmt.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True if the string names a time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
