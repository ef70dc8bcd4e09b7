import type { EmailMessages } from './messages.ts';

export const en: EmailMessages = {
  deferral: {
    subject: (ref, until) =>
      `Part of erasure ${ref} waits for a legal hold until ${until}`,
    body: (processors, until) =>
      `A legal hold keeps some of the shopper’s data at ${processors}. The shopper has been told what is kept and why. The rest will be erased automatically after ${until}. If the data must be kept longer (for example, for a legal claim), cancel the deferred erasure here:`,
    cancelHere: 'Cancel the deferred erasure',
    cancelLink: 'Cancel the deferred erasure',
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
