import { agentGroupKey, requestAgent, withFormAgent } from '#domain/agents.ts';
import type { AuditEvent } from '#domain/audit.ts';
import { MerchantNotFoundError, ValidationError } from '#domain/errors.ts';
import {
  agentBucket,
  DEDUPE_WINDOW_SECONDS,
  DEFAULT_INTAKE_LIMITS,
  honeypotFilled,
  type IntakeLimits,
  RESEND_AFTER_SECONDS,
  subjectBucket,
  submissionKey,
} from '#domain/intake.ts';
import { subjectRef } from '#domain/links.ts';
import type { DsrRequest } from '#domain/request.ts';
import { requestDeadline } from '#domain/request-deadline.ts';
import {
  fieldErrors,
  type MerchantConfig,
  SubmitRequestInput,
  withFormCorrections,
} from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { SubmissionClaim } from '#ports/request-store.ts';
import { acknowledgeAgent } from './agent-acknowledgement.ts';
import { withinLimit } from './rate-limit.ts';
import { sendVerification } from './send-verification.ts';

// Their own modules now; still importable from here.
export { sendVerification, withinLimit };

/** The submission's fields, validated. */
function validateSubmission(body: unknown): SubmitRequestInput {
  const parsed = SubmitRequestInput.safeParse(
    withFormAgent(withFormCorrections(body)),
  );
  if (!parsed.success)
    throw new ValidationError(
      'The request has invalid fields',
      fieldErrors(parsed.error),
    );
  return parsed.data;
}

export type SubmitPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'mailer'
  | 'clock'
  | 'ids'
  | 'settings'
>;

/** Who is asking, as far as abuse controls need to know. */
export interface IntakeContext {
  /** Opaque key of the caller's network address (the handler hashes the source IP). */
  client?: string;
  limits?: IntakeLimits;
  /** The merchant as the caller already read it (for its answer), so it is not read twice. */
  merchant?: MerchantConfig;
  /** The caller's CSRF checks, run once the fields are valid and the merchant is known. */
  checkOrigin?: (merchant: MerchantConfig) => void;
}

/**
 * Arts 12(2), 12(6): receive a request and ask the requester to prove they own the email.
 * 1. validate the form 2. find the merchant 3. abuse controls: a filled honeypot gets a
 * success-shaped answer and nothing else; rate limits per client and per merchant + email
 * (429); a repeat of the same merchant + email + type within a day, while the first is still
 * unverified, returns that request (and re-sends its email at most every few minutes)
 * 4. store the request with its deadline 5. email a single-use verification link.
 * The system never looks the email up among customers here: the answer is the same whether
 * or not the email belongs to one.
 *
 * When anything fails once the submission is claimed (a throttled write, SES refusing the
 * email), the error reaches the caller (the handler answers 503 for transient failures) and the
 * claim's mail slot is given back: sending the same form again finds the same request and emails
 * its link at once, without waiting for the re-send interval and without a second request.
 */
export async function submitRequest(
  body: unknown,
  ports: SubmitPorts,
  context: IntakeContext = {},
): Promise<SubmitOutcome> {
  const input = validateSubmission(body);
  const merchant =
    context.merchant?.merchantId === input.merchant
      ? context.merchant
      : await ports.merchants.get(input.merchant);
  if (!merchant) throw new MerchantNotFoundError();
  context.checkOrigin?.(merchant);
  // A bot filled the hidden field: it sees what a person would, and nothing happens.
  if (honeypotFilled(body))
    return { requestId: ports.ids.requestId(), status: 'PENDING_VERIFICATION' };

  const now = ports.clock.now();
  const at = now.toISOString();
  const limits = context.limits ?? DEFAULT_INTAKE_LIMITS;
  if (context.client)
    await withinLimit(ports, `client:${context.client}`, limits.perClient, {
      at,
      scope: 'client',
    });
  const key = submissionKey(merchant.merchantId, input.email, input.type);
  const held = await ports.requests.getSubmissionClaim(key);
  let stale: string | undefined;
  if (held && held.expiresAt > at) {
    const existing = await ports.requests.get(held.requestId);
    if (existing?.status === 'PENDING_VERIFICATION')
      return repeatSubmission(existing, held, merchant, limits, ports);
    // The claimed request moved on (verified, expired) or was never stored: a new one may start.
    stale = held.requestId;
  }
  const bucket = subjectBucket(merchant.merchantId, input.email);
  await withinLimit(ports, bucket, limits.perSubject, { at, scope: 'subject' });
  // Each request made on someone's behalf emails the agent: their address has a budget too.
  if (input.agent)
    await withinLimit(
      ports,
      agentBucket(merchant.merchantId, input.agent.email),
      limits.perAgent ?? DEFAULT_INTAKE_LIMITS.perAgent,
      { at, scope: 'agent' },
    );
  const deadline = requestDeadline(merchant, now.toISOString(), {
    reason: 'received',
    computedAt: now.toISOString(),
  });
  const request: DsrRequest = {
    requestId: ports.ids.requestId(),
    merchantId: merchant.merchantId,
    type: input.type,
    status: 'PENDING_VERIFICATION',
    email: input.email,
    subjectRef: subjectRef(merchant.merchantId, input.email),
    name: input.name || undefined,
    orderNumber: input.orderNumber || undefined,
    details: input.details || undefined,
    // Only a rectification carries corrections (the schema refuses them with another type).
    corrections: input.corrections?.length ? input.corrections : undefined,
    // What an objection is to; a scope posted with another type is not part of that request.
    objectionScope:
      input.type === 'objection' ? input.objectionScope : undefined,
    // Asked on the person's behalf: the link still goes to the person (`email`).
    ...(input.agent
      ? {
          agent: requestAgent(input.agent),
          agentGroup: agentGroupKey(input.agent.email),
        }
      : {}),
    locale: input.locale ?? merchant.locale,
    receivedAt: now.toISOString(),
    ...deadline.fields,
    deadlines: [deadline.record],
    updatedAt: now.toISOString(),
    verifyBy: new Date(
      now.getTime() + merchant.unverifiedExpiryDays * 86_400_000,
    ).toISOString(),
  };
  const claim = await ports.requests.claimSubmission(
    {
      key,
      requestId: request.requestId,
      claimedAt: at,
      expiresAt: new Date(
        now.getTime() + DEDUPE_WINDOW_SECONDS * 1000,
      ).toISOString(),
      mailedAt: at,
    },
    stale,
  );
  // An identical submission at the same moment won: answer with its request.
  if (!claim.won)
    return {
      requestId: claim.claim?.requestId ?? request.requestId,
      status: 'PENDING_VERIFICATION',
    };
  await givingMailSlotBack(
    {
      key,
      requestId: request.requestId,
      reservedAt: at,
      restoreTo: NEVER_MAILED,
    },
    ports,
    async () => {
      await ports.requests.create(request);
      await ports.audit.append(receivedEvent(request));
      await sendVerification(request, merchant, ports);
    },
  );
  // The agent's acknowledgement, with the link to upload the authorisation. After the person's
  // link: a failure here (the agent's address refused) leaves a request the person can confirm.
  const authority = await acknowledgeAgent(request, merchant, ports);
  return {
    requestId: request.requestId,
    status: request.status,
    ...(authority ? { authorityUrl: authority.url } : {}),
  };
}

/** What the intake answers: the request, and for an agent the page that takes the authorisation. */
export interface SubmitOutcome {
  requestId: string;
  status: DsrRequest['status'];
  /** The agent's upload page (also emailed to them); absent for the person's own request. */
  authorityUrl?: string;
}

/** `mailedAt` of a claim whose request never got its verification email. */
const NEVER_MAILED = new Date(0).toISOString();

/**
 * Runs `work`, which sends the verification email of a claim whose mail slot was reserved at
 * `reservedAt`. If it fails, the slot goes back to `restoreTo`, so the next identical submission
 * sends at once (the re-send interval counts from emails that went out, not from failures);
 * a slot another submission took since is left alone. The original error is rethrown.
 * If only the audit write after an accepted send failed, that repeat sends a second email:
 * a duplicate rather than a request whose shopper never got a link.
 */
async function givingMailSlotBack(
  slot: {
    key: string;
    requestId: string;
    reservedAt: string;
    restoreTo: string;
  },
  ports: Pick<SubmitPorts, 'requests'>,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    // Best effort: if this fails too, a repeat re-sends once the interval has passed.
    await ports.requests
      .markClaimMailed(
        slot.key,
        slot.requestId,
        slot.restoreTo,
        slot.reservedAt,
      )
      .catch(() => false);
    throw error;
  }
}

/** The request's first audit event, rebuilt from the stored request when a repeat needs it. */
function receivedEvent(request: DsrRequest): AuditEvent {
  const record = request.deadlines?.[0];
  return {
    requestId: request.requestId,
    type: 'RequestReceived',
    at: request.receivedAt,
    actor: 'subject',
    toStatus: 'PENDING_VERIFICATION',
    details: {
      requestType: request.type,
      // Who the agent is to the person (a code); never their name or address.
      ...(request.agent ? { agentRelation: request.agent.relation } : {}),
      ...(record
        ? {
            dueDate: record.dueDate,
            flags: record.flags.join(' '),
            calcVersion: record.calcVersion,
          }
        : {}),
    },
  };
}

/**
 * The same submission again while its request waits for verification: no second request. The
 * verification email goes out again if the last one is a few minutes old (it may sit in spam)
 * or never went out (the first attempt failed), within the merchant + email budget; otherwise
 * nothing is sent. A failed first attempt may also have missed its `RequestReceived` event.
 */
export async function repeatSubmission(
  existing: DsrRequest,
  held: SubmissionClaim,
  merchant: MerchantConfig,
  limits: IntakeLimits,
  ports: SubmitPorts,
): Promise<{ requestId: string; status: DsrRequest['status'] }> {
  const answer = { requestId: existing.requestId, status: existing.status };
  const now = ports.clock.now();
  const at = now.toISOString();
  const lastMailBefore = new Date(
    now.getTime() - RESEND_AFTER_SECONDS * 1000,
  ).toISOString();
  if (
    !existing.verifyBy ||
    existing.verifyBy <= at ||
    !(await ports.requests.markClaimMailed(
      held.key,
      existing.requestId,
      at,
      lastMailBefore,
    ))
  )
    return answer;
  const budget =
    limits.perSubject.max > 0
      ? await ports.requests.countAttempt(
          subjectBucket(merchant.merchantId, existing.email),
          limits.perSubject.max,
          limits.perSubject.windowSeconds,
          at,
        )
      : { allowed: true };
  if (!budget.allowed) return answer;
  const firstMail = held.mailedAt === NEVER_MAILED;
  await givingMailSlotBack(
    {
      key: held.key,
      requestId: existing.requestId,
      reservedAt: at,
      restoreTo: held.mailedAt,
    },
    ports,
    async () => {
      if (
        firstMail &&
        !(await ports.audit.list(existing.requestId)).some(
          (e) => e.type === 'RequestReceived',
        )
      )
        await ports.audit.append(receivedEvent(existing));
      await sendVerification(existing, merchant, ports, !firstMail);
    },
  );
  return answer;
}
