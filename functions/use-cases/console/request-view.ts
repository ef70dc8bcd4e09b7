/**
 * One request as the console shows it: the request and who asked, its deadline and how it was
 * computed, what it waits on, each processor's answer (domain/processor-answer.ts, as every other
 * output says it) with files and notes, the audit trail, the emails sent, the other requests of
 * the same person, and what the member may do now. Reads only.
 */

import type { AuditEvent } from '#domain/audit.ts';
import {
  type DueState,
  dueState,
  matchesSearch,
  type WaitingOn,
  waitingOn,
} from '#domain/console-inbox.ts';
import {
  type MemberRole,
  memberActor,
  memberKey,
  roleAllows,
} from '#domain/member-roles.ts';
import type { PackagePart } from '#domain/package-parts.ts';
import {
  CLOSABLE_UNASKED,
  type DsrRequest,
  isTerminal,
  requestReference,
} from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { SentMailRecord } from '#ports/sent-mail.ts';
import { listAuthority, takesAuthority } from '../authority.ts';
import type { ListedFile } from '../processor-uploads.ts';
import { partsOf, type ResultRow, resultRows } from '../results/rows.ts';
import { waitingTaskLink } from '../send-once.ts';
import { INBOX_LIMIT } from './inbox.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, scopedRequest } from './session.ts';

/** What the member may do on the request now (nothing of it for a viewer). */
export interface AvailableActions {
  /** A decision link waits: approve or deny; `extend` too while the law allows it. */
  decide?: { extend: boolean };
  /** A release link waits. */
  release?: boolean;
  cancel?: boolean;
  cancelDeferral?: { processorIds: string[]; until: string };
  /** Spam and duplicate: before any processor was asked. */
  closeUnasked?: boolean;
  reissueDownload?: boolean;
  resendVerification?: boolean;
  /** Processors waited on by confirmation: resend (to its contact) and record an answer. */
  processors: { processorId: string; resend: boolean }[];
}

/** One email of the request: what it was, when, and whether the mail service took it. */
export interface MailLine {
  purpose: string;
  state: 'SENT' | 'SENDING';
  at: string;
  processorId?: string;
}

/** Another request by the same person at the same shop. */
export interface Sibling {
  requestId: string;
  reference: string;
  type: DsrRequest['type'];
  status: DsrRequest['status'];
  receivedAt: string;
  closable: boolean;
}

export interface RequestView {
  request: DsrRequest;
  merchant: MerchantConfig;
  role: MemberRole;
  due: DueState;
  waitingOn: WaitingOn[];
  rows: ResultRow[];
  /** The parts a release review may leave out of the package (Art. 15(4)). */
  releaseParts: PackagePart[];
  events: AuditEvent[];
  mails: MailLine[];
  /** `member:<key>` of the merchant's current members → their address (the trail names them). */
  members: Record<string, string>;
  siblings: Sibling[];
  actions: AvailableActions;
  /** Made by an agent: the authorisation's files and what the member may do about it. */
  agent?: AgentView;
}

/** An agent's request as the page shows it (domain/agents.ts). */
export interface AgentView {
  files: ListedFile[];
  /** Accept or decline the authority, or add a file: while the request waits for the person. */
  open: boolean;
}

/** Audit events that record an email sent outside the sent-mail log (the verification link). */
const MAIL_EVENTS = new Set(['VerificationEmailSent']);

export async function requestView(
  member: ConsoleMember,
  requestId: string,
  ports: Pick<
    ConsolePorts,
    | 'requests'
    | 'merchants'
    | 'audit'
    | 'sentMail'
    | 'links'
    | 'clock'
    | 'exports'
  >,
): Promise<RequestView> {
  const { request, merchant, role } = await scopedRequest(
    member,
    requestId,
    'see',
    ports,
  );
  const now = ports.clock.now();
  const [rows, events, sent, siblings, authority] = await Promise.all([
    resultRows(request, merchant, ports),
    ports.audit.list(request.requestId),
    ports.sentMail.list(request.requestId),
    siblingsOf(request, ports),
    // The agent's files, while the request can still use them and its data is kept.
    request.agent?.email
      ? listAuthority(request.requestId, ports)
      : Promise.resolve(undefined),
  ]);
  const jobs = rows.map((r) => r.job);
  const mails: MailLine[] = [
    ...events
      .filter((e) => MAIL_EVENTS.has(e.type))
      .map((e) => ({
        purpose: 'verification',
        state: 'SENT' as const,
        at: e.at,
      })),
    ...sent.map(mailLine),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return {
    request,
    merchant,
    role,
    due: dueState(request, now),
    waitingOn: waitingOn(request, jobs),
    rows,
    releaseParts: partsOf(request, rows),
    events,
    mails,
    members: Object.fromEntries(
      merchant.members.map((m) => [memberActorOf(m.email), m.email]),
    ),
    siblings,
    ...(authority
      ? {
          agent: {
            files: authority,
            open: roleAllows(role, 'act') && takesAuthority(request),
          },
        }
      : {}),
    actions: roleAllows(role, 'act')
      ? await availableActions(request, rows, ports)
      : { processors: [] },
  };
}

/** How the trail names a member (the same key their session carries). */
const memberActorOf = (email: string) => memberActor(memberKey(email));

function mailLine(m: SentMailRecord): MailLine {
  const processor = /^confirm:([^:]+):/.exec(m.purpose)?.[1];
  return {
    purpose: m.purpose,
    state: m.state,
    at: m.sentAt ?? m.claimedAt,
    ...(processor ? { processorId: processor } : {}),
  };
}

/** The person's other requests at this shop (found by the subject's lookup key or pseudonym). */
async function siblingsOf(
  request: DsrRequest,
  ports: Pick<ConsolePorts, 'requests'>,
): Promise<Sibling[]> {
  if (!request.email) return [];
  const { requests } = await ports.requests.listByMerchant(
    request.merchantId,
    INBOX_LIMIT,
  );
  return requests
    .filter(
      (r) =>
        r.requestId !== request.requestId && matchesSearch(r, request.email),
    )
    .map((r) => ({
      requestId: r.requestId,
      reference: requestReference(r.requestId),
      type: r.type,
      status: r.status,
      receivedAt: r.receivedAt,
      closable: CLOSABLE_UNASKED.includes(r.status),
    }));
}

async function availableActions(
  request: DsrRequest,
  rows: ResultRow[],
  ports: Pick<ConsolePorts, 'links' | 'sentMail' | 'clock'>,
): Promise<AvailableActions> {
  const now = ports.clock.now().toISOString();
  const open = !isTerminal(request.status);
  const decide =
    request.status === 'AWAITING_DECISION' &&
    (await waitingTaskLink(request.requestId, 'decision', 'decide', ports));
  const release =
    request.status === 'IN_PROGRESS' &&
    request.release?.state === 'AWAITING' &&
    Boolean(
      await waitingTaskLink(request.requestId, 'release', 'release', ports),
    );
  const deferral = request.deferral;
  return {
    ...(decide
      ? {
          decide: {
            extend:
              !request.extension?.notifiedAt &&
              Boolean(request.extensionNoticeDue),
          },
        }
      : {}),
    ...(release ? { release } : {}),
    ...(open && request.status !== 'DEFERRED' ? { cancel: true } : {}),
    ...(request.status === 'DEFERRED' && deferral && !deferral.cancelledAt
      ? {
          cancelDeferral: {
            processorIds: deferral.processorIds,
            until: deferral.until,
          },
        }
      : {}),
    ...(CLOSABLE_UNASKED.includes(request.status)
      ? { closeUnasked: true }
      : {}),
    ...(request.status === 'COMPLETED' &&
    (request.type === 'access' || request.type === 'portability') &&
    request.exportKeys?.package &&
    !request.pseudonymisedAt
      ? { reissueDownload: true }
      : {}),
    ...(request.status === 'PENDING_VERIFICATION' &&
    request.verifyBy &&
    request.verifyBy > now
      ? { resendVerification: true }
      : {}),
    processors:
      open || request.status === 'FAILED'
        ? rows
            .filter(
              (r) =>
                r.job.state === 'PENDING' &&
                r.job.pending?.via === 'confirmation',
            )
            .map((r) => ({
              processorId: r.processor.processorId,
              resend:
                (r.job.pending?.confirmBy ?? 'processor') === 'processor' &&
                Boolean(r.processor.contactEmail),
            }))
        : [],
  };
}
