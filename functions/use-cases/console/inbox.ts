/**
 * The inbox: the member's merchants' requests, newest first, filtered, each with its deadline
 * and what it waits on. Reads the `byMerchant` index (no personal data), then, only for requests
 * in progress, their jobs (which processors have not answered) and their record (a release
 * review waiting).
 */

import { agentService } from '#domain/agents.ts';
import {
  type DueState,
  dueState,
  type InboxFilters,
  matchesFilters,
  type WaitingOn,
  waitingOn,
} from '#domain/console-inbox.ts';
import {
  channelOf,
  isTerminal,
  type RequestChannel,
  type RequestStatus,
  type RequestType,
  requestReference,
} from '#domain/request.ts';
import type { InboxRequest } from '#ports/request-store.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, type MemberOf, membershipAt } from './session.ts';

/** How many requests of each merchant the inbox reads, newest first. */
export const INBOX_LIMIT = 500;

/** One row of the inbox, as both the page and the JSON answer give it. */
export interface InboxRow {
  requestId: string;
  reference: string;
  merchant: string;
  merchantName: string;
  type: RequestType;
  status: RequestStatus;
  channel: RequestChannel;
  receivedAt: string;
  dueDate: string;
  due: DueState;
  waitingOn: WaitingOn[];
}

export interface Inbox {
  /** The merchants searched (one, or every one the member serves). */
  merchants: MemberOf[];
  rows: InboxRow[];
  /** Some merchant has more requests than {@link INBOX_LIMIT}. */
  truncated: boolean;
  /** Open requests made by agents, grouped by service or agent (the batches' way in). */
  agentGroups: InboxAgentGroup[];
}

/** One agent's (or removal service's) open requests. */
export interface InboxAgentGroup {
  key: string;
  /** The service's name, or the agent's name and address as their newest request gives them. */
  label: string;
  /** Open requests (not closed). */
  total: number;
  /** Of them, waiting for the person's confirmation (or the agent's authority). */
  waiting: number;
}

/** Groups the inbox shows at most (the largest first). */
export const AGENT_GROUPS_SHOWN = 20;

/** The inbox as `filters` ask, within the member's merchants (another merchant's id: 404). */
export async function listInbox(
  member: ConsoleMember,
  filters: InboxFilters,
  ports: Pick<ConsolePorts, 'requests' | 'clock'>,
): Promise<Inbox> {
  const merchants =
    filters.merchant === '*'
      ? member.merchants
      : [
          filters.merchant
            ? membershipAt(member, filters.merchant)
            : member.current,
        ];
  const now = ports.clock.now();
  const lists = await Promise.all(
    merchants.map((m) =>
      ports.requests.listByMerchant(m.merchantId, INBOX_LIMIT),
    ),
  );
  const names = new Map(merchants.map((m) => [m.merchantId, m.name]));
  const kept = lists
    .flatMap((l) => l.requests)
    .filter((r) => matchesFilters(r, filters, now))
    .sort(
      (a, b) =>
        b.receivedAt.localeCompare(a.receivedAt) ||
        a.requestId.localeCompare(b.requestId),
    );
  const rows = await Promise.all(
    kept.map(async (r) => ({
      requestId: r.requestId,
      reference: requestReference(r.requestId),
      merchant: r.merchantId,
      merchantName: names.get(r.merchantId) ?? r.merchantId,
      type: r.type,
      status: r.status,
      channel: channelOf(r),
      receivedAt: r.receivedAt,
      dueDate: r.dueDate,
      due: dueState(r, now),
      waitingOn: await waitingOf(r, ports),
    })),
  );
  return {
    merchants,
    rows,
    truncated: lists.some((l) => l.truncated),
    agentGroups: await agentGroupsOf(
      lists.flatMap((l) => l.requests),
      ports,
    ),
  };
}

/**
 * The open requests of agents by group (the index holds only the group's hash): counted, and
 * named by reading the newest request of each group, the only full reads.
 */
async function agentGroupsOf(
  requests: readonly InboxRequest[],
  ports: Pick<ConsolePorts, 'requests'>,
): Promise<InboxAgentGroup[]> {
  const groups = new Map<string, InboxRequest[]>();
  for (const r of requests) {
    if (!r.agentGroup || isTerminal(r.status)) continue;
    groups.set(r.agentGroup, [...(groups.get(r.agentGroup) ?? []), r]);
  }
  const largest = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, AGENT_GROUPS_SHOWN);
  return Promise.all(
    largest.map(async ([key, members]) => {
      const newest = [...members].sort((a, b) =>
        b.receivedAt.localeCompare(a.receivedAt),
      )[0];
      const full = newest
        ? await ports.requests.get(newest.requestId)
        : undefined;
      const agent = full?.agent;
      // A removal service's email to the privacy inbox has no agent record: its sender names it.
      const service = agentService(agent?.email || full?.email || '');
      return {
        key,
        label:
          service ?? (agent?.email ? `${agent.name} <${agent.email}>` : key),
        total: members.length,
        waiting: members.filter((r) => r.status === 'PENDING_VERIFICATION')
          .length,
      };
    }),
  );
}

/** What one listed request waits on; a request in progress reads its jobs and release state. */
export async function waitingOf(
  request: Pick<
    InboxRequest,
    'requestId' | 'status' | 'typePending' | 'undelivered'
  >,
  ports: Pick<ConsolePorts, 'requests'>,
): Promise<WaitingOn[]> {
  if (request.status !== 'IN_PROGRESS') return waitingOn(request);
  const [full, jobs] = await Promise.all([
    ports.requests.get(request.requestId),
    ports.requests.listJobs(request.requestId),
  ]);
  return waitingOn(full ?? request, jobs);
}

/**
 * The JSON answer's rows, exactly as the public contract gives them:
 * `{requestId, reference, merchant, type, status, channel, receivedAt, dueDate, waitingOn}`.
 */
export function inboxJson(inbox: Inbox) {
  return {
    requests: inbox.rows.map((r) => ({
      requestId: r.requestId,
      reference: r.reference,
      merchant: r.merchant,
      type: r.type,
      status: r.status,
      channel: r.channel,
      receivedAt: r.receivedAt,
      dueDate: r.dueDate,
      waitingOn: r.waitingOn,
    })),
  };
}
