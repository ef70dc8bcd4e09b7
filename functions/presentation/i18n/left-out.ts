import { perLocale } from './lazy.ts';

type S = string;

export interface LeftOutMessages {
  /** The merchant's review page. */
  review: {
    approveExplain: S;
    partsLegend: S;
    partsHint: S;
    records: (processor: S, category: S, n: number) => S;
    file: (processor: S, name: S) => S;
    reason: S;
    reasonHint: S;
    errors: {
      partsWithWithhold: S;
      reasonToLeaveOut: S;
      partsInvalid: S;
      reasonWithApprove: S;
    };
    releasedPartly: S;
    releasedPartlyBody: S;
  };
  /** What the shopper is told. */
  heading: S;
  intro: S;
  records: (processor: S, category: S, n: number) => S;
  files: (processor: S, n: number) => S;
  reason: S;
}

const en: LeftOutMessages = {
  review: {
    approveExplain:
      'The shopper gets a download link by email now, without any parts you tick below.',
    partsLegend: 'Leave out parts (optional, with Release)',
    partsHint:
      'Tick a part only if giving it would adversely affect other people, for example another customer named in a review (Art. 15(4)). The package is rebuilt without the ticked parts, and the shopper is told what was left out and your reason.',
    records: (p, c, n) =>
      `${p}: ${c}, ${n === 1 ? '1 record' : `${n} records`}`,
    file: (p, name) => `${p}: file “${name}”`,
    reason: 'Reason, shown to the shopper',
    reasonHint:
      'Required to withhold the package, and to leave out parts: say why.',
    errors: {
      partsWithWithhold:
        'You ticked parts to leave out and chose Withhold. Withholding keeps back the whole package: untick the parts, or choose Release to send the rest.',
      reasonToLeaveOut:
        'Say why the ticked parts are left out: the shopper is told.',
      partsInvalid:
        'A ticked part is not in this package. Open the link again and choose again.',
      reasonWithApprove:
        'You chose to release the whole package but also wrote a reason. A reason is shown to the shopper only when you withhold the package or leave out parts: clear it, tick the parts it is about, or choose Withhold.',
    },
    releasedPartly: 'Released without the parts you left out',
    releasedPartlyBody:
      'The package is rebuilt without them, and the shopper is sent the download link with what was left out and your reason.',
  },
  heading: 'Left out of your copy',
  intro:
    'To protect the rights and freedoms of other people (GDPR Art. 15(4)), the shop left these parts out of your copy:',
  records: (p, c, n) => `${p}: ${c} (${n === 1 ? '1 record' : `${n} records`})`,
  files: (p, n) => `${p}: ${n === 1 ? '1 file' : `${n} files`}`,
  reason: 'The shop’s reason:',
};

/** English here; the other languages in left-out/, each loaded when first read (lazy.ts). */
export const LEFT_OUT_MESSAGES = /* @__PURE__ */ perLocale<LeftOutMessages>(
  'left-out',
  en,
);
