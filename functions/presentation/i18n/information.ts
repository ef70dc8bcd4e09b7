/**
 * Words of a request for more information (Art. 12(6)), in every supported locale: the email to
 * the shopper, the page where they answer, the email that brings their answer to the merchant,
 * and the status page's step. The shopper is addressed as the other shopper texts do (Finnish
 * "sinä"), the merchant formally.
 */
import type { PauseEffect } from '#domain/information-request.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface InformationMessages {
  /** To the shopper. */
  askSubject: (merchant: S, ref: S) => S;
  askIntro: (merchant: S, right: S) => S;
  question: S;
  answerHere: (date: S) => S;
  answerLink: S;
  /** What waiting does to the shop's time limit, as the shopper is told it. */
  pause: Record<PauseEffect, (due: S) => S>;
  /** The shopper's page. */
  pageTitle: S;
  heading: (merchant: S) => S;
  asked: (date: S) => S;
  answer: S;
  answerHint: S;
  submit: S;
  errors: { required: S; invalid: S };
  sentTitle: S;
  sentBody: (merchant: S, due: S) => S;
  /** To the merchant, with the answer and a decision link. */
  answeredSubject: (ref: S, due: S) => S;
  answeredIntro: (date: S, right: S) => S;
  answerLabel: S;
  due: (date: S) => S;
  moved: (from: S, to: S) => S;
  noLink: S;
  /** A used answer link's page. */
  aftermath: (date: S) => S;
  /** The status page's step. */
  progress: {
    current: (date: S) => S;
    done: S;
    unanswered: S;
    paused: S;
  };
}

const en: InformationMessages = {
  askSubject: (m, ref) =>
    `${m} needs more information for your privacy request [${ref}]`,
  askIntro: (m, right) =>
    `${m} needs more information from you to handle your request: ${right}.`,
  question: 'What they need:',
  answerHere: (date) => `Answer here (the link works until ${date}):`,
  answerLink: 'Answer the question',
  pause: {
    'stops-clock': () =>
      'Until you answer, the time the shop has to answer your request is paused.',
    'outer-bound-only': (due) =>
      `The shop must still answer your request by ${due}.`,
    none: (due) => `The shop must still answer your request by ${due}.`,
  },
  pageTitle: 'Your answer to the shop',
  heading: (m) => `${m} needs more information`,
  asked: (date) => `Asked on ${date}:`,
  answer: 'Your answer',
  answerHint:
    'The shop reads your answer with your request. At most 2000 characters.',
  submit: 'Send the answer',
  errors: {
    required: 'Write your answer.',
    invalid:
      'Your answer must be at most 2000 characters, without control characters or text-direction marks.',
  },
  sentTitle: 'Thank you',
  sentBody: (m, due) =>
    `Your answer has been sent to ${m}. You will hear from them by ${due} at the latest.`,
  answeredSubject: (ref, due) =>
    `The shopper has answered: privacy request [${ref}], due ${due}`,
  answeredIntro: (date, right) =>
    `The shopper has answered the request for more information of ${date} (${right}).`,
  answerLabel: 'Their answer:',
  due: (date) => `Answer due: ${date}`,
  moved: (from, to) =>
    `The due date moved from ${from} to ${to}: the time limit stopped while the answer was awaited.`,
  noLink: 'Decide with the link in the latest “Decision needed” email.',
  aftermath: (date) => `You answered this question on ${date}.`,
  progress: {
    current: (date) =>
      `The shop asked you for more information on ${date}: answer through the link in the email`,
    done: 'You answered the shop’s question',
    unanswered: 'The shop’s question was not answered',
    paused:
      'Until you answer, the time limit is paused: the date below moves later by the days you take.',
  },
};

/** English here; the other languages in information/, each loaded when first read (lazy.ts). */
export const INFORMATION_MESSAGES =
  /* @__PURE__ */ perLocale<InformationMessages>('information', en);
