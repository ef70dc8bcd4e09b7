import { ValidationError } from './errors.ts';

/** Why a merchant's decision form was refused; each has a message in every catalogue. */
export type DecisionProblem =
  | 'decision'
  | 'reasonToDeny'
  | 'reasonToExtend'
  | 'reasonTooLong'
  | 'alreadyExtended'
  | 'extensionTooLate'
  | 'extensionImpossible';

/** A refused decision form: a 400 like any validation error, with the problem named for the page. */
export class DecisionRefusedError extends ValidationError {
  constructor(
    message: string,
    fields: Record<string, string>,
    readonly problem: DecisionProblem,
  ) {
    super(message, fields);
  }
}
