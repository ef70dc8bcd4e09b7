/**
 * HTML pages of the public API. Every page works without JavaScript; actions are POST forms.
 * The form and its answer are in form-pages.ts, the merchant's decision and deferral pages in
 * decision-pages.ts, the status and used-link pages in status-pages.ts.
 */

import type { DsrRequest } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import { type Brand, html, page, rich } from './html.ts';
import { formatDate, messages } from './i18n/index.ts';

/** A merchant's name, logo and colours for {@link page}. */
export const brandOf = (merchant: MerchantConfig): Brand => ({
  name: merchant.name,
  ...merchant.branding,
});

export function confirmIdentityPage(
  merchantName: string,
  type: DsrRequest['type'],
  actionUrl: string,
  locale: Locale = 'en',
): string {
  const t = messages(locale);
  return page(
    t.confirm.title,
    html`<h1>${t.confirm.title}</h1><p>${t.confirm.asked(merchantName)} <strong>${locale === 'fr' ? `«\u00a0${t.rights[type].title}\u00a0»` : t.rights[type].title}</strong>.</p><p>${t.confirm.explain}</p><form method="post" action="${actionUrl}"><button type="submit">${t.confirm.button}</button></form>`,
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
