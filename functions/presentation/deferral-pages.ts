/**
 * The merchant's page that cancels a deferred erasure, and the page after it. Nothing is
 * pre-selected, and a refused post comes back exactly as it was sent (deferral-form.ts). Apart
 * from decision-pages.ts, so the deferral link does not load the decision's texts.
 */
import type { DeferralProblem } from '#domain/decision.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import { deferralFields } from './deferral-form.ts';
import { brandOf, html, page } from './html.ts';
import { formatDate } from './i18n/index.ts';
import { pageMessages } from './i18n/pages/index.ts';

/** GET of a deferral link: what cancelling the deferred erasure means (one POST does it). */
export function deferralPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: string[],
  until: string,
  actionUrl: string,
  options: {
    problem?: DeferralProblem;
    posted?: Record<string, unknown>;
  } = {},
): string {
  const locale = merchant.locale;
  const d = pageMessages(locale).deferral;
  const ref = requestReference(request.requestId);
  const form = deferralFields(locale, options);
  return page(
    d.pageTitle(ref),
    html`<h1>${d.pageTitle(ref)}</h1>
${form.summary}
<p>${d.pageBody(processors.join(', '), formatDate(until, locale))}</p>
<form method="post" action="${actionUrl}" novalidate>
${form.fields}
</form>`,
    locale,
    brandOf(merchant),
  );
}

/** After the merchant cancelled a deferred erasure. */
export function deferralCancelledPage(locale: Locale = 'en'): string {
  const d = pageMessages(locale).deferral;
  return page(
    d.cancelledTitle,
    html`<h1>${d.cancelledTitle}</h1><p>${d.cancelledBody}</p>`,
    locale,
  );
}
