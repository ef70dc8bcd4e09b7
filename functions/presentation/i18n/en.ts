import type { Messages } from './messages.ts';

export const en: Messages = {
  dateLocale: 'en-GB',
  languageName: 'English',
  correction: {
    fields: {
      name: 'Name',
      email: 'Email address',
      phone: 'Phone number',
      address: 'Address',
      other: 'Something else (describe it)',
    },
    legend: 'Correct my data: what is wrong, and what should it be?',
    hint: 'Only for a correction. Fill in one row per item; leave the others empty.',
    what: (n) => `What is wrong (${n})`,
    value: (n) => `What it should be (${n})`,
    error:
      'For a correction, say what is wrong and what it should be (at most 500 characters each), or describe it under “Anything we should know”.',
    correctTo: (field) => `${field}, correct value`,
    label: 'Corrections',
    corrected: (fields) => `corrected: ${fields}`,
    rejected: (fields) =>
      `not corrected, the processor did not accept the new value: ${fields}; the shop will contact you`,
    byShop: (fields) => `left to the shop to correct by hand: ${fields}`,
  },
  rights: {
    access: {
      title: 'See my data',
      explain: 'You get a copy of the personal data the shop holds about you.',
    },
    portability: {
      title: 'Get a copy to move elsewhere',
      explain:
        'You get your data in a machine-readable file you can take to another service.',
    },
    erasure: {
      title: 'Erase my data',
      explain:
        'The shop deletes your personal data, except what the law requires it to keep.',
    },
    rectification: {
      title: 'Correct my data',
      explain: 'The shop corrects data about you that is wrong or incomplete.',
    },
    objection: {
      title: 'Stop using my data (object)',
      explain:
        'The shop stops using your data for marketing or other purposes you object to.',
    },
    restriction: {
      title: 'Restrict use of my data',
      explain:
        'The shop keeps your data but stops using it while a question about it is settled.',
    },
  },
  common: {
    reference: (ref) => `Reference: ${ref}`,
    questions: (contact, ref) => `Questions: ${contact}. Reference: ${ref}`,
    theirReasons: 'Their reasons:',
    nothingChanged: 'Nothing was changed.',
  },
  holds: {
    kept: (what, why, basis, until) =>
      `kept: ${what}, ${why} (${basis}), until ${until}`,
    keptOpen: (what, why, basis) => `kept: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'while an order is still open',
      'chargeback-window': 'during the payment dispute and returns period',
      accounting: 'as bookkeeping law requires',
      'legal-claim': 'for a legal claim',
      'legal-obligation': 'to meet a legal obligation',
      suppression:
        'so that no marketing reaches the address again: this honours your erasure and any objection to marketing',
    },
  },
  decision: {
    request: 'Request',
    right: 'Right',
    from: 'From',
    identity: 'Identity',
    due: 'Answer due',
  },
  status: {
    follow: 'Follow your request',
    followHint:
      'The status page shows where your request stands at any time. Keep the link to yourself.',
  },
};
