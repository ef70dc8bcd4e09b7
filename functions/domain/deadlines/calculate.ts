/**
 * The legal deadline calculator: the normative algorithm of legal-rules §2.7 for GDPR-EU, UK-ICO and
 * CCPA, and the §3 regimes (LGPD, nFADP, PIPEDA, Virginia, Colorado, Utah) on the same pattern.
 * Pure: no clock, no I/O; holiday data from `date-holidays` (see `holidays.ts`).
 */

import { DomainError } from '../errors.ts';
import * as z from '../zod.ts';
import {
  addDays,
  addMonthsClamp,
  addWorkingDays,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  isLocalDate,
  isValidTimeZone,
  type LocalDate,
  localDate,
  maxDate,
  minDate,
  rollForward,
} from './calendar.ts';
import { dayInfo, holidayDataVersion } from './holidays.ts';
import {
  type DayCountRule,
  type DeadlineFlag,
  orderFlags,
  REGIME_IDS,
  REGIMES,
  type RegimeId,
  resolveRegimeId,
  UK_NATIONS,
} from './regimes.ts';

/** Identifies the algorithm that produced a computation; bump it whenever a result can change. */
export const CALC_VERSION = 'legal-rules-2.7/1';

/** What is being computed: the answer, the last day to notify an extension or refusal, the receipt ack. */
export const DEADLINE_MODES = ['response', 'notice', 'ack'] as const;
/** See {@link DEADLINE_MODES}. */
export type DeadlineMode = (typeof DEADLINE_MODES)[number];

/** Bad input to {@link calculateDeadline}: unknown regime, bad zone, bad dates, impossible pauses. */
export class DeadlineInputError extends DomainError {
  constructor(
    message: string,
    /** One line per problem, `field: message`. */
    readonly issues: string[] = [message],
  ) {
    super(message, {
      statusCode: 400,
      code: 'DEADLINE_INPUT_INVALID',
      name: 'DeadlineInputError',
    });
  }
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Parses an ISO 8601 instant that carries `Z` or an offset; undefined if it is not one. */
function parseInstant(value: string): Date | undefined {
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac = '', z, sign, oh, om] = m;
  if (!isLocalDate(`${y}-${mo}-${d}`)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (!z && (Number(oh) > 18 || Number(om) > 59)) return undefined;
  const ms = frac ? frac.slice(0, 4).padEnd(4, '0') : '.000';
  const offset = z ? 'Z' : `${sign}${oh}:${om}`;
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${offset}`);
  return Number.isNaN(t) ? undefined : new Date(t);
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const localDateField = z.pipe(
  z.nullish(
    z
      .string()
      .check(z.refine(isLocalDate, 'must be a calendar date YYYY-MM-DD')),
  ),
  z.transform((v) => v ?? undefined),
);

/**
 * Input of {@link calculateDeadline}. Unknown fields are rejected (a misspelt pause field must not be
 * ignored silently). Optional fields may be absent or `null`. Pause dates are controller-local dates.
 */
export const DeadlineInputSchema = z.strictObject({
  /** `GDPR-EU`, `UK-ICO`, `CCPA`, `US-VA`, `US-CO`, `US-UT`, `LGPD`, `nFADP`, `PIPEDA` (case-insensitive; a few aliases). */
  regime: z.pipe(
    z.string(),
    z.transform((value, ctx): RegimeId => {
      const id = resolveRegimeId(value);
      if (id) return id;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `unknown regime "${value}"; one of ${REGIME_IDS.join(', ')}`,
      });
      return z.NEVER;
    }),
  ),
  /** IANA zone of the controller, e.g. `Europe/Helsinki`. */
  controllerTz: z
    .string()
    .check(
      z.refine(
        isValidTimeZone,
        'must be an IANA time zone such as Europe/Helsinki',
      ),
    ),
  /** The instant the request reached an official channel: ISO 8601 with `Z` or an offset. */
  receivedAt: z.pipe(
    z.string(),
    z.transform((value, ctx) => {
      const instant = parseInstant(value);
      const year = instant?.getUTCFullYear() ?? 0;
      if (instant && year >= MIN_YEAR && year <= MAX_YEAR) return instant;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: instant
          ? `must be between ${MIN_YEAR} and ${MAX_YEAR}`
          : 'must be an ISO 8601 date-time with Z or an offset, e.g. 2027-03-05T10:00:00+02:00',
      });
      return z.NEVER;
    }),
  ),
  mode: z.enum(DEADLINE_MODES, 'must be one of response, notice, ack'),
  /** True once an extension was validly notified (response mode). */
  extension: z.boolean('must be true or false'),
  /**
   * Controller country or subdivision (`FI`, `DE-BY`, `GB-SCT`, `US-CA`); default per regime. A bare
   * `GB` or `US` means the regime's default subdivision (`GB-ENG`, `US-CA` for CCPA, …).
   */
  country: z.pipe(
    z.nullish(z.string()),
    z.transform((v) => (v ? v.trim().toUpperCase() : undefined)),
  ),
  idRequestedOn: localDateField,
  idReceivedOn: localDateField,
  clarificationRequestedOn: localDateField,
  clarificationReceivedOn: localDateField,
});

/** Input accepted by {@link calculateDeadline} (before validation). */
export type DeadlineInput = z.input<typeof DeadlineInputSchema>;
type ParsedInput = z.output<typeof DeadlineInputSchema>;

/**
 * One deadline computation, meant to be stored as is (append a new one when an event changes it).
 *
 * - `dueDate` is the **conservative** date: the earliest defensible reading of every disputed rule
 *   (legal-rules §2.7, §6). It drives SLAs, reminders and what merchants see; `dueAt` is its end.
 * - `latestDueDate` is the **outer legal bound** (the controller's own legal reading: local receipt
 *   date, eves and part-day holidays non-working, ICO roll-forward, EDPB suspension, …). Use it only
 *   to assess a breach after the fact.
 * - `flags` name every disagreement that applied (see `FLAG_LEGEND`); no flag, no difference.
 */
export interface DeadlineComputation {
  regime: RegimeId;
  /** Country whose holidays were used (`FI`, `GB-ENG`, `US-CA`, …). */
  country: string;
  mode: DeadlineMode;
  extension: boolean;
  controllerTz: string;
  /** `receivedAt` normalised to UTC. */
  receivedAt: string;
  /** Start of the period, legal reading: controller-local receipt date (UK: the relevant time). */
  startDate: LocalDate;
  /** Start of the period used for `dueDate`: the earlier of the local and UTC dates (flag `TZ`). */
  startDateConservative: LocalDate;
  /** Conservative last day (controller-local) for the `mode`. */
  dueDate: LocalDate;
  /** End of `dueDate` (23:59:59.999 in `controllerTz`) as a UTC ISO instant. */
  dueAt: string;
  /** Outer legal bound for the `mode`. Never earlier than `dueDate`. */
  latestDueDate: LocalDate;
  /**
   * Conservative last day to notify an extension (with reasons) or a refusal — GDPR Art. 12(3)–(4),
   * UK Art. 12A, CCPA "within the first 45-day period". `null` where the regime has no extension.
   */
  extensionNoticeDue: LocalDate | null;
  flags: DeadlineFlag[];
  calcVersion: string;
  holidayDataVersion: string;
}

interface Pause {
  requestedOn: LocalDate;
  receivedOn: LocalDate;
}

interface Context {
  input: ParsedInput;
  country: string;
  /** Legal receipt date: controller-local. */
  rLegal: LocalDate;
  /** Conservative receipt date: min(controller-local, UTC). */
  rCons: LocalDate;
  flags: Set<DeadlineFlag>;
}

interface Dates {
  startDate: LocalDate;
  startDateConservative: LocalDate;
  dueDate: LocalDate;
  latestDueDate: LocalDate;
  extensionNoticeDue: LocalDate | null;
}

/**
 * Which days a deadline rolls over in one country: `strict` for `dueDate` (weekends and whole-day
 * public holidays), `wide` for `latestDueDate` (also the Finnish eves and part-day holidays).
 */
class WorkCalendar {
  constructor(
    readonly country: string,
    private readonly weekendDays: readonly number[] = [0, 6],
  ) {}

  strict = (d: LocalDate): boolean =>
    this.weekendDays.includes(dayOfWeek(d)) ||
    dayInfo(this.country, d).publicHoliday;

  /** The flag of the disputed kind of day `d` is, if it is one and otherwise a working day. */
  disputed(d: LocalDate): DeadlineFlag | undefined {
    if (this.strict(d)) return undefined;
    const info = dayInfo(this.country, d);
    if (info.finnishEve) return 'FI-EVE';
    if (info.partialHoliday) return 'HALF-DAY';
    return undefined;
  }

  wide = (d: LocalDate): boolean =>
    this.strict(d) || this.disputed(d) !== undefined;

  /** Rolls with `strict`; a landing day that `wide` would skip raises its flag. */
  rollStrict(base: LocalDate, flags: Set<DeadlineFlag>): LocalDate {
    const d = rollForward(base, this.strict);
    const disputed = this.disputed(d);
    if (disputed) flags.add(disputed);
    this.checkBank(d, flags);
    return d;
  }

  /** Rolls with `wide`; every disputed day skipped raises its flag. */
  rollWide(base: LocalDate, flags: Set<DeadlineFlag>): LocalDate {
    const d = rollForward(base, (day) => {
      const disputed = this.disputed(day);
      if (disputed) flags.add(disputed);
      return this.wide(day);
    });
    this.checkBank(d, flags);
    return d;
  }

  private checkBank(d: LocalDate, flags: Set<DeadlineFlag>) {
    if (dayInfo(this.country, d).bankDay) flags.add('BANK-PITFALL');
  }
}

function fail(message: string): never {
  throw new DeadlineInputError(message);
}

function pauseOf(
  requestedOn: LocalDate | undefined,
  receivedOn: LocalDate | undefined,
  name: 'id' | 'clarification',
  ctx: Context,
): Partial<Pause> | undefined {
  if (!requestedOn && !receivedOn) return undefined;
  for (const [field, value] of [
    [`${name}RequestedOn`, requestedOn],
    [`${name}ReceivedOn`, receivedOn],
  ] as const) {
    if (value && value < ctx.rCons)
      fail(
        `${field}: ${value} is before the request was received (${ctx.rCons})`,
      );
  }
  if (requestedOn && receivedOn && receivedOn < requestedOn)
    fail(
      `${name}ReceivedOn: the pause ends (${receivedOn}) before it starts (${requestedOn})`,
    );
  return { requestedOn, receivedOn };
}

function completePause(
  pause: Partial<Pause> | undefined,
  name: 'id' | 'clarification',
  regime: RegimeId,
): Pause | undefined {
  if (!pause) return undefined;
  if (!pause.requestedOn)
    fail(`${name}RequestedOn: required with ${name}ReceivedOn for ${regime}`);
  if (!pause.receivedOn)
    fail(
      `${name}ReceivedOn: the pause has not ended; compute again once the information arrives`,
    );
  return { requestedOn: pause.requestedOn, receivedOn: pause.receivedOn };
}

/** GDPR-EU, legal-rules §2.7. */
function gdprEu(ctx: Context): Dates {
  const { input, rLegal, rCons, flags } = ctx;
  if (input.mode === 'ack')
    fail(
      'mode: GDPR-EU has no acknowledgement deadline (good practice only, EDPB §57)',
    );
  const cal = new WorkCalendar(ctx.country);
  const oneMonthCons = addMonthsClamp(rCons, 1);
  const extensionNoticeDue = cal.rollStrict(oneMonthCons, new Set());

  // EDPB §159: a suspension only if the ID request went out without undue delay, i.e. on the
  // receipt day or the next working day. Clarification pauses are not counted (§2.7).
  const id = completePause(
    pauseOf(input.idRequestedOn, input.idReceivedOn, 'id', ctx),
    'id',
    input.regime,
  );
  pauseOf(
    input.clarificationRequestedOn,
    input.clarificationReceivedOn,
    'clarification',
    ctx,
  );
  const askedInTime =
    id !== undefined &&
    id.requestedOn <= rollForward(addDays(rLegal, 1), cal.wide);
  const suspended =
    id && askedInTime ? daysBetween(id.requestedOn, id.receivedOn) : 0;
  if (suspended > 0) flags.add('EU-ID-PAUSE');

  let dueBase = oneMonthCons;
  let latestBase = addMonthsClamp(rLegal, 1);
  if (input.mode === 'response' && input.extension) {
    const afterClamped = addMonthsClamp(oneMonthCons, 2);
    const fromReceipt = addMonthsClamp(rCons, 3);
    if (afterClamped < fromReceipt) flags.add('EXT-BASE');
    dueBase = minDate(afterClamped, fromReceipt);
    latestBase = addMonthsClamp(rLegal, 3);
  }
  return {
    startDate: rLegal,
    startDateConservative: rCons,
    dueDate: cal.rollStrict(dueBase, flags),
    latestDueDate: cal.rollWide(addDays(latestBase, suspended), flags),
    extensionNoticeDue,
  };
}

/** UK GDPR Art. 12A / DPA 2018 s.54 with the ICO reading as outer bound, legal-rules §2.7. */
function ukIco(ctx: Context): Dates {
  const { input, rLegal, rCons, flags } = ctx;
  if (input.mode === 'ack')
    fail('mode: UK-ICO has no acknowledgement deadline');
  const idPause = pauseOf(input.idRequestedOn, input.idReceivedOn, 'id', ctx);
  if (idPause && !idPause.receivedOn)
    fail(
      'idReceivedOn: the clock starts when the identity information arrives; compute again then',
    );
  const clar = completePause(
    pauseOf(
      input.clarificationRequestedOn,
      input.clarificationReceivedOn,
      'clarification',
      ctx,
    ),
    'clarification',
    input.regime,
  );
  // "Relevant time": the latest of receipt and receipt of the identity information asked for.
  const idReceived = idPause?.receivedOn;
  const relevant = idReceived ? maxDate(rLegal, idReceived) : rLegal;
  const relevantCons = idReceived ? maxDate(rCons, idReceived) : rCons;
  // s.54(3C): the days from asking to receiving, both included (latest) or the days between (due).
  const clarBetween = clar ? daysBetween(clar.requestedOn, clar.receivedOn) : 0;
  const clarInclusive = clar ? clarBetween + 1 : 0;
  if (clar) flags.add('UK-PAUSE-COUNT');

  const extended = input.mode === 'response' && input.extension;
  const consOne = addMonthsClamp(relevantCons, 1);
  let consBase = consOne;
  if (extended) {
    const afterClamped = addMonthsClamp(consOne, 2);
    const fromStart = addMonthsClamp(relevantCons, 3);
    if (afterClamped < fromStart) flags.add('EXT-BASE');
    consBase = minDate(afterClamped, fromStart);
  }
  const icoBase = addDays(
    addMonthsClamp(relevant, extended ? 3 : 1),
    clarInclusive,
  );
  const cal = new WorkCalendar(ctx.country);
  const latestDueDate = cal.rollWide(icoBase, flags);
  // "Beginning with": the period ends the day before the ICO date, and nothing rolls it.
  const dueDate = addDays(consBase, clarBetween - 1);
  flags.add('UK-BW');
  if (latestDueDate !== icoBase || cal.wide(dueDate)) flags.add('UK-NOROLL');
  const otherNation = UK_NATIONS.some(
    (nation) =>
      nation !== ctx.country &&
      new WorkCalendar(nation).rollWide(icoBase, new Set()) !== latestDueDate,
  );
  if (otherNation) flags.add('UK-NATION');
  return {
    startDate: relevant,
    startDateConservative: relevantCons,
    dueDate,
    latestDueDate,
    extensionNoticeDue: addDays(consOne, clarBetween - 1),
  };
}

/** CCPA and the §3 regimes counted in calendar days. */
function dayCount(ctx: Context, rule: DayCountRule): Dates {
  const { input, rLegal, rCons, flags } = ctx;
  for (const name of ['id', 'clarification'] as const)
    pauseOf(input[`${name}RequestedOn`], input[`${name}ReceivedOn`], name, ctx);
  const cal = new WorkCalendar(ctx.country, rule.rollOverWeekdays);
  const firstDay = rule.receiptDayMayCount ? 1 : 0;
  const noticeDue =
    rule.extension === 'none' ? null : addDays(rCons, rule.days - firstDay);

  if (input.mode === 'ack') {
    if (!rule.ack)
      fail(`mode: ${input.regime} has no acknowledgement deadline`);
    const n = rule.ack.businessDays;
    const weekdays = (d: LocalDate) => [0, 6].includes(dayOfWeek(d));
    const latestDueDate = addWorkingDays(
      rLegal,
      n,
      (d) => weekdays(d) || dayInfo(ctx.country, d).publicHoliday,
    );
    if (addWorkingDays(rLegal, n, weekdays) !== latestDueDate)
      flags.add(rule.ack.flag);
    return {
      startDate: rLegal,
      startDateConservative: rCons,
      dueDate: addWorkingDays(rCons, n, weekdays),
      latestDueDate,
      extensionNoticeDue: noticeDue,
    };
  }

  let days = rule.days;
  if (input.mode === 'notice' && rule.extension === 'none')
    fail(`mode: ${input.regime} has no extension, so no extension notice`);
  if (input.mode === 'response' && input.extension) {
    if (rule.extension === 'none')
      fail(`extension: ${input.regime} provides no extension`);
    if (rule.extension === 'open')
      fail(
        `extension: ${input.regime} extensions are open-ended (the notice names the new date); use mode "notice" for the notice deadline`,
      );
    days += rule.extension.days;
  }
  const dueDate = addDays(rCons, days - firstDay);
  const unrolled = addDays(rLegal, days);
  const latestDueDate = cal.rollWide(unrolled, flags);
  if (rule.countFlag) flags.add(rule.countFlag);
  if (latestDueDate !== unrolled || cal.wide(dueDate)) flags.add(rule.rollFlag);
  return {
    startDate: rLegal,
    startDateConservative: rCons,
    dueDate,
    latestDueDate,
    extensionNoticeDue: noticeDue,
  };
}

function formatIssues(error: z.core.$ZodError, input: unknown): string[] {
  const given = (key: PropertyKey) =>
    typeof input === 'object' &&
    input !== null &&
    (input as Record<PropertyKey, unknown>)[key] !== undefined;
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys')
      return `unknown field(s): ${issue.keys.join(', ')}`;
    const key = issue.path[0];
    if (key !== undefined && !given(key)) return `${path}: required`;
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Computes the legal deadline of a data-subject request (legal-rules §2.7 and §3).
 *
 * @param input - see {@link DeadlineInputSchema}; validated here.
 * @returns the dates, flags and versions to store with the request.
 * @throws DeadlineInputError for an unknown regime, a bad zone or date, a country the regime does not
 *   cover, a mode or extension the regime does not have, or a pause that is impossible or unfinished.
 *
 * @example
 * ```ts
 * const c = calculateDeadline({
 *   regime: 'GDPR-EU',
 *   controllerTz: 'Europe/Helsinki',
 *   receivedAt: '2027-05-25T10:00:00+03:00',
 *   mode: 'response',
 *   extension: false,
 * });
 * // c.dueDate '2027-06-25', c.latestDueDate '2027-06-28', c.flags ['FI-EVE']
 * ```
 */
export function calculateDeadline(input: DeadlineInput): DeadlineComputation {
  const parsed = DeadlineInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error, input);
    throw new DeadlineInputError(issues.join('; '), issues);
  }
  const data = parsed.data;
  const regime = REGIMES[data.regime];
  // A bare country whose regime defaults to one of its subdivisions means that subdivision:
  // GB → GB-ENG (England & Wales, as the reference vectors), US → US-CA for CCPA.
  const country =
    data.country === undefined ||
    data.country === regime.defaultCountry.slice(0, 2)
      ? regime.defaultCountry
      : data.country;
  if (!regime.allowsCountry(country))
    fail(
      `country: ${country} is not a supported controller country for ${regime.id}`,
    );
  const rLegal = localDate(data.receivedAt, data.controllerTz);
  const ctx: Context = {
    input: data,
    country,
    rLegal,
    rCons: minDate(rLegal, localDate(data.receivedAt, 'UTC')),
    flags: new Set(),
  };
  const rule = regime.rule;
  const dates =
    rule.kind === 'days'
      ? dayCount(ctx, rule)
      : rule.kind === 'uk'
        ? ukIco(ctx)
        : gdprEu(ctx);
  if (dates.startDate !== dates.startDateConservative) ctx.flags.add('TZ');
  return {
    regime: regime.id,
    country,
    mode: data.mode,
    extension: data.extension,
    controllerTz: data.controllerTz,
    receivedAt: data.receivedAt.toISOString(),
    startDate: dates.startDate,
    startDateConservative: dates.startDateConservative,
    dueDate: dates.dueDate,
    dueAt: endOfLocalDay(dates.dueDate, data.controllerTz).toISOString(),
    latestDueDate: dates.latestDueDate,
    extensionNoticeDue: dates.extensionNoticeDue,
    flags: orderFlags(ctx.flags),
    calcVersion: CALC_VERSION,
    holidayDataVersion,
  };
}
