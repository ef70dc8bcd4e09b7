/**
 * `report.html` of the access package: the Art. 15(1)-(2) information a person can read, in the
 * shopper's language, from the merchant's processor registry and what was found. A standalone
 * file (opened from disk): no scripts, no external resources.
 */
import type { PackageIndex } from '#domain/export-package.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import { html, type SafeHtml } from './html.ts';
import { formatDate } from './i18n/index.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { UPLOAD_MESSAGES } from './i18n/uploads.ts';
import { processorFilesSection } from './processor-upload.ts';

export const DOCUMENT_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24;line-height:1.5}
main{max-width:60rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.6rem;margin-top:0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d4da;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e5e7eb}
th{background:#f3f4f6}caption{text-align:left;font-weight:600;padding:.25rem 0}.hint{color:#4b5563}
code{font-family:ui-monospace,monospace;word-break:break-all}a{color:#1d4ed8}
@media print{body{background:#fff}main{box-shadow:none;margin:0}}
`;

export function standaloneDocument(
  title: string,
  locale: Locale,
  body: SafeHtml,
): string {
  return `<!doctype html>${html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${DOCUMENT_STYLE}</style></head><body><main>${body}</main></body></html>`.value}\n`;
}

export function accessReportHtml(
  request: DsrRequest,
  merchant: MerchantConfig,
  index: PackageIndex,
  locale: Locale,
  generatedAt: string,
): string {
  const t = PACKAGE_MESSAGES[locale].report;
  const name = merchant.legalName ?? merchant.name;
  const reference = requestReference(request.requestId);
  const foundAt = new Map(index.sources.map((s) => [s.processorId, s]));
  const holders = merchant.processors.map((p) => {
    const found = foundAt.get(p.processorId);
    const categories = found
      ? Object.entries(found.categories)
          .map(([c, n]) => `${c}: ${t.records(n)}`)
          .join(', ')
      : '';
    return html`<tr><th scope="row">${p.name}</th><td>${p.categories.join(', ') || t.notStated}</td><td>${p.purposes.join(', ') || t.notStated}</td><td>${p.retention ?? t.notStated}</td><td>${p.location ? html`${p.location.region}${p.location.transferBasis ? html`<br><span class="hint">${t.transferBasis(p.location.transferBasis)}</span>` : ''}` : t.notStated}</td><td>${[found?.records ? categories : '', found?.files?.length ? UPLOAD_MESSAGES[locale].report.filesCount(found.files.length) : ''].filter(Boolean).join('; ') || t.nothingFound}</td></tr>`;
  });
  const consent = index.consent.length
    ? html`<table><thead><tr>${t.consentColumns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${index.consent.map((c) => html`<tr><td>${c.source}</td><td>${c.category} ${c.recordId}</td><td><code>${c.field}</code></td><td>${c.value}</td></tr>`)}</tbody></table>`
    : html`<p>${t.consentNone}</p>`;
  const authority = merchant.supervisoryAuthority;
  const body = html`
<h1>${t.title(merchant.name)}</h1>
<p>${t.intro(name, formatDate(generatedAt, locale), reference)}</p>
<h2>${t.holders}</h2>
<p>${t.holdersIntro}</p>
<table><thead><tr><th scope="col">${t.recipient}</th><th scope="col">${t.categories}</th><th scope="col">${t.purposes}</th><th scope="col">${t.retention}</th><th scope="col">${t.location}</th><th scope="col">${t.found}</th></tr></thead><tbody>${holders}</tbody></table>
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
<p>${t.complaintText(authority.name)} <a href="${authority.url}">${authority.url}</a></p>
<h2>${t.files}</h2>
<ul><li>${t.filesJson}</li><li>${t.filesCsv}</li>${index.sources.some((x) => x.files?.some((f) => f.path)) ? html`<li>${UPLOAD_MESSAGES[locale].report.folder}</li>` : ''}</ul>
<p class="hint">${t.otherPeople}</p>`;
  return standaloneDocument(t.title(merchant.name), locale, body);
}
