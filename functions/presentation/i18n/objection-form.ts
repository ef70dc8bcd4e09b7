/**
 * Words of the request form's question on an objection (Art. 21), in every supported locale:
 * direct marketing, which the shop must stop (Art. 21(2)-(3)), or another use of the data, which
 * the shop weighs (Art. 21(1)). Addressed to the shopper as the form is.
 */
import type { ObjectionScope } from '#domain/request.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface ObjectionFormMessages {
  legend: S;
  hint: S;
  scopes: Record<ObjectionScope, { label: S; explain: S }>;
  errors: {
    /** An objection without saying to what. */
    scope: S;
    /** An objection to another use without the shopper's words. */
    details: S;
  };
}

const en: ObjectionFormMessages = {
  legend: 'Stop using my data: what do you object to?',
  hint: 'Only for “Stop using my data”.',
  scopes: {
    'direct-marketing': {
      label: 'Direct marketing',
      explain:
        'newsletters, offers and advertising, and profiling for them. The shop must stop.',
    },
    other: {
      label: 'Another use of my data',
      explain:
        'for example profiling or analytics. Say which use and why under “Anything we should know”: the shop weighs your reasons against its own.',
    },
  },
  errors: {
    scope:
      'Say what you object to: direct marketing, or another use of your data.',
    details:
      'Say which use of your data you object to, and why, under “Anything we should know”.',
  },
};

/** English here; the other languages in objection-form/, each loaded when first read (lazy.ts). */
export const OBJECTION_FORM_MESSAGES =
  /* @__PURE__ */ perLocale<ObjectionFormMessages>('objection-form', en);
