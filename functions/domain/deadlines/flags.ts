/**
 * The deadline engine's flags and their legend: a leaf without the holiday data, so a page that
 * explains a stored deadline's flags (the console's request page) does not load the engine.
 */
/**
 * Flags, in the order they are reported. Each marks a source disagreement or ambiguity that was
 * resolved to the earliest date for `dueDate` (legal-rules §5 legend, §6), plus the ones this engine
 * adds for the regimes of §3 and for part-day holidays.
 */
export const FLAG_LEGEND = {
  'FI-EVE':
    'Midsummer Eve / Christmas Eve: working days for dueDate, non-working for latestDueDate (Act 150/1930 §5)',
  TZ: 'The receipt instant falls on different dates in the controller zone and in UTC: dueDate counts from the earlier',
  'EXT-BASE':
    'Extension: dueDate uses the earlier of 3 months from receipt and 2 months after the clamped one-month date; latestDueDate 3 months from receipt',
  'EU-ID-PAUSE':
    'EDPB "may be a suspension" while awaiting identity information: dueDate ignores it, latestDueDate adds the days',
  'BANK-PITFALL':
    'The date is a date-holidays "bank" day that is not a legal holiday: it stays a working day',
  'HALF-DAY':
    'A public holiday covering only part of the day: a working day for dueDate, non-working for latestDueDate',
  'UK-BW':
    'UK "one month beginning with the relevant time": dueDate is the day before the ICO date',
  'UK-NOROLL':
    'UK statute has no weekend/bank-holiday roll-forward: dueDate is not rolled, latestDueDate is (ICO)',
  'UK-PAUSE-COUNT':
    'UK clarification pause: dueDate adds the days between, latestDueDate counts both ends (s.54(3C))',
  'UK-NATION':
    'Bank holidays differ by UK nation and changed latestDueDate: the configured nation is used',
  'CCPA-COUNT':
    'CCPA "45 days after receipt" vs "begins on the day received": dueDate receipt + 44 (+ 89), latestDueDate + 45 (+ 90)',
  'CCPA-ROLL':
    'Cal. Civ. Code §10 roll-over: dueDate is not rolled, latestDueDate rolls past Sat/Sun/CA holidays',
  'CCPA-BD':
    'CCPA business days: dueDate counts Mon–Fri, latestDueDate also skips CA holidays',
  'VA-COUNT':
    'Virginia "within 45 days of receipt": dueDate receipt + 44 (+ 89), latestDueDate + 45 (+ 90)',
  'VA-ROLL':
    'Va. Code §1-210 roll-over: dueDate is not rolled, latestDueDate rolls past Sat/Sun/VA holidays',
  'CO-ROLL':
    'C.R.S. §2-4-108 roll-over: dueDate is not rolled, latestDueDate rolls past Sat/Sun/CO holidays',
  'UT-ROLL':
    'Utah Code §68-3-7 roll-over: dueDate is not rolled, latestDueDate rolls past Sat/Sun/UT holidays',
  'LGPD-COUNT':
    'LGPD "15 days counted from the date of the request": dueDate receipt + 14, latestDueDate + 15',
  'LGPD-ROLL':
    'Brazilian Civil Code art. 132 §1 roll-over: dueDate is not rolled, latestDueDate rolls past Sat/Sun/BR holidays',
  'NFADP-COUNT':
    'Swiss DPO Art. 18 "within 30 days of receipt": dueDate receipt + 29, latestDueDate + 30',
  'NFADP-ROLL':
    'Swiss CO Art. 78 roll-over: dueDate is not rolled, latestDueDate rolls past Sat/Sun/CH holidays',
  'PIPEDA-COUNT':
    'PIPEDA "not later than thirty days after receipt": dueDate receipt + 29 (+ 59), latestDueDate + 30 (+ 60)',
  'PIPEDA-ROLL':
    'Interpretation Act s.26 roll-over: dueDate is not rolled, latestDueDate rolls past Sundays and s.35 holidays',
} as const;

/** A flag name; see {@link FLAG_LEGEND}. */
export type DeadlineFlag = keyof typeof FLAG_LEGEND;

const FLAG_ORDER = Object.keys(FLAG_LEGEND) as DeadlineFlag[];

/** Flags in legend order, without duplicates. */
export function orderFlags(flags: Iterable<DeadlineFlag>): DeadlineFlag[] {
  const set = new Set(flags);
  return FLAG_ORDER.filter((f) => set.has(f));
}
