import { DecisionRefusedError, type ReleaseProblem } from '#domain/decision.ts';
import { InvalidTransitionError, LinkGoneError } from '#domain/errors.ts';
import type { LinkRecord } from '#domain/links.ts';
import {
  chosenParts,
  LEAVE_OUT_FIELD,
  type LeftOut,
  type PackagePart,
} from '#domain/package-parts.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { reasonText } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { TaskTokenGoneError } from '#ports/workflow.ts';
import { releaseReviewEmail } from '#presentation/package-emails.ts';
import { inspectLink, inspectLinkedRequest } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { partsOf, type ResultRow, resultRows } from './results/rows.ts';
import { sendTaskLinkOnce } from './send-once.ts';

/**
 * Art. 15(4): the merchant reviews a built access package before the shopper gets it. Emails
 * the approvers a single-use review link holding the task token (never in the link itself);
 * the workflow asks again with a fresh link each week left unanswered.
 */
export async function requestRelease(
  input: { requestId: string; taskToken: string; attempt?: number },
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'links'
    | 'merchants'
    | 'mailer'
    | 'sentMail'
    | 'clock'
    | 'settings'
  >,
): Promise<void> {
  const { request, merchant } = await loadRequestAndMerchant(
    input.requestId,
    ports,
  );
  if (request.status !== 'IN_PROGRESS' || request.release?.state !== 'AWAITING')
    throw new InvalidTransitionError(request.requestId, 'IN_PROGRESS');
  const attempt = input.attempt ?? 1;
  // Once per attempt: a retried step parks its new token on the link already emailed.
  const sent = await sendTaskLinkOnce(
    {
      requestId: request.requestId,
      taskToken: input.taskToken,
      purpose: `release:${attempt}`,
      link: 'release',
    },
    async (url) =>
      releaseReviewEmail(
        merchant,
        request,
        await sourcesOf(request, merchant, ports),
        url,
      ),
    ports,
  );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'ReleaseReviewRequested',
    at: ports.clock.now().toISOString(),
    actor: 'system',
    key: `release:${sent.purpose}`,
    details: { messageId: sent.messageId, attempt },
  });
}

/** Per processor, what it answered (the review shows the merchant each answer and note). */
async function sourcesOf(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: Pick<Ports, 'requests'>,
): Promise<ResultRow[]> {
  return resultRows(request, merchant, ports);
}

/** GET of the review link: what the page shows. Changes nothing. */
export async function previewRelease(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const { request, merchant } = await inspectLinkedRequest(
    secret,
    'release',
    ports,
  );
  if (request.status !== 'IN_PROGRESS' || request.release?.state !== 'AWAITING')
    throw new LinkGoneError('used');
  const sources = await sourcesOf(request, merchant, ports);
  return { request, merchant, sources, parts: partsOf(request, sources) };
}

/**
 * Validates the posted review: release (the whole package, or without the ticked parts, with the
 * reason the shopper is told), or withhold with a reason. A post that contradicts itself is
 * refused, never read one way: parts ticked with withhold, a reason with a whole release (it
 * would reach nobody, and may mean the merchant meant to withhold or leave something out), a
 * ticked part the package does not have.
 */
export function parseRelease(
  body: Record<string, unknown>,
  offered: readonly PackagePart[] = [],
): { outcome: 'approve' | 'deny'; reason?: string; leftOut?: LeftOut } {
  const reason = reasonText(body.reason);
  const refuse = (problem: ReleaseProblem, message: string, why: string) =>
    new DecisionRefusedError<ReleaseProblem>(
      message,
      {
        [problem === 'decision'
          ? 'release'
          : problem === 'partsWithWithhold' || problem === 'partsInvalid'
            ? 'leaveOut'
            : 'reason']: why,
      },
      problem,
    );
  if (body.release !== 'release' && body.release !== 'withhold')
    throw refuse(
      'decision',
      'Choose release or withhold',
      'must be release or withhold',
    );
  const ticked = Object.keys(body)
    .filter((k) => k.startsWith(LEAVE_OUT_FIELD) && body[k])
    .map((k) => k.slice(LEAVE_OUT_FIELD.length));
  const parts = chosenParts(offered, ticked);
  if (!parts)
    throw refuse(
      'partsInvalid',
      'A part to leave out is not in the package',
      'must be parts of this package',
    );
  if (body.release === 'withhold' && parts.length > 0)
    throw refuse(
      'partsWithWithhold',
      'Parts were ticked with withhold',
      'go only with release',
    );
  if (body.release === 'release' && parts.length === 0 && reason)
    throw refuse(
      'reasonWithApprove',
      'A reason was written with release',
      'goes only with withhold or parts left out',
    );
  if (body.release === 'release' && parts.length > 0 && !reason)
    throw refuse(
      'reasonToLeaveOut',
      'A reason is required to leave out parts',
      'is required to leave out parts',
    );
  if (body.release === 'withhold' && !reason)
    throw refuse(
      'reasonToDeny',
      'A reason is required to withhold the package',
      'is required to withhold',
    );
  if (reason.length > 2000)
    throw refuse(
      'reasonTooLong',
      'The reason is too long',
      'must be at most 2000 characters',
    );
  if (body.release === 'withhold') return { outcome: 'deny', reason };
  return parts.length > 0
    ? { outcome: 'approve', leftOut: { parts, reason } }
    : { outcome: 'approve' };
}

/**
 * POST of the review link: 1. validate 2. use up the link, which keeps the decision 3. resume the
 * waiting task with the link's hash. The release step then acts on the decision in the link.
 */
type ReleasePorts = Pick<
  Ports,
  'requests' | 'links' | 'merchants' | 'workflow' | 'clock'
>;

export async function decideRelease(
  secret: string,
  body: Record<string, unknown>,
  ports: ReleasePorts,
): Promise<{ outcome: 'approve' | 'deny'; leftOut: boolean }> {
  const pending = await inspectLink(secret, 'release', ports);
  return releaseByLink(pending, body, 'merchant-link', ports);
}

/**
 * The review carried by a release link the caller holds: the emailed link's page (`by`
 * `merchant-link`) or a console member acting on the link waiting in the workflow (`by`
 * `member:<key>`). Validates what was posted against the package's parts, uses the link up with
 * the decision and resumes the task, exactly once.
 */
export async function releaseByLink(
  pending: LinkRecord,
  body: Record<string, unknown>,
  by: string,
  ports: ReleasePorts,
): Promise<{ outcome: 'approve' | 'deny'; leftOut: boolean }> {
  const { request, merchant } = await loadRequestAndMerchant(
    pending.requestId,
    ports,
  );
  if (request.status !== 'IN_PROGRESS' || request.release?.state !== 'AWAITING')
    throw new LinkGoneError('used');
  const decision = parseRelease(
    body,
    partsOf(request, await sourcesOf(request, merchant, ports)),
  );
  const link = await ports.links.consume(
    pending.tokenHash,
    ports.clock.now().toISOString(),
    {
      decision: {
        ...decision,
        at: ports.clock.now().toISOString(),
        ...(by === 'merchant-link' ? {} : { by }),
      },
    },
  );
  if (!link?.taskToken) throw new LinkGoneError('used');
  try {
    await ports.workflow.resume(link.taskToken, {
      release: decision.outcome,
      link: link.tokenHash,
    });
  } catch (error) {
    if (error instanceof TaskTokenGoneError) throw new LinkGoneError('expired');
    await ports.links.release(link.tokenHash);
    throw error;
  }
  return { outcome: decision.outcome, leftOut: Boolean(decision.leftOut) };
}
