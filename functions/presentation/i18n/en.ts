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
    request: 'Request',
    right: 'Right',
    from: 'From',
    identity: 'Identity',
    identityConfirmed: (date) => `Email address confirmed ${date}`,
    order: 'Order',
    details: 'Details',
    received: 'Received',
    due: 'Answer due',
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
    requestSubject: (right, merchant, ref, due) =>
      `Data-subject request (${right}) from ${merchant}, ref. ${ref}: please act by ${due}`,
    reminderPrefix: 'Reminder: ',
    intro: (merchant, processor) =>
      `${merchant} is the controller of the personal data that ${processor} processes on its behalf.`,
    asked: (right, article) =>
      `A customer has asked for ${right} (${article}). Their identity has been verified and the request approved.`,
    whatToDo: {
      access:
        'Please upload a copy of all personal data you hold about this person on the page behind the link below, or tell us there that you hold none. Please do not send personal data by email.',
      portability:
        'Please upload the personal data this person gave you, in a machine-readable format (CSV, JSON or XLSX), on the page behind the link below, or tell us there that you hold none. Please do not send personal data by email.',
      erasure:
        'Please erase all personal data you hold about this person, unless the law requires you to keep it (then tell us what and until when).',
      rectification: 'Please correct the personal data as described below.',
      objection:
        'Please stop using this person’s data for direct marketing, including profiling for it (such as personalised recommendations), and suppress further marketing to them.',
      restriction:
        'Please restrict the processing of this person’s data (store only, no other use) until we tell you otherwise.',
    },
    identifiers: 'The data subject:',
    email: 'Email',
    name: 'Name',
    order: 'Order number',
    due: 'Deadline to act and confirm',
    confirmHere:
      'When it is done (or cannot be done), confirm with one click here:',
    confirmLink: 'Confirm what was done',
    dpa: 'Under our data processing agreement, you assist us in responding to data-subject requests (GDPR Art. 28(3)(e)).',
    merchantSubject: (processor, ref) =>
      `Confirm when ${processor} has finished, ref. ${ref}`,
    merchantIntro: (processor, right) =>
      `We forwarded a data-subject request (${right}) to ${processor}. ${processor} reports completion only by email to you. When its confirmation arrives, record it here:`,
    merchantConfirm: 'Record the processor’s answer',
    escalationSubject: (processor, ref) =>
      `${processor} has not confirmed, ref. ${ref}: action needed`,
    escalationBody: (processor, right, due) =>
      `${processor} has not confirmed the request (${right}), which was due by ${due}. Please contact them. When they have answered, record it here:`,
    escalationAction: 'Record the answer',
    recordedTitle: 'Thank you',
    recordedBody: 'Your answer has been recorded. You can close this page.',
  },
  deferral: {
    subject: (ref, until) =>
      `Part of erasure ${ref} waits for a legal hold until ${until}`,
    body: (processors, until) =>
      `A legal hold keeps some of the shopper’s data at ${processors}. The shopper has been told what is kept and why. The rest will be erased automatically after ${until}. If the data must be kept longer (for example, for a legal claim), cancel the deferred erasure here:`,
    cancelHere: 'Cancel the deferred erasure',
    cancelLink: 'Cancel the deferred erasure',
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
    follow: 'Follow your request',
    followHint:
      'The status page shows where your request stands at any time. Keep the link to yourself.',
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
  email: {
    verifySubject: (m, ref) => `Confirm your privacy request to ${m} [${ref}]`,
    verifyAsked: (m, right) =>
      `Someone, hopefully you, asked ${m} to: ${right}.`,
    verifyHere: (date) =>
      `Confirm the request here (the link works until ${date}):`,
    verifyLink: 'Confirm your request',
    verifyLinkWorks: (date) => `(the link works until ${date}).`,
    verifyIgnore:
      'If you did not ask for this, ignore this email and nothing will happen.',
    decisionSubject: (right, ref, due) =>
      `Decision needed: ${right} request [${ref}], due ${due}`,
    stillWaiting: 'Still waiting: ',
    decisionIntro: (m) => `A shopper confirmed a privacy request to ${m}.`,
    daysLeft: (n) => `${n} days left`,
    identityConfirmed: 'email address confirmed',
    processorsToContact: 'Processors to contact',
    decideHere: 'Approve or deny here:',
    decideLink: 'Approve or deny this request',
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
    deferredNote: (date) =>
      `What is kept only for a limited time will be erased automatically after ${date}; we will write to you again then.`,
    erasureSubject: (m, ref) => `Your data at ${m} has been erased [${ref}]`,
    erasureDone: (m, article) =>
      `${m} has carried out your erasure request (${article}). What happened at each place that held your data:`,
    doneSubject: (m, ref) => `Your request to ${m} is complete [${ref}]`,
    doneHandled: (m, right) => `${m} has handled your request: ${right}.`,
    denialSubject: (m, ref) =>
      `${m} cannot fulfil your privacy request [${ref}]`,
    denialDecided: (m, right) =>
      `${m} has decided not to act on your request: ${right}.`,
    failureSubject: (ref, phase) =>
      `Action needed: privacy request [${ref}] failed during ${phase}`,
    failureStopped: (id, right, phase, error) =>
      `Request ${id} (${right}) stopped during the ${phase} phase (${error}).`,
    failureStillDue: (date) =>
      `The answer is still due by ${date}. Your operator can see where it stopped in the workflow execution history.`,
    reminderSubject: (ref, days) =>
      `Reminder: privacy request [${ref}] due in ${days} day(s)`,
    overdueSubject: (ref, due) =>
      `OVERDUE: privacy request [${ref}] was due ${due}`,
    reminderWhen: (id, right, due, days) =>
      `Request ${id} (${right}) is due on ${due}, in ${days} day(s).`,
    overdueWhen: (id, right, due, days) =>
      `Request ${id} (${right}) was due on ${due} and is overdue by ${days} day(s).`,
    waitingOn: {
      VERIFIED: 'The request is being prepared for your decision.',
      AWAITING_DECISION:
        'It is waiting for your decision: use the link in the "Decision needed" email.',
      IN_PROGRESS:
        'Processors are working on it; nothing is needed from you yet.',
      FAILED:
        'It stopped with an error and needs your operator to retry it; the answer is still owed.',
    },
    lawOverdue:
      'An answer later than the legal deadline can be taken to the supervisory authority by the shopper (GDPR Art. 12(3), 77).',
    lawReminder:
      'The GDPR gives one month from receipt (Art. 12(3)); an extension must be notified, with reasons, before the month ends.',
    extensionSubject: (m, ref) =>
      `${m} needs more time for your privacy request [${ref}]`,
    extensionNeeds: (m, right) =>
      `${m} needs more time to answer your request: ${right}.`,
    extensionHearBy: (date) =>
      `You will now hear from them by ${date} at the latest.`,
    stalledSubject: (ref) =>
      `Action needed: privacy request [${ref}] is not moving`,
    stalledWhat: (id, right, since, status) =>
      `Request ${id} (${right}) has not moved since ${since} (status ${status}).`,
    stalledReasons: {
      'no-progress':
        'Nothing has happened in the workflow for longer than expected.',
      'cannot-resume':
        'Its workflow stopped and cannot be resumed automatically.',
      'restarts-exhausted':
        'Its workflow stopped again after being restarted several times.',
    },
    stalledFailedJobs: (jobs) => `Processors whose job failed: ${jobs}.`,
    stalledAction: (date) =>
      `The answer is still due by ${date}. Your operator has been alerted; please make sure the request is completed in time.`,
    extensionLaw:
      'The GDPR lets a shop take up to two further months when that is necessary, given how complex or how many the requests are, if it tells you why within the first month (Art. 12(3)).',
  },
};
