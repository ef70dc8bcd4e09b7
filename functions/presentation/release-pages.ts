/** The merchant's release-review page (Art. 15(4)) and its confirmation. */
import { ARTICLE_OF, type DsrRequest } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import { type AnsweredRow, answerItems } from './answers.ts';
import { html, page } from './html.ts';
import { formatDate, messages } from './i18n/index.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { brandOf } from './pages.ts';

export function releaseReviewPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  sources: readonly AnsweredRow[],
  actionUrl: string,
  error?: 'choose' | 'reason',
): string {
  const locale = merchant.locale;
  const t = messages(locale);
  const r = PACKAGE_MESSAGES[locale].review;
  const errorText = error === 'reason' ? r.reasonRequired : r.choose;
  return page(
    r.title,
    html`<h1>${r.heading}</h1>
<p>${r.explain}</p>
<dl><dt>${t.decision.request}</dt><dd>${request.requestId}</dd>
<dt>${t.decision.right}</dt><dd>${t.rights[request.type].title} (${ARTICLE_OF[request.type]})</dd>
<dt>${t.decision.due}</dt><dd><strong>${formatDate(request.dueDate, locale)}</strong></dd></dl>
<h2>${r.sources}</h2>
<ul>${answerItems(sources, locale, 'merchant')}</ul>
${error ? html`<div class="error-summary" role="alert"><p class="error" id="release-error">${errorText}</p></div>` : ''}
<form method="post" action="${actionUrl}">
<fieldset><legend>${r.heading}</legend>
<div class="choice"><input type="radio" id="release" name="release" value="release" checked><label for="release" style="margin:0;font-weight:normal"><strong>${r.approve}</strong>: ${r.approveExplain}</label></div>
<div class="choice"><input type="radio" id="withhold" name="release" value="withhold"><label for="withhold" style="margin:0;font-weight:normal"><strong>${r.withhold}</strong>: ${r.withholdExplain}</label></div>
</fieldset>
<label for="reason">${r.reason}</label>
<p class="hint" id="reason-hint">${r.reasonHint}</p>
<textarea id="reason" name="reason" rows="4" maxlength="2000" aria-describedby="reason-hint${error === 'reason' ? ' release-error' : ''}"${error === 'reason' ? html` aria-invalid="true"` : ''}></textarea>
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
