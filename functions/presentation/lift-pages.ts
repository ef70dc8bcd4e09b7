/**
 * The merchant's page that lifts a completed restriction (use-cases/lift-restriction.ts), in the
 * merchant's language: where the data is restricted and since when, what lifting does (the
 * shopper is told first, Art. 18(3)), and the reason, required. Nothing is chosen for the
 * merchant; after an error the page shows the reason as it was typed.
 */
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import { errorSummary, postedText } from './form-parts.ts';
import { brandOf, html, page } from './html.ts';
import { formatDate, messages } from './i18n/index.ts';
import { NOTICE_MESSAGES } from './i18n/notices.ts';
import { pageMessages } from './i18n/pages/index.ts';
import { processorName } from './processor-name.ts';

export function liftRestrictionPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: readonly ProcessorConfig[],
  since: string,
  actionUrl: string,
  options: {
    problem?: 'reasonRequired' | 'reasonTooLong';
    posted?: { reason?: unknown };
  } = {},
): string {
  const { problem, posted = {} } = options;
  const locale = merchant.locale;
  const t = messages(locale);
  const pg = pageMessages(locale);
  const l = NOTICE_MESSAGES[locale].liftPage;
  const ref = requestReference(request.requestId);
  const message = problem ? l[problem] : undefined;
  const where = processors.map((p) => processorName(p, locale)).join(', ');
  return page(
    l.title(ref),
    html`<h1>${l.heading}</h1>
${message ? errorSummary(pg.form.errorSummary, [{ href: 'reason', text: message }]) : ''}
<p>${t.common.reference(ref)}</p>
<p>${l.body(where, formatDate(since, locale))}</p>
<form method="post" action="${actionUrl}" novalidate>
<label for="reason">${l.reason}</label>
${message ? html`<p class="error" id="reason-error">${message}</p>` : ''}
<textarea id="reason" name="reason" rows="3" required${message ? html` aria-describedby="reason-error" aria-invalid="true"` : ''}>${postedText(posted.reason)}</textarea>
<button type="submit">${l.submit}</button>
</form>`,
    locale,
    brandOf(merchant),
  );
}

/** After the merchant lifted the restriction. */
export function restrictionLiftedPage(locale: Locale = 'en'): string {
  const l = NOTICE_MESSAGES[locale].liftPage;
  return page(
    l.doneTitle,
    html`<h1>${l.doneTitle}</h1><p>${l.doneBody}</p>`,
    locale,
  );
}
