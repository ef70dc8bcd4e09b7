/**
 * Words of a lawful refusal, in every supported locale: the grounds (the merchant's label, the
 * shopper's sentence), what the decision page asks of a refusal (the reasons of this case, the
 * Art. 12(4) time limit, the person's earlier requests), asking for more information, the note
 * for processors, and what an objection is to. The merchant is addressed formally (in Finnish
 * impersonally, in German with "Sie"); the shopper as the other shopper texts do.
 */
import type { DenialGround } from '#domain/denial-grounds.ts';
import type { EarlierOutcome } from '#domain/earlier-requests.ts';
import type { PauseEffect } from '#domain/information-request.ts';
import type { ObjectionScope } from '#domain/request.ts';
import { perLocale } from './lazy.ts';

type S = string;

/** Decision-page problems whose words live here (the others are in the catalogues). */
export type RefusalProblem =
  | 'groundNeedsReason'
  | 'reasonToAsk'
  | 'alreadyAsked'
  | 'noteWithoutApprove'
  | 'noteTooLong'
  | 'noteRequired'
  | 'reasonWithApprove';

export interface RefusalMessages {
  /** The merchant's label of each ground, with its article. */
  groundLabels: Record<DenialGround, S>;
  /** The shopper's sentence for each ground (`other` is not shown: the reasons say it). */
  groundSentences: Record<DenialGround, S>;
  errors: Record<RefusalProblem, S>;
  /** No choice made, where asking for more information is offered (with and without extend). */
  chooseAll: S;
  chooseAsk: S;
  groundLegend: S;
  noGround: S;
  /** The one text field sent to the shopper. */
  reason: S;
  ask: S;
  askExplain: S;
  /** To the merchant: what asking does to the due date (domain/information-request.ts). */
  pause: Record<PauseEffect, S>;
  askedNotice: S;
  information: {
    heading: S;
    asked: (date: S) => S;
    waiting: S;
    answered: (date: S) => S;
  };
  earlier: {
    heading: S;
    none: S;
    count: (total: number, withinYear: number) => S;
    shown: (n: number) => S;
    outcome: S;
    outcomes: Record<EarlierOutcome, S>;
    closedOn: (outcome: S, date: S) => S;
    hint: S;
  };
  extendBy: S;
  refuseBy: S;
  refusalLate: (date: S) => S;
  note: S;
  noteHint: S;
  /** Under the note, for an objection to other processing (Art. 21(1)): it is required. */
  noteObjection: S;
  objectionScope: S;
  scopes: Record<ObjectionScope, S>;
  /** An objection to "other" processing that reaches processors registered for direct marketing. */
  directMarketingWarning: (processors: S) => S;
  /** Lines of the merchant's decision email while a question is out, or after its answer. */
  waitingForAnswer: (date: S) => S;
  answeredOn: (date: S) => S;
}

const en: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Manifestly unfounded (Art. 12(5))',
    excessive: 'Excessive (Art. 12(5))',
    'identity-unconfirmed':
      'The requester’s identity could not be confirmed, even with the information asked for (Arts 11(2) and 12(2))',
    'no-erasure-ground':
      'Erasure: none of the grounds of Art. 17(1) applies (for example, the data is still needed for the purpose it was collected for)',
    'portability-not-applicable':
      'Portability: the processing is not based on consent or a contract, or is not carried out by automated means (Art. 20(1))',
    'compelling-legitimate-grounds':
      'Objection: compelling legitimate grounds for the processing override the shopper’s interests, rights and freedoms (Art. 21(1))',
    'objection-legal-claims':
      'Objection: the processing is necessary for the establishment, exercise or defence of legal claims (Art. 21(1))',
    other: 'Other (explain below)',
    'legal-obligation':
      'Erasure: the data must be kept to meet a legal obligation (Art. 17(3)(b))',
    'legal-claims':
      'Erasure: the data is needed for legal claims (Art. 17(3)(e))',
  },
  groundSentences: {
    'manifestly-unfounded':
      'The request is manifestly unfounded (GDPR Art. 12(5)).',
    excessive: 'The request is excessive (GDPR Art. 12(5)).',
    'identity-unconfirmed':
      'We could not confirm that the request comes from you, even with the information we asked for (GDPR Arts 11(2) and 12(2)).',
    'no-erasure-ground':
      'None of the grounds for erasure in GDPR Art. 17(1) applies to your data.',
    'portability-not-applicable':
      'The right to data portability does not apply to this data: it is not processed on the basis of your consent or a contract with you, or not by automated means (GDPR Art. 20(1)).',
    'compelling-legitimate-grounds':
      'We have compelling legitimate grounds for the processing which override your interests, rights and freedoms (GDPR Art. 21(1)).',
    'objection-legal-claims':
      'The processing is necessary for the establishment, exercise or defence of legal claims (GDPR Art. 21(1)).',
    other: 'Other grounds, explained below.',
    'legal-obligation':
      'We must keep the data to comply with a legal obligation (GDPR Art. 17(3)(b)).',
    'legal-claims':
      'The data is needed to establish, exercise or defend legal claims (GDPR Art. 17(3)(e)).',
  },
  errors: {
    groundNeedsReason:
      'A listed ground is not enough: write the reasons that apply to this request. The shopper reads them (Art. 12(4)), and the shop must be able to show them (Art. 12(5)).',
    reasonToAsk: 'Write what information you need from the shopper, and why.',
    alreadyAsked:
      'The shopper has already been asked for more information once. Approve or deny the request now.',
    noteWithoutApprove:
      'A note for the processors goes only with Approve: otherwise no processor is contacted. Clear the note, or choose Approve.',
    noteTooLong: 'The note for the processors must be at most 1000 characters.',
    noteRequired:
      'This objection is to processing other than direct marketing: to approve it, write in the note for the processors which processing they must stop.',
    reasonWithApprove:
      'You chose Approve but also wrote text for the shopper. It is sent only when you deny, extend or ask for more information: to approve, clear it; to refuse, choose Deny.',
  },
  chooseAll: 'Choose approve, deny, extend or ask for more information.',
  chooseAsk: 'Choose approve, deny or ask for more information.',
  groundLegend:
    'Ground for a refusal (with Deny; the reasons of this case are required below as well)',
  noGround: 'No refusal ground (approve, extend or ask for more information)',
  reason:
    'Sent to the shopper: the reasons of this case (required to deny or extend), or what you need from them (to ask for more information)',
  ask: 'Ask for more information',
  askExplain:
    'the shopper is emailed your question and answers on a page; you then decide, with the answer shown here. Once per request.',
  pause: {
    'stops-clock':
      'While the shopper has not answered, the time limit stops (UK GDPR Art. 12A): the due date moves later by the days until the answer.',
    'outer-bound-only':
      'The due date does not move while you wait for the answer: decide by the date above.',
    none: 'The due date does not move while you wait for the answer: decide by the date above.',
  },
  askedNotice:
    'Your question has been emailed to the shopper. You will be emailed their answer; meanwhile you can still approve or deny.',
  information: {
    heading: 'More information from the shopper',
    asked: (date) => `Asked on ${date}:`,
    waiting: 'The shopper has not answered yet.',
    answered: (date) => `The shopper answered on ${date}:`,
  },
  earlier: {
    heading: 'Earlier requests from the same email address',
    none: 'No other confirmed request from this email address is on record.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 other request' : `${total} other requests`}, ${withinYear} of them in the 12 months before this one.`,
    shown: (n) => `The ${n} most recent are listed.`,
    outcome: 'Outcome',
    outcomes: {
      open: 'Still open',
      answered: 'Answered',
      refused: 'Refused',
      cancelled: 'Cancelled',
      failed: 'Stopped by an error, still owed',
      expired: 'Not confirmed',
    },
    closedOn: (outcome, date) => `${outcome} on ${date}`,
    hint: 'To refuse a request as excessive, the shop must be able to show why (Art. 12(5)). Asking again is not excessive in itself; according to the EDPB, a request made more than a year after the previous one is not excessive because it repeats it (Guidelines 01/2022).',
  },
  extendBy: 'Extend by',
  refuseBy: 'Refuse by (Art. 12(4))',
  refusalLate: (date) =>
    `The time limit for telling the shopper of a refusal ended on ${date} (Art. 12(4): one month from receipt). A refusal sent now is late.`,
  note: 'Note for the processors (optional, with Approve)',
  noteHint:
    'The processors read this note with the request they receive. Write only what they need to carry it out; at most 1000 characters.',
  noteObjection:
    'This objection is to processing other than direct marketing (Art. 21(1)): to approve it, the note is required. Say which processing the processors must stop; they are not asked to stop marketing.',
  objectionScope: 'Objection to',
  scopes: {
    'direct-marketing': 'direct marketing (Art. 21(2)–(3))',
    other: 'other processing, such as profiling (Art. 21(1))',
  },
  directMarketingWarning: (processors) =>
    `The register lists ${processors} as using the data for direct marketing. As far as this objection is to direct marketing, it must be honoured: it cannot be refused on the grounds of Art. 21(1) (Art. 21(3)).`,
  waitingForAnswer: (date) =>
    `More information was asked of the shopper on ${date}; no answer yet.`,
  answeredOn: (date) =>
    `The shopper answered the request for more information on ${date}.`,
};

/** English here; the other languages in refusals/, each loaded when first read (lazy.ts). */
export const REFUSAL_MESSAGES = /* @__PURE__ */ perLocale<RefusalMessages>(
  'refusals',
  en,
);
