/**
 * The grounds on which a controller may refuse to act on a request as a whole. A ground names
 * the rule; Art. 12(4) also needs the reasons of this case, and the burden of showing them is
 * the controller's (Art. 12(5)), so every refusal carries the merchant's own words as well.
 *
 * - `manifestly-unfounded`, `excessive`: Art. 12(5), any request.
 * - `identity-unconfirmed`: Art. 12(6) lets the controller ask for more information, not refuse
 *   outright; once the email link is confirmed this ground is offered only after the merchant
 *   asked for more information (domain/information-request.ts) and found the answer (or its
 *   absence) not enough (Arts 11(2), 12(2)).
 * - `no-erasure-ground`: erasure, when none of the grounds of Art. 17(1) applies.
 * - `portability-not-applicable`: portability, when the processing is not based on consent or a
 *   contract, or not carried out by automated means (Art. 20(1)).
 * - `compelling-legitimate-grounds`, `objection-legal-claims`: the two grounds of Art. 21(1) on
 *   which an objection to processing other than direct marketing, profiling included, may be
 *   refused: compelling legitimate grounds for the processing that override the person's
 *   interests, rights and freedoms; or the establishment, exercise or defence of legal claims.
 *   An objection to direct marketing is absolute (Art. 21(3)): neither is offered for it.
 *
 * The exemptions of Art. 17(3) (a legal obligation, legal claims) justify keeping named
 * records "to the extent that processing is necessary", never refusing the erasure as a whole:
 * the erasure is approved and what is kept is a hold, stated by the connector that keeps it or
 * by the processor on its confirmation page (domain/holds.ts). `legal-obligation` and
 * `legal-claims` stay below only so that refusals recorded before can still be read.
 */
import type { ObjectionScope, RequestType } from './request-kinds.ts';

export const DENIAL_GROUNDS = [
  'manifestly-unfounded',
  'excessive',
  'identity-unconfirmed',
  'no-erasure-ground',
  'portability-not-applicable',
  'compelling-legitimate-grounds',
  'objection-legal-claims',
  'other',
  'legal-obligation',
  'legal-claims',
] as const;
export type DenialGround = (typeof DENIAL_GROUNDS)[number];

/** Grounds no longer offered (see above): refusals recorded with them are still read. */
export const RETIRED_GROUNDS: readonly DenialGround[] = [
  'legal-obligation',
  'legal-claims',
];

export function isDenialGround(value: unknown): value is DenialGround {
  return (DENIAL_GROUNDS as readonly unknown[]).includes(value);
}

/** What decides which grounds a request may be refused on. */
export interface GroundContext {
  type: RequestType;
  objectionScope?: ObjectionScope;
  /** The merchant asked the shopper for more information (Art. 12(6)). */
  informationRequest?: { requestedAt: string };
}

/** The grounds a merchant may choose for `request`: the same list the page offers. */
export function groundsFor(request: GroundContext): DenialGround[] {
  // Art. 21(1) is weighed; an objection to direct marketing is not (Art. 21(3)).
  const weighed =
    request.type === 'objection' &&
    request.objectionScope !== 'direct-marketing';
  const offered: Record<DenialGround, boolean> = {
    'manifestly-unfounded': true,
    excessive: true,
    'identity-unconfirmed': request.informationRequest !== undefined,
    'no-erasure-ground': request.type === 'erasure',
    'portability-not-applicable': request.type === 'portability',
    'compelling-legitimate-grounds': weighed,
    'objection-legal-claims': weighed,
    other: true,
    'legal-obligation': false,
    'legal-claims': false,
  };
  return DENIAL_GROUNDS.filter((g) => offered[g]);
}
