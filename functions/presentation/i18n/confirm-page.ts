/**
 * Words of the processor confirmation page (`GET`/`POST /processor/{secret}`), in every
 * supported locale: the answers a person can give (domain/confirmation.ts), the fields of an
 * erasure that keeps part of the data, and the errors. Processors are addressed formally.
 */
import type { ConfirmationOutcome } from '#domain/confirmation.ts';
import { perLocale } from './lazy.ts';

type S = string;
/** Request types grouped by what "done" means on the page. */
export type DoneFamily = 'access' | 'erasure' | 'other';

export interface ConfirmPageMessages {
  title: (ref: S) => S;
  heading: (processor: S) => S;
  request: S;
  legend: S;
  choices: Record<
    Exclude<ConfirmationOutcome, 'done'>,
    { label: (processor: S) => S; explain: S }
  >;
  done: Record<DoneFamily, { label: S; explain: S }>;
  keptLegend: S;
  keptHint: S;
  keptWhat: S;
  keptWhatHint: S;
  keptWhy: S;
  keptUntil: S;
  keptUntilHint: S;
  note: S;
  noteHint: S;
  submit: S;
  errorSummary: S;
  errors: Record<
    'outcome' | 'note' | 'keptWhat' | 'keptReason' | 'keptUntil',
    S
  >;
}

const en: ConfirmPageMessages = {
  title: (r) => `Confirm request ${r}`,
  heading: (p) => `What did ${p} do?`,
  request: 'Request',
  legend: 'Outcome',
  done: {
    access: {
      label: 'Data provided',
      explain: 'the personal data is attached above.',
    },
    erasure: {
      label: 'Erased',
      explain: 'all personal data about this person has been erased.',
    },
    other: {
      label: 'Done',
      explain: 'the request has been carried out in full.',
    },
  },
  choices: {
    kept: {
      label: () => 'Erased in part',
      explain: 'some data must be kept: say what, why and until when below.',
    },
    'not-found': {
      label: () => 'No data',
      explain: 'no personal data about this person is held.',
    },
    'could-not': {
      label: () => 'Could not be done',
      explain: 'say why in the note; the shop will follow it up.',
    },
    unanswered: {
      label: (p) => `No answer from ${p}`,
      explain:
        'close this part without their answer; the shopper is told it is missing. Say in the note how you tried to reach them.',
    },
  },
  keptLegend: 'If some data is kept',
  keptHint: 'Only with “Erased in part”. The shopper is told this.',
  keptWhat: 'What is kept',
  keptWhatHint:
    'Kinds of records, for example “shipment records”; no personal data.',
  keptWhy: 'Why it is kept',
  keptUntil: 'Kept until',
  keptUntilHint: 'Optional. The day the records will be erased.',
  note: 'Note for the shop',
  noteHint:
    'Required if it could not be done, or if there was no answer. The shop reads it; the shopper is told the reason when it could not be done.',
  submit: 'Confirm',
  errorSummary: 'Please check your answer',
  errors: {
    outcome: 'Choose what happened.',
    note: 'Write a note (at most 1,000 characters): it is required for this answer.',
    keptWhat: 'Say what is kept (at most 300 characters).',
    keptReason: 'Choose why it is kept.',
    keptUntil: 'Give the date as YYYY-MM-DD, today or later.',
  },
};

/** English here; the other languages in confirm-page/, each loaded when first read (lazy.ts). */
export const CONFIRM_PAGE_MESSAGES =
  /* @__PURE__ */ perLocale<ConfirmPageMessages>('confirm-page', en);
