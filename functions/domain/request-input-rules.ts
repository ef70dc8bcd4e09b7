/**
 * The rules a request's fields follow by its type, the same for the public form (schemas.ts,
 * the shopper's own words: "you") and for staff entry (console-entry.ts, about "the person"):
 * one check, worded for who reads the 400.
 */
import type { ObjectionScope, RequestType } from './request-kinds.ts';

/** Who reads the problem: the shopper on the form, or a member entering a request for someone. */
export type InputVoice = 'shopper' | 'staff';

const WORDS = {
  shopper: {
    objectionScope:
      'say what you object to: direct marketing, or another use of your data',
    objectionOther: 'say which use of your data you object to, and why',
    correctionsElsewhere:
      'corrections are only for a rectification request: choose rectification, or leave the corrections out',
  },
  staff: {
    objectionScope:
      'say what the person objects to: direct marketing, or another use',
    objectionOther: 'say which use the person objects to, and why',
    correctionsElsewhere: 'corrections are only for a rectification request',
  },
} as const satisfies Record<InputVoice, Record<string, string>>;

/**
 * Reports what a request of `input.type` lacks or must not have: an objection's scope (Art. 21),
 * the particular situation of an objection to another use (Art. 21(1): the merchant weighs it,
 * so it needs the person's words), what a rectification corrects (Art. 16), and corrections on
 * any other type.
 */
export function requestTypeProblems(
  input: {
    type: RequestType;
    objectionScope?: ObjectionScope | undefined;
    details?: string | undefined;
    corrections?: readonly unknown[] | undefined;
  },
  voice: InputVoice,
  report: (path: string[], message: string) => void,
): void {
  const words = WORDS[voice];
  if (input.type === 'objection' && !input.objectionScope)
    report(['objectionScope'], words.objectionScope);
  if (
    input.type === 'objection' &&
    input.objectionScope === 'other' &&
    !input.details
  )
    report(['details'], words.objectionOther);
  if (
    input.type === 'rectification' &&
    !input.corrections?.length &&
    !input.details
  )
    report(['corrections'], 'say what is wrong and what it should be');
  if (input.type !== 'rectification' && input.corrections?.length)
    report(['corrections'], words.correctionsElsewhere);
}
