import { perLocale } from './lazy.ts';

type S = string;

export interface PackageMessages {
  report: {
    title: (merchant: S) => S;
    intro: (merchant: S, date: S, ref: S) => S;
    holders: S;
    holdersIntro: S;
    recipient: S;
    categories: S;
    purposes: S;
    retention: S;
    location: S;
    /** The column with each organisation's answer (i18n/answers.ts). */
    found: S;
    notStated: S;
    records: (n: number) => S;
    source: S;
    sourceText: (merchant: S) => S;
    rights: S;
    rightsText: S;
    rightList: [
      rectification: S,
      erasure: S,
      restriction: S,
      objection: S,
      portability: S,
    ];
    exercise: (contact: S) => S;
    automated: S;
    consent: S;
    consentIntro: S;
    consentNone: S;
    consentColumns: [source: S, record: S, field: S, value: S];
    files: S;
    filesJson: S;
    filesCsv: S;
  };
  certificate: {
    title: (merchant: S) => S;
    intro: (merchant: S) => S;
    reference: S;
    received: S;
    completed: S;
    round: S;
    processor: S;
    outcome: S;
    kept: S;
    notified: S;
    /** Under a `kept` answer whose hold ends: the rest is erased then. */
    later: S;
    /** Kinds of identifiers a recipient was sent (`email`, `shopify-customer-id`, …). */
    identifiers: Record<string, S>;
    recipients: S;
    recipientsIntro: S;
    sentOn: (what: S, date: S) => S;
    fingerprint: S;
    fingerprintText: S;
    noPersonalData: S;
  };
  mail: {
    packageSubject: (merchant: S, ref: S) => S;
    packageReady: (merchant: S, article: S) => S;
    /** The merchant's copy of a result: what each processor answered, with their notes. */
    copySubject: (right: S, ref: S) => S;
    copyIntro: (right: S, ref: S) => S;
    packageAccess: S;
    packagePortability: S;
    download: S;
    linkWorks: (date: S, uses: number) => S;
    certificateLink: S;
    certificateSubject: (ref: S) => S;
    certificateIntro: (ref: S) => S;
    certificateHtml: S;
    certificateJson: S;
    certificateSave: (date: S) => S;
    reviewSubject: (right: S, ref: S) => S;
    reviewIntro: (right: S, due: S) => S;
    reviewLink: S;
  };
  review: {
    title: S;
    heading: S;
    explain: S;
    sources: S;
    approve: S;
    approveExplain: S;
    withhold: S;
    withholdExplain: S;
    reason: S;
    reasonHint: S;
    submit: S;
    released: S;
    releasedBody: S;
    withheld: S;
    withheldBody: S;
    reasonRequired: S;
    choose: S;
    reasonTooLong: S;
    /** Release chosen with a reason typed: the reason would reach nobody. */
    reasonWithRelease: S;
  };
}

const en: PackageMessages = {
  mail: {
    packageSubject: (m, r) => `Your data from ${m} is ready [${r}]`,
    packageReady: (m, a) =>
      `${m} has answered your request to see your data (${a}). What each organisation that holds data for the shop answered:`,
    copySubject: (rt, r) => `Answered: ${rt} [${r}]`,
    copyIntro: (rt, r) =>
      `Request ${r} (${rt}) has been answered. What each processor answered, with their notes (the shopper's copy has no notes):`,
    packageAccess:
      'The download is a zip file. Open report.html in your browser: it explains who holds your data, why, for how long and your rights. data.json and the csv folder hold the data itself.',
    packagePortability:
      'The download is a zip file with your data in machine-readable form: data.json (all of it) and one CSV table per kind of data, ready to take to another service.',
    download: 'Download your data (zip)',
    linkWorks: (d, u) =>
      `The link works until ${d}, for up to ${u} downloads. After that, ask the shop for a new one.`,
    certificateLink: 'Your erasure certificate',
    certificateSubject: (r) =>
      `Erasure certificate for request ${r}: keep it as evidence`,
    certificateIntro: (r) =>
      `The erasure request ${r} has been carried out. The certificate records what each organisation did; it holds no personal data. Its fingerprint is also kept in the request's audit trail.`,
    certificateHtml: 'Certificate (to read and print)',
    certificateJson: 'Certificate (JSON record)',
    certificateSave: (d) =>
      `Save both files: the links work until ${d}, and the stored copies are deleted later with the request's other files.`,
    reviewSubject: (rt, r) => `Review before release: ${rt} [${r}]`,
    reviewIntro: (rt, d) =>
      `The data for the request "${rt}" is gathered. Your shop reviews it before it is sent, to leave out other people's data (GDPR Art. 15(4)). Please decide before ${d}.`,
    reviewLink: 'Review and release',
  },
  review: {
    title: 'Release review',
    heading: 'Release the data to the shopper?',
    explain:
      "The package is ready. Release it unless it would reveal other people's personal data or trade secrets (Art. 15(4)); in that case withhold it and say why: the shopper is told your reason and their right to complain.",
    sources: 'What the package holds',
    approve: 'Release to the shopper',
    approveExplain: 'The shopper gets a download link by email now.',
    withhold: 'Withhold',
    withholdExplain:
      'The shopper is told your reason and that they may complain.',
    reason: 'Reason for withholding',
    reasonHint: 'Shown to the shopper. Required to withhold.',
    submit: 'Confirm',
    released: 'Released',
    releasedBody: 'The shopper has been sent the download link.',
    withheld: 'Withheld',
    withheldBody: 'The shopper has been told your reason.',
    reasonRequired: 'Give a reason to withhold the package.',
    choose: 'Choose release or withhold.',
    reasonTooLong: 'The reason must be at most 2000 characters.',
    reasonWithRelease:
      'You chose to release the package but also wrote a reason for withholding it. To release, clear the reason; to withhold, choose Withhold.',
  },
  report: {
    title: (m) => `Your personal data at ${m}`,
    intro: (m, d, r) =>
      `This report answers your request to ${m} to see your personal data (GDPR Art. 15). It was prepared on ${d} (reference ${r}). The files in this package hold the data itself.`,
    holders: 'Who holds your data',
    holdersIntro:
      'Each organisation below processes customers’ data for the shop, named individually; the last column says what it answered about you.',
    recipient: 'Organisation',
    categories: 'Data categories',
    purposes: 'Purposes',
    retention: 'How long it is kept',
    location: 'Where it is processed',
    found: 'Their answer',
    notStated: 'Not stated',
    records: (n) => `${n} record${n === 1 ? '' : 's'}`,
    source: 'Where the data comes from',
    sourceText: (m) =>
      `You gave the data to ${m} (orders, your account, newsletter sign-ups, reviews) or it arose from your use of the shop. The organisations listed received it from ${m} to provide their service.`,
    rights: 'Your rights',
    rightsText: 'You may ask the shop at any time to:',
    rightList: [
      'correct data that is wrong or incomplete (Art. 16);',
      'erase your data, except what the law requires it to keep (Art. 17);',
      'restrict its use while a question about it is settled (Art. 18);',
      'stop using it for direct marketing (Art. 21(2)–(3)), and, on grounds relating to your particular situation, stop processing that is based on the shop’s legitimate interests or on a task in the public interest, unless the shop demonstrates compelling legitimate grounds that override your interests, rights and freedoms, or needs the data for legal claims (Art. 21(1));',
      'give you your data in a machine-readable file to move elsewhere (Art. 20).',
    ],
    exercise: (c) =>
      `To use any of these rights, use the shop's request form or write to ${c}.`,
    automated: 'Automated decisions',
    consent: 'Your consents',
    consentIntro:
      'Records of consents you gave or withdrew (for example newsletter sign-up and unsubscribe dates), as the organisations keep them.',
    consentNone: 'No consent records were found.',
    consentColumns: ['Organisation', 'Record', 'Field', 'Value'],
    files: 'Files in this package',
    filesJson:
      'data.json: all of your data in one machine-readable file (format dsr-export/2).',
    filesCsv: 'csv/: one table per data category, for a spreadsheet.',
  },
  certificate: {
    title: (m) => `Erasure certificate: ${m}`,
    intro: (m) =>
      `${m} erased the personal data of a data subject on request (GDPR Art. 17). This certificate records what each organisation did. It holds no personal data.`,
    reference: 'Request',
    received: 'Received',
    completed: 'Completed',
    round: 'Round',
    processor: 'Organisation',
    outcome: 'Outcome',
    kept: 'Kept, why and until when',
    notified: 'Told of the erasure',
    later: 'The rest is erased when the reason to keep it ends.',
    identifiers: {
      email: 'email address',
      'email-md5': 'email address (hashed)',
      'email-sha256': 'email address (hashed)',
      name: 'name',
      'order-number': 'order number',
      'shopify-customer-id': 'Shopify customer number',
      'shopify-order-id': 'Shopify order number',
      'sendgrid-contact-id': 'SendGrid contact number',
      'subject-ref': 'an internal reference (no personal data)',
    },
    recipients: 'Recipients told of the erasure (Art. 19)',
    recipientsIntro:
      'Each organisation below received the request to erase, with the kinds of identifiers listed (never the values here).',
    sentOn: (w, d) => `${w} on ${d}`,
    fingerprint: 'Fingerprint',
    fingerprintText:
      'SHA-256 of the canonical JSON (RFC 8785) of certificate.json without its "sha256" field. Any change to the record changes it.',
    noPersonalData: 'No personal data is recorded here.',
  },
};

/** English here; the other languages in package/, each loaded when first read (lazy.ts). */
export const PACKAGE_MESSAGES = /* @__PURE__ */ perLocale<PackageMessages>(
  'package',
  en,
);
