/**
 * Lifting a completed restriction (Art. 18): the merchant's link, emailed with its copy of the
 * restriction's result, opens a page that says where the data is restricted and asks for the
 * reason; its POST lifts it, in this order:
 * 1. the shopper is told, with the reason, before anything is lifted (Art. 18(3)); once;
 * 2. the link is used up (a second POST finds it used);
 * 3. the shop's own records (the internal connector's store) lose the `restricted` mark this
 *    request set;
 * 4. every other processor that carried out the restriction is told by email, in its language,
 *    that it is lifted (once each; no answer is asked for);
 * 5. the request records `restriction.liftedAt` and the reason (the reason is emptied with the
 *    rest of the merchant's free text at pseudonymisation), and `RestrictionLifted` is audited.
 * Only a COMPLETED restriction that still holds the shopper's address can be lifted: after
 * pseudonymisation the notice could not reach them, so it cannot be lifted here.
 */
import { DecisionRefusedError } from '#domain/decision.ts';
import type { DsrRequest } from '#domain/request.ts';
import { reasonText } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import { withStatusLink } from '#presentation/emails.ts';
import {
  liftNoticeEmail,
  liftProcessorEmail,
} from '#presentation/notice-emails.ts';
import { consumeLink } from './links.ts';
import { previewLift } from './preview-lift.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

export { previewLift };

/** Why the lift form was refused (the page names the field). */
export type LiftProblem = 'reasonRequired' | 'reasonTooLong';

/** The merchant's own records, kept in our table (their restriction mark is ours to remove). */
const OWN_RECORDS = 'internal-dynamodb';
const REASON_MAX = 1000;

type LiftPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'clock'
  | 'mailer'
  | 'sentMail'
  | 'settings'
  | 'subjectData'
>;

/** A record without the restriction mark set by `requestId` (others' marks are kept). */
export function unrestricted(
  record: SubjectRecord,
  requestId: string,
): SubjectRecord | undefined {
  if (record.restricted?.requestId !== requestId) return undefined;
  const { restricted: _lifted, ...rest } = record;
  return rest;
}

/** POST of the lift link, with the merchant's reason (required, at most 1000 characters). */
export async function liftRestriction(
  secret: string,
  body: Record<string, unknown>,
  ports: LiftPorts,
): Promise<DsrRequest> {
  const reason = reasonText(body.reason);
  if (!reason)
    throw new DecisionRefusedError<LiftProblem>(
      'Give the reason for lifting the restriction',
      { reason: 'is required' },
      'reasonRequired',
    );
  if (reason.length > REASON_MAX)
    throw new DecisionRefusedError<LiftProblem>(
      'The reason is too long',
      { reason: `must be at most ${REASON_MAX} characters` },
      'reasonTooLong',
    );
  const { request, merchant, processors } = await previewLift(secret, ports);
  // The notice states the day the lift takes effect: this one (it follows in this action).
  const at = ports.clock.now().toISOString();
  const notice = await sendOnce(
    ports,
    { requestId: request.requestId, purpose: 'restriction-lift' },
    async () => ({
      email: withStatusLink(
        liftNoticeEmail(merchant, request, processors, reason, at),
        merchant,
        request,
        (await issueStatusLink(request.requestId, ports)).url,
      ),
    }),
  );
  await consumeLink(secret, 'lift', ports);
  let unmarked = 0;
  if (request.subjectRef && processors.some((p) => p.kind === OWN_RECORDS))
    unmarked = await ports.subjectData.update(
      request.merchantId,
      request.subjectRef,
      (r) => unrestricted(r, request.requestId),
    );
  const told: string[] = [];
  for (const processor of processors) {
    if (processor.kind === OWN_RECORDS) continue;
    await sendOnce(
      ports,
      {
        requestId: request.requestId,
        purpose: `restriction-lift:${processor.processorId}`,
      },
      () => ({ email: liftProcessorEmail(merchant, processor, request) }),
    );
    told.push(processor.processorId);
  }
  const lifted = { ...request, restriction: { liftedAt: at, reason } };
  await ports.requests.update(request.requestId, {
    restriction: lifted.restriction,
    updatedAt: at,
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RestrictionLifted',
    at,
    actor: 'merchant',
    key: 'RestrictionLifted',
    // Free text may name people: the request keeps the reason, the trail its length.
    details: {
      noticeMessageId: notice.messageId,
      recordsUnmarked: unmarked,
      processorsTold: told.join(','),
      reasonChars: reason.length,
    },
  });
  return lifted;
}
