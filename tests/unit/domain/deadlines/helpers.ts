import {
  calculateDeadline,
  type DeadlineComputation,
  type DeadlineInput,
} from '#domain/deadlines/calculate.ts';

/** Default zone per regime, as in legal-rules §5 "How to read". */
export const ZONES: Record<string, string> = {
  'GDPR-EU': 'Europe/Helsinki',
  'UK-ICO': 'Europe/London',
  CCPA: 'America/Los_Angeles',
  'US-VA': 'America/New_York',
  'US-CO': 'America/Denver',
  'US-UT': 'America/Denver',
  LGPD: 'America/Sao_Paulo',
  nFADP: 'Europe/Zurich',
  PIPEDA: 'America/Toronto',
};

/** A response-mode computation without extension, overridable field by field. */
export function calc(
  regime: string,
  receivedAt: string,
  extra: Partial<DeadlineInput> = {},
): DeadlineComputation {
  return calculateDeadline({
    regime,
    controllerTz: ZONES[regime] ?? 'UTC',
    receivedAt,
    mode: 'response',
    extension: false,
    ...extra,
  });
}

/** The fields a vector pins down. */
export const pick = (c: DeadlineComputation) => ({
  dueDate: c.dueDate,
  latestDueDate: c.latestDueDate,
  flags: c.flags,
});

/**
 * Finnish public holidays of a year from legal-rules §4.2, computed from the rules (Easter by the
 * Meeus/Jones/Butcher computus), independent of date-holidays and of the engine.
 */
export function finnishPublicHolidays(year: number): string[] {
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
  const easter = Date.UTC(year, month - 1, day);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const fromEaster = (n: number) => iso(easter + n * 86_400_000);
  const weekdayBetween = (mon: number, from: number, weekday: number) => {
    for (let dd = from; dd < from + 7; dd++) {
      const t = Date.UTC(year, mon - 1, dd);
      if (new Date(t).getUTCDay() === weekday) return iso(t);
    }
    throw new Error('unreachable');
  };
  return [
    `${year}-01-01`,
    `${year}-01-06`,
    fromEaster(-2),
    fromEaster(0),
    fromEaster(1),
    `${year}-05-01`,
    fromEaster(39),
    fromEaster(49),
    weekdayBetween(6, 20, 6), // Midsummer Day: Saturday 20–26 June
    weekdayBetween(10, 31, 6), // All Saints' Day: Saturday 31 Oct – 6 Nov
    `${year}-12-06`,
    `${year}-12-25`,
    `${year}-12-26`,
  ].sort();
}

/** Midsummer Eve (Friday 19–25 June) and Christmas Eve, from legal-rules §4.2. */
export function finnishEves(year: number): string[] {
  for (let dd = 19; dd <= 25; dd++) {
    const t = Date.UTC(year, 5, dd);
    if (new Date(t).getUTCDay() === 5)
      return [new Date(t).toISOString().slice(0, 10), `${year}-12-24`];
  }
  throw new Error('unreachable');
}
