import type { PageMessages } from './messages.ts';

export const en: PageMessages = {
  form: {
    title: (m) => `Privacy request – ${m}`,
    heading: (m) => `Your privacy rights at ${m}`,
    intro:
      'Use this form to exercise your rights under the GDPR. We will email you a link to confirm it is really you. The shop must answer within one month of receiving your request.',
    languages: 'Language',
    legend: 'What would you like to do?',
    email: 'Your email address',
    name: 'Your name',
    orderNumber: 'An order number',
    details: 'Anything we should know',
    optional: '(optional)',
    orderHint: '(optional, helps find your data)',
    detailsHint: '(optional; for a correction, say what is wrong)',
    submit: 'Send request',
    privacyPolicy: (m) => `${m} privacy policy`,
    errorSummary: 'There is a problem',
    expired: 'The form had expired. Check your answers and send it again.',
    honeypot: 'Leave this field empty',
    errors: {
      type: 'Choose what you would like to do.',
      email: 'Enter your email address, like name@example.com.',
      name: 'Your name must be at most 200 characters, without control characters.',
      orderNumber:
        'The order number must be at most 64 characters, without control characters.',
      details:
        'This must be at most 4000 characters, without control characters.',
      other: 'Something in the form is not right. Check it and send it again.',
    },
  },
  submitted: {
    title: 'Check your email',
    body: (m) =>
      `If the address you gave is correct, you will receive an email from ${m}'s privacy service within a few minutes. Open the link in it to confirm your request.`,
    linkWorks: (days) => `The link works for ${days} days.`,
  },
  confirm: {
    title: 'Confirm your request',
    asked: (m) => `You asked ${m} to:`,
    explain:
      'Press the button to confirm that you made this request. Nothing happens until you do.',
    button: 'Confirm',
  },
  confirmed: {
    title: 'Request confirmed',
    heading: 'Thank you, your request is confirmed',
    handled: (m) => `${m} has been asked to handle it.`,
    hearBy: (date) => `You will hear from them by ${date} at the latest.`,
  },
  decision: {
    title: (ref) => `Decide request ${ref}`,
    heading: 'A privacy request needs your decision',
    identityConfirmed: (date) => `Email address confirmed ${date}`,
    order: 'Order',
    details: 'Details',
    received: 'Received',
    extended: '(extended)',
    processors: 'Processors',
    legend: 'Your decision',
    approve: 'Approve',
    approveExplain:
      'contact the processors listed above and answer the shopper.',
    deny: 'Deny',
    denyExplain: (authority) =>
      `refuse the request; the shopper is told your reasons and their right to complain (the supervisory authority: ${authority}).`,
    extend: 'Extend',
    extendExplain:
      'the deadline by up to two months (once, Art. 12(3)); the shopper is told the new date and your reasons. You decide afterwards.',
    submit: 'Submit decision',
    extendedNotice: (date) =>
      `Deadline extended to ${date}; the shopper has been told. Now approve or deny.`,
    errors: {
      decision: 'Choose approve, deny or extend.',
      reasonToDeny: 'A reason is required to deny a request.',
      reasonToExtend: 'A reason is required to extend the deadline.',
      reasonTooLong: 'The reason must be at most 2000 characters.',
      alreadyExtended:
        'The deadline was already extended once; it cannot be extended again.',
      extensionTooLate: 'The last day to notify an extension has passed.',
      extensionImpossible: 'The deadline cannot be extended for this request.',
      groundWithoutDeny:
        'A refusal ground goes only with Deny. To refuse the request, choose Deny; to approve or extend, choose “No refusal ground”.',
      groundInvalid: 'Choose one of the refusal grounds listed.',
    },
    approvedTitle: 'Decision recorded',
    approvedHeading: 'Approved',
    approvedBody:
      'The processors are being contacted now. The shopper will receive the result by email, and you will be told if anything fails.',
    deniedTitle: 'Decision recorded',
    deniedHeading: 'Denied',
    deniedBody:
      'The shopper will receive your reasons and information on their right to complain.',
  },
  processor: {
    recordedTitle: 'Thank you',
    recordedBody: 'Your answer has been recorded. You can close this page.',
  },
  deferral: {
    pageTitle: (ref) => `Deferred erasure ${ref}`,
    pageBody: (processors, until) =>
      `The data kept at ${processors} will be erased automatically after ${until}. Cancelling stops that; say why: the shopper is told your reason, with their right to complain.`,
    reason: 'Reason',
    submit: 'Cancel the deferred erasure',
    reasonRequired: 'Give a reason for cancelling.',
    cancelledTitle: 'Deferred erasure cancelled',
    cancelledBody:
      'The held data will not be erased automatically. The shopper has been told, with your reason.',
  },
  errors: {
    linkGone: 'This link can no longer be used',
    linkInvalid: 'This link is not valid',
    linkGoneBody: 'The link has expired or has already been used.',
    linkInvalidBody:
      'Check that you opened the whole link from the email, or ask for a new one.',
    notRight: 'Something is not right',
    notRightBody: 'The request could not be handled as sent.',
    tooMany: 'Too many requests',
    tooManyBody:
      'Too many requests were sent. Please use the link in the email we sent you, or try again later.',
    tryAgain: 'Please try again in a minute',
    tryAgainBody:
      'Your request could not be finished just now. Nothing was lost: send the form again in a minute and we will email you the link to confirm it.',
    wentWrong: 'Something went wrong',
    wentWrongBody: 'Please try again in a few minutes. Nothing was lost.',
    originRefusedBody:
      'The form was not sent from the shop’s website or from ours, so it was not accepted and nothing was stored. Open the request form on the shop’s website and send it from there.',
  },
  status: {
    title: 'Your privacy request',
    heading: (m) => `Your request to ${m}`,
    asked: 'You asked for',
    steps: {
      received: 'Received',
      verified: 'You confirmed it was you',
      waiting: 'Waiting for the shop’s decision',
      working: 'Being carried out',
      answered: 'Answered',
    },
    denied: 'Refused: the shop has emailed you its reasons and how to complain',
    done: 'done',
    current: 'current step',
    hearBy: (date) => `You will hear back by ${date} at the latest.`,
    extended:
      'The shop has extended the deadline and emailed you why (GDPR Art. 12(3)).',
    answeredOn: (date) => `Answered on ${date}. The answer is in your email.`,
    expired:
      'This request was not confirmed in time, so it was closed and its data deleted. You can send a new request.',
    cancelled: 'This request was cancelled.',
    readOnly:
      'This page only shows where your request stands; it changes nothing. Do not share the link.',
  },
  acting: {
    reference: 'Reference',
    language: 'Shopper’s language',
    reasonLanguage: (language) => `The shopper’s language is ${language}.`,
    chooseApproveOrDeny: 'Choose approve or deny.',
    deferralTooLong: 'The reason must be at most 1000 characters.',
  },
  intake: {
    notRectification: (chosen, rectification) =>
      `You filled in corrections but chose “${chosen}”. To have your data corrected, choose “${rectification}”; otherwise empty the correction rows.`,
    nextHeading: 'What happens next',
    nextConfirm:
      'Open the link in the email to confirm that the request is yours.',
    nextDecide:
      'The shop then handles your request. It must answer within one month of receiving it; if it needs longer, it must tell you why.',
    nextAnswer:
      'You receive the answer by email. Once you have confirmed, you also get a link to a page that shows where your request stands.',
    spam: (sender) =>
      `No email after a few minutes? Look in your spam or junk folder for an email from “${sender}”.`,
    resendIntro: 'Still nothing? We can send the email again.',
    resendButton: 'Send the email again',
    resendHint: (minutes) =>
      `We send it at most once every ${minutes} minutes.`,
    resent: (minutes) =>
      `If your request is still waiting to be confirmed, the email has been sent again, unless the last one went out less than ${minutes} minutes ago.`,
  },
  progress: {
    verifyUpcoming: 'You confirm it is you',
    verifyCurrent:
      'Waiting for you to confirm it is you: open the link in the email we sent',
    verifyStopped: 'Not confirmed in time',
    decisionUpcoming: 'The shop’s decision',
    approved: 'The shop accepted your request',
    refused: 'The shop refused your request',
    carriedOut: 'Carried out',
    answerCurrent: 'Sending you the answer',
    withheld:
      'Refused after review: the shop has emailed you why it cannot send your data, and how to complain',
    partly:
      'Answered: the shop has emailed you what was erased and what is kept for a legal reason',
    doneOn: (date) => `done, ${date}`,
    delayed: 'held up',
    stopped: 'stopped',
    delayedNote:
      'A technical problem is holding up your request. The shop has been alerted and the request will go on; the deadline below still applies.',
    answeredNoDate: 'The answer is in your email.',
    cancelledOn: (date) => `This request was cancelled on ${date}.`,
    heldUntil: (date) =>
      `Some of your data is kept for a legal reason until ${date}. It will then be erased automatically, and the shop will write to you again.`,
    heldDataKept:
      'The shop has since decided to keep the data that was held back for a legal reason (for example, for a legal claim). You can ask the shop about it.',
  },
  aftermath: {
    confirmed: (date) => `You confirmed this request on ${date}.`,
    notConfirmed:
      'This request was not confirmed in time, so it was closed and its data deleted.',
    approved: (date) => `This request was approved on ${date}.`,
    refused: (date) => `This request was refused on ${date}.`,
    released: (date) => `The data was released to the shopper on ${date}.`,
    withheld: (date) =>
      `The data was withheld on ${date}; the shopper has been told why.`,
    deferralCancelled: (date) =>
      `The deferred erasure was cancelled on ${date}; the held data is kept.`,
    heldErased: (date) => `The held data was erased on ${date}.`,
    restrictionLifted: (date) =>
      `The restriction was lifted on ${date}; the shopper was told beforehand.`,
    newerLink:
      'It is still waiting for an answer, and a newer link has been emailed since: use the link in the latest email.',
    cancelled: (date) => `This request was cancelled on ${date}.`,
    answered: (date) => `This request was answered on ${date}.`,
    undated: {
      confirmed: 'You have confirmed this request.',
      approved: 'This request was approved.',
      refused: 'This request was refused.',
      released: 'The data was released to the shopper.',
      withheld: 'The data was withheld; the shopper has been told why.',
      deferralCancelled:
        'The deferred erasure was cancelled; the held data is kept.',
      heldErased: 'The held data has been erased.',
      restrictionLifted:
        'The restriction has been lifted; the shopper was told beforehand.',
      cancelled: 'This request was cancelled.',
      answered: 'This request has been answered.',
    },
    inProgress: 'This request is being handled.',
    statusLink: 'See where the request stands',
    newRequest: 'Send a new request',
  },
};
