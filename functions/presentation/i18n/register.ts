/**
 * Words of the merchant's processing register and of the controller, in every supported locale:
 * data categories, purposes and what a hold keeps (codes of domain/processing-register.ts and
 * domain/holds.ts), transfer bases (Arts 45, 46), the controller's particulars, automated
 * decisions and profiling (Arts 21(2), 22), what the request service itself keeps, and the right
 * to complain. Every document and email a shopper reads takes these words from here.
 */
import type { HeldData } from '#domain/holds.ts';
import type {
  DataCategory,
  ProcessingPurpose,
  TransferBasis,
} from '#domain/processing-register.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface RegisterMessages {
  categories: Record<DataCategory, S>;
  purposes: Record<ProcessingPurpose, S>;
  heldData: Record<HeldData, S>;
  /** One transfer outside the EEA: the destination (in the reader's words) and the cited article. */
  transfer: Record<TransferBasis, (country: S, article: S) => S>;
  /** Added to an adequacy transfer to the United States: only certified companies are covered. */
  dpf: S;
  transfersHeading: S;
  noTransfer: S;
  /** The controller's particulars: in every document. */
  controller: {
    heading: S;
    name: S;
    businessId: S;
    /** The business ID's name in Finland's register (Y-tunnus) in this language. */
    businessIdFi: S;
    address: S;
    privacyContact: S;
    dpo: S;
    /** A one-line footer for emails: name, ID, address, contact. */
    line: (parts: S) => S;
  };
  /** Arts 22 and 21(2): automated decisions and profiling (report.html). */
  automated: {
    none: (merchant: S, article: S) => S;
    used: (merchant: S, article: S) => S;
    logic: S;
    consequences: S;
    rights: (article: S) => S;
    undeclared: (merchant: S, article: S) => S;
    profilingHeading: S;
    profilingNone: S;
    /** Followed by the processor's description. */
    profilingBy: (processor: S) => S;
    objectMarketing: (article: S) => S;
    objectOther: (article: S) => S;
  };
  /** What the request service keeps after answering (Arts 5(1)(e), 5(2), 13(2)(a)). */
  serviceKeeps: {
    heading: S;
    record: (period: S, articles: S) => S;
    /** What stays after pseudonymisation, and for how long (`period`) before it is deleted. */
    hash: (period: S) => S;
    years: (n: number) => S;
    days: (n: number) => S;
  };
  /** The right to complain (Arts 77–79), named authority first, then the others (Art. 77(1)). */
  complaint: {
    heading: S;
    right: S;
    /** Where the law gives no GDPR article numbers (Swiss FADP, a merchant-named authority). */
    rightPlain: S;
    authority: (name: S, url: S) => S;
    elsewhere: (url: S) => S;
  };
}

const en: RegisterMessages = {
  categories: {
    'contact-details': 'contact details',
    name: 'name',
    'email-address': 'email address',
    'phone-number': 'phone number',
    'delivery-address': 'delivery address',
    'billing-address': 'billing address',
    'postcode-and-country': 'postcode and country',
    'order-history': 'order history',
    'payment-details': 'payment details',
    'marketing-consent': 'marketing consent',
    'consent-records': 'consent records (sign-up and withdrawal dates)',
    'ip-address': 'IP address',
    'device-identifiers': 'device identifiers',
    'browsing-behaviour': 'browsing behaviour',
    'purchase-behaviour': 'purchase behaviour',
    'email-activity': 'email activity (opens, clicks)',
    'unsubscribe-status': 'unsubscribe status',
    'reviews-and-photos': 'reviews and photos',
    'parcel-tracking': 'parcel tracking',
    'customer-service-messages': 'customer service messages',
  },
  purposes: {
    'running-the-store': 'running the online store',
    'order-fulfilment': 'fulfilling orders',
    'order-processing': 'processing orders',
    payments: 'payments',
    delivery: 'delivering orders',
    'delivery-notifications': 'delivery notifications',
    'customer-service': 'customer service',
    bookkeeping: 'bookkeeping',
    'order-emails': 'order emails',
    'email-marketing': 'email marketing with your consent',
    'email-marketing-consent': 'keeping your email marketing consent',
    newsletter: 'newsletter with your consent',
    'newsletter-signup': 'newsletter sign-up',
    'proof-of-consent': 'proof of consent',
    'product-recommendations': 'personalised product recommendations',
    'review-publication': 'publishing product reviews',
    'review-requests': 'emails asking for a review',
  },
  heldData: {
    'customer-profile-and-orders': 'your customer record and orders',
    'order-records':
      'order records (dates, products, amounts, delivery details)',
    'anonymised-order-records':
      'order records (amounts, dates, products) with your personal details anonymised',
    'email-suppression': 'your email address on a suppression list',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: adequacy decision of the European Commission (${a})`,
    sccs: (c, a) => `${c}: standard contractual clauses (${a})`,
    bcrs: (c, a) => `${c}: binding corporate rules (${a})`,
  },
  dpf: 'for companies certified under the EU–US Data Privacy Framework',
  transfersHeading: 'Transfers outside the EEA',
  noTransfer: 'within the EEA: no transfer',
  controller: {
    heading: 'Who is responsible for your data',
    name: 'Controller',
    businessId: 'Business ID',
    businessIdFi: 'Business ID (Y-tunnus)',
    address: 'Address',
    privacyContact: 'Privacy contact',
    dpo: 'Data protection officer',
    line: (parts) => `Controller: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} has declared that it makes no decisions about you based solely on automated processing, including profiling, that have legal or similarly significant effects on you (${a}).`,
    used: (m, a) =>
      `${m} makes decisions about you based solely on automated processing (${a}).`,
    logic: 'How the decisions are made:',
    consequences: 'What they mean for you:',
    rights: (a) =>
      `You may ask for a person at the shop to look at such a decision, give your point of view and contest it (${a}).`,
    undeclared: (m, a) =>
      `${m} has not stated whether it makes decisions about you based solely on automated processing (${a}). You may ask the shop.`,
    profilingHeading: 'Profiling',
    profilingNone:
      'According to the shop’s register, none of the organisations that hold your data for it profiles you.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `This profiling is for direct marketing. You may object to it at any time, free of charge, and it will then stop (${a}): use the shop’s request form (“Stop using my data”).`,
    objectOther: (a) =>
      `You may object to this profiling on grounds relating to your particular situation (${a}).`,
  },
  serviceKeeps: {
    heading: 'What the shop’s request service keeps',
    record: (period, a) =>
      `The record of this request (your email address, what you asked, what was done and when) is kept for ${period} after the request is closed, so that the shop can show how it handled your request and answer a complaint or claim about it (${a}).`,
    hash: (period) =>
      `After that, your email address, name and what you wrote are removed. What stays, for ${period} more, is how the request was handled, with your email address in pseudonymised form (a hash of it). Anyone who already knows your address can compute the same hash and match it, so it is still personal data (GDPR Recital 26). It is kept to recognise repeated requests and to show how your request was handled, and is then deleted.`,
    years: (n) => `${n} year${n === 1 ? '' : 's'}`,
    days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  },
  complaint: {
    heading: 'Your right to complain',
    right: `You have the right to lodge a complaint with a data protection supervisory authority and to seek a judicial remedy against the shop in court (GDPR Arts 77 and 79).`,
    rightPlain:
      'You have the right to lodge a complaint with the data protection supervisory authority and to seek a judicial remedy against the shop in court.',
    authority: (name, url) =>
      `The authority that supervises the shop: ${name} (${url}).`,
    elsewhere: (url) =>
      `You may also complain to the authority of the country where you live or work; the list of the EU and EEA authorities: ${url}`,
  },
};

/** English here; the other languages in register/, each loaded when first read (lazy.ts). */
export const REGISTER_MESSAGES = /* @__PURE__ */ perLocale<RegisterMessages>(
  'register',
  en,
);
