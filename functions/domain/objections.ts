/**
 * Which requests the merchant's policy approves without a person deciding (`autoApprove`).
 * An objection to direct marketing is absolute (Art. 21(2)-(3)): nothing is weighed, so a policy
 * may approve it. An objection to other processing, profiling included, must be stopped "unless
 * the controller demonstrates compelling legitimate grounds" (Art. 21(1)): a person at the
 * merchant weighs it against the shopper's words, so no policy approves it, whatever the list
 * says. An objection filed before the form asked what it is to has no scope and goes to the
 * merchant too.
 */
import { directMarketingPurpose } from './registry-vocabulary.ts';
import type { ObjectionScope, RequestType } from './request-kinds.ts';
import type { ProcessorConfig } from './schemas.ts';

export function approvedByPolicy(
  merchant: { autoApprove: readonly RequestType[] },
  request: { type: RequestType; objectionScope?: ObjectionScope },
): boolean {
  if (!merchant.autoApprove.includes(request.type)) return false;
  return (
    request.type !== 'objection' ||
    request.objectionScope === 'direct-marketing'
  );
}

/**
 * An objection to processing other than direct marketing (Art. 21(1)): what is stopped is not
 * a marketing opt-out that an API carries out, but the processing the shopper objected to, which
 * only a person can read. The merchant's note for processors says which it is, so approving it
 * needs one (use-cases/decide-request.ts), a processor's API is not used for it
 * (use-cases/processor-job-support.ts `connectorFor`), and the answer says that processing
 * stopped, not marketing (domain/processor-answer.ts).
 */
export function isOtherObjection(request: {
  type: RequestType;
  objectionScope?: ObjectionScope;
}): boolean {
  return request.type === 'objection' && request.objectionScope === 'other';
}

/** Approving `request` needs the merchant's note for processors. */
export const needsNoteOnApproval = isOtherObjection;

/**
 * The processors an objection to "other" processing reaches that the registry says use the data
 * for direct marketing: as far as the objection is to that, it is absolute (Art. 21(3)) and no
 * Art. 21(1) ground can refuse it, so the decision page warns. Empty for any other request.
 */
export function directMarketersObjectedTo<
  P extends Pick<ProcessorConfig, 'purposes'>,
>(
  request: { type: RequestType; objectionScope?: ObjectionScope },
  processors: readonly P[],
): P[] {
  if (request.type !== 'objection' || request.objectionScope !== 'other')
    return [];
  return processors.filter(directMarketingPurpose);
}
