/**
 * The merchant's release-review page (Art. 15(4)) and its confirmation. Nothing is pre-selected,
 * and a refused post comes back as it was sent.
 */
import type { ReleaseProblem } from '#domain/decision.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import { type AnsweredRow, answerItems } from './answers.ts';
import { errorSummary, postedText, radio } from './form-parts.ts';
import { html, page } from './html.ts';
import { formatDate, messages } from './i18n/index.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { brandOf } from './pages.ts';

export function releaseReviewPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  sources: readonly AnsweredRow[],
  actionUrl: string,
  options: {
    problem?: ReleaseProblem;
    posted?: { release?: unknown; reason?: unknown };
  } = {},
): string {
  const { problem, posted = {} } = options;
  const locale = merchant.locale;
  const t = messages(locale);
  const r = PACKAGE_MESSAGES[locale].review;
  const message = problem
    ? {
        decision: r.choose,
        reasonToDeny: r.reasonRequired,
        reasonTooLong: r.reasonTooLong,
        reasonWithApprove: r.reasonWithRelease,
      }[problem]
    : undefined;
  const onChoice = problem === 'decision';
  const onReason = Boolean(problem) && !onChoice;
  const choice = (value: string, label: string, explain: string) =>
    radio({
      name: 'release',
      value,
      id: value,
      posted: posted.release,
      invalid: onChoice,
      label: html`<strong>${label}</strong>: ${explain}`,
    });
  return page(
    r.title,
    html`<h1>${r.heading}</h1>
${message ? errorSummary(t.form.errorSummary, [{ href: onChoice ? 'release' : 'reason', text: message }]) : ''}
<p>${r.explain}</p>
<dl><dt>${t.acting.reference}</dt><dd>${requestReference(request.requestId)}</dd>
<dt>${t.decision.right}</dt><dd>${t.rights[request.type].title} (${ARTICLE_OF[request.type]})</dd>
<dt>${t.decision.due}</dt><dd><strong>${formatDate(request.dueDate, locale)}</strong></dd></dl>
<h2>${r.sources}</h2>
<ul>${answerItems(sources, locale, 'merchant')}</ul>
<form method="post" action="${actionUrl}" novalidate>
<fieldset${onChoice ? html` aria-describedby="release-error"` : ''}><legend>${r.heading}</legend>
${onChoice ? html`<p class="error" id="release-error">${message}</p>` : ''}
${choice('release', r.approve, r.approveExplain)}
${choice('withhold', r.withhold, r.withholdExplain)}
</fieldset>
<label for="reason">${r.reason}</label>
<p class="hint" id="reason-hint">${r.reasonHint}</p>
${onReason ? html`<p class="error" id="reason-error">${message}</p>` : ''}
<textarea id="reason" name="reason" rows="4" aria-describedby="reason-hint${onReason ? ' reason-error' : ''}"${onReason ? html` aria-invalid="true"` : ''}>${postedText(posted.reason)}</textarea>
<button type="submit">${r.submit}</button>
</form>`,
    locale,
    brandOf(merchant),
  );
}

export function releaseRecordedPage(
  outcome: 'approve' | 'deny',
  locale: Locale,
): string {
  const r = PACKAGE_MESSAGES[locale].review;
  return outcome === 'approve'
    ? page(
        r.released,
        html`<h1>${r.released}</h1><p>${r.releasedBody}</p>`,
        locale,
      )
    : page(
        r.withheld,
        html`<h1>${r.withheld}</h1><p>${r.withheldBody}</p>`,
        locale,
      );
}
