/**
 * The shape of a message catalogue. Every locale module is typed `Messages`, so a missing or
 * misspelt key fails the type-check. Functions take already-formatted values (names, dates,
 * references); the templates decide on markup, the catalogues only on words.
 */
import type { DecisionProblem } from '#domain/decision.ts';
import type { HoldReason } from '#domain/holds.ts';
import type { RequestType } from '#domain/request.ts';
import type { CorrectionField } from '#domain/schemas.ts';
import type { RefusalProblem } from './refusals.ts';

type S = string;
export type Fmt<A extends unknown[] = [S]> = (...args: A) => string;

export type FormField = 'type' | 'email' | 'name' | 'orderNumber' | 'details';
/** Decision-page problems worded here; the others are in i18n/refusals.ts. */
export type DecisionError = Exclude<DecisionProblem, RefusalProblem>;
/** Request statuses the shopper-facing reminder text explains to the merchant. */
export type WaitingOn =
  | 'VERIFIED'
  | 'AWAITING_DECISION'
  | 'IN_PROGRESS'
  | 'FAILED';

export interface Messages {
  /** BCP 47 tag for dates. */
  dateLocale: S;
  /** The language's own name, for the switcher. */
  languageName: S;
  /** Rectification, objection and restriction: the form's correction rows and the answers. */
  correction: {
    /** Label of each correctable kind of data. */
    fields: Record<CorrectionField, S>;
    legend: S;
    hint: S;
    what: Fmt<[n: number]>;
    value: Fmt<[n: number]>;
    error: S;
    /** A processor email's row label: the corrected value follows it. */
    correctTo: Fmt<[field: S]>;
    /** The decision page's row label. */
    label: S;
    /** The shopper's answer, per processor. */
    corrected: Fmt<[fields: S]>;
    rejected: Fmt<[fields: S]>;
    byShop: Fmt<[fields: S]>;
  };
  rights: Record<RequestType, { title: S; explain: S }>;
  common: {
    reference: Fmt;
    questions: Fmt<[contact: S, ref: S]>;
    theirReasons: S;
    nothingChanged: S;
  };
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
    request: S;
    right: S;
    from: S;
    identity: S;
    identityConfirmed: Fmt;
    order: S;
    details: S;
    received: S;
    due: S;
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
  /** Mail and pages for a processor asked by email (and the merchant confirming for one). */
  processor: {
    requestSubject: Fmt<[right: S, merchant: S, ref: S, due: S]>;
    reminderPrefix: S;
    intro: Fmt<[merchant: S, processor: S]>;
    asked: Fmt<[right: S, article: S]>;
    whatToDo: Record<
      | 'access'
      | 'portability'
      | 'erasure'
      | 'rectification'
      | 'objection'
      | 'restriction',
      S
    >;
    identifiers: S;
    email: S;
    name: S;
    order: S;
    due: S;
    confirmHere: S;
    confirmLink: S;
    dpa: S;
    /** To the merchant, for processors that report completion to the merchant (Nosto). */
    merchantSubject: Fmt<[processor: S, ref: S]>;
    merchantIntro: Fmt<[processor: S, right: S]>;
    merchantConfirm: S;
    escalationSubject: Fmt<[processor: S, ref: S]>;
    escalationBody: Fmt<[processor: S, right: S, due: S]>;
    escalationAction: S;
    recordedTitle: S;
    recordedBody: S;
  };
  /** To the merchant when part of an erasure waits for a legal hold, and the page to cancel it. */
  deferral: {
    subject: Fmt<[ref: S, until: S]>;
    body: Fmt<[processors: S, until: S]>;
    cancelHere: S;
    cancelLink: S;
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
    follow: S;
    followHint: S;
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
  email: {
    verifySubject: Fmt<[merchant: S, ref: S]>;
    verifyAsked: Fmt<[merchant: S, right: S]>;
    verifyHere: Fmt;
    verifyLink: S;
    verifyLinkWorks: Fmt;
    verifyIgnore: S;
    decisionSubject: Fmt<[right: S, ref: S, due: S]>;
    stillWaiting: S;
    decisionIntro: Fmt;
    daysLeft: Fmt<[n: number]>;
    identityConfirmed: S;
    processorsToContact: S;
    decideHere: S;
    decideLink: S;
    /** What a legal hold keeps back from an erasure (Art. 12(4), 17(3)). */
    kept: Fmt<[what: S, why: S, basis: S, until: S]>;
    keptOpen: Fmt<[what: S, why: S, basis: S]>;
    holdReasons: Record<HoldReason, S>;
    deferredNote: Fmt<[date: S]>;
    erasureSubject: Fmt<[merchant: S, ref: S]>;
    erasureDone: Fmt<[merchant: S, article: S]>;
    doneSubject: Fmt<[merchant: S, ref: S]>;
    doneHandled: Fmt<[merchant: S, right: S]>;
    denialSubject: Fmt<[merchant: S, ref: S]>;
    denialDecided: Fmt<[merchant: S, right: S]>;
    failureSubject: Fmt<[ref: S, phase: S]>;
    failureStopped: Fmt<[id: S, right: S, phase: S, error: S]>;
    failureStillDue: Fmt;
    reminderSubject: Fmt<[ref: S, days: number]>;
    overdueSubject: Fmt<[ref: S, due: S]>;
    reminderWhen: Fmt<[id: S, right: S, due: S, days: number]>;
    overdueWhen: Fmt<[id: S, right: S, due: S, days: number]>;
    waitingOn: Record<WaitingOn, S>;
    lawOverdue: S;
    lawReminder: S;
    extensionSubject: Fmt<[merchant: S, ref: S]>;
    extensionNeeds: Fmt<[merchant: S, right: S]>;
    extensionHearBy: Fmt;
    extensionLaw: S;
    /** To the merchant when the reconciler finds a request that no longer moves. */
    stalledSubject: Fmt<[ref: S]>;
    stalledWhat: Fmt<[id: S, right: S, since: S, status: S]>;
    stalledReasons: Record<
      'no-progress' | 'cannot-resume' | 'restarts-exhausted',
      S
    >;
    stalledFailedJobs: Fmt<[jobs: S]>;
    stalledAction: Fmt;
  };
}
