/** HTML pages of the public API. Every page works without JavaScript; actions are POST forms. */

import {
  DENIAL_GROUNDS,
  ERASURE_ONLY_GROUNDS,
} from '#domain/denial-grounds.ts';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '#domain/intake.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  REQUEST_TYPES,
  requestReference,
} from '#domain/request.ts';
import {
  CORRECTION_FIELDS,
  FORM_CORRECTION_ROWS,
  type Locale,
  type MerchantConfig,
  type ProcessorConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import { type AnsweredRow, answerItems } from './answers.ts';
import { type Brand, html, page, rich } from './html.ts';
import { ANSWER_MESSAGES } from './i18n/answers.ts';
import { CATALOGUES, formatDate, messages } from './i18n/index.ts';
import type { DecisionError, FormField, Messages } from './i18n/messages.ts';

/** A merchant's name, logo and colours for {@link page}. */
export const brandOf = (merchant: MerchantConfig): Brand => ({
  name: merchant.name,
  ...merchant.branding,
});

export interface FormValues {
  type?: string;
  email?: string;
  name?: string;
  orderNumber?: string;
  details?: string;
  /** The correction rows, as posted (`correction1Field`, `correction1Value`, …). */
  [row: `correction${number}${'Field' | 'Value'}`]: string | undefined;
}

const FORM_FIELDS: FormField[] = [
  'type',
  'email',
  'name',
  'orderNumber',
  'details',
];

/**
 * The `errors` key of {@link requestFormPage} that says nothing was wrong with the form: it could
 * not be handled just now (503) and sending it again is safe.
 */
export const FORM_TRY_AGAIN = '_tryAgain';

/** The anchor an error-summary entry points at: the first radio for `type`. */
const fieldAnchor = (field: FormField) =>
  field === 'type' ? 'type-access' : field;

export function requestFormPage(
  merchant: MerchantConfig,
  actionUrl: string,
  values: FormValues = {},
  errors: Record<string, string> = {},
  locale: Locale = merchant.locale,
  formUrl?: string,
  /** The signed form token (CSRF) the POST must carry; see functions/shared/intake-guard.ts. */
  formToken?: string,
): string {
  const t = messages(locale);
  const invalid = FORM_FIELDS.filter((f) => errors[f]);
  // The page was too old (or not ours): shown again with a fresh token, ready to send.
  const expired = Boolean(errors.formToken);
  const tryAgain = Boolean(errors[FORM_TRY_AGAIN]);
  const isCorrection = (k: string) =>
    k === 'corrections' || k.startsWith('corrections.');
  const correctionError = Object.keys(errors).some(isCorrection);
  const other = Object.keys(errors).some(
    (k) =>
      !FORM_FIELDS.includes(k as FormField) &&
      !isCorrection(k) &&
      k !== FORM_TOKEN_FIELD &&
      k !== FORM_TRY_AGAIN,
  );
  const fieldError = (field: FormField) =>
    errors[field]
      ? html`<p class="error" id="${field}-error">${t.form.errors[field]}</p>`
      : '';
  const describedBy = (field: FormField, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined;
  const invalidAttr = (field: FormField) =>
    errors[field] ? html` aria-invalid="true"` : '';
  const summary =
    invalid.length > 0 || other || correctionError || expired || tryAgain
      ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${tryAgain ? t.errors.tryAgain : t.form.errorSummary}</h2><ul>${tryAgain ? html`<li>${t.errors.tryAgainBody}</li>` : ''}${expired ? html`<li>${t.form.expired}</li>` : ''}${invalid.map(
          (f) =>
            html`<li><a href="#${fieldAnchor(f)}">${t.form.errors[f]}</a></li>`,
        )}${correctionError ? html`<li><a href="#correction1Value">${t.correction.error}</a></li>` : ''}${other && invalid.length === 0 && !correctionError ? html`<li>${t.form.errors.other}</li>` : ''}</ul></div>`
      : '';
  const c = t.correction;
  // Rows of "what is wrong / what it should be"; a <details> group, so it works without
  // JavaScript and stays out of the way unless the shopper asks for a correction.
  const correctionRows = Array.from(
    { length: FORM_CORRECTION_ROWS },
    (_, i) => i + 1,
  ).map((n) => {
    const chosen = values[`correction${n}Field`];
    return html`<div class="correction"><label for="correction${n}Field">${c.what(n)}</label>
<select id="correction${n}Field" name="correction${n}Field">${CORRECTION_FIELDS.map(
      (f) =>
        html`<option value="${f}"${chosen === f ? html` selected` : ''}>${c.fields[f]}</option>`,
    )}</select>
<label for="correction${n}Value">${c.value(n)}</label>
<input id="correction${n}Value" name="correction${n}Value" maxlength="500" value="${values[`correction${n}Value`] ?? ''}"${correctionError ? html` aria-describedby="corrections-error"` : ''}></div>`;
  });
  const correctionsOpen =
    values.type === 'rectification' ||
    correctionError ||
    Array.from({ length: FORM_CORRECTION_ROWS }).some(
      (_, i) => values[`correction${i + 1}Value`],
    );
  const switcher = formUrl
    ? html`<nav class="lang" aria-label="${t.form.languages}"><ul>${SUPPORTED_LOCALES.map(
        (l) =>
          html`<li><a href="${formUrl}?lang=${l}" lang="${l}" hreflang="${l}"${l === locale ? html` aria-current="true"` : ''}>${CATALOGUES[l].languageName}</a></li>`,
      )}</ul></nav>`
    : '';
  return page(
    t.form.title(merchant.name),
    html`${switcher}<h1>${t.form.heading(merchant.name)}</h1>
${summary}
<p>${t.form.intro}</p>
<form method="post" action="${actionUrl}" novalidate>
<input type="hidden" name="merchant" value="${merchant.merchantId}">
<input type="hidden" name="locale" value="${locale}">
${formToken ? html`<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${formToken}">` : ''}
<div style="display:none"><label for="${HONEYPOT_FIELD}">${t.form.honeypot}</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>
<fieldset${errors.type ? html` aria-describedby="type-error"` : ''}><legend>${t.form.legend}</legend>
${REQUEST_TYPES.map(
  (type) =>
    html`<div class="choice"><input type="radio" id="type-${type}" name="type" value="${type}"${
      values.type === type || (!values.type && type === 'access')
        ? html` checked`
        : ''
    }${invalidAttr('type')}><label for="type-${type}" style="margin:0;font-weight:normal"><strong>${t.rights[type].title}</strong> (${ARTICLE_OF[type]})<br><span class="hint">${t.rights[type].explain}</span></label></div>`,
)}
${fieldError('type')}
</fieldset>
<details class="corrections"${correctionsOpen ? html` open` : ''}><summary>${c.legend}</summary>
<p class="hint" id="corrections-hint">${c.hint}</p>
${correctionError ? html`<p class="error" id="corrections-error">${c.error}</p>` : ''}
${correctionRows}
</details>
<label for="email">${t.form.email}</label>
${fieldError('email')}
<input id="email" name="email" type="email" autocomplete="email" required value="${values.email ?? ''}" aria-describedby="${describedBy('email')}"${invalidAttr('email')}>
<label for="name">${t.form.name} <span class="hint">${t.form.optional}</span></label>
${fieldError('name')}
<input id="name" name="name" autocomplete="name" value="${values.name ?? ''}" aria-describedby="${describedBy('name')}"${invalidAttr('name')}>
<label for="orderNumber">${t.form.orderNumber} <span class="hint">${t.form.orderHint}</span></label>
${fieldError('orderNumber')}
<input id="orderNumber" name="orderNumber" value="${values.orderNumber ?? ''}" aria-describedby="${describedBy('orderNumber')}"${invalidAttr('orderNumber')}>
<label for="details">${t.form.details} <span class="hint">${t.form.detailsHint}</span></label>
${fieldError('details')}
<textarea id="details" name="details" rows="4" aria-describedby="${describedBy('details')}"${invalidAttr('details')}>${values.details ?? ''}</textarea>
<button type="submit">${t.form.submit}</button>
</form>
${merchant.privacyPolicyUrl ? html`<p class="hint"><a href="${merchant.privacyPolicyUrl}">${t.form.privacyPolicy(merchant.name)}</a></p>` : ''}`,
    locale,
    brandOf(merchant),
  );
}

export function submittedPage(
  merchant: MerchantConfig,
  locale: Locale = merchant.locale,
): string {
  const t = messages(locale).submitted;
  return page(
    t.title,
    html`<h1>${t.title}</h1><p>${t.body(merchant.name)}</p><p class="hint">${t.linkWorks(merchant.unverifiedExpiryDays)}</p>`,
    locale,
    brandOf(merchant),
  );
}

export function confirmIdentityPage(
  merchantName: string,
  type: DsrRequest['type'],
  actionUrl: string,
  locale: Locale = 'en',
): string {
  const t = messages(locale);
  return page(
    t.confirm.title,
    html`<h1>${t.confirm.title}</h1><p>${t.confirm.asked(merchantName)} <strong>${t.rights[type].title}</strong>.</p><p>${t.confirm.explain}</p><form method="post" action="${actionUrl}"><button type="submit">${t.confirm.button}</button></form>`,
    locale,
  );
}

export function identityConfirmedPage(
  merchantName: string,
  dueDate: string,
  locale: Locale = 'en',
  statusUrl?: string,
): string {
  const all = messages(locale);
  const t = all.confirmed;
  return page(
    t.title,
    html`<h1>${t.heading}</h1><p>${t.handled(merchantName)} ${rich(t.hearBy, html`<strong>${formatDate(dueDate, locale)}</strong>`)}</p>${
      statusUrl
        ? html`<p><a href="${statusUrl}">${all.status.follow}</a></p><p class="hint">${all.status.followHint}</p>`
        : ''
    }`,
    locale,
  );
}

/** What the status page shows: no personal data, since a status link may be forwarded. */
export interface RequestStatusView {
  reference: string;
  merchant: { name: string; locale: string; branding?: Record<string, string> };
  type: DsrRequest['type'];
  status: DsrRequest['status'];
  locale: string;
  receivedAt: string;
  verifiedAt?: string;
  decidedAt?: string;
  completedAt?: string;
  dueDate: string;
  extended: boolean;
  /** What each processor has answered so far (no notes, no reasons: the link may be forwarded). */
  answers?: readonly AnsweredRow[];
}

type Step = keyof Messages['status']['steps'];
const STEP_OF: Partial<Record<DsrRequest['status'], Step>> = {
  PENDING_VERIFICATION: 'received',
  VERIFIED: 'verified',
  AWAITING_DECISION: 'waiting',
  IN_PROGRESS: 'working',
  // A failed run is retried by the operator; the answer is still owed, so it is still "being carried out".
  FAILED: 'working',
  COMPLETED: 'answered',
  DENIED: 'answered',
};
const STEPS: Step[] = [
  'received',
  'verified',
  'waiting',
  'working',
  'answered',
];

/** The shopper's read-only status page: where the request stands and when they will hear back. */
export function requestStatusPage(
  view: RequestStatusView,
  locale: Locale,
): string {
  const all = messages(locale);
  const t = all.status;
  const date = (iso: string) => formatDate(iso, locale);
  const step = STEP_OF[view.status];
  const at = step ? STEPS.indexOf(step) : -1;
  const closed =
    view.status === 'EXPIRED'
      ? t.expired
      : view.status === 'CANCELLED'
        ? t.cancelled
        : undefined;
  const answered = view.status === 'COMPLETED' || view.status === 'DENIED';
  const finishedAt = view.completedAt ?? view.decidedAt;
  return page(
    t.title,
    html`<h1>${t.heading(view.merchant.name)}</h1>
<dl><dt>${t.asked}</dt><dd>${all.rights[view.type].title} (${ARTICLE_OF[view.type]})</dd></dl>
<p class="hint">${all.common.reference(view.reference)}</p>
${
  closed
    ? html`<p><strong>${closed}</strong></p>`
    : html`<ol class="steps">${STEPS.map((s, i) => {
        const label =
          s === 'answered' && view.status === 'DENIED' ? t.denied : t.steps[s];
        return i < at || (i === at && answered)
          ? html`<li>${label} <span class="hint">(${t.done})</span></li>`
          : i === at
            ? html`<li aria-current="step"><strong>${label}</strong> <span class="hint">(${t.current})</span></li>`
            : html`<li class="hint">${label}</li>`;
      })}</ol>
${
  answered && finishedAt
    ? html`<p>${t.answeredOn(date(finishedAt))}</p>`
    : html`<p>${rich(t.hearBy, html`<strong>${date(view.dueDate)}</strong>`)}</p>${view.extended ? html`<p>${t.extended}</p>` : ''}`
}`
}
${view.answers?.length ? answersSection(view.answers, locale) : ''}
<p class="hint">${t.readOnly}</p>`,
    locale,
    { name: view.merchant.name, ...view.merchant.branding },
  );
}

/** The status page's list of answers, in the words every other output uses. */
function answersSection(rows: readonly AnsweredRow[], locale: Locale) {
  return html`<h2>${ANSWER_MESSAGES[locale].heading}</h2><ul>${answerItems(rows, locale, 'public')}</ul>`;
}

export function decisionPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: ProcessorConfig[],
  actionUrl: string,
  error?: DecisionError,
  notice?: { extendedTo: string },
): string {
  const locale = merchant.locale;
  const t = messages(locale);
  const d = t.decision;
  const date = (iso: string) => formatDate(iso, locale);
  const canExtend = !request.extension && Boolean(request.extensionNoticeDue);
  return page(
    d.title(requestReference(request.requestId)),
    html`<h1>${d.heading}</h1>
<dl><dt>${d.request}</dt><dd>${request.requestId}</dd>
<dt>${d.right}</dt><dd>${t.rights[request.type].title} (${ARTICLE_OF[request.type]})</dd>
<dt>${d.from}</dt><dd>${request.email}${request.name ? ` (${request.name})` : ''}</dd>
<dt>${d.identity}</dt><dd>${d.identityConfirmed(request.verifiedAt ? date(request.verifiedAt) : '')}</dd>
${request.orderNumber ? html`<dt>${d.order}</dt><dd>${request.orderNumber}</dd>` : ''}
${request.details ? html`<dt>${d.details}</dt><dd>${request.details}</dd>` : ''}
${request.corrections?.length ? html`<dt>${t.correction.label}</dt><dd><ul>${request.corrections.map((x) => html`<li>${t.correction.correctTo(t.correction.fields[x.field])}: ${x.value}</li>`)}</ul></dd>` : ''}
<dt>${d.received}</dt><dd>${date(request.receivedAt)}</dd>
<dt>${d.due}</dt><dd><strong>${date(request.dueDate)}</strong>${request.extension ? ` ${d.extended}` : ''}</dd>
${request.extensionNoticeDue && !request.extension ? html`<dt>${d.extendBy}</dt><dd>${date(request.extensionNoticeDue)}</dd>` : ''}
<dt>${d.processors}</dt><dd>${processors.map((p) => p.name).join(', ')}</dd></dl>
${error ? html`<div class="error-summary" role="alert"><p class="error" id="decision-error">${d.errors[error]}</p></div>` : ''}
<form method="post" action="${actionUrl}">
${notice ? html`<p role="status"><strong>${d.extendedNotice(date(notice.extendedTo))}</strong></p>` : ''}
<fieldset><legend>${d.legend}</legend>
<div class="choice"><input type="radio" id="approve" name="decision" value="approve" checked><label for="approve" style="margin:0;font-weight:normal"><strong>${d.approve}</strong>: ${d.approveExplain}</label></div>
<div class="choice"><input type="radio" id="deny" name="decision" value="deny"><label for="deny" style="margin:0;font-weight:normal"><strong>${d.deny}</strong>: ${d.denyExplain(merchant.supervisoryAuthority.name)}</label></div>
${
  canExtend
    ? html`<div class="choice"><input type="radio" id="extend" name="decision" value="extend"><label for="extend" style="margin:0;font-weight:normal"><strong>${d.extend}</strong> ${d.extendExplain}</label></div>`
    : ''
}
</fieldset>
<fieldset><legend>${d.groundLegend}</legend>
${DENIAL_GROUNDS.filter(
  (g) => request.type === 'erasure' || !ERASURE_ONLY_GROUNDS.includes(g),
).map(
  (g) =>
    html`<div class="choice"><input type="radio" id="ground-${g}" name="ground" value="${g}"><label for="ground-${g}" style="margin:0;font-weight:normal">${d.grounds[g]}</label></div>`,
)}
</fieldset>
<label for="reason">${d.reason}</label>
<textarea id="reason" name="reason" rows="4"${error && error !== 'decision' ? html` aria-invalid="true" aria-describedby="decision-error"` : ''}></textarea>
<button type="submit">${d.submit}</button>
</form>`,
    locale,
    brandOf(merchant),
  );
}

export function decisionRecordedPage(
  decision: 'approve' | 'deny',
  locale: Locale = 'en',
): string {
  const d = messages(locale).decision;
  return decision === 'approve'
    ? page(
        d.approvedTitle,
        html`<h1>${d.approvedHeading}</h1><p>${d.approvedBody}</p>`,
        locale,
      )
    : page(
        d.deniedTitle,
        html`<h1>${d.deniedHeading}</h1><p>${d.deniedBody}</p>`,
        locale,
      );
}

/** 403/410 on an emailed link. English keeps the domain's own message; others use the catalogue. */
export function linkErrorPage(
  statusCode: number,
  message: string,
  locale: Locale = 'en',
): string {
  const t = messages(locale);
  const gone = statusCode === 410;
  const title = gone ? t.errors.linkGone : t.errors.linkInvalid;
  const body =
    locale === 'en'
      ? message
      : gone
        ? t.errors.linkGoneBody
        : t.errors.linkInvalidBody;
  return page(
    title,
    html`<h1>${title}</h1><p>${body}</p><p class="hint">${t.common.nothingChanged}</p>`,
    locale,
  );
}

export function errorPage(
  title: string,
  message: string,
  locale: Locale = 'en',
): string {
  return page(title, html`<h1>${title}</h1><p>${message}</p>`, locale);
}

/** After a processor confirmation was recorded. */
export function processorRecordedPage(locale: Locale = 'en'): string {
  const p = messages(locale).processor;
  return page(
    p.recordedTitle,
    html`<h1>${p.recordedTitle}</h1><p>${p.recordedBody}</p>`,
    locale,
  );
}

/** GET of a deferral link: what cancelling the deferred erasure means (one POST does it). */
export function deferralPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: string[],
  until: string,
  actionUrl: string,
  error = false,
): string {
  const locale = merchant.locale;
  const d = messages(locale).deferral;
  const ref = requestReference(request.requestId);
  return page(
    d.pageTitle(ref),
    html`<h1>${d.pageTitle(ref)}</h1>
<p>${d.pageBody(processors.join(', '), formatDate(until, locale))}</p>
${error ? html`<div class="error-summary" role="alert"><p class="error" id="reason-error">${d.reasonRequired}</p></div>` : ''}
<form method="post" action="${actionUrl}">
<label for="reason">${d.reason}</label>
<textarea id="reason" name="reason" rows="3" maxlength="1000" required${error ? html` aria-describedby="reason-error" aria-invalid="true"` : ''}></textarea>
<button type="submit">${d.submit}</button>
</form>`,
    locale,
    brandOf(merchant),
  );
}

/** After the merchant cancelled a deferred erasure. */
export function deferralCancelledPage(locale: Locale = 'en'): string {
  const d = messages(locale).deferral;
  return page(
    d.cancelledTitle,
    html`<h1>${d.cancelledTitle}</h1><p>${d.cancelledBody}</p>`,
    locale,
  );
}
