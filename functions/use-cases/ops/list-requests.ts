import { daysLeft, isOverdue, type RequestSummary } from '#domain/ops.ts';
import {
  isTerminal,
  type RequestStatus,
  type RequestType,
} from '#domain/request.ts';
import type { OpsPorts } from './ports.ts';

export interface ListFilter {
  merchantId?: string;
  status?: RequestStatus;
  type?: RequestType;
  /** Open requests due within this many days from now (overdue ones included). */
  dueWithinDays?: number;
  overdue?: boolean;
  /** `newest` (by receipt, default) or `urgent` (open first, by due instant). */
  sort?: 'newest' | 'urgent';
  limit?: number;
  /** Most table items a full listing may read (default 5000). */
  maxScan?: number;
}

export interface ListedRequest extends RequestSummary {
  daysLeft: number;
  overdue: boolean;
}

/** Statuses held by the `OPEN` partition of the scheduled-work index. */
const INDEXED_OPEN: readonly RequestStatus[] = [
  'VERIFIED',
  'AWAITING_DECISION',
  'IN_PROGRESS',
];

/**
 * Lists requests for operators. Open-only questions (overdue, due within N days, an open status)
 * are answered from the scheduled-work index, reading only open requests; anything that may
 * include closed requests reads the table with a bounded scan. Emails come back masked.
 */
export async function listRequests(
  filter: ListFilter,
  ports: Pick<OpsPorts, 'requests' | 'query' | 'clock'>,
): Promise<{
  requests: ListedRequest[];
  source: 'index' | 'scan';
  truncated: boolean;
}> {
  const now = ports.clock.now();
  const openOnly =
    filter.overdue ||
    filter.dueWithinDays !== undefined ||
    (filter.status !== undefined && INDEXED_OPEN.includes(filter.status));
  let rows: RequestSummary[];
  let truncated = false;
  if (openOnly) {
    const until = filter.overdue
      ? now.toISOString()
      : filter.dueWithinDays !== undefined
        ? new Date(
            now.getTime() + filter.dueWithinDays * 86_400_000,
          ).toISOString()
        : '9999-12-31T23:59:59.999Z';
    rows = (await ports.requests.findScheduled('OPEN', until)).map((r) => ({
      ...r,
    }));
  } else {
    const out = await ports.query.scanRequests({
      maxItems: filter.maxScan ?? 5000,
    });
    rows = out.requests;
    truncated = out.truncated;
  }
  const requests = rows
    .filter(
      (r) =>
        (!filter.merchantId || r.merchantId === filter.merchantId) &&
        (!filter.status || r.status === filter.status) &&
        (!filter.type || r.type === filter.type) &&
        (!filter.overdue || isOverdue(r, now)),
    )
    .map((r) => ({
      ...r,
      daysLeft: daysLeft(r.dueAt, now),
      overdue: isOverdue(r, now),
    }))
    .sort(filter.sort === 'urgent' ? byUrgency : byNewest)
    .slice(0, filter.limit ?? 100);
  return { requests, source: openOnly ? 'index' : 'scan', truncated };
}

const byNewest = (a: ListedRequest, b: ListedRequest) =>
  b.receivedAt.localeCompare(a.receivedAt);
const byUrgency = (a: ListedRequest, b: ListedRequest) =>
  Number(isTerminal(a.status)) - Number(isTerminal(b.status)) ||
  a.dueAt.localeCompare(b.dueAt);
