/**
 * `report.html` of the access package: the Art. 15(1)-(2) information a person can read, in the
 * shopper's language, from the merchant's processor registry and what was found. A standalone
 * file (opened from disk): no scripts, no external resources.
 */
import type { PackageIndex } from '#domain/export-package.ts';
import type { LeftOut } from '#domain/package-parts.ts';
import type { ProcessorStatement } from '#domain/processor-answer.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import {
  authorityName,
  authorityUrl,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { answerWords, missingSentence } from './answers.ts';
import { html, SafeHtml } from './html.ts';
import { categoryLabel, fieldReading } from './i18n/fields.ts';
import { formatDate } from './i18n/index.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { UPLOAD_MESSAGES } from './i18n/uploads.ts';
import { leftOutSection } from './left-out.ts';
import { processorFilesSection } from './processor-upload.ts';

export const DOCUMENT_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24;line-height:1.5;overflow-wrap:anywhere}
main{max-width:60rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.6rem;margin-top:0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d4da;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e5e7eb}
th{background:#f3f4f6}th[scope=row]{overflow-wrap:normal}caption{text-align:left;font-weight:600;padding:.25rem 0}.hint{color:#4b5563}
ul.holds{margin:.25rem 0 0;padding-left:1.1rem}
code{font-family:ui-monospace,monospace;word-break:break-all}a{color:#1d4ed8}
@media (max-width:40rem){main{margin:0;padding:1rem;border-radius:0;box-shadow:none}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{display:block;border-bottom:2px solid #d0d4da;padding:.5rem 0}
table.stack th,table.stack td{display:block;border:0;padding:.1rem 0;background:none}
table.stack td[data-label]::before{content:attr(data-label) " ";font-weight:600}}
@media print{body{background:#fff}main{box-shadow:none;margin:0}}
`;

/** A table header's words as the label a stacked cell repeats on a phone ("Purposes:"). */
export const cellLabel = (label: string, locale: Locale) =>
  `${label}${locale === 'fr' ? '\u00a0:' : ':'}`;

export function standaloneDocument(
  title: string,
  locale: Locale,
  body: SafeHtml,
): string {
  // The style is ours, not data: inserted as it is (escaping would turn its quotes into &quot;).
  return `<!doctype html>${html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${new SafeHtml(DOCUMENT_STYLE)}</style></head><body><main>${body}</main></body></html>`.value}\n`;
}

/** A processor of the package, what it answered, and what it handed over. */
export interface ReportSource {
  processor: MerchantConfig['processors'][number];
  statement: ProcessorStatement;
}

export function accessReportHtml(
  request: DsrRequest,
  merchant: MerchantConfig,
  index: PackageIndex,
  sources: readonly ReportSource[],
  locale: Locale,
  generatedAt: string,
  /** Parts the merchant's release review left out, and why (Art. 15(4)). */
  leftOut?: LeftOut,
): string {
  const t = PACKAGE_MESSAGES[locale].report;
  const name = merchant.legalName ?? merchant.name;
  const reference = requestReference(request.requestId);
  const date = (iso: string) => formatDate(iso, locale);
  const foundAt = new Map(index.sources.map((s) => [s.processorId, s]));
  const answered = new Map(
    sources.map((s) => [s.processor.processorId, s.statement]),
  );
  const label = (l: string) => cellLabel(l, locale);
  const holders = merchant.processors.map((p) => {
    const found = foundAt.get(p.processorId);
    const statement = answered.get(p.processorId);
    const words = statement
      ? answerWords(statement, locale, 'shopper')
      : undefined;
    const categories = found
      ? Object.entries(found.categories).map(
          ([c, n]) => `${categoryLabel(c, locale)}: ${t.records(n)}`,
        )
      : [];
    return html`<tr><th scope="row">${p.name}</th><td data-label="${label(t.categories)}">${p.categories.join(', ') || t.notStated}</td><td data-label="${label(t.purposes)}">${p.purposes.join(', ') || t.notStated}</td><td data-label="${label(t.retention)}">${p.retention ?? t.notStated}</td><td data-label="${label(t.location)}">${p.location ? html`${p.location.region}${p.location.transferBasis ? html`<br><span class="hint">${t.transferBasis(p.location.transferBasis)}</span>` : ''}` : t.notStated}</td><td data-label="${label(t.found)}">${words ? words.text : t.notStated}${categories.length ? html`<br><span class="hint">${categories.join(', ')}</span>` : ''}${words?.holds.length ? html`<ul class="holds">${words.holds.map((h) => html`<li>${h}</li>`)}</ul>` : ''}</td></tr>`;
  });
  const names = new Map(
    merchant.processors.map((p) => [p.processorId, p.name]),
  );
  const missing = missingSentence(
    sources.map((s) => s.statement),
    (id) => names.get(id) ?? id,
    locale,
  );
  const consent = index.consent.length
    ? html`<table class="stack"><thead><tr>${t.consentColumns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${index.consent.map(
        (c) => {
          const reading = fieldReading(c.field, c.value, locale, date);
          return html`<tr><td data-label="${label(t.consentColumns[0])}">${c.source}</td><td data-label="${label(t.consentColumns[1])}">${categoryLabel(c.category, locale)} ${c.recordId}</td><td data-label="${label(t.consentColumns[2])}">${reading.label}</td><td data-label="${label(t.consentColumns[3])}">${reading.value}</td></tr>`;
        },
      )}</tbody></table>`
    : html`<p>${t.consentNone}</p>`;
  const authority = supervisoryAuthorityOf(merchant);
  const authorityHref = authorityUrl(authority, locale);
  const body = html`
<h1>${t.title(merchant.name)}</h1>
<p>${t.intro(name, date(generatedAt), reference)}</p>
${missing ? html`<p><strong>${missing}</strong></p>` : ''}
${leftOut?.parts.length ? leftOutSection(leftOut, merchant.processors, locale) : ''}
<h2>${t.holders}</h2>
<p>${t.holdersIntro}</p>
<table class="stack"><thead><tr><th scope="col">${t.recipient}</th><th scope="col">${t.categories}</th><th scope="col">${t.purposes}</th><th scope="col">${t.retention}</th><th scope="col">${t.location}</th><th scope="col">${t.found}</th></tr></thead><tbody>${holders}</tbody></table>
${processorFilesSection(index.sources, locale)}
<h2>${t.source}</h2>
<p>${t.sourceText(name)}</p>
<h2>${t.consent}</h2>
<p>${t.consentIntro}</p>
${consent}
<h2>${t.automated}</h2>
<p>${t.automatedNone(name)}</p>
<h2>${t.rights}</h2>
<p>${t.rightsText}</p>
<ul>${t.rightList.map((r) => html`<li>${r}</li>`)}</ul>
<p>${t.exercise(merchant.privacyContact)}</p>
<h2>${t.complaint}</h2>
<p>${t.complaintText(authorityName(authority, locale))} <a href="${authorityHref}">${authorityHref}</a></p>
<h2>${t.files}</h2>
<ul><li>${t.filesJson}</li><li>${t.filesCsv}</li>${index.sources.some((x) => x.files?.some((f) => f.path)) ? html`<li>${UPLOAD_MESSAGES[locale].report.folder}</li>` : ''}</ul>
<p class="hint">${t.otherPeople}</p>`;
  return standaloneDocument(t.title(merchant.name), locale, body);
}
