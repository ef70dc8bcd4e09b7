/**
 * What pseudonymising a closed request writes (Art. 5(1)(e)); when it is due is decided in
 * retention.ts.
 */
import { agentAfterPseudonymisation } from './agents.ts';
import { subjectHash } from './links.ts';
import type { DsrRequest } from './request.ts';
import { pseudonymisedRecordEnd } from './retention.ts';

/**
 * Top-level fields of a request that identify the shopper or hold what they wrote; removed when
 * an unverified request expires and when a closed one is pseudonymised.
 */
export const SUBJECT_FIELDS = [
  'name',
  'orderNumber',
  'details',
  'corrections',
  'noteForProcessors',
  'subjectRef',
  'agentGroup',
] as const satisfies readonly (keyof DsrRequest)[];

/** One conditional write of the store (RequestStore.pseudonymise). */
export interface Pseudonymisation {
  set: Partial<DsrRequest> &
    Pick<DsrRequest, 'email' | 'updatedAt'> & {
      pseudonymisedAt: string;
      deleteAfter: string;
    };
  remove: (keyof DsrRequest)[];
}

/**
 * The write that pseudonymises a closed request at `at`: the email becomes '' and only its
 * {@link subjectHash} stays; name, order number, details, corrections, the merchant's note for
 * processors and the lookup key go; the free-text reasons the merchant wrote (decision, release
 * review and the parts it left out, deferral cancellation, extension, lifted restriction) and the
 * question and answer of a request for information, which may describe the shopper, are emptied;
 * an agent's name and address are emptied (their relation stays).
 * Status, type, dates, deadline
 * computations, decision outcome and ground, and export keys stay: they are the record of how the
 * request was handled, and name no one directly; with the hash they are pseudonymised data, and
 * the record is deleted at `deleteAfter` (domain/retention.ts `PSEUDONYMISED_RECORD_DAYS`).
 */
export function pseudonymisation(
  request: DsrRequest,
  at: string,
): Pseudonymisation {
  const {
    decision,
    release,
    deferral,
    extension,
    informationRequest,
    restriction,
  } = request;
  const set: Pseudonymisation['set'] = {
    email: '',
    pseudonymisedAt: at,
    // What stays is pseudonymised, not anonymous: it too ends (domain/retention.ts).
    deleteAfter: pseudonymisedRecordEnd(at),
    updatedAt: at,
  };
  if (request.email)
    set.subjectHash = subjectHash(request.merchantId, request.email);
  if (decision?.reason !== undefined) {
    const { reason: _r, ...rest } = decision;
    set.decision = rest;
  }
  if (release?.reason !== undefined) {
    const { reason: _r, ...rest } = release;
    set.release = rest;
  }
  if (deferral?.reason !== undefined || deferral?.keep?.untilEvent) {
    const { reason: _r, ...rest } = deferral;
    // The event that ends the keeping is the merchant's words too: emptied, the ground stays.
    set.deferral = rest.keep?.untilEvent
      ? { ...rest, keep: { ...rest.keep, untilEvent: '' } }
      : rest;
  }
  if (release?.leftOut?.reason)
    set.release = {
      ...(set.release ?? release),
      leftOut: { ...release.leftOut, reason: '' },
    };
  if (extension?.reason) set.extension = { ...extension, reason: '' };
  // The question and the answer describe the shopper; when they were asked and answered stays.
  if (informationRequest)
    set.informationRequest = {
      ...informationRequest,
      question: '',
      ...(informationRequest.answer !== undefined ? { answer: '' } : {}),
    };
  // The agent's name and address (and the authorisation files' names) go; the relation and
  // who accepted the authority, when, stay with how the request was handled.
  if (request.agent) set.agent = agentAfterPseudonymisation(request.agent);
  if (restriction?.reason !== undefined) {
    const { reason: _r, ...rest } = restriction;
    set.restriction = rest;
  }
  return { set, remove: [...SUBJECT_FIELDS] };
}
