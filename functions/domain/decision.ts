import { ValidationError } from './errors.ts';

/**
 * The last day to tell the shopper that their request is refused (Art. 12(4): "without delay
 * and at the latest within one month of receipt", also when the answer itself was extended): the
 * deadline engine's `extensionNoticeDue`, computed with the deadline and recomputed with it (a
 * UK clarification pause moves it too; docs/DEADLINES.md). A regime without an extension has no
 * such date: its answer's own due date is the limit.
 */
export function refusalDue(request: {
  dueDate: string;
  extensionNoticeDue?: string;
}): string {
  return request.extensionNoticeDue ?? request.dueDate;
}

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
  | 'reasonWithApprove'
  /** A listed ground without the reasons of this case (Art. 12(4), 12(5)). */
  | 'groundNeedsReason'
  /** Ask for more information without saying what is needed. */
  | 'reasonToAsk'
  /** More information was asked for once already (domain/information-request.ts). */
  | 'alreadyAsked'
  /** A note for processors with anything but approve: no processor would be asked. */
  | 'noteWithoutApprove'
  | 'noteTooLong'
  /**
   * Approve of an objection to other processing than direct marketing without a note: the
   * processors must be told which processing to stop (Art. 21(1)).
   */
  | 'noteRequired';

/** Why the release review form was refused (release, release without some parts, withhold). */
export type ReleaseProblem =
  | Extract<
      DecisionProblem,
      'decision' | 'reasonToDeny' | 'reasonTooLong' | 'reasonWithApprove'
    >
  /** Parts ticked to leave out with withhold: withholding already keeps back everything. */
  | 'partsWithWithhold'
  /** Parts left out without the reason the shopper is told (Art. 12(4), 15(4)). */
  | 'reasonToLeaveOut'
  /** A ticked part the package does not have (a stale page or a forged post). */
  | 'partsInvalid';

/** Why the form cancelling a deferred erasure was refused (domain/deferral-keep.ts). */
export type DeferralProblem =
  | 'reasonRequired'
  | 'reasonTooLong'
  /** No Art. 17(3) ground chosen from the list. */
  | 'groundRequired'
  /** Neither or both of a date and an event that ends the keeping. */
  | 'endRequired'
  /** Not a date after today within ten years. */
  | 'dateInvalid'
  | 'eventTooLong'
  /** A processor could not withdraw our pending erasure now (retry): nothing was changed. */
  | 'processorUnavailable';

/** The posted field a problem is about: the page marks that field and the summary links to it. */
export type ChoiceField = 'decision' | 'ground' | 'reason' | 'note';

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
  groundNeedsReason: 'reason',
  reasonToAsk: 'reason',
  alreadyAsked: 'decision',
  noteWithoutApprove: 'note',
  noteTooLong: 'note',
  noteRequired: 'note',
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
