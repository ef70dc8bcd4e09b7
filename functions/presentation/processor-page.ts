/**
 * The processor confirmation page (`GET`/`POST /processor/{secret}`): what was asked, and one
 * POST form with the answers domain/confirmation.ts allows for this request and this person.
 * Nothing is pre-selected; after an error the page shows exactly what was posted.
 */
import {
  type ConfirmationOutcome,
  confirmationChoices,
  KEPT_WHAT_MAX,
  NOTE_MAX,
} from '#domain/confirmation.ts';
import { PROCESSOR_HOLD_REASONS } from '#domain/holds.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  type RequestType,
  requestReference,
} from '#domain/request.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import { brandOf, html, page, type SafeHtml } from './html.ts';
import { cite } from './i18n/citations.ts';
import { CONFIRM_PAGE_MESSAGES, type DoneFamily } from './i18n/confirm-page.ts';
import { colon, messages } from './i18n/index.ts';
import { PROCESSOR_MAIL_MESSAGES } from './i18n/processor-mail.ts';
import { processorName } from './register.ts';

/** What was posted (re-rendered as it was) and what was wrong with it, by field. */
export interface PostedAnswer {
  values: Record<string, string>;
  errors: Record<string, string>;
}

const familyOf = (type: RequestType): DoneFamily =>
  type === 'access' || type === 'portability'
    ? 'access'
    : type === 'erasure'
      ? 'erasure'
      : 'other';

/** The language of the page: the merchant's when the merchant answers, else the processor's. */
export const confirmPageLocale = (
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  confirmBy: 'processor' | 'merchant',
): Locale => (confirmBy === 'merchant' ? merchant.locale : processor.locale);

/** `text` with its first letter upper-case, as a table cell begins. */
const capitalised = (text: string, locale: Locale) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

export function processorJobPage(
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  request: DsrRequest,
  confirmBy: 'processor' | 'merchant',
  actionUrl: string,
  posted: PostedAnswer = { values: {}, errors: {} },
  /** Sections placed before the form (the upload of an access request's files). */
  before: SafeHtml | '' = '',
  /** Placed inside the form, above the answers (the uploaded files and their remove buttons). */
  inside: SafeHtml | '' = '',
): string {
  const locale = confirmPageLocale(merchant, processor, confirmBy);
  const c = CONFIRM_PAGE_MESSAGES[locale];
  const ref = requestReference(request.requestId);
  const form = answerForm(processor, request, confirmBy, locale, posted);
  return page(
    c.title(ref),
    html`<h1>${c.heading(processorName(processor, locale))}</h1>
<dl><dt>${c.request}</dt><dd>${capitalised(PROCESSOR_MAIL_MESSAGES[locale].right[request.type], locale)} (${cite(ARTICLE_OF[request.type], locale)}), ${merchant.name}, ${ref}</dd></dl>
${form.summary}
${before}
<form method="post" action="${actionUrl}">
${inside}
${form.fields}
</form>`,
    locale,
    brandOf(merchant),
  );
}

/**
 * The answers a person can give about the job (domain/confirmation.ts offers them for this
 * request type and this person), an erasure's "kept" part, the note and the button, in
 * `locale`: the confirmation link's page and the console's answer page wrap them in their form.
 */
export function answerForm(
  processor: ProcessorConfig,
  request: DsrRequest,
  confirmBy: 'processor' | 'merchant',
  locale: Locale,
  posted: PostedAnswer = { values: {}, errors: {} },
): { summary: SafeHtml | ''; fields: SafeHtml } {
  const t = messages(locale);
  const c = CONFIRM_PAGE_MESSAGES[locale];
  const { values, errors } = posted;
  const invalid = (field: string) =>
    html` aria-describedby="${field}-hint${errors[field] ? ` ${field}-error` : ''}"${errors[field] ? html` aria-invalid="true"` : ''}`;
  const fieldError = (field: keyof typeof c.errors) =>
    errors[field]
      ? html`<p class="error" id="${field}-error">${c.errors[field]}</p>`
      : '';
  const wording = (o: ConfirmationOutcome) =>
    o === 'done'
      ? c.done[familyOf(request.type)]
      : {
          label: c.choices[o].label(processorName(processor, locale)),
          explain: c.choices[o].explain,
        };
  const choices = confirmationChoices(request.type, confirmBy).map((o) => {
    const w = wording(o);
    return html`<div class="choice"><input type="radio" id="outcome-${o}" name="outcome" value="${o}"${values.outcome === o ? html` checked` : ''}${errors.outcome ? html` aria-invalid="true"` : ''}><label for="outcome-${o}" style="margin:0;font-weight:normal"><strong>${w.label}</strong>${colon(locale)}${w.explain}</label></div>`;
  });
  const reasons = t.holds.holdReasons;
  const kept =
    request.type === 'erasure'
      ? html`<fieldset><legend>${c.keptLegend}</legend>
<p class="hint">${c.keptHint}</p>
<label for="keptWhat">${c.keptWhat}</label>
<p class="hint" id="keptWhat-hint">${c.keptWhatHint}</p>
${fieldError('keptWhat')}
<input id="keptWhat" name="keptWhat" maxlength="${KEPT_WHAT_MAX}" value="${values.keptWhat ?? ''}"${invalid('keptWhat')}>
<fieldset${errors.keptReason ? html` aria-describedby="keptReason-error"` : ''}><legend>${c.keptWhy}</legend>
${fieldError('keptReason')}
${PROCESSOR_HOLD_REASONS.map(
  (r) =>
    html`<div class="choice"><input type="radio" id="keptReason-${r}" name="keptReason" value="${r}"${values.keptReason === r ? html` checked` : ''}><label for="keptReason-${r}" style="margin:0;font-weight:normal">${capitalise(reasons[r])}</label></div>`,
)}
</fieldset>
<label for="keptUntil">${c.keptUntil}</label>
<p class="hint" id="keptUntil-hint">${c.keptUntilHint}</p>
${fieldError('keptUntil')}
<input id="keptUntil" name="keptUntil" type="date" value="${values.keptUntil ?? ''}"${invalid('keptUntil')}>
</fieldset>`
      : '';
  const problems = Object.keys(errors).filter(
    (k): k is keyof typeof c.errors => k in c.errors,
  );
  const summary = problems.length
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${c.errorSummary}</h2><ul>${problems.map(
        (k) =>
          html`<li><a href="#${k === 'outcome' ? `outcome-${confirmationChoices(request.type, confirmBy)[0]}` : k === 'keptReason' ? `keptReason-${PROCESSOR_HOLD_REASONS[0]}` : k}">${c.errors[k]}</a></li>`,
      )}</ul></div>`
    : '';
  return {
    summary,
    fields: html`<fieldset${errors.outcome ? html` aria-describedby="outcome-error"` : ''}><legend>${c.legend}</legend>
${fieldError('outcome')}
${choices}
</fieldset>
${kept}
<label for="note">${c.note}</label>
<p class="hint" id="note-hint">${c.noteHint}</p>
${fieldError('note')}
<textarea id="note" name="note" rows="4" maxlength="${NOTE_MAX}" aria-describedby="note-hint${errors.note ? ' note-error' : ''}"${errors.note ? html` aria-invalid="true"` : ''}>${values.note ?? ''}</textarea>
<button type="submit">${c.submit}</button>`,
  };
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
