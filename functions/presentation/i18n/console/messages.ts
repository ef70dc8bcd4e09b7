/**
 * The shape of the merchant console's catalogue (one module per language beside this one). The
 * console speaks to the shop's staff: plain words, the GDPR article where it helps, the shopper
 * called "the shopper". Where a console form is the emailed link's form (deciding, releasing,
 * answering for a processor), its words come from the link page's catalogue instead, so the two
 * read the same.
 */
import type { AuditEventType } from '#domain/audit.ts';
import type { ActionRefusal } from '#domain/console-errors.ts';
import type { MemberRole } from '#domain/member-roles.ts';
import type {
  ClosureKind,
  RequestChannel,
  RequestStatus,
  RequestType,
} from '#domain/request.ts';

type S = string;
type Fmt<A extends unknown[] = [S]> = (...args: A) => string;

/** What a request waits for, as the inbox and the request page say it. */
export type WaitingKind =
  | 'shopper'
  | 'decision'
  | 'review'
  | 'operator'
  | 'type'
  | 'address';

/** The kinds of email a request's page lists (from the sent-mail log's purposes). */
export type MailKind =
  | 'verification'
  | 'acknowledgement'
  | 'decision'
  | 'release'
  | 'denial'
  | 'withheld'
  | 'result'
  | 'resultCopy'
  | 'certificate'
  | 'download'
  | 'processorRequest'
  | 'processorReminder'
  | 'processorEscalation'
  | 'deferred'
  | 'deadline'
  | 'failure'
  | 'other';

/** What an action's result notice says (after the POST, on the request page). */
export type Notice =
  | 'approved'
  | 'denied'
  | 'extended'
  | 'released'
  | 'releasedPartly'
  | 'informationAsked'
  | 'withheld'
  | 'cancelled'
  | 'deferralCancelled'
  | 'spam'
  | 'duplicate'
  | 'downloadReissued'
  | 'verificationResent'
  | 'processorResent'
  | 'answered'
  | 'entered'
  | 'typeConfirmed'
  | 'authorityAccepted'
  | 'authorityDeclined';

export interface ConsoleMessages {
  /** The product's name in the page titles and the header. */
  product: S;
  skip: S;
  layout: {
    nav: S;
    inbox: S;
    newRequest: S;
    signOut: S;
    signedInAs: Fmt<[email: S, role: S]>;
    shop: S;
    allShops: S;
    open: S;
    language: S;
  };
  roles: Record<MemberRole | 'operator', S>;
  signIn: {
    title: S;
    intro: S;
    email: S;
    emailHint: S;
    submit: S;
    invalid: S;
    sentTitle: S;
    sentBody: S;
    sentSpam: S;
    again: S;
    linkTitle: S;
    linkBody: Fmt<[email: S]>;
    linkButton: S;
    usedTitle: S;
    usedBody: S;
    expiredBody: S;
    invalidBody: S;
    newLink: S;
    signedOutTitle: S;
    signedOutBody: S;
    tooMany: S;
    mailSubject: S;
    mailBody: Fmt<[until: S]>;
    mailLink: S;
    mailIgnore: S;
  };
  /** Names of the statuses, types and channels, as the console lists them. */
  status: Record<RequestStatus, S>;
  type: Record<RequestType, S>;
  channel: Record<RequestChannel, S>;
  closure: Record<ClosureKind, S>;
  inbox: {
    title: S;
    heading: Fmt<[shop: S]>;
    headingAll: S;
    filters: S;
    anyStatus: S;
    anyType: S;
    anyChannel: S;
    statusLabel: S;
    typeLabel: S;
    channelLabel: S;
    overdue: S;
    dueWithin: S;
    dueWithinHint: S;
    search: S;
    searchHint: S;
    apply: S;
    clear: S;
    caption: Fmt<[count: number]>;
    columns: {
      select: S;
      reference: S;
      shop: S;
      type: S;
      status: S;
      channel: S;
      received: S;
      due: S;
      waitingOn: S;
    };
    none: S;
    truncated: Fmt<[count: number]>;
    selectRow: Fmt<[ref: S]>;
    bulkLegend: S;
    bulkHint: S;
    bulkSpam: S;
    bulkDuplicate: S;
    bulkSubmit: S;
    bulkDone: Fmt<[closed: number]>;
    bulkSkipped: Fmt<[refs: S]>;
    bulkNone: S;
    invalidFilter: S;
  };
  due: {
    left: Fmt<[days: number]>;
    today: S;
    overdue: Fmt<[days: number]>;
    closed: S;
    notOwed: S;
  };
  waiting: Record<WaitingKind, S> & {
    processors: Fmt<[names: S]>;
    nothing: S;
  };
  request: {
    title: Fmt<[ref: S]>;
    back: S;
    facts: S;
    reference: S;
    shop: S;
    type: S;
    status: S;
    channel: S;
    received: S;
    enteredBy: Fmt<[who: S, date: S]>;
    from: S;
    language: S;
    identity: S;
    identityEmail: Fmt<[date: S]>;
    identityAttested: Fmt<[who: S, date: S]>;
    identityNote: S;
    identityPending: S;
    order: S;
    details: S;
    corrections: S;
    closedAs: S;
    duplicateOf: S;
    pseudonymised: Fmt<[date: S]>;
    deadline: S;
    due: S;
    computation: S;
    computedOn: Fmt<[reason: S, date: S]>;
    reasonReceived: S;
    reasonExtended: S;
    computationRule: Fmt<[regime: S, country: S, tz: S]>;
    flags: S;
    latest: S;
    extendBy: S;
    extension: Fmt<[date: S]>;
    waitingOn: S;
    processors: S;
    files: S;
    noJobs: S;
    earlier: S;
    noEarlier: S;
    timeline: S;
    timelineCaption: S;
    when: S;
    what: S;
    who: S;
    emails: S;
    emailsCaption: S;
    emailWhat: S;
    emailState: S;
    accepted: Fmt<[time: S]>;
    notConfirmed: Fmt<[time: S]>;
    deliveryNote: S;
    noEmails: S;
  };
  /** Who acted, in the timeline. */
  actors: {
    subject: S;
    merchant: S;
    system: S;
    operator: S;
    policy: S;
    member: Fmt<[email: S]>;
    formerMember: S;
    processor: Fmt<[name: S]>;
  };
  /** Each audit event type, as a line of the timeline. */
  events: Record<AuditEventType, S>;
  mails: Record<MailKind, S>;
  actions: {
    heading: S;
    none: S;
    viewerOnly: S;
    decide: S;
    decideHint: S;
    release: S;
    cancel: S;
    cancelHint: S;
    cancelKind: S;
    cancelNote: S;
    cancelNoteHint: S;
    cancelSubmit: S;
    cancelDeferral: S;
    cancelDeferralHint: Fmt<[processors: S, until: S]>;
    spam: S;
    spamHint: S;
    spamSubmit: S;
    duplicate: S;
    duplicateOf: S;
    duplicateHint: S;
    duplicateSubmit: S;
    reissue: S;
    reissueHint: S;
    reissueSubmit: S;
    resendVerification: S;
    resendVerificationHint: S;
    resendVerificationSubmit: S;
    processor: Fmt<[name: S]>;
    resendProcessor: S;
    resendProcessorHint: S;
    answerProcessor: S;
    answerHint: S;
    bulkFromSender: Fmt<[count: number]>;
    bulkFromSenderLink: S;
    errors: {
      closureKind: S;
      noteTooLong: S;
      noteRequired: S;
      duplicateOf: S;
    };
    refused: Record<ActionRefusal, S>;
  };
  answer: {
    title: Fmt<[processor: S, ref: S]>;
    intro: Fmt<[processor: S]>;
    back: S;
  };
  notices: Record<Notice, S> & {
    duplicateOf: Fmt<[ref: S]>;
    extendedTo: Fmt<[date: S]>;
  };
  enter: {
    title: S;
    intro: S;
    shop: S;
    typeLegend: S;
    email: S;
    emailHint: S;
    name: S;
    channelLegend: S;
    receivedAt: S;
    receivedAtHint: S;
    details: S;
    detailsHint: S;
    corrections: S;
    correctionsHint: S;
    identityLegend: S;
    identityConfirmed: S;
    identityConfirmedHint: S;
    identityNote: S;
    identityNoteHint: S;
    submit: S;
    errorSummary: S;
    errors: {
      merchant: S;
      type: S;
      email: S;
      name: S;
      channel: S;
      receivedAt: S;
      receivedAtFuture: S;
      details: S;
      corrections: S;
      identityNote: S;
      identityNoteWithout: S;
    };
  };
  errors: {
    notFoundTitle: S;
    notFoundBody: S;
    notAllowedTitle: S;
    notAllowedAct: S;
    notAllowedAdminister: S;
    crossSiteTitle: S;
    crossSiteBody: S;
    notPossibleTitle: S;
    invalidTitle: S;
    wentWrongTitle: S;
    wentWrongBody: S;
  };
}
