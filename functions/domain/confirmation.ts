/**
 * What a person answers about a manual job on the signed confirmation page: the processor's
 * privacy contact, or the merchant (for a processor that reports only to it, or after an
 * escalation). Pure: the page offers {@link confirmationChoices}, the POST is read by
 * {@link parseConfirmation}, and {@link OUTCOME_OF} says what the job records.
 */
import { ValidationError } from './errors.ts';
import {
  type Hold,
  holdBasis,
  PROCESSOR_HOLD_REASONS,
  type ProcessorHoldReason,
} from './holds.ts';
import type { RequestType } from './request.ts';
import { reasonText, withoutControlChars } from './schemas.ts';

/**
 * - `done`: carried out in full (access: the data is handed over; erasure: all of it erased)
 * - `kept`: erasure only: erased except what must be kept (what, why, until when)
 * - `not-found`: no personal data about the person is held
 * - `could-not`: it could not be done (why, in the note)
 * - `unanswered`: merchant only: close this part without the processor's answer
 */
export const CONFIRMATION_OUTCOMES = [
  'done',
  'kept',
  'not-found',
  'could-not',
  'unanswered',
] as const;
export type ConfirmationOutcome = (typeof CONFIRMATION_OUTCOMES)[number];

/** The job outcome each answer records (domain/processor-answer.ts states it). */
export const OUTCOME_OF = {
  done: 'COMPLETED',
  kept: 'PARTIAL',
  'not-found': 'NOT_FOUND',
  'could-not': 'DECLINED',
  unanswered: 'UNANSWERED',
} as const satisfies Record<ConfirmationOutcome, string>;

export const NOTE_MAX = 1000;
export const KEPT_WHAT_MAX = 300;

/** The answers a page offers, in order, for this request type and the person answering. */
export function confirmationChoices(
  type: RequestType,
  confirmBy: 'processor' | 'merchant',
): ConfirmationOutcome[] {
  return CONFIRMATION_OUTCOMES.filter(
    (o) =>
      (o !== 'kept' || type === 'erasure') &&
      (o !== 'unanswered' || confirmBy === 'merchant'),
  );
}

export interface Confirmation {
  outcome: ConfirmationOutcome;
  note?: string;
  /** `kept`: what the processor keeps, as a hold the shopper's report lists. */
  hold?: Hold;
}

/**
 * Reads the posted answer. Every problem is reported at once, by field (`outcome`, `note`,
 * `keptWhat`, `keptReason`, `keptUntil`), so the page can show them all beside what was typed.
 * Nothing is chosen for the person: no outcome is an error, never a default.
 * @param today ISO date (YYYY-MM-DD): a hold's end may not be before it.
 */
export function parseConfirmation(
  body: Record<string, unknown>,
  context: {
    type: RequestType;
    confirmBy: 'processor' | 'merchant';
    today: string;
  },
): Confirmation {
  // Typed by a person at the processor or merchant: what free text may not hold is stripped.
  const text = (key: string) =>
    typeof body[key] === 'string'
      ? withoutControlChars(body[key] as string).trim()
      : '';
  const outcome = body.outcome as ConfirmationOutcome;
  const note = reasonText(body.note);
  const fields: Record<string, string> = {};
  const offered = confirmationChoices(context.type, context.confirmBy);
  if (!offered.includes(outcome))
    fields.outcome = `must be one of ${offered.join(', ')}`;
  if (note.length > NOTE_MAX)
    fields.note = `must be at most ${NOTE_MAX} characters`;
  else if ((outcome === 'could-not' || outcome === 'unanswered') && !note)
    fields.note =
      outcome === 'could-not'
        ? 'is required when it could not be done'
        : 'is required: say what was done to reach the processor';
  let hold: Hold | undefined;
  if (outcome === 'kept') {
    const what = text('keptWhat');
    const reason = text('keptReason') as ProcessorHoldReason;
    const until = text('keptUntil');
    if (!what) fields.keptWhat = 'is required: say what is kept';
    else if (what.length > KEPT_WHAT_MAX)
      fields.keptWhat = `must be at most ${KEPT_WHAT_MAX} characters`;
    if (!PROCESSOR_HOLD_REASONS.includes(reason))
      fields.keptReason = `must be one of ${PROCESSOR_HOLD_REASONS.join(', ')}`;
    if (until && (!isIsoDate(until) || until < context.today))
      fields.keptUntil = 'must be a date (YYYY-MM-DD), today or later';
    if (!fields.keptWhat && !fields.keptReason && !fields.keptUntil)
      hold = {
        what,
        reason,
        basis: holdBasis(reason),
        ...(until ? { until } : {}),
        records: 0,
        deferrable: false,
        statedBy: 'processor',
      };
  }
  if (Object.keys(fields).length > 0)
    throw new ValidationError('The answer is incomplete', fields);
  return {
    outcome,
    ...(note ? { note } : {}),
    ...(hold ? { hold } : {}),
  };
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
