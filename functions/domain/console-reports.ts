/**
 * The console's reports over a merchant's requests (as the `byMerchant` index lists them: no
 * personal data): requests by month of receipt, type, channel and outcome; how many answered
 * requests were answered on time and the median days to close them; the current overdue list.
 * Pure: one function per figure, so the page, the CSV and the tests read the same numbers.
 */
import { dueState } from './console-inbox.ts';
import { localDate } from './deadlines/calendar.ts';
import {
  channelOf,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
} from './request.ts';
import { REQUEST_CHANNELS, REQUEST_TYPES } from './request-kinds.ts';

/** What became of a request, as the reports count it. */
export const OUTCOMES = [
  'answered',
  'denied',
  'cancelled',
  'expired',
  'failed',
  'open',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Every channel a request can come by, the reports' columns. */
export const REPORT_CHANNELS = REQUEST_CHANNELS;

/** What the reports read of a request (the inbox index's fields). */
export interface ReportedRequest {
  requestId: string;
  type: RequestType;
  status: RequestStatus;
  channel?: RequestChannel;
  receivedAt: string;
  dueDate: string;
  dueAt: string;
  completedAt?: string;
}

/** A request's outcome: answered (completed), denied, closed without an answer, expired, failed, open. */
export function outcomeOf(status: RequestStatus): Outcome {
  switch (status) {
    case 'COMPLETED':
      return 'answered';
    case 'DENIED':
      return 'denied';
    case 'CANCELLED':
      return 'cancelled';
    case 'EXPIRED':
      return 'expired';
    case 'FAILED':
      return 'failed';
    default:
      return 'open';
  }
}

/** Answered or denied: the shop gave the person its answer (the on-time rate counts these). */
export const isAnswered = (
  r: Pick<ReportedRequest, 'status' | 'completedAt'>,
) =>
  (r.status === 'COMPLETED' || r.status === 'DENIED') &&
  r.completedAt !== undefined;

/** Answered by the deadline (the due instant, after any extension). */
export const answeredOnTime = (
  r: Pick<ReportedRequest, 'status' | 'completedAt' | 'dueAt'>,
) => isAnswered(r) && (r.completedAt as string) <= r.dueAt;

/** Days from receipt to the answer, to a tenth of a day. */
export function daysToClose(
  r: Pick<ReportedRequest, 'receivedAt' | 'completedAt'>,
): number | undefined {
  if (!r.completedAt) return undefined;
  const ms = Date.parse(r.completedAt) - Date.parse(r.receivedAt);
  return Math.round(ms / 8_640_000) / 10;
}

/** The median of `values` (the mean of the middle two for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 10) / 10;
}

/** Past its deadline and still counted down, as the inbox says it (console-inbox.ts `dueState`). */
export const isOverdue = (
  r: Pick<ReportedRequest, 'status' | 'dueAt'>,
  now: Date,
) => dueState(r, now).kind === 'overdue';

export type Counts<K extends string> = Record<K, number>;
const zero = <K extends string>(keys: readonly K[]): Counts<K> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export interface MonthFigures {
  /** `YYYY-MM`, in the merchant's time zone. */
  month: string;
  total: number;
  byType: Counts<RequestType>;
  byChannel: Counts<(typeof REPORT_CHANNELS)[number]>;
  byOutcome: Counts<Outcome>;
}

export interface Report {
  /** The months reported, newest first (every month of the window, requests or not). */
  months: MonthFigures[];
  /** The whole window. */
  total: MonthFigures;
  answered: number;
  onTime: number;
  /** `onTime / answered`, undefined when nothing was answered. */
  onTimeRate: number | undefined;
  medianDaysToClose: number | undefined;
  /** Requests past their deadline and still counted (whenever received), the most overdue first. */
  overdue: ReportedRequest[];
}

/** The `count` months up to and including the one `now` falls in, newest first. */
export function monthsBack(
  now: Date,
  timeZone: string,
  count: number,
): string[] {
  const [y, m] = localDate(now, timeZone).split('-').map(Number) as [
    number,
    number,
  ];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

function figures(month: string): MonthFigures {
  return {
    month,
    total: 0,
    byType: zero(REQUEST_TYPES),
    byChannel: zero(REPORT_CHANNELS),
    byOutcome: zero(OUTCOMES),
  };
}

function add(f: MonthFigures, r: ReportedRequest) {
  f.total += 1;
  f.byType[r.type] += 1;
  f.byChannel[channelOf(r)] += 1;
  f.byOutcome[outcomeOf(r.status)] += 1;
}

/** The report of the `months` months up to `now` (received then), and today's overdue list. */
export function reportOf(
  requests: readonly ReportedRequest[],
  timeZone: string,
  now: Date,
  months = 12,
): Report {
  const window = monthsBack(now, timeZone, months);
  const byMonth = new Map(window.map((m) => [m, figures(m)]));
  const total = figures(`${window.at(-1)}/${window[0]}`);
  const inWindow = requests.filter((r) =>
    byMonth.has(localDate(new Date(r.receivedAt), timeZone).slice(0, 7)),
  );
  for (const r of inWindow) {
    add(
      byMonth.get(
        localDate(new Date(r.receivedAt), timeZone).slice(0, 7),
      ) as MonthFigures,
      r,
    );
    add(total, r);
  }
  const answered = inWindow.filter(isAnswered);
  const onTime = answered.filter(answeredOnTime).length;
  return {
    months: [...byMonth.values()],
    total,
    answered: answered.length,
    onTime,
    onTimeRate: answered.length > 0 ? onTime / answered.length : undefined,
    medianDaysToClose: median(
      answered.map(daysToClose).filter((d): d is number => d !== undefined),
    ),
    overdue: requests
      .filter((r) => isOverdue(r, now))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
  };
}
