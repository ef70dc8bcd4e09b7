/**
 * The regimes the deadline engine knows (legal-rules §2–§3) as data: base period, extension, how the
 * first day is counted, which days the outer bound rolls over, default country and zone, and the flags
 * each disagreement raises. The month-based regimes (GDPR-EU, UK-ICO) follow §2.7 step by step in
 * `calculate.ts`; the day-based ones share one rule.
 */
import type { DeadlineFlag } from './flags.ts';
import { parseCountry } from './holidays.ts';
import { REGIME_IDS, type RegimeId } from './regime-ids.ts';
import { EEA_COUNTRIES } from './supported-countries.ts';

export {
  type DeadlineFlag,
  FLAG_LEGEND,
  orderFlags,
} from './flags.ts';
export { REGIME_IDS, type RegimeId } from './regime-ids.ts';

/** Other spellings accepted for a regime (case-insensitive). */
const REGIME_ALIASES: Record<string, RegimeId> = {
  GDPR: 'GDPR-EU',
  'EU-GDPR': 'GDPR-EU',
  'UK-GDPR': 'UK-ICO',
  UK: 'UK-ICO',
  CPRA: 'CCPA',
  'US-CA': 'CCPA',
  VCDPA: 'US-VA',
  CPA: 'US-CO',
  UCPA: 'US-UT',
  FADP: 'nFADP',
  'CH-FADP': 'nFADP',
};

/** The canonical regime id for `value` (case-insensitive, aliases included), or undefined. */
export function resolveRegimeId(value: string): RegimeId | undefined {
  const upper = value.trim().toUpperCase();
  return (
    REGIME_IDS.find((id) => id.toUpperCase() === upper) ?? REGIME_ALIASES[upper]
  );
}

export { EEA_COUNTRIES } from './supported-countries.ts';

/** UK nations as `date-holidays` subdivisions of GB. */
export const UK_NATIONS = ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'] as const;

/** A period counted in calendar days (CCPA and the §3 regimes). */
export interface DayCountRule {
  kind: 'days';
  /** Length of the base period in calendar days. */
  days: number;
  /**
   * True when the text can be read as counting the receipt day as day 1: `dueDate` is then
   * receipt + days − 1 and `countFlag` is raised; `latestDueDate` always excludes the receipt day.
   */
  receiptDayMayCount: boolean;
  /** Extension: further calendar days; `open` = the controller names the new date; `none`. */
  extension: { days: number } | 'open' | 'none';
  /** Weekdays (0 = Sunday) the outer bound rolls over, besides the public holidays. */
  rollOverWeekdays: readonly number[];
  countFlag?: DeadlineFlag;
  rollFlag: DeadlineFlag;
  /** The acknowledgement deadline in business days, if the regime has one. */
  ack?: { businessDays: number; flag: DeadlineFlag };
}

/** A period of one month (Reg. 1182/71 or the UK Art. 12A reading), §2.7. */
export interface MonthRule {
  kind: 'gdpr-eu' | 'uk';
}

/** One row of the regime table. */
export interface Regime {
  id: RegimeId;
  /** Human title with the main legal source. */
  title: string;
  /** Controller country used when the input names none. */
  defaultCountry: string;
  /** The controller zone the reference vectors assume (the input always names the zone). */
  typicalTimeZone: string;
  /** True if `country` (e.g. `DE-BY`) is a valid controller country for this regime. */
  allowsCountry: (country: string) => boolean;
  rule: DayCountRule | MonthRule;
}

const inCountry = (prefix: string) => (code: string) =>
  (code === prefix || code.startsWith(`${prefix}-`)) &&
  parseCountry(code) !== undefined;

const saturdayAndSunday = [0, 6] as const;

/** The regime table. */
export const REGIMES: Record<RegimeId, Regime> = {
  'GDPR-EU': {
    id: 'GDPR-EU',
    title:
      'EU GDPR Art. 12(3)–(4), counted under Reg. 1182/71 Art. 3 (EDPB 01/2022 §§157–164)',
    defaultCountry: 'FI',
    typicalTimeZone: 'Europe/Helsinki',
    allowsCountry: (code) =>
      (EEA_COUNTRIES as readonly string[]).includes(code.slice(0, 2)) &&
      inCountry(code.slice(0, 2))(code),
    rule: { kind: 'gdpr-eu' },
  },
  'UK-ICO': {
    id: 'UK-ICO',
    title:
      'UK GDPR Arts 12(3)–(4), 12A (DUAA 2025 s.76; cf. DPA 2018 s.54) and ICO guidance (Dec 2025)',
    defaultCountry: 'GB-ENG',
    typicalTimeZone: 'Europe/London',
    allowsCountry: (code) => (UK_NATIONS as readonly string[]).includes(code),
    rule: { kind: 'uk' },
  },
  CCPA: {
    id: 'CCPA',
    title: 'CCPA/CPRA: Cal. Civ. Code §1798.130(a)(2), 11 CCR §7021',
    defaultCountry: 'US-CA',
    typicalTimeZone: 'America/Los_Angeles',
    allowsCountry: (code) => code === 'US-CA',
    rule: {
      kind: 'days',
      days: 45,
      receiptDayMayCount: true,
      extension: { days: 45 },
      rollOverWeekdays: saturdayAndSunday,
      countFlag: 'CCPA-COUNT',
      rollFlag: 'CCPA-ROLL',
      ack: { businessDays: 10, flag: 'CCPA-BD' },
    },
  },
  'US-VA': {
    id: 'US-VA',
    title: 'Virginia VCDPA: Va. Code §59.1-577(B)',
    defaultCountry: 'US-VA',
    typicalTimeZone: 'America/New_York',
    allowsCountry: (code) => code === 'US-VA',
    rule: {
      kind: 'days',
      days: 45,
      receiptDayMayCount: true,
      extension: { days: 45 },
      rollOverWeekdays: saturdayAndSunday,
      countFlag: 'VA-COUNT',
      rollFlag: 'VA-ROLL',
    },
  },
  'US-CO': {
    id: 'US-CO',
    title: 'Colorado CPA: C.R.S. §6-1-1306(2)',
    defaultCountry: 'US-CO',
    typicalTimeZone: 'America/Denver',
    allowsCountry: (code) => code === 'US-CO',
    rule: {
      kind: 'days',
      days: 45,
      receiptDayMayCount: false,
      extension: { days: 45 },
      rollOverWeekdays: saturdayAndSunday,
      rollFlag: 'CO-ROLL',
    },
  },
  'US-UT': {
    id: 'US-UT',
    title: 'Utah UCPA: Utah Code §13-61-203',
    defaultCountry: 'US-UT',
    typicalTimeZone: 'America/Denver',
    allowsCountry: (code) => code === 'US-UT',
    rule: {
      kind: 'days',
      days: 45,
      receiptDayMayCount: false,
      extension: { days: 45 },
      rollOverWeekdays: saturdayAndSunday,
      rollFlag: 'UT-ROLL',
    },
  },
  LGPD: {
    id: 'LGPD',
    title: 'Brazil LGPD Art. 19 II (complete statement within 15 days)',
    defaultCountry: 'BR',
    typicalTimeZone: 'America/Sao_Paulo',
    allowsCountry: inCountry('BR'),
    rule: {
      kind: 'days',
      days: 15,
      receiptDayMayCount: true,
      extension: 'none',
      rollOverWeekdays: saturdayAndSunday,
      countFlag: 'LGPD-COUNT',
      rollFlag: 'LGPD-ROLL',
    },
  },
  nFADP: {
    id: 'nFADP',
    title: 'Switzerland nFADP Art. 25(7), DPO (SR 235.11) Art. 18',
    defaultCountry: 'CH',
    typicalTimeZone: 'Europe/Zurich',
    allowsCountry: inCountry('CH'),
    rule: {
      kind: 'days',
      days: 30,
      receiptDayMayCount: true,
      extension: 'open',
      rollOverWeekdays: saturdayAndSunday,
      countFlag: 'NFADP-COUNT',
      rollFlag: 'NFADP-ROLL',
    },
  },
  PIPEDA: {
    id: 'PIPEDA',
    title: 'Canada PIPEDA s.8(3)–(5)',
    defaultCountry: 'CA',
    typicalTimeZone: 'America/Toronto',
    allowsCountry: inCountry('CA'),
    rule: {
      kind: 'days',
      days: 30,
      receiptDayMayCount: true,
      extension: { days: 30 },
      // Interpretation Act s.35: Sunday is a holiday, Saturday is not.
      rollOverWeekdays: [0],
      countFlag: 'PIPEDA-COUNT',
      rollFlag: 'PIPEDA-ROLL',
    },
  },
};
