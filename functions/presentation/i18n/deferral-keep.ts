/**
 * Words of keeping held data when a deferred erasure is cancelled (domain/deferral-keep.ts): the
 * merchant's form (the Art. 17(3) ground, the end as a date or an event, what was wrong with a
 * refused post) and the sentences of the shopper's notice that state the ground and the end. In
 * every supported locale; the merchant is addressed as on the decision page.
 */
import type { DeferralProblem } from '#domain/decision.ts';
import type { KeepGround } from '#domain/deferral-keep.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface DeferralKeepMessages {
  /** The merchant's form. */
  groundLegend: S;
  /** The ground as the merchant chooses it (the article follows, cited). */
  groundLabels: Record<KeepGround, S>;
  endLegend: S;
  untilDate: S;
  untilEvent: S;
  problems: Record<
    Exclude<DeferralProblem, 'reasonRequired' | 'reasonTooLong'>,
    S
  >;
  /** The shopper's notice: the ground (with its article, cited) and the end. */
  groundBasis: Record<KeepGround, S>;
  keptOn: (basis: S) => S;
  keptUntil: (date: S) => S;
  keptUntilEvent: (event: S) => S;
}

const en: DeferralKeepMessages = {
  groundLegend: 'Legal basis for keeping the data (the shopper is told)',
  groundLabels: {
    'legal-obligation': 'A legal obligation requires keeping it',
    'legal-claims':
      'It is needed for the establishment, exercise or defence of legal claims',
  },
  endLegend:
    'Until when: a date or an event (the shopper is told that the shop will erase the data then)',
  untilDate: 'Until this date',
  untilEvent:
    'Or until this event (for example: the end of the court case about order 1001)',
  problems: {
    groundRequired: 'Choose the legal basis for keeping the data.',
    endRequired:
      'Give either the date until which the data is kept or the event that ends it, not both.',
    dateInvalid: 'The date must be a day after today, at most 10 years ahead.',
    eventTooLong: 'Describe the event in one line of at most 200 characters.',
    processorUnavailable:
      'Shopify could not withdraw the erasure we asked it for just now. Nothing was changed: try again in a moment.',
  },
  groundBasis: {
    'legal-obligation': 'to comply with a legal obligation',
    'legal-claims':
      'for the establishment, exercise or defence of legal claims',
  },
  keptOn: (basis) => `The shop keeps it on this legal basis: ${basis}.`,
  keptUntil: (date) =>
    `The shop keeps the data until ${date} and will erase it then.`,
  keptUntilEvent: (event) =>
    `The shop keeps the data until the following has happened: “${event}”, and will erase it then.`,
};

/** English here; the other languages in deferral-keep/, each loaded when first read (lazy.ts). */
export const DEFERRAL_KEEP_MESSAGES =
  /* @__PURE__ */ perLocale<DeferralKeepMessages>('deferral-keep', en);
