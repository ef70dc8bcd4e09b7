/**
 * How long bookkeeping law makes a shop keep its order records, per country, and the hold on an
 * erasure that follows (Art. 17(3)(b)). A country is data: one entry of {@link BOOKKEEPING_RULES}
 * (years, what they run from, the statute as the law names it); the merchant adds the end of its
 * financial year (`financialYearEnd`) and, where the law asks for longer or the country has no
 * entry, `holdPolicy.accountingRetentionYears`. Connectors call {@link accountingHold}: none of
 * them counts years or writes a statute itself.
 *
 * An order record (what was sold, when, for how much, delivered where) is accounting material of
 * the voucher kind (tosite, verifikation, Buchungsbeleg, pièce justificative), not the books or
 * the financial statements, which some countries keep longer. The rules below are the minimum
 * periods for vouchers of a company; they are not legal advice, and each names its source.
 */
import {
  daysInMonth,
  endOfLocalDay,
  isLocalDate,
  localDate,
} from './deadlines/calendar.ts';
import { type HeldData, type Hold, holdBasis } from './holds.ts';

/**
 * From when the years count, for a record made on a given day:
 * - `financial-year-end`: the last day of the financial year the record falls in;
 * - `calendar-year-of-financial-year-end`: 31 December of the calendar year in which that
 *   financial year ended (a financial year ending 30 June 2026 counts from 31 December 2026);
 * - `calendar-year-of-record`: 31 December of the year the record was made (the financial year
 *   does not matter).
 */
export type RetentionStart =
  | 'financial-year-end'
  | 'calendar-year-of-financial-year-end'
  | 'calendar-year-of-record';

export interface BookkeepingRule {
  /** Whole years the record must be kept, counted from {@link runsFrom}. */
  years: number;
  runsFrom: RetentionStart;
  /** The statute, as the law itself names it: shown unchanged in every language. */
  statute: string;
}

/**
 * The bookkeeping retention of a company's vouchers (order and sales records), by ISO 3166
 * country code. Each entry cites its source; the period ends on the anniversary of its start, and
 * a record is kept through that day.
 */
export const BOOKKEEPING_RULES: Readonly<Record<string, BookkeepingRule>> = {
  /**
   * Finland. Kirjanpitolaki 1336/1997, 2 luku 10 § 2 mom. (as amended by 1620/2015): vouchers
   * (tositteet), business correspondence and other accounting material "on säilytettävä vähintään
   * kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt"; the books and the
   * financial statements (1 mom.) ten years from the end of the financial year. A financial year
   * ending 31.3.2024 keeps its vouchers to the end of 2030.
   * Sources: https://finlex.fi/fi/laki/ajantasa/1997/19971336 ;
   * https://taloushallintoliitto.fi/kirjanpidon-abc-mita-jokaisen-tulisi-tietaa-kirjanpidosta/miten-kauan-kirjanpitoja-taytyy-sailyttaa ;
   * https://www.etasku.fi/blogi/yrityksen-kirjanpidon-ja-kuittien-sailytys/ (the 31.3.2024 example).
   */
  FI: {
    years: 6,
    runsFrom: 'calendar-year-of-financial-year-end',
    statute: 'Kirjanpitolaki 1336/1997, 2 luku 10 §',
  },
  /**
   * Sweden. Bokföringslagen (1999:1078) 7 kap. 2 §: räkenskapsinformation (verifikationer
   * included) is kept "fram till och med det sjunde året efter utgången av det kalenderår då
   * räkenskapsåret avslutades" (seven years since Lag 2010:1514; the 2024 amendment, prop.
   * 2023/24:78, changed how originals may be converted, not the period). A financial year ending
   * 30.6.2009 or 31.12.2009 may be discarded from 1.1.2017.
   * Sources: https://www.faronline.se/dokument/rattserien/redovisa-ratt/a/rr_arkivering/ ;
   * https://www.dagbokenab.se/nu-kan-du-slanga-bokforingen-for-2009/ ;
   * https://www.srfredovisning.se/bokforingsnamnden-bfn/bfnar-20132-lagregler-allmant-rad-och-kommentarer/kapitel-8-arkivering-av-rakenskapsinformation/
   */
  SE: {
    years: 7,
    runsFrom: 'calendar-year-of-financial-year-end',
    statute: 'Bokföringslag (1999:1078) 7 kap. 2 §',
  },
  /**
   * Germany. Buchungsbelege: eight years (§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 257 Abs. 1 Nr. 4,
   * Abs. 4 HGB), since 1 January 2025 for every voucher whose ten-year period had not ended
   * (Viertes Bürokratieentlastungsgesetz, BEG IV, promulgated 29.10.2024). The period begins
   * "mit dem Schluss des Kalenderjahrs, in dem … der Buchungsbeleg entstanden ist" (§ 147 Abs. 4
   * AO, § 257 Abs. 5 HGB). Not modelled: § 147 Abs. 3 AO lets it run on while the records matter
   * for a tax whose assessment period has not ended (a merchant under audit sets a longer period).
   * Sources: https://www.akanthus-wpg.de/verkuerzung-von-aufbewahrungsfristen/ ;
   * https://muchowitsch.de/?p=2245 (§ 147 Abs. 4 AO quoted);
   * https://www.haufe.de/finance/buchfuehrung-kontierung/buerokratieentlastungsgesetz-aufbewahrungspflichten-verkuerzt_186_634670.html
   */
  DE: {
    years: 8,
    runsFrom: 'calendar-year-of-record',
    statute: '§ 147 Abs. 3 AO, § 257 Abs. 4 HGB',
  },
  /**
   * France. Code de commerce, art. L123-22 al. 2: "Les documents comptables et les pièces
   * justificatives sont conservés pendant dix ans." The article does not say from when; the
   * practice counts from the closing of the financial year (clôture de l'exercice), which is what
   * this rule does. The tax period (LPF art. L102 B, six years) is shorter and so not the limit.
   * Sources: https://codes-et-lois.fr/code-de-commerce/article-l123-22 (the text, from
   * Légifrance); https://deltic.fr/combien-de-temps-conserver-documents-comptables/ and
   * https://cabinet-osmose.fr/tout-savoir-article-l123-22-code-de-commerce (the start).
   */
  FR: {
    years: 10,
    runsFrom: 'financial-year-end',
    statute: 'Code de commerce, art. L123-22',
  },
  /**
   * United Kingdom (companies). Finance Act 1998, Sch. 18, para. 21(2A): records, supporting
   * documents included ("accounts, books, deeds, contracts, vouchers and receipts"), are kept
   * until "the sixth anniversary of the end of the period" of the company tax return: for an
   * accounting period ended 31 March 2010, until 31 March 2016 (HMRC Compliance Handbook, record
   * keeping for corporation tax, as quoted by hollandandcompany.co.uk). The Companies Act
   * 2006, s. 388(4), asks a private company for three years from when the records were made (a
   * public one six), so the tax rule is the longer. A sole trader's period differs (TMA 1970 s.
   * 12B: the fifth anniversary of 31 January after the tax year): set it as the merchant's period.
   * Sources: https://www.legislation.gov.uk/ukpga/1998/36/schedule/18/part/III (para. 21 as
   * amended by FA 2008 Sch. 37 para. 8);
   * https://www.gov.uk/running-a-limited-company/company-and-accounting-records ("6 years from the
   * end of the last company financial year they relate to");
   * https://www.hollandandcompany.co.uk/news/reminder-to-clients-to-collect-your-records-from-our-office/
   */
  GB: {
    years: 6,
    runsFrom: 'financial-year-end',
    statute: 'Finance Act 1998, Sch. 18, para. 21; Companies Act 2006, s. 388',
  },
};

/**
 * Where the country has no rule on file, the merchant must state the period
 * (`holdPolicy.accountingRetentionYears`; the configuration is refused without it). It counts from
 * the end of the financial year and names no statute: the hold's basis is then Art. 17(3)(b)
 * alone. 0 keeps nothing.
 */
export const FALLBACK_RUNS_FROM: RetentionStart = 'financial-year-end';

/** The rule on file for a merchant's country (`FI`, or a subdivision such as `GB-SCT`). */
export function bookkeepingRule(country: string): BookkeepingRule | undefined {
  return BOOKKEEPING_RULES[country.slice(0, 2).toUpperCase()];
}

/** The bookkeeping retention that applies to one merchant's order records. */
export interface AccountingRetention {
  /** 0: no obligation to keep (a country without a rule, where the merchant said so). */
  years: number;
  runsFrom: RetentionStart;
  /** Absent where the country has no rule on file and the merchant set the period. */
  statute?: string;
  /** `MM-DD`: the last day of the merchant's financial year. */
  financialYearEnd: string;
  /** The merchant's zone: a record belongs to the day it was made there. */
  timeZone: string;
}

/** The merchant settings the rule reads (a subset of MerchantConfig). */
export interface RetentionSettings {
  country: string;
  timezone: string;
  financialYearEnd?: string;
  holdPolicy?: { accountingRetentionYears?: number };
}

export const DEFAULT_FINANCIAL_YEAR_END = '12-31';

/**
 * The retention of a merchant's order records: the country's rule, with the merchant's
 * `accountingRetentionYears` where it sets one (at least the rule's years: checked by
 * {@link retentionSettingsProblem}); without a rule, the merchant's period from the end of the
 * financial year.
 */
export function accountingRetention(
  merchant: RetentionSettings,
): AccountingRetention {
  const rule = bookkeepingRule(merchant.country);
  const years = merchant.holdPolicy?.accountingRetentionYears;
  const financialYearEnd =
    merchant.financialYearEnd ?? DEFAULT_FINANCIAL_YEAR_END;
  const timeZone = merchant.timezone;
  if (rule)
    return {
      years: Math.max(years ?? rule.years, rule.years),
      runsFrom: rule.runsFrom,
      statute: rule.statute,
      financialYearEnd,
      timeZone,
    };
  return {
    years: years ?? 0,
    runsFrom: FALLBACK_RUNS_FROM,
    financialYearEnd,
    timeZone,
  };
}

/**
 * What is wrong with a merchant's bookkeeping settings, as `[field, message]`, or undefined: a
 * financial year end that is no day of the year (or 29 February), a period shorter than the
 * country's law, or no period for a country without a rule on file.
 */
export function retentionSettingsProblem(
  merchant: RetentionSettings,
): [field: string, message: string] | undefined {
  const fye = merchant.financialYearEnd;
  if (fye !== undefined && !isMonthDay(fye))
    return [
      'financialYearEnd',
      'must be the last day of the financial year as MM-DD, e.g. 12-31 or 06-30 (02-28 for February)',
    ];
  const rule = bookkeepingRule(merchant.country);
  const years = merchant.holdPolicy?.accountingRetentionYears;
  if (!rule && years === undefined)
    return [
      'holdPolicy.accountingRetentionYears',
      `is required: no bookkeeping retention rule is on file for ${merchant.country}; set how many years order records must be kept after the financial year ends (0 if none)`,
    ];
  if (rule && years !== undefined && years < rule.years)
    return [
      'holdPolicy.accountingRetentionYears',
      `must be at least ${rule.years}: ${rule.statute} requires ${rule.years} years`,
    ];
  return undefined;
}

/** `MM-DD` naming a day that every year has. */
function isMonthDay(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2001, month)
  );
}

/** The local date of a record made at `at` (an instant, or already a `YYYY-MM-DD` date). */
function recordDate(at: string, timeZone: string): string | undefined {
  if (isLocalDate(at)) return at;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? undefined : localDate(new Date(ms), timeZone);
}

/**
 * The last day (YYYY-MM-DD) a record made at `at` must be kept; undefined when `at` is no date.
 * @example retentionEnd('2026-03-15', { years: 6, runsFrom: 'calendar-year-of-financial-year-end', financialYearEnd: '06-30', … }) // '2032-12-31'
 */
export function retentionEnd(
  at: string,
  rule: AccountingRetention,
): string | undefined {
  const date = recordDate(at, rule.timeZone);
  if (!date) return undefined;
  const year = Number(date.slice(0, 4));
  const fye = rule.financialYearEnd;
  // The financial year a day falls in ends on the first `fye` on or after it.
  const fyEndYear = date.slice(5) <= fye ? year : year + 1;
  const start =
    rule.runsFrom === 'financial-year-end'
      ? { year: fyEndYear, monthDay: fye }
      : rule.runsFrom === 'calendar-year-of-financial-year-end'
        ? { year: fyEndYear, monthDay: '12-31' }
        : { year, monthDay: '12-31' };
  return `${String(start.year + rule.years).padStart(4, '0')}-${start.monthDay}`;
}

/**
 * Whether bookkeeping law still keeps a record made at `at` on the day of `now` (the merchant's
 * local date). A record whose date cannot be read is kept: deleting what the law may require is
 * the error that cannot be undone.
 */
export function stillKept(
  at: string | undefined,
  rule: AccountingRetention,
  now: Date,
): boolean {
  if (rule.years <= 0) return false;
  const end = at === undefined ? undefined : retentionEnd(at, rule);
  return end === undefined || end >= localDate(now, rule.timeZone);
}

/**
 * When a record kept by bookkeeping law may go: midnight after its last kept day in the merchant's
 * zone (the hold's "until" day, so the reports and the deletion name the same day; a whole second,
 * as DynamoDB's TTL counts). Undefined when its date cannot be read: then it is kept until a
 * person decides.
 */
export function retentionExpiry(
  at: string | undefined,
  rule: AccountingRetention,
): string | undefined {
  const end = at === undefined ? undefined : retentionEnd(at, rule);
  return end
    ? new Date(endOfLocalDay(end, rule.timeZone).getTime() + 1).toISOString()
    : undefined;
}

/**
 * The accounting hold on `records` (each with the instant or date it was made): the ones the law
 * still keeps on `now`'s day, until the last of their ends (no date when one cannot be read).
 * Not deferrable: it ends years later. Undefined when nothing is kept.
 */
export function accountingHold(
  rule: AccountingRetention,
  records: readonly { at: string | undefined }[],
  now: Date,
  what: HeldData,
): Hold | undefined {
  const kept = records.filter((r) => stillKept(r.at, rule, now));
  if (kept.length === 0) return undefined;
  const ends = kept.map((r) =>
    r.at === undefined ? undefined : retentionEnd(r.at, rule),
  );
  const until = ends.includes(undefined)
    ? undefined
    : (ends as string[]).reduce((a, b) => (a > b ? a : b));
  return {
    what,
    reason: 'accounting',
    basis: holdBasis('accounting', rule.statute),
    ...(until ? { until } : {}),
    records: kept.length,
    deferrable: false,
  };
}

/** The legal holds a connector applies before erasing (ConnectorContext.holdPolicy). */
export interface HoldPolicy {
  /** Orders younger than this many days are kept (payment disputes and returns; Art. 17(3)(e)). */
  orderHoldDays: number;
  /** How long order records are kept for bookkeeping (Art. 17(3)(b)). */
  accounting: AccountingRetention;
}

/** The hold policy of a merchant (its configuration, parsed). */
export function holdPolicyOf(
  merchant: RetentionSettings & { holdPolicy: { orderHoldDays: number } },
): HoldPolicy {
  return {
    orderHoldDays: merchant.holdPolicy.orderHoldDays,
    accounting: accountingRetention(merchant),
  };
}
