import type { RequestChannel } from '#domain/request.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface NoticeMessages {
  /** How the deadline is counted, after the date (Art. 12(3)): always from receipt. */
  deadline: {
    /** One month under Reg. 1182/71 (EU GDPR): rolls to the next working day. */
    month: S;
    /** One month (UK GDPR), no roll-forward stated. */
    monthUk: S;
    days: (n: number) => S;
    extension: (date: S) => S;
  };
  acknowledgement: {
    subject: (merchant: S, ref: S) => S;
    received: (merchant: S, right: S, date: S) => S;
    due: (date: S) => S;
    next: S;
    nothingToDo: S;
    /**
     * For a request a member entered: how it reached the shop, and, with the identity checked
     * by the shop, that nothing needs confirming.
     */
    channel: Record<Exclude<RequestChannel, 'web' | 'shopify'>, S>;
    identity: S;
  };
  failure: {
    subject: (merchant: S, ref: S) => S;
    body: (right: S) => S;
    due: (date: S) => S;
    nothingToDo: S;
  };
  deferralCancelled: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, until: S, processors: S) => S;
  };
  /** Art. 18(3): to the shopper before the restriction is lifted. */
  lift: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, restrictedOn: S, liftedOn: S, article: S) => S;
    where: (processors: S) => S;
    object: (article: S) => S;
  };
  /** The merchant's page that lifts a restriction, and the link to it in the merchant's copy. */
  liftPage: {
    title: (ref: S) => S;
    heading: S;
    body: (processors: S, date: S) => S;
    reason: S;
    submit: S;
    reasonRequired: S;
    reasonTooLong: S;
    doneTitle: S;
    doneBody: S;
    copyIntro: S;
    copyLink: S;
  };
  /** To a processor asked earlier to restrict: the restriction is lifted (no answer needed). */
  liftProcessor: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, processor: S, date: S) => S;
  };
  noData: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, right: S) => S;
    otherAddress: S;
  };
  erasureNothingHeld: (merchant: S) => S;
  /** report.html, only where the merchant reviews packages before release (Art. 15(4)). */
  reviewed: S;
}

const en: NoticeMessages = {
  deadline: {
    month:
      'That is one month from the day the shop received your request (not from when you confirmed it); when the month ends on a weekend or a public holiday, the deadline is the next working day.',
    monthUk:
      'That is one month from the day the shop received your request (not from when you confirmed it).',
    days: (n) =>
      `That is ${n} days from the day the shop received your request (not from when you confirmed it).`,
    extension: (date) =>
      `If your request is complex, the shop may extend the deadline by up to two further months, but it must tell you why by ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) => `${m} has received your privacy request [${ref}]`,
    received: (m, right, date) =>
      `${m} received your request on ${date}: ${right}.`,
    due: (date) => `The shop must answer by ${date} at the latest.`,
    next: 'What happens next: the shop decides on your request and asks the organisations that hold your data for it to act. You will receive the answer by email; the link below shows where your request stands.',
    nothingToDo: 'You do not need to do anything now.',
    channel: {
      email: 'It arrived by email.',
      post: 'It arrived by post.',
      phone: 'It was made by phone.',
      'in-person': 'It was made in person.',
      other: 'It reached the shop directly.',
    },
    identity:
      'The shop has checked that the request comes from you, so you do not need to confirm anything.',
  },
  failure: {
    subject: (m, ref) => `Your privacy request to ${m} is delayed [${ref}]`,
    body: (right) =>
      `A technical problem has stopped the handling of your request (${right}) for now. The shop has been told, and it must still complete your request.`,
    due: (date) =>
      `The deadline still stands: the shop must answer by ${date} at the latest.`,
    nothingToDo: 'You do not need to do anything; the shop will write to you.',
  },
  deferralCancelled: {
    subject: (m, ref) => `${m} is keeping the data it held back [${ref}]`,
    body: (m, until, processors) =>
      `When your data was erased, ${m} kept part of it for a legal reason and told you it would be erased automatically after ${until}. The shop has now decided to keep that data longer. It is held by: ${processors}.`,
  },
  lift: {
    subject: (m, ref) =>
      `${m} is lifting the restriction on your data [${ref}]`,
    body: (m, date, lifted, a) =>
      `At your request, ${m} restricted the processing of your data on ${date}. The shop lifts the restriction on ${lifted}; this message is sent to you before it is lifted (${a}). From then on, your data may again be used for the purposes it was collected for.`,
    where: (processors) => `The restriction is lifted at: ${processors}.`,
    object: (a) =>
      `Where the shop processes your data on the basis of its legitimate interests, you may object to that processing at any time on grounds relating to your particular situation (${a}).`,
  },
  liftPage: {
    title: (ref) => `Lift the restriction ${ref}`,
    heading: 'Lift the restriction?',
    body: (processors, date) =>
      `The shopper’s data was restricted on ${date} at: ${processors}. Lifting it: the shopper is told first, with your reason (GDPR Art. 18(3)); then the shop’s own records are unmarked and the other processors are asked by email to lift the restriction.`,
    reason:
      'Reason, sent to the shopper (for example: the accuracy of the data has been verified)',
    submit: 'Tell the shopper and lift the restriction',
    reasonRequired: 'Give the reason for lifting the restriction.',
    reasonTooLong: 'The reason must be at most 1000 characters.',
    doneTitle: 'Restriction lifted',
    doneBody:
      'The shopper has been told, the shop’s own records are no longer marked restricted, and the other processors have been asked by email to lift the restriction.',
    copyIntro:
      'When the restriction is to end (for example, once the accuracy of the data has been verified), lift it here; the shopper is told first (GDPR Art. 18(3)):',
    copyLink: 'Lift the restriction',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Restriction lifted: data-subject request from ${merchant}, ref. ${ref}`,
    body: (merchant, processor, date) =>
      `On ${date} we asked ${processor} to restrict the processing of this data subject’s personal data (GDPR Art. 18). ${merchant} has now lifted the restriction: you may process the data again as our data processing agreement provides. No confirmation is needed.`,
  },
  noData: {
    subject: (m, ref) => `${m} holds no personal data about you [${ref}]`,
    body: (m, right) =>
      `${m} has answered your request (${right}): neither the shop nor any of the organisations that hold customer data for it holds personal data about you under this email address.`,
    otherAddress:
      'If you have used another email address with the shop, you may send a new request with that address.',
  },
  erasureNothingHeld: (m) =>
    `Neither ${m} nor any of the organisations that hold customer data for it held personal data about you under this email address, so there was nothing to erase.`,
  reviewed:
    'Before releasing this package, the shop reviewed it so that data about other people is left out where giving it to you would affect their rights (GDPR Art. 15(4)).',
};

/** English here; the other languages in notices/, each loaded when first read (lazy.ts). */
export const NOTICE_MESSAGES = /* @__PURE__ */ perLocale<NoticeMessages>(
  'notices',
  en,
);
