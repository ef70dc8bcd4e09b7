/**
 * The shape of the pages' catalogue (pages/index.ts): the form, the link pages, the status page,
 * the error pages. English defines it (en.ts); each other language must satisfy it.
 */
import type { DecisionProblem } from '#domain/decision.ts';
import type { Fmt } from '../messages.ts';
import type { RefusalProblem } from '../refusals.ts';

type S = string;

export type FormField = 'type' | 'email' | 'name' | 'orderNumber' | 'details';
/** Decision-page problems worded here; the others are in i18n/refusals.ts. */
export type DecisionError = Exclude<DecisionProblem, RefusalProblem>;

export interface PageMessages {
  form: {
    title: Fmt;
    heading: Fmt;
    intro: S;
    languages: S;
    legend: S;
    email: S;
    name: S;
    orderNumber: S;
    details: S;
    optional: S;
    orderHint: S;
    detailsHint: S;
    submit: S;
    privacyPolicy: Fmt;
    errorSummary: S;
    /** The form page was too old (or not ours): it is shown again, ready to send. */
    expired: S;
    /** Label of the hidden trap field (hidden from people and screen readers). */
    honeypot: S;
    errors: Record<FormField | 'other', S>;
  };
  submitted: { title: S; body: Fmt; linkWorks: Fmt<[days: number]> };
  confirm: { title: S; asked: Fmt; explain: S; button: S };
  confirmed: { title: S; heading: S; handled: Fmt; hearBy: Fmt };
  decision: {
    title: Fmt;
    heading: S;
    identityConfirmed: Fmt;
    order: S;
    details: S;
    received: S;
    extended: S;
    processors: S;
    legend: S;
    approve: S;
    approveExplain: S;
    deny: S;
    denyExplain: Fmt;
    extend: S;
    extendExplain: S;
    submit: S;
    extendedNotice: Fmt;
    errors: Record<DecisionError, S>;
    approvedTitle: S;
    approvedHeading: S;
    approvedBody: S;
    deniedTitle: S;
    deniedHeading: S;
    deniedBody: S;
  };
  /** The page after a processor's (or the merchant's) confirmation was recorded (the mail: ../processor-mail.ts). */
  processor: {
    recordedTitle: S;
    recordedBody: S;
  };
  /** The page to cancel a deferred erasure (the email with its link: emails/). */
  deferral: {
    pageTitle: Fmt;
    pageBody: Fmt<[processors: S, until: S]>;
    reason: S;
    submit: S;
    reasonRequired: S;
    cancelledTitle: S;
    cancelledBody: S;
  };
  errors: {
    linkGone: S;
    linkInvalid: S;
    linkGoneBody: S;
    linkInvalidBody: S;
    notRight: S;
    notRightBody: S;
    /** A rate limit was reached (429). */
    tooMany: S;
    tooManyBody: S;
    /** A dependency failed for a moment and sending the same again is safe (503). */
    tryAgain: S;
    tryAgainBody: S;
    wentWrong: S;
    wentWrongBody: S;
    /** The form was posted from a page that is neither ours nor the merchant's (403). */
    originRefusedBody: S;
  };
  status: {
    title: S;
    heading: Fmt;
    asked: S;
    steps: Record<
      'received' | 'verified' | 'waiting' | 'working' | 'answered',
      S
    >;
    denied: S;
    done: S;
    current: S;
    hearBy: Fmt;
    extended: S;
    answeredOn: Fmt;
    expired: S;
    cancelled: S;
    readOnly: S;
  };
  /** Parts of the pages that act for the merchant (decision, deferral): nothing is chosen for them. */
  acting: {
    /** The decision page's row of the 8-character reference the emails use. */
    reference: S;
    /** The decision page's row of the shopper's language, named in the merchant's. */
    language: S;
    /** Under the reason: the shopper reads it in their language. */
    reasonLanguage: Fmt<[language: S]>;
    /** The decision's "choose" message when extending is not offered. */
    chooseApproveOrDeny: S;
    deferralTooLong: S;
  };
  /** The request form's checks, and the page after it: reference, what happens next, re-sending. */
  intake: {
    /** Corrections filled in while another request type is chosen. */
    notRectification: Fmt<[chosen: S, rectification: S]>;
    nextHeading: S;
    /** Followed by `submitted.linkWorks`. */
    nextConfirm: S;
    nextDecide: S;
    nextAnswer: S;
    /** No email: where to look, and who it comes from (the sender's display name). */
    spam: Fmt<[sender: S]>;
    resendIntro: S;
    resendButton: S;
    resendHint: Fmt<[minutes: number]>;
    /** After "send it again": the same words whatever happened (nothing about the address is told). */
    resent: Fmt<[minutes: number]>;
  };
  /** The status page's steps, as the request's record tells them (domain/progress.ts). */
  progress: {
    verifyUpcoming: S;
    verifyCurrent: S;
    verifyStopped: S;
    decisionUpcoming: S;
    approved: S;
    refused: S;
    carriedOut: S;
    answerCurrent: S;
    withheld: S;
    partly: S;
    /** A done step's state with its date, e.g. "done, 5 March 2026". */
    doneOn: Fmt<[date: S]>;
    delayed: S;
    stopped: S;
    delayedNote: S;
    answeredNoDate: S;
    cancelledOn: Fmt<[date: S]>;
    heldUntil: Fmt<[date: S]>;
    heldDataKept: S;
  };
  /** A used or expired link's page: what became of what the link was for (no personal data). */
  aftermath: {
    confirmed: Fmt<[date: S]>;
    notConfirmed: S;
    approved: Fmt<[date: S]>;
    refused: Fmt<[date: S]>;
    released: Fmt<[date: S]>;
    withheld: Fmt<[date: S]>;
    deferralCancelled: Fmt<[date: S]>;
    heldErased: Fmt<[date: S]>;
    restrictionLifted: Fmt<[date: S]>;
    newerLink: S;
    cancelled: Fmt<[date: S]>;
    answered: Fmt<[date: S]>;
    /** The same facts when no date was recorded. */
    undated: Record<
      | 'confirmed'
      | 'approved'
      | 'refused'
      | 'released'
      | 'withheld'
      | 'deferralCancelled'
      | 'heldErased'
      | 'restrictionLifted'
      | 'cancelled'
      | 'answered',
      S
    >;
    inProgress: S;
    statusLink: S;
    newRequest: S;
  };
}
