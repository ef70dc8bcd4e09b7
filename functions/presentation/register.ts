/**
 * The merchant's register and particulars in the reader's language: one function per fact, used
 * by every email, page and document (processor names, categories, purposes, transfers, what a
 * hold keeps, the controller, the supervisory authority and the right to complain, what the
 * request service keeps, how the deadline is counted). Words: i18n/register.ts and
 * i18n/notices.ts; facts: the merchant configuration and the request.
 */
import { DEADLINE_PERIOD } from '#domain/deadline-terms.ts';
import {
  type CertificateController,
  certificateController,
} from '#domain/erasure-certificate.ts';
import { type Hold, heldDataOf } from '#domain/holds.ts';
import { type LocalizedText, textIn } from '#domain/localized.ts';
import {
  ARTICLE_OF_TRANSFER,
  CERTIFICATION_FRAMEWORK,
  type Transfer,
} from '#domain/processing-register.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  PSEUDONYMISED_RECORD_DAYS,
  REQUEST_RETENTION_DAYS,
} from '#domain/retention.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import {
  authorityName,
  authorityUrl,
  otherAuthoritiesUrl,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { html, rich, type SafeHtml } from './html.ts';
import { cite } from './i18n/citations.ts';
import { formatDate } from './i18n/index.ts';
import { NOTICE_MESSAGES } from './i18n/notices.ts';
import { REGISTER_MESSAGES } from './i18n/register.ts';

/** A processor's name in `locale` (its own module: pages that name processors load only it). */
export { processorName } from './processor-name.ts';

/** A register entry (a code or the merchant's words) in `locale`. */
function entryText<C extends string>(
  entry: C | Record<Locale, string>,
  words: Record<C, string>,
  locale: Locale,
): string {
  return typeof entry === 'string' ? words[entry] : entry[locale];
}

/** The processor's data categories in `locale` (Art. 15(1)(b)). */
export function categoryWords(
  processor: Pick<ProcessorConfig, 'categories'>,
  locale: Locale,
): string[] {
  const words = REGISTER_MESSAGES[locale].categories;
  return processor.categories.map((c) => entryText(c, words, locale));
}

/** The processor's purposes in `locale` (Art. 15(1)(a)). */
export function purposeWords(
  processor: Pick<ProcessorConfig, 'purposes'>,
  locale: Locale,
): string[] {
  const words = REGISTER_MESSAGES[locale].purposes;
  return processor.purposes.map((p) => entryText(p, words, locale));
}

/** Optional register text (retention, region) in `locale`. */
export const registerText = (
  value: LocalizedText | undefined,
  locale: Locale,
): string | undefined =>
  value === undefined ? undefined : textIn(value, locale);

/** A country's name in `locale` ("Yhdysvallat", "États-Unis"). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/**
 * Each transfer outside the EEA with its basis, labelled by its article: an adequacy decision
 * (Art. 45; for the United States, only for certified companies) or appropriate safeguards
 * (Art. 46). Empty inside the EEA.
 */
export function transferLines(
  processor: Pick<ProcessorConfig, 'location'>,
  locale: Locale,
): string[] {
  const r = REGISTER_MESSAGES[locale];
  return (processor.location?.transfers ?? []).map((t: Transfer) => {
    const line = r.transfer[t.basis](
      countryName(t.country, locale),
      cite(ARTICLE_OF_TRANSFER[t.basis], locale),
    );
    return t.basis === 'adequacy' && CERTIFICATION_FRAMEWORK[t.country]
      ? `${line}, ${r.dpf}`
      : line;
  });
}

/** What a hold keeps, in `locale`: the catalogue's words for a code, a processor's own words as typed. */
export function heldDataText(
  hold: Pick<Hold, 'what' | 'statedBy'>,
  locale: Locale,
): string {
  const code = heldDataOf(hold);
  return code ? REGISTER_MESSAGES[locale].heldData[code] : hold.what;
}

/**
 * The controller's particulars as every document states them (the certificate records the
 * same, domain/erasure-certificate.ts), with the country whose register issued the business ID.
 */
export type ControllerParticulars = CertificateController & {
  registerCountry?: string;
};

export function particularsOf(merchant: MerchantConfig): ControllerParticulars {
  return {
    ...certificateController(merchant),
    registerCountry: merchant.address?.country ?? merchant.country,
  };
}

/** The controller's particulars, as `[label, value]` rows (every document). */
export function controllerRows(
  controller: ControllerParticulars,
  locale: Locale,
): [string, string][] {
  const c = REGISTER_MESSAGES[locale].controller;
  const a = controller.address;
  const country = controller.registerCountry ?? a?.country ?? '';
  const rows: [string, string][] = [[c.name, controller.name]];
  if (controller.businessId)
    rows.push([
      country.startsWith('FI') ? c.businessIdFi : c.businessId,
      controller.businessId,
    ]);
  if (a)
    rows.push([
      c.address,
      `${a.street}, ${a.postalCode} ${a.locality}, ${countryName(a.country, locale)}`,
    ]);
  rows.push([c.privacyContact, controller.privacyContact]);
  if (controller.dpo)
    rows.push([
      c.dpo,
      controller.dpo.name
        ? `${controller.dpo.name}, ${controller.dpo.email}`
        : controller.dpo.email,
    ]);
  return rows;
}

/** The controller in one line, for the foot of an email to the shopper. */
export function controllerLine(
  merchant: MerchantConfig,
  locale: Locale,
): string {
  const [first, ...rest] = controllerRows(particularsOf(merchant), locale);
  const parts = [
    first?.[1] ?? merchant.name,
    ...rest.map(([label, value]) => `${label} ${value}`),
  ];
  // French puts a no-break space before the semicolon.
  return REGISTER_MESSAGES[locale].controller.line(
    parts.join(locale === 'fr' ? '\u00a0; ' : '; '),
  );
}

/** The controller's particulars as a table (report.html, the certificate). */
export function controllerTable(
  controller: ControllerParticulars,
  locale: Locale,
): SafeHtml {
  return html`<table><tbody>${controllerRows(controller, locale).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>`;
}

/**
 * The right to complain as every message states it (Arts 12(4), 15(1)(f), 77–79): the right,
 * the merchant's supervisory authority in the reader's language with its URL, and, under the
 * GDPR, the authority where the reader lives or works (the EDPB's list).
 */
export interface ComplaintParts {
  right: string;
  authority: { name: string; url: string };
  /** The EDPB's list of authorities; absent where the law gives no such choice. */
  elsewhereUrl?: string;
}

export function complaintParts(
  merchant: MerchantConfig,
  locale: Locale,
): ComplaintParts {
  const r = REGISTER_MESSAGES[locale].complaint;
  const authority = supervisoryAuthorityOf(merchant);
  const elsewhereUrl = otherAuthoritiesUrl(authority, locale);
  return {
    right:
      authority.law === 'GDPR' || authority.law === 'UK-GDPR'
        ? r.right
        : r.rightPlain,
    authority: {
      name: authorityName(authority, locale),
      url: authorityUrl(authority, locale),
    },
    ...(elsewhereUrl ? { elsewhereUrl } : {}),
  };
}

/** The complaint paragraph as plain-text lines. */
export function complaintText(
  merchant: MerchantConfig,
  locale: Locale,
): string {
  const r = REGISTER_MESSAGES[locale].complaint;
  const p = complaintParts(merchant, locale);
  return [
    p.right,
    r.authority(p.authority.name, p.authority.url),
    ...(p.elsewhereUrl ? [r.elsewhere(p.elsewhereUrl)] : []),
  ].join('\n');
}

/** The complaint paragraph as HTML, the authority's name and the EDPB list as links. */
export function complaintHtml(
  merchant: MerchantConfig,
  locale: Locale,
): SafeHtml {
  const r = REGISTER_MESSAGES[locale].complaint;
  const p = complaintParts(merchant, locale);
  const { name, url } = p.authority;
  return html`<p>${p.right} ${rich(r.authority, html`<a href="${url}">${name}</a>`, url)}${
    p.elsewhereUrl
      ? html` ${rich(r.elsewhere, html`<a href="${p.elsewhereUrl}">${p.elsewhereUrl}</a>`)}`
      : ''
  }</p>`;
}

/** How long a closed request keeps its record, in words ("3 years", "400 days"). */
export function requestRetentionWords(
  merchant: Pick<MerchantConfig, 'requestRetentionDays'>,
  locale: Locale,
): string {
  const days = merchant.requestRetentionDays ?? REQUEST_RETENTION_DAYS.default;
  return periodWords(days, locale);
}

/** A number of days in words: whole years as years. */
function periodWords(days: number, locale: Locale): string {
  const r = REGISTER_MESSAGES[locale].serviceKeeps;
  return days % 365 === 0 ? r.years(days / 365) : r.days(days);
}

/**
 * What the request service itself keeps about the shopper once the request is answered, and
 * why: the request record for the merchant's retention period (domain/retention.ts `closing`),
 * then only how it was handled and the subject hash (domain/pseudonymisation.ts), pseudonymised
 * data that is deleted after `PSEUDONYMISED_RECORD_DAYS` (domain/retention.ts).
 */
export function serviceKeepsLines(
  merchant: MerchantConfig,
  locale: Locale,
): string[] {
  const r = REGISTER_MESSAGES[locale].serviceKeeps;
  return [
    r.record(
      requestRetentionWords(merchant, locale),
      cite('Art. 5(2)', locale),
    ),
    r.hash(periodWords(PSEUDONYMISED_RECORD_DAYS, locale)),
  ];
}

/**
 * How the request's deadline is counted, in words: from receipt, by the merchant's regime; and,
 * while it can still be extended, by when the shop must say so.
 */
export function deadlineWords(
  merchant: Pick<MerchantConfig, 'regime'>,
  request: Pick<DsrRequest, 'extensionNoticeDue' | 'extension'>,
  locale: Locale,
): string[] {
  const d = NOTICE_MESSAGES[locale].deadline;
  const period = DEADLINE_PERIOD[merchant.regime];
  const how =
    period.kind === 'month-eu'
      ? d.month
      : period.kind === 'month-uk'
        ? d.monthUk
        : d.days(period.days);
  return [
    how,
    ...(request.extensionNoticeDue && !request.extension
      ? [d.extension(formatDate(request.extensionNoticeDue, locale))]
      : []),
  ];
}
