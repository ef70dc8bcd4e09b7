/**
 * The shopper's request form and the page after it. The form chooses nothing for the shopper
 * (no request type is pre-selected: a silent default files the wrong request), and a refused post
 * comes back exactly as it was sent.
 */
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '#domain/intake.ts';
import {
  ARTICLE_OF,
  OBJECTION_SCOPES,
  REQUEST_TYPES,
  type RequestType,
} from '#domain/request.ts';
import {
  FORM_CORRECTION_ROWS,
  type Locale,
  type MerchantConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import { agentFieldset } from './agent-fields.ts';
import {
  correctionRowsHtml,
  errorSummary,
  radio,
  type SummaryItem,
} from './form-parts.ts';
import { brandOf, html, page } from './html.ts';
import { AGENT_MESSAGES } from './i18n/agents.ts';
import { cite } from './i18n/citations.ts';
import { CATALOGUES, colon, messages } from './i18n/index.ts';
import { OBJECTION_FORM_MESSAGES } from './i18n/objection-form.ts';
import { type FormField, pageMessages } from './i18n/pages/index.ts';

export interface FormValues {
  type?: string;
  /** An objection: what it is to (`direct-marketing`, `other`). */
  objectionScope?: string;
  email?: string;
  name?: string;
  orderNumber?: string;
  details?: string;
  /** Asked on someone's behalf (domain/agents.ts AGENT_FORM_FIELDS). */
  onBehalf?: string;
  agentName?: string;
  agentEmail?: string;
  agentRelation?: string;
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

const isType = (v: unknown): v is RequestType =>
  (REQUEST_TYPES as readonly unknown[]).includes(v);

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
  const pg = pageMessages(locale);
  const c = t.correction;
  const isCorrection = (k: string) =>
    k === 'corrections' || k.startsWith('corrections.');
  // Corrections with another type than rectification: the type is what the shopper must look at.
  const chosen = isType(values.type) ? values.type : undefined;
  const mismatch =
    Boolean(errors.corrections) &&
    chosen !== undefined &&
    chosen !== 'rectification';
  // An objection: what it is to (nothing chosen for the shopper), and their words for Art. 21(1).
  const o = OBJECTION_FORM_MESSAGES[locale];
  const scopeMessage = errors.objectionScope ? o.errors.scope : undefined;
  const objectionDetailsMissing =
    Boolean(errors.details) &&
    values.type === 'objection' &&
    values.objectionScope === 'other' &&
    !values.details?.trim();
  const fieldMessage = (field: FormField): string | undefined =>
    field === 'details' && objectionDetailsMissing
      ? OBJECTION_FORM_MESSAGES[locale].errors.details
      : errors[field]
        ? pg.form.errors[field]
        : field === 'type' && mismatch && chosen
          ? pg.intake.notRectification(
              t.rights[chosen].title,
              t.rights.rectification.title,
            )
          : undefined;
  const invalid = FORM_FIELDS.filter((f) => fieldMessage(f));
  // The page was too old (or not ours): shown again with a fresh token, ready to send.
  const expired = Boolean(errors.formToken);
  const tryAgain = Boolean(errors[FORM_TRY_AGAIN]);
  const correctionError = !mismatch && Object.keys(errors).some(isCorrection);
  const other = Object.keys(errors).some(
    (k) =>
      !FORM_FIELDS.includes(k as FormField) &&
      !isCorrection(k) &&
      k !== 'objectionScope' &&
      !k.startsWith('agent') &&
      k !== FORM_TOKEN_FIELD &&
      k !== FORM_TRY_AGAIN,
  );
  const fieldError = (field: FormField) => {
    const message = fieldMessage(field);
    return message
      ? html`<p class="error" id="${field}-error">${message}</p>`
      : '';
  };
  const describedBy = (field: FormField) =>
    fieldMessage(field) ? `${field}-error` : undefined;
  const invalidAttr = (field: FormField) =>
    fieldMessage(field) ? html` aria-invalid="true"` : '';
  const agent = agentFieldset(values, errors, locale);
  const items: SummaryItem[] = [
    ...(tryAgain ? [{ text: pg.errors.tryAgainBody }] : []),
    ...(expired ? [{ text: pg.form.expired }] : []),
    ...invalid.map((f) => ({
      // The first radio for `type` (the chosen one when the type is the problem).
      href: f === 'type' ? `type-${chosen ?? REQUEST_TYPES[0]}` : f,
      text: fieldMessage(f) ?? '',
    })),
    ...(scopeMessage
      ? [{ href: 'objectionScope-direct-marketing', text: scopeMessage }]
      : []),
    ...(correctionError ? [{ href: 'correction1Value', text: c.error }] : []),
    ...agent.summary,
    ...(other && invalid.length === 0 && !correctionError && !scopeMessage
      ? [{ text: pg.form.errors.other }]
      : []),
  ];
  const summary =
    items.length > 0
      ? errorSummary(
          tryAgain ? pg.errors.tryAgain : pg.form.errorSummary,
          items,
        )
      : '';
  // Rows of "what is wrong / what it should be"; a <details> group, so it works without
  // JavaScript and stays out of the way unless the shopper asks for a correction.
  const correctionRows = correctionRowsHtml(
    values,
    c,
    correctionError ? 'corrections-error' : mismatch ? 'type-error' : undefined,
  );
  const correctionsOpen =
    values.type === 'rectification' ||
    correctionError ||
    Array.from({ length: FORM_CORRECTION_ROWS }).some(
      (_, i) => values[`correction${i + 1}Value`],
    );
  const switcher = formUrl
    ? html`<nav class="lang" aria-label="${pg.form.languages}"><ul>${SUPPORTED_LOCALES.map(
        (l) =>
          html`<li><a href="${formUrl}?lang=${l}" lang="${l}" hreflang="${l}"${l === locale ? html` aria-current="true"` : ''}>${CATALOGUES[l].languageName}</a></li>`,
      )}</ul></nav>`
    : '';
  return page(
    pg.form.title(merchant.name),
    html`${switcher}<h1>${pg.form.heading(merchant.name)}</h1>
${summary}
<p>${pg.form.intro}</p>
<form method="post" action="${actionUrl}" novalidate>
<input type="hidden" name="merchant" value="${merchant.merchantId}">
<input type="hidden" name="locale" value="${locale}">
${formToken ? html`<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${formToken}">` : ''}
<div style="display:none"><label for="${HONEYPOT_FIELD}">${pg.form.honeypot}</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>
<fieldset${describedBy('type') ? html` aria-describedby="type-error"` : ''}><legend>${pg.form.legend}</legend>
${fieldError('type')}
${REQUEST_TYPES.map((type) =>
  radio({
    name: 'type',
    value: type,
    id: `type-${type}`,
    posted: values.type,
    invalid: Boolean(fieldMessage('type')),
    label: html`<strong>${t.rights[type].title}</strong> (${cite(ARTICLE_OF[type], locale)})<br><span class="hint">${t.rights[type].explain}</span>`,
  }),
)}
</fieldset>
<fieldset id="objection"${scopeMessage ? html` aria-describedby="objectionScope-error"` : ''}><legend>${o.legend}</legend>
<p class="hint">${o.hint}</p>
${scopeMessage ? html`<p class="error" id="objectionScope-error">${scopeMessage}</p>` : ''}
${OBJECTION_SCOPES.map((scope) =>
  radio({
    name: 'objectionScope',
    value: scope,
    id: `objectionScope-${scope}`,
    posted: values.objectionScope,
    invalid: Boolean(scopeMessage),
    label: html`<strong>${o.scopes[scope].label}</strong>${colon(locale)}${o.scopes[scope].explain}`,
  }),
)}
</fieldset>
<details class="corrections"${correctionsOpen ? html` open` : ''}><summary>${c.legend}</summary>
<p class="hint" id="corrections-hint">${c.hint}</p>
${correctionError ? html`<p class="error" id="corrections-error">${c.error}</p>` : ''}
${correctionRows}
</details>
<label for="email">${pg.form.email}</label>
${fieldError('email')}
<input id="email" name="email" type="email" autocomplete="email" required value="${values.email ?? ''}" aria-describedby="${describedBy('email')}"${invalidAttr('email')}>
<label for="name">${pg.form.name} <span class="hint">${pg.form.optional}</span></label>
${fieldError('name')}
<input id="name" name="name" autocomplete="name" value="${values.name ?? ''}" aria-describedby="${describedBy('name')}"${invalidAttr('name')}>
<label for="orderNumber">${pg.form.orderNumber} <span class="hint">${pg.form.orderHint}</span></label>
${fieldError('orderNumber')}
<input id="orderNumber" name="orderNumber" value="${values.orderNumber ?? ''}" aria-describedby="${describedBy('orderNumber')}"${invalidAttr('orderNumber')}>
<label for="details">${pg.form.details} <span class="hint">${pg.form.detailsHint}</span></label>
${fieldError('details')}
<textarea id="details" name="details" rows="4" aria-describedby="${describedBy('details')}"${invalidAttr('details')}>${values.details ?? ''}</textarea>
${agent.fields}
<button type="submit">${pg.form.submit}</button>
</form>
${merchant.privacyPolicyUrl ? html`<p class="hint"><a href="${merchant.privacyPolicyUrl}">${pg.form.privacyPolicy(merchant.name)}</a></p>` : ''}`,
    locale,
    brandOf(merchant),
  );
}

/** What "send the email again" posts: no personal data, only signed references. */
export interface ResendForm {
  actionUrl: string;
  /** The signed reference of the request (functions/shared/intake-guard.ts). */
  resendToken: string;
  /** A fresh form token (CSRF), as the request form carries. */
  formToken: string;
}

/** What the page after the form shows. */
export interface SubmittedView {
  /** The 8-character reference the emails use. */
  reference: string;
  /** How often the verification email may be sent again, in minutes. */
  resendMinutes: number;
  resend?: ResendForm;
  /** Shown after "send it again": the same words whatever happened. */
  resent?: boolean;
  /** Asked on someone's behalf: the agent's page that takes the authorisation. */
  authorityUrl?: string;
}

/**
 * The page after the form: the reference, what happens next, where to look for the email (its
 * sender carries the shop's name) and a button that has it sent again. It says the same for any
 * address: whether the address belongs to a customer is never told.
 */
export function submittedPage(
  merchant: MerchantConfig,
  locale: Locale,
  view: SubmittedView,
): string {
  const all = messages(locale);
  const pg = pageMessages(locale);
  const t = pg.submitted;
  const n = pg.intake;
  const g = AGENT_MESSAGES[locale];
  const r = view.resend;
  return page(
    t.title,
    html`<h1>${t.title}</h1>
${view.resent ? html`<p role="status"><strong>${n.resent(view.resendMinutes)}</strong></p>` : ''}
<p>${view.authorityUrl ? g.submitted.body(merchant.name) : t.body(merchant.name)}</p>
<p><strong>${all.common.reference(view.reference)}</strong></p>
${view.authorityUrl ? html`<p><a href="${view.authorityUrl}">${g.submitted.upload}</a><br><span class="hint">${g.submitted.uploadHint}</span></p>` : ''}
${
  view.authorityUrl
    ? ''
    : html`<h2>${n.nextHeading}</h2>
<ol><li>${n.nextConfirm} ${t.linkWorks(merchant.unverifiedExpiryDays)}</li><li>${n.nextDecide}</li><li>${n.nextAnswer}</li></ol>
<p>${n.spam(merchant.name)}</p>`
}
${
  r
    ? html`<form method="post" action="${r.actionUrl}" novalidate>
<input type="hidden" name="merchant" value="${merchant.merchantId}">
<input type="hidden" name="locale" value="${locale}">
<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${r.formToken}">
<input type="hidden" name="resend" value="${r.resendToken}">
<p>${n.resendIntro}</p>
<button type="submit" aria-describedby="resend-hint">${n.resendButton}</button>
<p class="hint" id="resend-hint">${n.resendHint(view.resendMinutes)}</p>
</form>`
    : ''
}`,
    locale,
    brandOf(merchant),
  );
}
