import { ValidationError } from './errors.ts';

/** Why a merchant's decision form was refused; each has a message in every catalogue. */
export type DecisionProblem =
  | 'decision'
  | 'reasonToDeny'
  | 'reasonToExtend'
  | 'reasonTooLong'
  | 'alreadyExtended'
  | 'extensionTooLate'
  | 'extensionImpossible'
  /** A refusal ground ticked with approve or extend: the two contradict each other. */
  | 'groundWithoutDeny'
  /** A ground that is not on the list offered for this request. */
  | 'groundInvalid'
  /** A reason typed with approve: it would reach nobody. */
  | 'reasonWithApprove';

/** Why the release review form was refused (release / withhold). */
export type ReleaseProblem = Extract<
  DecisionProblem,
  'decision' | 'reasonToDeny' | 'reasonTooLong' | 'reasonWithApprove'
>;

/** Why the form cancelling a deferred erasure was refused. */
export type DeferralProblem = 'reasonRequired' | 'reasonTooLong';

/** The posted field a problem is about: the page marks that field and the summary links to it. */
export type ChoiceField = 'decision' | 'ground' | 'reason';

export const PROBLEM_FIELD: Record<DecisionProblem, ChoiceField> = {
  decision: 'decision',
  reasonToDeny: 'reason',
  reasonToExtend: 'reason',
  reasonTooLong: 'reason',
  alreadyExtended: 'decision',
  extensionTooLate: 'decision',
  extensionImpossible: 'decision',
  groundWithoutDeny: 'ground',
  groundInvalid: 'ground',
  reasonWithApprove: 'reason',
};

/**
 * A refused choice form (decision, release review, deferral): a 400 like any validation error,
 * with the problem named for the page. Nothing is stored from the refused post.
 */
export class DecisionRefusedError<
  P extends string = DecisionProblem,
> extends ValidationError {
  constructor(
    message: string,
    fields: Record<string, string>,
    readonly problem: P,
  ) {
    super(message, fields);
  }
}
