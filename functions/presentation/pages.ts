/**
 * HTML pages of the public API. Every page works without JavaScript; actions are POST forms.
 * The form and its answer are in form-pages.ts, the merchant's decision and deferral pages in
 * decision-pages.ts, the status and used-link pages in status-pages.ts.
 */

import type { DsrRequest } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';
import { html, page, rich } from './html.ts';
import { formatDate, messages } from './i18n/index.ts';
import { pageMessages } from './i18n/pages/index.ts';

export function confirmIdentityPage(
  merchantName: string,
  type: DsrRequest['type'],
  actionUrl: string,
  locale: Locale = 'en',
): string {
  const t = messages(locale);
  const pg = pageMessages(locale);
  return page(
    pg.confirm.title,
    html`<h1>${pg.confirm.title}</h1><p>${pg.confirm.asked(merchantName)} <strong>${locale === 'fr' ? `«\u00a0${t.rights[type].title}\u00a0»` : t.rights[type].title}</strong>.</p><p>${pg.confirm.explain}</p><form method="post" action="${actionUrl}"><button type="submit">${pg.confirm.button}</button></form>`,
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
  const pg = pageMessages(locale);
  const t = pg.confirmed;
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
  const p = pageMessages(locale).processor;
  return page(
    p.recordedTitle,
    html`<h1>${p.recordedTitle}</h1><p>${p.recordedBody}</p>`,
    locale,
  );
}
