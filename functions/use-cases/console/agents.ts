/**
 * What a member does about a request an agent made (domain/agents.ts), one at a time from the
 * request's page or for a batch from the inbox's group of that agent or service:
 * - accept the agent's authority, having seen the authorisation: the request goes ahead without
 *   the person's own confirmation (verify-identity.ts `verifyAndStart`), audited
 *   `IdentityVerified` with `method: authority-accepted`, the member and the number of files;
 * - decline it ("authority not shown"): closed before anything was done (ops `cancelRequest`,
 *   closure `no-authority` with the member's reason), and the agent is told why (`AgentNotified`);
 * - remind the person: their confirmation link again (submit-request.ts `sendVerification`).
 * Every step is the one the request page's own form runs; a batch runs it for each selected
 * request and reports per request what happened, never half-doing one.
 */
import {
  AGENT_ACTIONS,
  type AgentAction,
  type AgentSkip,
  AUTHORITY_LIMITS,
  type BatchLine,
} from '#domain/agents.ts';
import { ActionNotPossibleError } from '#domain/console-errors.ts';
import { RequestNotFoundError, ValidationError } from '#domain/errors.ts';
import { DOWNLOAD_URL_TTL_SECONDS } from '#domain/links.ts';
import { roleAllows } from '#domain/member-roles.ts';
import { authorityPrefix } from '#domain/object-keys.ts';
import { uploadedName } from '#domain/processor-uploads.ts';
import type { DsrRequest } from '#domain/request.ts';
import { reasonText } from '#domain/schemas.ts';
import type { UploadForm } from '#ports/export-store.ts';
import { agentDeclinedEmail } from '#presentation/agent-emails.ts';
import {
  authorityFilesToRecord,
  authorityUploadForm,
  listAuthority,
  takesAuthority,
} from '../authority.ts';
import { cancelRequest } from '../ops/cancel-request.ts';
import { OpsRefusedError } from '../ops/ports.ts';
import type { ListedFile } from '../processor-uploads.ts';
import { sendVerification } from '../send-verification.ts';
import { verifyAndStart } from '../verify-identity.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, scopedRequest } from './session.ts';

const notPossible = (message: string) =>
  new ActionNotPossibleError(message, 'notNow');

/** The member ticked that they checked (accept) or confirm the batch: `yes`, nothing else. */
function confirmed(body: Record<string, unknown>, field: string): void {
  if (body[field] !== 'yes')
    throw new ValidationError('Confirm what will be done', {
      [field]: 'tick to confirm',
    });
}

/** The reason told to the agent when their authority is declined (1–1000 characters). */
export function declineReason(body: Record<string, unknown>): string {
  const reason = reasonText(body.reason);
  if (!reason)
    throw new ValidationError('Say why the authority is not shown', {
      reason: 'is required',
    });
  if (reason.length > 1000)
    throw new ValidationError('The reason is too long', {
      reason: 'must be at most 1000 characters',
    });
  return reason;
}

/** Why `request` cannot be acted on for its agent now, if it cannot. */
function skipOf(
  request: DsrRequest,
  action: AgentAction,
): AgentSkip | undefined {
  if (!request.agent?.email) return 'notAgent';
  if (action === 'remind')
    return request.status === 'PENDING_VERIFICATION' && !request.typePending
      ? undefined
      : 'notWaiting';
  if (!takesAuthority(request)) return 'notWaiting';
  if (action === 'accept' && request.typePending) return 'typePending';
  return undefined;
}

/**
 * Accepts the agent's authority on the files uploaded now (at least one, each a PDF or a
 * picture): recorded on the request in the write that verifies it, then the workflow starts.
 */
export async function acceptAuthority(
  request: DsrRequest,
  member: ConsoleMember,
  ports: ConsolePorts,
): Promise<void> {
  const skip = skipOf(request, 'accept');
  if (skip) throw notPossible('The request does not wait for an authority');
  const agent = request.agent;
  if (!agent) throw notPossible('No agent made the request');
  const files = authorityFilesToRecord(
    await listAuthority(request.requestId, ports),
  );
  await verifyAndStart(request.requestId, ports, member.actor, {
    agent: {
      ...agent,
      accepted: {
        by: member.actor,
        at: ports.clock.now().toISOString(),
        files,
      },
    },
  });
}

/**
 * Closes the request as "authority not shown" with the member's reason, then tells the agent
 * (their acknowledgement promised an answer either way). Only while it waits for the person.
 */
export async function declineAuthority(
  request: DsrRequest,
  member: ConsoleMember,
  reason: string,
  ports: ConsolePorts,
): Promise<void> {
  if (skipOf(request, 'decline'))
    throw notPossible('The request does not wait for an authority');
  const agent = request.agent;
  const merchant = await ports.merchants.get(request.merchantId);
  if (!agent || !merchant) throw notPossible('No agent made the request');
  try {
    await cancelRequest(
      {
        requestId: request.requestId,
        reason: 'no-authority',
        actor: member.actor,
        closure: { kind: 'no-authority', note: reason, by: member.actor },
        from: ['PENDING_VERIFICATION'],
      },
      ports,
    );
  } catch (error) {
    if (error instanceof OpsRefusedError) throw notPossible(error.message);
    throw error;
  }
  const sent = await ports.mailer.send({
    ...agentDeclinedEmail(merchant, { ...request, agent }, reason),
    tags: { requestId: request.requestId, purpose: 'agent-declined' },
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'AgentNotified',
    at: ports.clock.now().toISOString(),
    actor: member.actor,
    details: { notice: 'no-authority', messageId: sent.messageId },
    key: 'AgentNotified',
  });
}

/** The ticked requests of a batch form (`requestId`, once or repeated), each once. */
export function tickedIds(body: Record<string, unknown>): string[] {
  return [
    ...new Set(
      (Array.isArray(body.requestId)
        ? body.requestId
        : [body.requestId]
      ).filter((id): id is string => typeof id === 'string' && id !== ''),
    ),
  ];
}

/** How many requests one batch takes at most (each is a few conditional writes and an email). */
export const AGENT_BATCH_MAX = 50;

/**
 * A batch on an agent's requests (`POST /console/requests/agents` from the inbox's group):
 * `action` (remind, accept, decline), `requestId` (repeated: the ticked ones), `confirm=yes`, and
 * for decline a `reason`. Every id is checked first (one the member may not act on refuses the
 * whole batch: 404/403); then each request is acted on or skipped with why.
 */
export async function runAgentBatch(
  member: ConsoleMember,
  body: Record<string, unknown>,
  ports: ConsolePorts,
): Promise<{ action: AgentAction; lines: BatchLine[] }> {
  const action = body.action;
  const ids = tickedIds(body);
  const problems: Record<string, string> = {};
  if (!(AGENT_ACTIONS as readonly unknown[]).includes(action))
    problems.action = `must be one of ${AGENT_ACTIONS.join(', ')}`;
  if (ids.length === 0) problems.requestId = 'choose at least one';
  if (ids.length > AGENT_BATCH_MAX)
    problems.requestId = `at most ${AGENT_BATCH_MAX} at a time`;
  if (body.confirm !== 'yes') problems.confirm = 'tick to confirm';
  let reason: string | undefined;
  if (action === 'decline')
    try {
      reason = declineReason(body);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      Object.assign(problems, error.fields);
    }
  if (Object.keys(problems).length > 0)
    throw new ValidationError('The batch cannot be run as posted', problems);
  const chosen = action as AgentAction;
  const scoped = [];
  for (const id of ids)
    scoped.push(await scopedRequest(member, id, 'act', ports));
  const lines: BatchLine[] = [];
  for (const { request, merchant } of scoped) {
    const skip = skipOf(request, chosen);
    if (skip) {
      lines.push({ requestId: request.requestId, outcome: skip });
      continue;
    }
    try {
      if (chosen === 'remind') {
        if (
          !request.verifyBy ||
          request.verifyBy <= ports.clock.now().toISOString()
        )
          throw notPossible('The link has expired');
        await sendVerification(request, merchant, ports, true, member.actor);
      } else if (chosen === 'accept')
        await acceptAuthority(request, member, ports);
      else await declineAuthority(request, member, reason ?? '', ports);
      lines.push({ requestId: request.requestId, outcome: 'done' });
    } catch (error) {
      if (error instanceof ActionNotPossibleError)
        lines.push({ requestId: request.requestId, outcome: 'notWaiting' });
      else if (
        error instanceof ValidationError &&
        (error.fields.authority === 'none' ||
          error.fields.authority === 'not-accepted')
      )
        lines.push({
          requestId: request.requestId,
          outcome:
            error.fields.authority === 'none' ? 'noAuthority' : 'notAccepted',
        });
      else throw error;
    }
  }
  return { action: chosen, lines };
}

export { confirmed as requireConfirmation };

/** The console's authorisation page: the files and, while the request waits, an upload form. */
export interface AuthorityConsoleView {
  request: DsrRequest;
  files: ListedFile[];
  form?: UploadForm;
  open: boolean;
}

/**
 * `GET /console/requests/{id}/authority`: the files of an agent's request and, for a member who
 * may act while it waits, a form for an authorisation received by post or email (S3 brings the
 * browser back here). Reads only.
 */
export async function authorityConsoleView(
  member: ConsoleMember,
  requestId: string,
  pageUrl: string,
  ports: ConsolePorts,
): Promise<AuthorityConsoleView> {
  const { request, role } = await scopedRequest(
    member,
    requestId,
    'see',
    ports,
  );
  if (!request.agent?.email) throw new RequestNotFoundError(requestId);
  const files = await listAuthority(request.requestId, ports);
  const open = roleAllows(role, 'act') && takesAuthority(request);
  const form = open
    ? await authorityUploadForm(
        request,
        {
          redirectUrl: pageUrl,
          // The console's session, not a link, bounds the page: the form's own hour applies.
          notAfter: new Date(
            ports.clock.now().getTime() + AUTHORITY_LIMITS.formSeconds * 1000,
          ).toISOString(),
        },
        files.length,
        ports,
      )
    : undefined;
  return { request, files, open, ...(form ? { form } : {}) };
}

/**
 * The URL that downloads one authorisation file of a request the member may see: signed for a
 * minute, saved under its uploaded name. `fileId`: a key below the request's authority prefix,
 * so no other object can be named; one not listed is a 404.
 */
export async function authorityDownload(
  member: ConsoleMember,
  requestId: string,
  fileId: string,
  ports: ConsolePorts,
): Promise<string> {
  const { request } = await scopedRequest(member, requestId, 'see', ports);
  const prefix = authorityPrefix(request.requestId);
  const listed = await ports.exports.list(prefix, AUTHORITY_LIMITS.listLimit);
  const found = listed.find((o) => o.key === `${prefix}${fileId}`);
  if (!request.agent?.email || !found)
    throw new RequestNotFoundError(requestId);
  return ports.exports.presignDownload(
    found.key,
    uploadedName(found.key, prefix),
    DOWNLOAD_URL_TTL_SECONDS,
  );
}
