/**
 * Which requests the merchant's policy approves without a person deciding (`autoApprove`).
 * An objection to direct marketing is absolute (Art. 21(2)-(3)): nothing is weighed, so a policy
 * may approve it. An objection to other processing, profiling included, must be stopped "unless
 * the controller demonstrates compelling legitimate grounds" (Art. 21(1)): a person at the
 * merchant weighs it against the shopper's words, so no policy approves it, whatever the list
 * says. An objection filed before the form asked what it is to has no scope and goes to the
 * merchant too.
 */
import type { ObjectionScope, RequestType } from './request-kinds.ts';

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
