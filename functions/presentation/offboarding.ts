/**
 * What a merchant's members are told of its offboarding (domain/offboarding.ts): the email when
 * Shopify's `shop/redact` arrives, and the console's banner. Both take their facts from the
 * offboarding record only (when Shopify told us, from when we erase, the status), so they say
 * the same thing.
 */
import { localDate } from '#domain/deadlines/calendar.ts';
import type { OffboardingRecord } from '#domain/offboarding.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { formatDateTime } from './console/format.ts';
import { csrfField } from './console/layout.ts';
import { html, page, type SafeHtml } from './html.ts';
import { formatDate, resolveLocale } from './i18n/index.ts';
import { OFFBOARDING_MESSAGES } from './i18n/offboarding.ts';

type Shop = Pick<MerchantConfig, 'merchantId' | 'name' | 'timezone'>;

/** The day Shopify told us and the instant we erase from, in the shop's time zone. */
function dates(record: OffboardingRecord, shop: Shop, locale: Locale) {
  return {
    told: formatDate(
      localDate(new Date(record.requestedAt), shop.timezone),
      locale,
    ),
    from: formatDateTime(record.eraseAt, locale, shop.timezone, true),
    begun: record.startedAt
      ? formatDateTime(record.startedAt, locale, shop.timezone, true)
      : undefined,
  };
}

/** The email to the merchant's members when its offboarding is scheduled. */
export function offboardingEmail(
  record: OffboardingRecord,
  shop: Shop & { locale: string },
  to: string[],
  consoleUrl: string,
): OutboundEmail {
  const locale = resolveLocale(shop.locale);
  const m = OFFBOARDING_MESSAGES[locale];
  const d = dates(record, shop, locale);
  const paragraphs = [
    m.told(shop.name, d.told),
    m.erasing(shop.name, d.from),
    m.what,
    m.kept,
    m.export,
  ];
  return {
    to,
    subject: m.subject(shop.name),
    text: `${[...paragraphs, `${m.cancelHow} ${consoleUrl}`].join('\n\n')}\n`,
    html: page(
      m.subject(shop.name),
      html`${paragraphs.map((p) => html`<p>${p}</p>`)}<p>${m.cancelHow} <a href="${consoleUrl}">${consoleUrl}</a></p>`,
      locale,
    ),
  };
}

/** The console's banner while the offboarding is scheduled or under way. */
export function offboardingBanner(
  record: OffboardingRecord,
  shop: Shop,
  view: {
    locale: Locale;
    /** Open requests of the shop now. */
    open: number;
    /** The reader may cancel (an admin), with the page's CSRF token. */
    cancel?: { csrf: string };
  },
): SafeHtml {
  const m = OFFBOARDING_MESSAGES[view.locale];
  const d = dates(record, shop, view.locale);
  const scheduled = record.status === 'scheduled';
  return html`<section class="refused" role="region" aria-labelledby="offboarding-title"><h2 id="offboarding-title">${m.bannerTitle}</h2>
<p>${m.told(shop.name, d.told)} ${scheduled ? m.erasing(shop.name, d.from) : m.begun(d.begun ?? d.from)}</p>
${view.open > 0 ? html`<p><strong>${m.open(view.open)}</strong></p>` : ''}<p>${m.what}</p><p>${m.kept}</p>
${scheduled ? html`<p>${m.export}</p>${view.cancel ? html`<form method="post" action="/console/offboarding">${csrfField(view.cancel.csrf)}<input type="hidden" name="merchant" value="${shop.merchantId}"><button type="submit">${m.cancelButton}</button></form>` : html`<p>${m.askAdmin}</p>`}` : ''}</section>`;
}
