/** Emails: every message has a plain-text and an HTML part, the request reference and one clear action. */
import { daysLeft } from '#domain/deadline.ts';
import { ARTICLE_OF, type DsrRequest } from '#domain/request.ts';
import type {
  MerchantConfig,
  ProcessorConfig,
  ProcessorJobResult,
} from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { html, page, type SafeHtml } from './html.ts';
import { formatDate, RIGHT_LABELS } from './labels.ts';

const ref = (request: Pick<DsrRequest, 'requestId'>) =>
  request.requestId.slice(0, 8).toUpperCase();

function compose(
  to: string[],
  subject: string,
  text: string[],
  body: SafeHtml,
  replyTo?: string,
): OutboundEmail {
  return {
    to,
    subject,
    text: `${text.join('\n\n')}\n`,
    html: page(subject, body),
    replyTo,
  };
}

export function verificationEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  link: string,
  expiresAt: string,
): OutboundEmail {
  const right = RIGHT_LABELS[request.type].title;
  return compose(
    [request.email],
    `Confirm your privacy request to ${merchant.name} [${ref(request)}]`,
    [
      `Someone, hopefully you, asked ${merchant.name} to: ${right} (${ARTICLE_OF[request.type]}).`,
      `Confirm the request here (the link works until ${formatDate(expiresAt)}):\n${link}`,
      'If you did not ask for this, ignore this email and nothing will happen.',
      `Reference: ${ref(request)}`,
    ],
    html`<p>Someone, hopefully you, asked ${merchant.name} to: <strong>${right}</strong> (${ARTICLE_OF[request.type]}).</p><p><a href="${link}">Confirm your request</a> (the link works until ${formatDate(expiresAt)}).</p><p>If you did not ask for this, ignore this email and nothing will happen.</p><p>Reference: ${ref(request)}</p>`,
    merchant.privacyContact,
  );
}

export function decisionRequestEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: ProcessorConfig[],
  link: string,
  now: Date,
  attempt = 1,
): OutboundEmail {
  const right = `${RIGHT_LABELS[request.type].title} (${ARTICLE_OF[request.type]})`;
  const due = `${formatDate(request.dueDate)} (${daysLeft(now, request.dueAt)} days left)`;
  const names = processors.map((p) => p.name).join(', ');
  return compose(
    merchant.approverEmails,
    `${attempt > 1 ? 'Still waiting: ' : ''}Decision needed: ${RIGHT_LABELS[request.type].title} request [${ref(request)}], due ${formatDate(request.dueDate)}`,
    [
      `A shopper confirmed a privacy request to ${merchant.name}.`,
      `Request: ${request.requestId}\nRight: ${right}\nFrom: ${request.email}${request.name ? ` (${request.name})` : ''}\nIdentity: email address confirmed\nAnswer due: ${due}\nProcessors to contact: ${names}`,
      `Approve or deny here:\n${link}`,
    ],
    html`<p>A shopper confirmed a privacy request to ${merchant.name}.</p><table><tr><th align="left">Request</th><td>${request.requestId}</td></tr><tr><th align="left">Right</th><td>${right}</td></tr><tr><th align="left">From</th><td>${request.email}${request.name ? ` (${request.name})` : ''}</td></tr><tr><th align="left">Identity</th><td>email address confirmed</td></tr><tr><th align="left">Answer due</th><td>${due}</td></tr><tr><th align="left">Processors to contact</th><td>${names}</td></tr></table><p><a href="${link}">Approve or deny this request</a></p>`,
  );
}

export interface DownloadLink {
  label: string;
  url: string;
}

export function accessResultEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  links: DownloadLink[],
  linkExpiresAt: string,
): OutboundEmail {
  return compose(
    [request.email],
    `Your data from ${merchant.name} is ready [${ref(request)}]`,
    [
      `${merchant.name} has gathered the personal data it holds about you (${ARTICLE_OF[request.type]}).`,
      ...links.map((l) => `${l.label}:\n${l.url}`),
      `The links work until ${formatDate(linkExpiresAt)}.`,
      `Questions: ${merchant.privacyContact}. Reference: ${ref(request)}`,
    ],
    html`<p>${merchant.name} has gathered the personal data it holds about you (${ARTICLE_OF[request.type]}).</p><ul>${links.map((l) => html`<li><a href="${l.url}">${l.label}</a></li>`)}</ul><p>The links work until ${formatDate(linkExpiresAt)}.</p><p>Questions: ${merchant.privacyContact}. Reference: ${ref(request)}</p>`,
    merchant.privacyContact,
  );
}

const OUTCOME_TEXT: Record<ProcessorJobResult['outcome'], string> = {
  COMPLETED: 'done',
  NOT_FOUND: 'no data about you was found',
  SKIPPED:
    'this processor cannot do this automatically; the shop handles it by hand',
  FAILED: 'failed',
};

export function erasureReportEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: { processor: ProcessorConfig; job: ProcessorJobResult }[],
): OutboundEmail {
  const line = (r: (typeof rows)[number]) =>
    `${r.processor.name}: ${r.job.outcome === 'COMPLETED' ? `${r.job.records} record(s) erased` : OUTCOME_TEXT[r.job.outcome]}`;
  return compose(
    [request.email],
    `Your data at ${merchant.name} has been erased [${ref(request)}]`,
    [
      `${merchant.name} has carried out your erasure request (${ARTICLE_OF.erasure}). What happened at each place that held your data:`,
      rows.map(line).join('\n'),
      `Questions: ${merchant.privacyContact}. Reference: ${ref(request)}`,
    ],
    html`<p>${merchant.name} has carried out your erasure request (${ARTICLE_OF.erasure}). What happened at each place that held your data:</p><ul>${rows.map((r) => html`<li>${line(r)}</li>`)}</ul><p>Questions: ${merchant.privacyContact}. Reference: ${ref(request)}</p>`,
    merchant.privacyContact,
  );
}

export function requestDoneEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: { processor: ProcessorConfig; job: ProcessorJobResult }[],
): OutboundEmail {
  const right = RIGHT_LABELS[request.type].title;
  const line = (r: (typeof rows)[number]) =>
    `${r.processor.name}: ${OUTCOME_TEXT[r.job.outcome]}`;
  return compose(
    [request.email],
    `Your request to ${merchant.name} is complete [${ref(request)}]`,
    [
      `${merchant.name} has handled your request: ${right} (${ARTICLE_OF[request.type]}).`,
      rows.map(line).join('\n'),
      `Questions: ${merchant.privacyContact}. Reference: ${ref(request)}`,
    ],
    html`<p>${merchant.name} has handled your request: ${right} (${ARTICLE_OF[request.type]}).</p><ul>${rows.map((r) => html`<li>${line(r)}</li>`)}</ul><p>Questions: ${merchant.privacyContact}. Reference: ${ref(request)}</p>`,
    merchant.privacyContact,
  );
}

export function denialEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  reason: string,
): OutboundEmail {
  const authority = merchant.supervisoryAuthority;
  return compose(
    [request.email],
    `${merchant.name} cannot fulfil your privacy request [${ref(request)}]`,
    [
      `${merchant.name} has decided not to act on your request: ${RIGHT_LABELS[request.type].title} (${ARTICLE_OF[request.type]}).`,
      `Their reasons:\n${reason}`,
      `You have the right to lodge a complaint with a supervisory authority, such as ${authority.name} (${authority.url}), and to seek a judicial remedy (GDPR Art. 12(4)).`,
      `Questions: ${merchant.privacyContact}. Reference: ${ref(request)}`,
    ],
    html`<p>${merchant.name} has decided not to act on your request: ${RIGHT_LABELS[request.type].title} (${ARTICLE_OF[request.type]}).</p><p><strong>Their reasons:</strong></p><blockquote style="white-space:pre-wrap">${reason}</blockquote><p>You have the right to lodge a complaint with a supervisory authority, such as <a href="${authority.url}">${authority.name}</a>, and to seek a judicial remedy (GDPR Art. 12(4)).</p><p>Questions: ${merchant.privacyContact}. Reference: ${ref(request)}</p>`,
    merchant.privacyContact,
  );
}

export function failureAlertEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  phase: string,
  error: string,
): OutboundEmail {
  return compose(
    [...new Set([merchant.privacyContact, ...merchant.approverEmails])],
    `Action needed: privacy request [${ref(request)}] failed during ${phase}`,
    [
      `Request ${request.requestId} (${RIGHT_LABELS[request.type].title}, ${ARTICLE_OF[request.type]}) stopped during the ${phase} phase (${error}).`,
      `The answer is still due by ${formatDate(request.dueDate)}. Your operator can see where it stopped in the workflow execution history.`,
    ],
    html`<p>Request ${request.requestId} (${RIGHT_LABELS[request.type].title}, ${ARTICLE_OF[request.type]}) stopped during the <strong>${phase}</strong> phase (${error}).</p><p>The answer is still due by <strong>${formatDate(request.dueDate)}</strong>. Your operator can see where it stopped in the workflow execution history.</p>`,
  );
}

export interface ReminderView {
  requestId: string;
  type: DsrRequest['type'];
  status: DsrRequest['status'];
  dueDate: string;
  daysLeft: number;
}

const WAITING_ON: Partial<Record<DsrRequest['status'], string>> = {
  VERIFIED: 'The request is being prepared for your decision.',
  AWAITING_DECISION:
    'It is waiting for your decision: use the link in the "Decision needed" email.',
  IN_PROGRESS: 'Processors are working on it; nothing is needed from you yet.',
  FAILED:
    'It stopped with an error and needs your operator to retry it; the answer is still owed.',
};

/** To the merchant before the deadline (T-10, T-5, T-2) or once it has passed (overdue). */
export function deadlineReminderEmail(
  merchant: MerchantConfig,
  request: ReminderView,
  overdue: boolean,
): OutboundEmail {
  const right = `${RIGHT_LABELS[request.type].title} (${ARTICLE_OF[request.type]})`;
  const when = overdue
    ? `was due on ${formatDate(request.dueDate)} and is overdue by ${-request.daysLeft} day(s)`
    : `is due on ${formatDate(request.dueDate)}, in ${request.daysLeft} day(s)`;
  const subject = overdue
    ? `OVERDUE: privacy request [${ref(request)}] was due ${formatDate(request.dueDate)}`
    : `Reminder: privacy request [${ref(request)}] due in ${request.daysLeft} day(s)`;
  const status = WAITING_ON[request.status] ?? '';
  const law = overdue
    ? 'An answer later than the legal deadline can be taken to the supervisory authority by the shopper (GDPR Art. 12(3), 77).'
    : 'The GDPR gives one month from receipt (Art. 12(3)); an extension must be notified, with reasons, before the month ends.';
  return compose(
    [...new Set([...merchant.approverEmails, merchant.privacyContact])],
    subject,
    [`Request ${request.requestId} (${right}) ${when}.`, status, law],
    html`<p>Request ${request.requestId} (${right}) <strong>${when}</strong>.</p><p>${status}</p><p>${law}</p>`,
  );
}

/** To the shopper: the merchant extends the deadline (Art. 12(3)), with its reasons. */
export function extensionEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  reason: string,
): OutboundEmail {
  const right = `${RIGHT_LABELS[request.type].title} (${ARTICLE_OF[request.type]})`;
  const law =
    'The GDPR lets a shop take up to two further months when that is necessary, given how complex or how many the requests are, if it tells you why within the first month (Art. 12(3)).';
  return compose(
    [request.email],
    `${merchant.name} needs more time for your privacy request [${ref(request)}]`,
    [
      `${merchant.name} needs more time to answer your request: ${right}.`,
      `You will now hear from them by ${formatDate(request.dueDate)} at the latest.`,
      `Their reasons:\n${reason}`,
      law,
      `Questions: ${merchant.privacyContact}. Reference: ${ref(request)}`,
    ],
    html`<p>${merchant.name} needs more time to answer your request: ${right}.</p><p>You will now hear from them by <strong>${formatDate(request.dueDate)}</strong> at the latest.</p><p><strong>Their reasons:</strong></p><blockquote style="white-space:pre-wrap">${reason}</blockquote><p>${law}</p><p>Questions: ${merchant.privacyContact}. Reference: ${ref(request)}</p>`,
    merchant.privacyContact,
  );
}
