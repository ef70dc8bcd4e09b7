/**
 * A request the shop received another way (email, post, phone, in person), entered by a member
 * who may act for the merchant (`POST /console/requests`):
 * 1. validate (domain/console-entry.ts); the merchant is the one named, or the member's only one
 * 2. store it with its channel, and its deadline from the day received (the deadline engine,
 *    domain/deadlines, with that day: the legal clock started then)
 * 3. identity not attested: the shopper gets the verification link, as from the form
 *    (submit-request.ts `sendVerification`); attested: the request is verified by the member
 *    (verify-identity.ts `verifyAndStart`), the workflow starts, and the shopper gets its
 *    acknowledgement (naming the channel and the shop's check) instead of a link.
 * The intake's abuse controls (a repeat within a day, rate limits) are for the public form and
 * do not apply: a member enters what the shop received.
 */
import { agentGroupKey, requestAgent } from '#domain/agents.ts';
import { parseStaffRequest } from '#domain/console-entry.ts';
import { NotAllowedError } from '#domain/console-errors.ts';
import { MerchantNotFoundError, ValidationError } from '#domain/errors.ts';
import { subjectRef } from '#domain/links.ts';
import { roleAllows } from '#domain/member-roles.ts';
import type { DsrRequest } from '#domain/request.ts';
import { acknowledgeAgent } from '../agent-acknowledgement.ts';
import { sendVerification } from '../send-verification.ts';
import { verifyAndStart } from '../verify-identity.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, membershipAt, requireRole } from './session.ts';

export async function enterRequest(
  member: ConsoleMember,
  body: Record<string, unknown>,
  ports: ConsolePorts,
): Promise<{ requestId: string }> {
  const merchantOf = (given: string | undefined) => {
    if (given) return membershipAt(member, given);
    const acting = member.merchants.filter((m) => roleAllows(m.role, 'act'));
    if (acting.length === 0) throw new NotAllowedError('act');
    if (acting.length === 1 && acting[0]) return acting[0];
    throw new ValidationError('Choose the shop', {
      merchant: 'is required when you serve several shops',
    });
  };
  // The merchant first (its time zone reads the day received); a bad one is a field error.
  const named =
    typeof body.merchant === 'string' && body.merchant
      ? body.merchant
      : undefined;
  const of = merchantOf(named);
  requireRole(of, 'act');
  const merchant = await ports.merchants.get(of.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  const now = ports.clock.now();
  const input = parseStaffRequest(body, () => merchant.timezone, now);
  const at = now.toISOString();
  // The holiday engine is loaded when a request is entered, not at every console cold start.
  const { requestDeadline } = await import('#domain/request-deadline.ts');
  const deadline = requestDeadline(merchant, input.receivedAt, {
    reason: 'received',
    computedAt: at,
  });
  const request: DsrRequest = {
    requestId: ports.ids.requestId(),
    merchantId: merchant.merchantId,
    type: input.type,
    status: 'PENDING_VERIFICATION',
    email: input.email,
    subjectRef: subjectRef(merchant.merchantId, input.email),
    ...(input.name ? { name: input.name } : {}),
    ...(input.details ? { details: input.details } : {}),
    ...(input.corrections ? { corrections: input.corrections } : {}),
    ...(input.objectionScope ? { objectionScope: input.objectionScope } : {}),
    ...(input.agent
      ? {
          agent: requestAgent(input.agent),
          agentGroup: agentGroupKey(input.agent.email),
        }
      : {}),
    locale: merchant.locale,
    receivedAt: input.receivedAt,
    channel: input.channel,
    entry: {
      by: member.actor,
      at,
      identityConfirmed: input.identityConfirmed,
      ...(input.identityNote ? { identityNote: input.identityNote } : {}),
    },
    ...deadline.fields,
    deadlines: [deadline.record],
    updatedAt: at,
    verifyBy: new Date(
      now.getTime() + merchant.unverifiedExpiryDays * 86_400_000,
    ).toISOString(),
  };
  await ports.requests.create(request);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestReceived',
    at: request.receivedAt,
    actor: member.actor,
    toStatus: 'PENDING_VERIFICATION',
    details: {
      requestType: request.type,
      channel: input.channel,
      ...(input.agent ? { agentRelation: input.agent.relation } : {}),
      enteredAt: at,
      dueDate: deadline.record.dueDate,
      flags: deadline.record.flags.join(' '),
      calcVersion: deadline.record.calcVersion,
    },
  });
  if (!input.identityConfirmed) {
    await sendVerification(request, merchant, ports, false, member.actor);
    // An agent's request: the agent gets the acknowledgement and the link to upload the
    // authorisation, as from the form.
    await acknowledgeAgent(request, merchant, ports);
    return { requestId: request.requestId };
  }
  // The workflow's first step acknowledges it (acknowledge-request.ts), as for a confirmed form.
  await verifyAndStart(request.requestId, ports, member.actor);
  return { requestId: request.requestId };
}
