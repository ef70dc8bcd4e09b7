/**
 * The merchant console's inbox, as pure rules: which requests a filter keeps, what each waits
 * on, and how its deadline reads. The use case (use-cases/console/inbox.ts) reads the rows;
 * every output (the HTML table, the JSON answer, the request page) says "waiting on" and
 * "overdue" through these functions, so they cannot disagree.
 */
import { isAgentGroupKey } from './agents.ts';
import { ValidationError } from './errors.ts';
import { subjectHash, subjectRef } from './links.ts';
import {
  channelOf,
  isTerminal,
  OWED_STATUSES,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
  requestReference,
} from './request.ts';

/** What the inbox is asked to show (`GET /console/requests?…`). */
export interface InboxFilters {
  /** A merchant id, or `*` for every merchant the member serves; absent: the one chosen. */
  merchant?: string;
  status?: RequestStatus;
  type?: RequestType;
  channel?: RequestChannel;
  /** Only requests past their deadline and still owed. */
  overdue?: boolean;
  /** Only requests still owed whose deadline is at most this many days away (0–366). */
  dueWithinDays?: number;
  /** An email address (exact, any case) or a reference (the 8 characters, or the whole id). */
  q?: string;
  /** The requests of one agent or removal service (domain/agents.ts `agentGroupKey`). */
  agent?: string;
}

const one = <T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  field: string,
): T | undefined => {
  if (value === undefined || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ValidationError('A filter is not valid', {
    [field]: `must be one of ${allowed.join(', ')}`,
  });
};

/**
 * Reads the query string. Empty values mean "any"; anything else that is not a value the filter
 * takes is refused (400) with the field named, never guessed at.
 */
export function parseInboxFilters(
  query: Readonly<Record<string, string | undefined>>,
): InboxFilters {
  const filters: InboxFilters = {};
  if (query.merchant) {
    if (!/^(\*|[a-z0-9][a-z0-9-]{1,62})$/.test(query.merchant))
      throw new ValidationError('A filter is not valid', {
        merchant: 'must be a merchant id or *',
      });
    filters.merchant = query.merchant;
  }
  filters.status = one(query.status, REQUEST_STATUSES, 'status');
  filters.type = one(query.type, REQUEST_TYPES, 'type');
  filters.channel = one(query.channel, REQUEST_CHANNELS, 'channel');
  if (query.overdue !== undefined && query.overdue !== '') {
    if (!['1', 'true', 'on'].includes(query.overdue))
      throw new ValidationError('A filter is not valid', {
        overdue: 'must be 1, true or on',
      });
    filters.overdue = true;
  }
  if (query.due !== undefined && query.due !== '') {
    const days = Number(query.due);
    if (!/^\d{1,3}$/.test(query.due) || days > 366)
      throw new ValidationError('A filter is not valid', {
        due: 'must be a number of days from 0 to 366',
      });
    filters.dueWithinDays = days;
  }
  const q = query.q?.trim();
  if (q) {
    if (q.length > 254)
      throw new ValidationError('A filter is not valid', {
        q: 'must be at most 254 characters',
      });
    filters.q = q;
  }
  if (query.agent !== undefined && query.agent !== '') {
    if (!isAgentGroupKey(query.agent))
      throw new ValidationError('A filter is not valid', {
        agent: 'must be the key of a group of requests from an agent',
      });
    filters.agent = query.agent;
  }
  for (const key of Object.keys(filters) as (keyof InboxFilters)[])
    if (filters[key] === undefined) delete filters[key];
  return filters;
}

/** What a request waits on now. `processor:<id>`: that processor's answer. */
export type WaitingOn =
  /** A request that came by email whose type the merchant must confirm (nothing was sent yet). */
  | 'type'
  /** An email the shopper needed bounced: a correct address (the shopper may have mistyped it). */
  | 'address'
  | 'shopper'
  | 'decision'
  | 'review'
  | 'operator'
  | `processor:${string}`;

/**
 * Who the request waits for: the shopper while their email is unconfirmed, the merchant's
 * decision or release review, each processor whose job has not answered, an operator when the
 * workflow is held up; nobody once it is closed (or deferred: answered, the rest waits on a
 * legal hold, not on anyone).
 */
export function waitingOn(
  request: {
    status: RequestStatus;
    release?: { state: string };
    typePending?: boolean;
    undelivered?: readonly string[];
  },
  jobs: readonly { processorId: string; state: string }[] = [],
): WaitingOn[] {
  const open = !isTerminal(request.status) || request.status === 'FAILED';
  const bounced =
    open && request.undelivered?.length ? (['address'] as const) : [];
  if (request.status === 'PENDING_VERIFICATION' && request.typePending)
    return ['type'];
  return [...bounced, ...waitingByStatus(request, jobs)];
}

function waitingByStatus(
  request: { status: RequestStatus; release?: { state: string } },
  jobs: readonly { processorId: string; state: string }[],
): WaitingOn[] {
  switch (request.status) {
    case 'PENDING_VERIFICATION':
      return ['shopper'];
    case 'VERIFIED':
    case 'AWAITING_DECISION':
      return ['decision'];
    case 'IN_PROGRESS':
      if (request.release?.state === 'AWAITING') return ['review'];
      return jobs
        .filter((j) => j.state === 'PENDING' || j.state === 'RUNNING')
        .map((j) => `processor:${j.processorId}` as const);
    case 'FAILED':
      return ['operator'];
    default:
      return [];
  }
}

const DAY_MS = 86_400_000;

/** How a request's deadline reads now. */
export type DueState =
  | { kind: 'closed' }
  /** Deferred: answered; the held part waits on a legal hold, not owed. */
  | { kind: 'notOwed' }
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number };

/**
 * The statuses whose deadline the console counts down: those still owed, and a request whose
 * email is not confirmed yet, since the clock runs from receipt (no identity pause is applied:
 * README, Known limitations).
 */
const COUNTED: readonly RequestStatus[] = [
  'PENDING_VERIFICATION',
  ...OWED_STATUSES,
];

/**
 * Whole days to the due instant (a deadline tonight is "today"), or how many days it is past;
 * only for requests whose answer is still owed.
 */
export function dueState(
  request: { status: RequestStatus; dueAt: string },
  now: Date,
): DueState {
  if (!COUNTED.includes(request.status))
    return isTerminal(request.status)
      ? { kind: 'closed' }
      : { kind: 'notOwed' };
  const ms = Date.parse(request.dueAt) - now.getTime();
  if (ms < 0) return { kind: 'overdue', days: Math.ceil(-ms / DAY_MS) };
  const days = Math.floor(ms / DAY_MS);
  return days === 0 ? { kind: 'today' } : { kind: 'left', days };
}

/** The fields the inbox filters on (the index projection has them all). */
export interface FilterableRequest {
  requestId: string;
  merchantId: string;
  type: RequestType;
  status: RequestStatus;
  channel?: RequestChannel;
  dueAt: string;
  subjectRef?: string;
  subjectHash?: string;
  agentGroup?: string;
}

/** True when `request` passes every filter set (the merchant is chosen by the caller). */
export function matchesFilters(
  request: FilterableRequest,
  filters: InboxFilters,
  now: Date,
): boolean {
  if (filters.agent && request.agentGroup !== filters.agent) return false;
  if (filters.status && request.status !== filters.status) return false;
  if (filters.type && request.type !== filters.type) return false;
  if (filters.channel && channelOf(request) !== filters.channel) return false;
  const due = dueState(request, now);
  if (filters.overdue && due.kind !== 'overdue') return false;
  // "Due within N days" as the list says it: N days left or fewer (today and overdue too).
  if (
    filters.dueWithinDays !== undefined &&
    !(
      due.kind === 'today' ||
      due.kind === 'overdue' ||
      (due.kind === 'left' && due.days <= filters.dueWithinDays)
    )
  )
    return false;
  if (filters.q && !matchesSearch(request, filters.q)) return false;
  return true;
}

/**
 * The search: an email address matches the requests it made at that shop (by the subject's
 * lookup key, or the pseudonym a closed request keeps after its retention: the address is
 * never stored in the index); anything else is a reference.
 */
export function matchesSearch(request: FilterableRequest, q: string): boolean {
  const text = q.trim();
  if (text.includes('@'))
    return (
      request.subjectRef === subjectRef(request.merchantId, text) ||
      request.subjectHash === subjectHash(request.merchantId, text)
    );
  const upper = text.toUpperCase();
  return (
    requestReference(request.requestId) === upper ||
    request.requestId.toUpperCase() === upper
  );
}
