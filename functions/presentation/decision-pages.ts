/**
 * The merchant's pages that act on a request: the decision (approve, deny, extend) and the
 * cancellation of a deferred erasure. Nothing is pre-selected, and a refused post comes back
 * exactly as it was sent, with the problem named next to its field and in a summary.
 */
import {
  type DecisionProblem,
  type DeferralProblem,
  PROBLEM_FIELD,
} from '#domain/decision.ts';
import { groundsFor } from '#domain/denial-grounds.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import {
  authorityName,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { errorSummary, postedText, radio } from './form-parts.ts';
import { html, page } from './html.ts';
import { formatDate, messages, resolveLocale } from './i18n/index.ts';
import { brandOf } from './pages.ts';
import { processorName } from './register.ts';

/** What the decision form posted, shown again after a refusal. */
export interface DecisionPosted {
  decision?: unknown;
  ground?: unknown;
  reason?: unknown;
}

/** The name of `tag`'s language in `locale`'s words, as in a sentence ("Finnish", "suomi"). */
export function languageName(tag: string, locale: Locale): string {
  return (
    new Intl.DisplayNames([locale], { type: 'language' }).of(
      resolveLocale(tag),
    ) ?? tag
  );
}

/** `text` with its first letter upper-case, as a table cell begins. */
const capitalised = (text: string, locale: Locale) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

export function decisionPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: ProcessorConfig[],
  actionUrl: string,
  options: {
    problem?: DecisionProblem;
    posted?: DecisionPosted;
    notice?: { extendedTo: string };
  } = {},
): string {
  const { problem, posted = {}, notice } = options;
  const locale = merchant.locale;
  const t = messages(locale);
  const d = t.decision;
  const date = (iso: string) => formatDate(iso, locale);
  const canExtend = !request.extension && Boolean(request.extensionNoticeDue);
  const field = problem ? PROBLEM_FIELD[problem] : undefined;
  const message =
    problem === 'decision' && !canExtend
      ? t.acting.chooseApproveOrDeny
      : problem
        ? d.errors[problem]
        : undefined;
  const grounds = groundsFor(request.type);
  const reference = requestReference(request.requestId);
  const language = languageName(request.locale, locale);
  // Where the summary's link moves focus: the field the problem is about.
  const anchor =
    field === 'reason'
      ? 'reason'
      : field === 'ground'
        ? `ground-${grounds.includes(posted.ground as never) ? posted.ground : grounds[0]}`
        : 'approve';
  const errorFor = (f: typeof field) =>
    field === f && message
      ? html`<p class="error" id="${f}-error">${message}</p>`
      : '';
  const choice = (value: string, label: string, explain: string) =>
    radio({
      name: 'decision',
      value,
      id: value,
      posted: posted.decision,
      invalid: field === 'decision',
      label: html`<strong>${label}</strong>: ${explain}`,
    });
  return page(
    d.title(reference),
    html`<h1>${d.heading}</h1>
${message ? errorSummary(t.form.errorSummary, [{ href: anchor, text: message }]) : ''}
${notice ? html`<p role="status"><strong>${d.extendedNotice(date(notice.extendedTo))}</strong></p>` : ''}
<dl><dt>${t.acting.reference}</dt><dd>${reference}</dd>
<dt>${d.right}</dt><dd>${t.rights[request.type].title} (${ARTICLE_OF[request.type]})</dd>
<dt>${d.from}</dt><dd>${request.email}${request.name ? ` (${request.name})` : ''}</dd>
<dt>${t.acting.language}</dt><dd>${capitalised(language, locale)}</dd>
<dt>${d.identity}</dt><dd>${d.identityConfirmed(request.verifiedAt ? date(request.verifiedAt) : '')}</dd>
${request.orderNumber ? html`<dt>${d.order}</dt><dd>${request.orderNumber}</dd>` : ''}
${request.details ? html`<dt>${d.details}</dt><dd>${request.details}</dd>` : ''}
${request.corrections?.length ? html`<dt>${t.correction.label}</dt><dd><ul>${request.corrections.map((x) => html`<li>${t.correction.correctTo(t.correction.fields[x.field])}: ${x.value}</li>`)}</ul></dd>` : ''}
<dt>${d.received}</dt><dd>${date(request.receivedAt)}</dd>
<dt>${d.due}</dt><dd><strong>${date(request.dueDate)}</strong>${request.extension ? ` ${d.extended}` : ''}</dd>
${request.extensionNoticeDue && !request.extension ? html`<dt>${d.extendBy}</dt><dd>${date(request.extensionNoticeDue)}</dd>` : ''}
<dt>${d.processors}</dt><dd>${processors.map((p) => processorName(p, locale)).join(', ')}</dd></dl>
<form method="post" action="${actionUrl}" novalidate>
<fieldset${field === 'decision' ? html` aria-describedby="decision-error"` : ''}><legend>${d.legend}</legend>
${errorFor('decision')}
${choice('approve', d.approve, d.approveExplain)}
${choice('deny', d.deny, d.denyExplain(authorityName(supervisoryAuthorityOf(merchant), locale)))}
${canExtend ? choice('extend', d.extend, d.extendExplain) : ''}
</fieldset>
<fieldset${field === 'ground' ? html` aria-describedby="ground-error"` : ''}><legend>${d.groundLegend}</legend>
${errorFor('ground')}
${[...grounds, undefined].map((g) =>
  radio({
    name: 'ground',
    // "No refusal ground" posts an empty ground: a radio once chosen cannot be cleared otherwise.
    value: g ?? '',
    id: `ground-${g ?? 'none'}`,
    posted: posted.ground,
    invalid: field === 'ground',
    label: html`${g ? d.grounds[g] : t.acting.noGround}`,
  }),
)}
</fieldset>
<label for="reason">${d.reason}</label>
<p class="hint" id="reason-hint">${t.acting.reasonLanguage(language)}</p>
${errorFor('reason')}
<textarea id="reason" name="reason" rows="4" aria-describedby="reason-hint${field === 'reason' ? ' reason-error' : ''}"${field === 'reason' ? html` aria-invalid="true"` : ''}>${postedText(posted.reason)}</textarea>
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

/** GET of a deferral link: what cancelling the deferred erasure means (one POST does it). */
export function deferralPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: string[],
  until: string,
  actionUrl: string,
  options: { problem?: DeferralProblem; posted?: { reason?: unknown } } = {},
): string {
  const { problem, posted = {} } = options;
  const locale = merchant.locale;
  const t = messages(locale);
  const d = t.deferral;
  const ref = requestReference(request.requestId);
  const message =
    problem === 'reasonTooLong'
      ? t.acting.deferralTooLong
      : problem
        ? d.reasonRequired
        : undefined;
  return page(
    d.pageTitle(ref),
    html`<h1>${d.pageTitle(ref)}</h1>
${message ? errorSummary(t.form.errorSummary, [{ href: 'reason', text: message }]) : ''}
<p>${d.pageBody(processors.join(', '), formatDate(until, locale))}</p>
<form method="post" action="${actionUrl}" novalidate>
<label for="reason">${d.reason}</label>
${message ? html`<p class="error" id="reason-error">${message}</p>` : ''}
<textarea id="reason" name="reason" rows="3" required${message ? html` aria-describedby="reason-error" aria-invalid="true"` : ''}>${postedText(posted.reason)}</textarea>
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
