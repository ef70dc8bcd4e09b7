/**
 * The shape of the emails' catalogue (emails/index.ts): to the shopper and the merchant (to a
 * processor: ../processor-mail.ts). English defines it (en.ts); each other language must satisfy
 * it.
 */
import type { Fmt } from '../messages.ts';

type S = string;

/** Request statuses the shopper-facing reminder text explains to the merchant. */
export type WaitingOn =
  | 'VERIFIED'
  | 'AWAITING_DECISION'
  | 'IN_PROGRESS'
  | 'FAILED';

export interface EmailMessages {
  /** To the merchant when part of an erasure waits for a legal hold (the page to cancel it: pages/). */
  deferral: {
    subject: Fmt<[ref: S, until: S]>;
    body: Fmt<[processors: S, until: S]>;
    cancelHere: S;
    cancelLink: S;
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
