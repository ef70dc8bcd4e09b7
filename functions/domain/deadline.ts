/**
 * Spine deadline: one calendar month from receipt (GDPR Art. 12(3)), counted per Reg. 1182/71 Art. 3:
 * the period ends at the end of the day in the next month with the same number as the receipt day,
 * or the last day of that month when it has no such day (31 Jan -> 28/29 Feb). Dates are the
 * controller's local dates. It neither rolls over weekends and holidays nor handles extensions or
 * other regimes: the legal engine is `calculateDeadline` in `./deadlines/calculate.ts`.
 */
import {
  addMonthsClamp,
  endOfLocalDay,
  localDate,
} from './deadlines/calendar.ts';

export {
  daysInMonth,
  endOfLocalDay,
  isValidTimeZone,
  localDate,
} from './deadlines/calendar.ts';

export interface Deadline {
  /** Local calendar date (YYYY-MM-DD) in the controller's time zone. */
  dueDate: string;
  /** UTC instant of the end of `dueDate` in the controller's time zone. */
  dueAt: string;
  /** Identifies the rule that produced the dates, so stored computations stay explainable. */
  calcVersion: string;
}

export const SPINE_CALC_VERSION = 'one-month-clamped/1';

/** One month from the controller-local receipt date, clamped to month end, not rolled. */
export function computeDeadline(receivedAt: Date, timeZone: string): Deadline {
  const dueDate = addMonthsClamp(localDate(receivedAt, timeZone), 1);
  return {
    dueDate,
    dueAt: endOfLocalDay(dueDate, timeZone).toISOString(),
    calcVersion: SPINE_CALC_VERSION,
  };
}

/** Whole days from `from` to the end of `dueAt`, never negative. */
export function daysLeft(now: Date, dueAt: string): number {
  return Math.max(
    0,
    Math.ceil((Date.parse(dueAt) - now.getTime()) / 86_400_000),
  );
}
