import { merchantActor } from '#domain/audit.ts';
import { LinkGoneError, RequestNotFoundError } from '#domain/errors.ts';
import { siblingSecret, subjectHash } from '#domain/links.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { consumeLink, inspectLink } from './links.ts';
import { issueStatusLink } from './request-status.ts';

type VerifyPorts = Pick<
  Ports,
  'requests' | 'audit' | 'links' | 'merchants' | 'workflow' | 'clock'
>;

/** GET of the verification link: what the confirm page shows. Changes nothing. */
export async function previewVerification(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const link = await inspectLink(secret, 'verify', ports);
  const request = await ports.requests.get(link.requestId);
  if (!request) throw new RequestNotFoundError(link.requestId);
  const merchant = await ports.merchants.get(request.merchantId);
  return {
    merchantName: merchant?.name ?? request.merchantId,
    type: request.type,
    locale: request.locale,
  };
}

/**
 * Art. 12(6) identity check by control of the email address, then start the workflow.
 * 1. use up the link 2. mark the request VERIFIED 3. start the execution named after the request.
 * If the start fails, the link is released so the shopper can simply press Confirm again; the
 * start itself is idempotent by execution name.
 */
export async function verifyIdentity(
  secret: string,
  ports: VerifyPorts,
): Promise<DsrRequest> {
  const link = await consumeLink(secret, 'verify', ports);
  try {
    return await verifyAndStart(link.requestId, ports);
  } catch (error) {
    // Whatever failed after the link was used (a throttled write, the start), the shopper can
    // press Confirm again; only a request that moved on keeps the link used.
    if (!(error instanceof LinkGoneError))
      await ports.links.release(link.tokenHash);
    throw error;
  }
}

/** What the page after Confirm shows, and what could not be read for it. */
export interface Confirmation {
  request: DsrRequest;
  /** Undefined when it could not be read (see `failed`): the page names the merchant by id. */
  merchant?: MerchantConfig;
  /** The read-only status link; undefined when it could not be issued (see `failed`). */
  statusUrl?: string;
  /** Parts of the page that failed after the identity was confirmed (log the error's name only). */
  failed: { part: 'merchant' | 'statusLink'; error: Error }[];
}

/**
 * POST of the verification link: {@link verifyIdentity}, then what the confirmation page shows.
 * Once verified, the link is used up and the workflow runs, so a failure reading the merchant
 * or issuing the status link must not turn into an error page (pressing Confirm again would
 * only say the link was used): the page confirms without that part and `failed` names it, for
 * the caller to log. Failures of the verification itself are thrown as before.
 * @example const { request, statusUrl, failed } = await confirmIdentity(secret, ports);
 */
export async function confirmIdentity(
  secret: string,
  ports: VerifyPorts & Pick<Ports, 'settings'>,
): Promise<Confirmation> {
  const request = await verifyIdentity(secret, ports);
  const failed: Confirmation['failed'] = [];
  const part = <T>(
    name: Confirmation['failed'][number]['part'],
    work: Promise<T>,
  ) =>
    work.catch((error: unknown) => {
      failed.push({
        part: name,
        error: error instanceof Error ? error : new Error('Non-error thrown'),
      });
      return undefined;
    });
  const [merchant, status] = await Promise.all([
    part('merchant', ports.merchants.get(request.merchantId)),
    // The used verification link's page finds this link again (see siblingSecret).
    part(
      'statusLink',
      issueStatusLink(
        request.requestId,
        ports,
        siblingSecret(secret, 'status'),
      ),
    ),
  ]);
  return { request, merchant, statusUrl: status?.url, failed };
}

/**
 * PENDING_VERIFICATION → VERIFIED, audited, and the workflow started (idempotent by execution
 * name). By the shopper's link, or by a console member who attests they checked who asked
 * (`attestedBy`: their `member:<key>`; a request received by post or phone).
 */
export async function verifyAndStart(
  requestId: string,
  ports: VerifyPorts,
  attestedBy?: `member:${string}`,
  /** Written with the verification: an agent's accepted authority (use-cases/console/agents.ts). */
  with_: Pick<DsrRequest, 'agent'> = {},
): Promise<DsrRequest> {
  const now = ports.clock.now().toISOString();
  const pending = await ports.requests.get(requestId);
  let request = await ports.requests.transition(
    requestId,
    ['PENDING_VERIFICATION'],
    'VERIFIED',
    {
      ...with_,
      verifiedAt: now,
      updatedAt: now,
      // From now on the request is one of this person's: the decision page lists the others
      // (Art. 12(5); the sparse subject index). Unconfirmed requests are never listed.
      ...(pending?.email
        ? { subjectHash: subjectHash(pending.merchantId, pending.email) }
        : {}),
    },
  );
  if (!request) {
    // A retry after a failed start (or a failed audit write) finds the request already verified;
    // any other status means the request moved on (or was closed) and the link must not act again.
    request = await ports.requests.get(requestId);
    if (!request) throw new RequestNotFoundError(requestId);
    if (request.status !== 'VERIFIED') throw new LinkGoneError('used');
  }
  await auditVerified(request, ports, attestedBy);
  const started = await ports.workflow.start({
    requestId: request.requestId,
    merchantId: request.merchantId,
    type: request.type,
  });
  if (!started.alreadyStarted) {
    await ports.audit.append({
      requestId: request.requestId,
      type: 'ExecutionStarted',
      at: ports.clock.now().toISOString(),
      actor: 'system',
      details: { executionArn: started.executionArn },
      // A retried Confirm can start the same (still running) execution again: one event.
      key: 'ExecutionStarted',
    });
  }
  return request;
}

/**
 * The verification's audit event, keyed: appended by the click and again, harmlessly, by a retried
 * click or the reconciler, which fill it in when the click stopped between the status and the event.
 */
export async function auditVerified(
  request: Pick<
    DsrRequest,
    'requestId' | 'verifiedAt' | 'updatedAt' | 'entry' | 'agent'
  >,
  ports: Pick<Ports, 'audit'>,
  attestedBy?: `member:${string}`,
): Promise<void> {
  // A member accepted an agent's authority: the files it rests on are counted, never named.
  const accepted = request.agent?.accepted;
  // A member's attestation (a request entered with the identity checked) has no link.
  const attested =
    attestedBy ?? (request.entry?.identityConfirmed ? 'member' : undefined);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'IdentityVerified',
    at: request.verifiedAt ?? request.updatedAt,
    actor: accepted
      ? merchantActor(accepted.by)
      : (attestedBy ?? (attested ? 'merchant' : 'subject')),
    fromStatus: 'PENDING_VERIFICATION',
    toStatus: 'VERIFIED',
    details: accepted
      ? {
          method: 'authority-accepted',
          agentRelation: request.agent?.relation ?? '',
          files: accepted.files.length,
        }
      : { method: attested ? 'attested-by-merchant' : 'email-link' },
    key: 'IdentityVerified',
  });
}
