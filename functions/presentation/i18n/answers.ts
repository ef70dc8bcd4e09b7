import { perLocale } from './lazy.ts';

type S = string;

export interface AnswerMessages {
  /** Access/portability: what was handed over, e.g. "2 files, 14 records". */
  provided: (what: S) => S;
  /** Handed over through the API without a count. */
  providedUncounted: S;
  /** The person confirmed "done" on an access request but no file came with it. */
  providedNoFile: S;
  files: (n: number) => S;
  records: (n: number) => S;
  noneHeld: S;
  erased: S;
  erasedCounted: (records: S) => S;
  /** Followed by the hold lines. */
  kept: S;
  restricted: S;
  marketingStopped: S;
  /** An objection to other processing than direct marketing (Art. 21(1)) was carried out. */
  processingStopped: S;
  /** A person confirmed a rectification, objection or restriction was carried out. */
  confirmedDone: S;
  couldNot: (reason: S) => S;
  /** Where a reason may not be shown (the status page holds no personal data). */
  couldNotShort: S;
  /** The status page's heading over the answers. */
  heading: S;
  /** The shopper's words for a failed job (the request is being looked into). */
  failedShopper: S;
  /** The merchant's words for a failed job, with the operator's reason. */
  failedMerchant: (reason: S) => S;
  notAnswered: S;
  notAnsweredBy: (due: S) => S;
  closedWithout: S;
  notContacted: S;
  /**
   * Not asked, because the request does not concern it (domain/processor-scope.ts): an
   * objection to a processor that does no direct marketing or profiling, a rectification of data
   * it does not hold.
   */
  notConcernedMarketing: S;
  notConcernedCorrections: S;
  /** A cancelled deferral withdrew the erasure the shop had asked for: the data is kept there. */
  withdrawn: S;
  /** A withdrawal was attempted, and the processor had already erased the data. */
  withdrawalTooLate: S;
  /** A withdrawal was attempted, and the processor had no erasure pending any more. */
  withdrawalNothingPending: S;
  /** A withdrawal was attempted, and the processor refused it: the erasure goes ahead. */
  withdrawalRefused: S;
  /** Who gave the answer, after the statement. */
  confirmedBy: (date: S) => S;
  recordedByShop: (date: S) => S;
  /** The note of the person who answered (merchant's copies and evidence only). */
  note: (text: S) => S;
  /** The result's summary line about missing parts. */
  missing: (names: S, count: number) => S;
  /** Joins names: "A, B and C". */
  and: S;
}

const en: AnswerMessages = {
  provided: (what) => `provided your data (${what})`,
  providedUncounted: 'provided your data',
  providedNoFile:
    'answered that it has handed over your data, but sent no file with its answer',
  files: (n) => `${n} file${n === 1 ? '' : 's'}`,
  records: (n) => `${n} record${n === 1 ? '' : 's'}`,
  noneHeld: 'holds no data about you',
  erased: 'erased your data',
  erasedCounted: (r) => `erased your data (${r})`,
  kept: 'erased your data, except what it must keep',
  restricted:
    'restricted the processing of your data: it is stored, and otherwise processed only with your consent, for legal claims, to protect the rights of another person or for reasons of important public interest (Art. 18(2)); the shop will tell you before the restriction is lifted (Art. 18(3))',
  marketingStopped: 'stopped direct marketing to you',
  processingStopped: 'stopped the processing you objected to',
  confirmedDone: 'confirmed that it has carried out your request',
  couldNot: (reason) =>
    `could not carry out your request. Its reason: “${reason}”`,
  couldNotShort: 'could not carry out your request',
  heading: 'What each organisation has answered so far',
  failedShopper: 'has not finished yet; the shop is looking into it',
  failedMerchant: (reason) => `failed: ${reason}`,
  notAnswered: 'has not answered yet',
  notAnsweredBy: (due) => `has not answered yet (asked to answer by ${due})`,
  closedWithout:
    'has not provided its part: the shop closed your request without its answer',
  notContacted:
    'was not asked: there is no way to send it this request (the shop has been told)',
  notConcernedMarketing:
    'was not asked: according to the shop’s records, it uses your data neither for direct marketing nor for profiling',
  notConcernedCorrections:
    'was not asked: according to the shop’s records, it holds none of the data to be corrected',
  withdrawn:
    'the erasure the shop had asked for was withdrawn, and your data is kept there',
  withdrawalTooLate:
    'had already erased your data, so the erasure could no longer be withdrawn',
  withdrawalNothingPending:
    'had no erasure of your data pending any more, so there was nothing to withdraw',
  withdrawalRefused:
    'did not allow the erasure the shop had asked for to be withdrawn, so it goes ahead',
  confirmedBy: (date) => `confirmed on ${date}`,
  recordedByShop: (date) => `as recorded by the shop on ${date}`,
  note: (text) => `Their note: “${text}”`,
  missing: (names) => `Not included: ${names} did not provide their part.`,
  and: 'and',
};

/** English here; the other languages in answers/, each loaded when first read (lazy.ts). */
export const ANSWER_MESSAGES = /* @__PURE__ */ perLocale<AnswerMessages>(
  'answers',
  en,
);
