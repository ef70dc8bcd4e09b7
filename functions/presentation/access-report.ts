/**
 * `report.html` of the access package: the Art. 15(1)-(2) information a person can read, in the
 * shopper's language, from the merchant's processor registry and what was found. A standalone
 * file (opened from disk): no scripts, no external resources.
 */
import type { PackageIndex } from '#domain/export-package.ts';
import { textIn } from '#domain/localized.ts';
import type { LeftOut } from '#domain/package-parts.ts';
import type { ProcessorStatement } from '#domain/processor-answer.ts';
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import { answerWords, missingSentence } from './answers.ts';
import { rightWithArticle } from './emails.ts';
import { html, SafeHtml } from './html.ts';
import { cite } from './i18n/citations.ts';
import { categoryLabel, fieldReading } from './i18n/fields.ts';
import { colon, formatDate, messages } from './i18n/index.ts';
import { NOTICE_MESSAGES } from './i18n/notices.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { REGISTER_MESSAGES } from './i18n/register.ts';
import { UPLOAD_MESSAGES } from './i18n/uploads.ts';
import { leftOutSection } from './left-out.ts';
import { processorFilesSection } from './processor-upload.ts';
import {
  categoryWords,
  complaintHtml,
  controllerTable,
  particularsOf,
  processorName,
  purposeWords,
  registerText,
  serviceKeepsLines,
  transferLines,
} from './register.ts';

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

/**
 * The Art. 15(1)–(2) information, all of it from the merchant's configuration and what was
 * recorded, in the shopper's language: who holds the data (each processor named), what, why,
 * how long, where and on which transfer basis, what each answered; the source; consents;
 * automated decisions and profiling as the merchant declares them (Arts 21(2), 22); the rights;
 * the complaint with the authority in the reader's language (Art. 77); the controller; what the
 * request service itself keeps; and, only where a person at the merchant reviews packages before
 * release, that others' data is left out (Art. 15(4)).
 */
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
  const r = REGISTER_MESSAGES[locale];
  const n = NOTICE_MESSAGES[locale];
  const name = merchant.legalName ?? merchant.name;
  const reference = requestReference(request.requestId);
  const date = (iso: string) => formatDate(iso, locale);
  const foundAt = new Map(index.sources.map((s) => [s.processorId, s]));
  const answered = new Map(
    sources.map((s) => [s.processor.processorId, s.statement]),
  );
  const label = (l: string) => cellLabel(l, locale);
  const list = (words: string[]) => words.join(', ') || t.notStated;
  const holders = merchant.processors.map((p) => {
    const found = foundAt.get(p.processorId);
    const statement = answered.get(p.processorId);
    const words = statement
      ? answerWords(statement, locale, 'shopper')
      : undefined;
    const categories = found
      ? Object.entries(found.categories).map(
          ([c, count]) =>
            `${categoryLabel(c, locale)}${colon(locale)}${t.records(count)}`,
        )
      : [];
    const region = registerText(p.location?.region, locale);
    const transfers = transferLines(p, locale);
    return html`<tr><th scope="row">${processorName(p, locale)}</th><td data-label="${label(t.categories)}">${list(categoryWords(p, locale))}</td><td data-label="${label(t.purposes)}">${list(purposeWords(p, locale))}</td><td data-label="${label(t.retention)}">${registerText(p.retention, locale) ?? t.notStated}</td><td data-label="${label(t.location)}">${region ?? t.notStated}${region ? html`<br><span class="hint">${transfers.length ? html`${r.transfersHeading}${colon(locale)}${transfers.join(locale === 'fr' ? '\u00a0; ' : '; ')}` : r.noTransfer}</span>` : ''}</td><td data-label="${label(t.found)}">${words ? words.text : t.notStated}${categories.length ? html`<br><span class="hint">${categories.join(', ')}</span>` : ''}${words?.holds.length ? html`<ul class="holds">${words.holds.map((h) => html`<li>${h}</li>`)}</ul>` : ''}</td></tr>`;
  });
  const names = new Map(
    merchant.processors.map((p) => [p.processorId, processorName(p, locale)]),
  );
  const missing = missingSentence(
    sources.map((s) => s.statement),
    (id) => names.get(id) ?? id,
    locale,
  );
  const nothingHeld =
    sources.length > 0 &&
    sources.every((s) => s.statement.kind === 'none-held');
  const consent = index.consent.length
    ? html`<table class="stack"><thead><tr>${t.consentColumns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${index.consent.map(
        (c) => {
          const reading = fieldReading(c.field, c.value, locale, date);
          return html`<tr><td data-label="${label(t.consentColumns[0])}">${c.source}</td><td data-label="${label(t.consentColumns[1])}">${categoryLabel(c.category, locale)} ${c.recordId}</td><td data-label="${label(t.consentColumns[2])}">${reading.label}</td><td data-label="${label(t.consentColumns[3])}">${reading.value}</td></tr>`;
        },
      )}</tbody></table>`
    : html`<p>${t.consentNone}</p>`;
  const reviewed = merchant.releaseReview || request.release !== undefined;
  const body = html`
<h1>${t.title(merchant.name)}</h1>
<p>${t.intro(name, date(generatedAt), reference)}</p>
${nothingHeld ? html`<p><strong>${n.noData.body(name, rightWithArticle(messages(locale), request.type, locale))}</strong></p>` : ''}
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
${automatedDecisions(merchant, name, locale)}
<h2>${r.automated.profilingHeading}</h2>
${profiling(merchant, locale)}
<h2>${t.rights}</h2>
<p>${t.rightsText}</p>
<ul>${t.rightList.map((x) => html`<li>${x}</li>`)}</ul>
<p>${t.exercise(merchant.privacyContact)}</p>
<h2>${r.complaint.heading}</h2>
${complaintHtml(merchant, locale)}
<h2>${r.controller.heading}</h2>
${controllerTable(particularsOf(merchant), locale)}
<h2>${r.serviceKeeps.heading}</h2>
${serviceKeepsLines(merchant, locale).map((k) => html`<p>${k}</p>`)}
<h2>${t.files}</h2>
<ul><li>${t.filesJson}</li><li>${t.filesCsv}</li>${index.sources.some((x) => x.files?.some((f) => f.path)) ? html`<li>${UPLOAD_MESSAGES[locale].report.folder}</li>` : ''}</ul>
${reviewed ? html`<p class="hint">${n.reviewed}</p>` : ''}`;
  return standaloneDocument(t.title(merchant.name), locale, body);
}

/** Art. 22 as the merchant declares it (Art. 15(1)(h)); undeclared is said so, never assumed. */
function automatedDecisions(
  merchant: MerchantConfig,
  name: string,
  locale: Locale,
): SafeHtml {
  const a = REGISTER_MESSAGES[locale].automated;
  const declared = merchant.automatedDecisions;
  const article = cite('Art. 22', locale);
  if (!declared) return html`<p>${a.undeclared(name, article)}</p>`;
  if (!declared.used) return html`<p>${a.none(name, article)}</p>`;
  return html`<p>${a.used(name, article)}</p><p><strong>${a.logic}</strong> ${textIn(declared.logic, locale)}</p><p><strong>${a.consequences}</strong> ${textIn(declared.consequences, locale)}</p><p>${a.rights(cite('Art. 22(3)', locale))}</p>`;
}

/**
 * The processors the register marks as profiling (Art. 4(4)), what they do, and the right to
 * object: absolute for direct marketing (Art. 21(2)–(3)), on particular grounds otherwise
 * (Art. 21(1)).
 */
function profiling(merchant: MerchantConfig, locale: Locale): SafeHtml {
  const a = REGISTER_MESSAGES[locale].automated;
  const profilers = merchant.processors.filter((p) => p.profiling);
  if (profilers.length === 0) return html`<p>${a.profilingNone}</p>`;
  return html`${profilers.map((p) => {
    const profile = p.profiling as NonNullable<typeof p.profiling>;
    const object = profile.directMarketing
      ? a.objectMarketing(cite('Art. 21(2)', locale))
      : a.objectOther(cite('Art. 21(1)', locale));
    return html`<p><strong>${a.profilingBy(processorName(p, locale))}</strong> ${textIn(profile.description, locale)} ${object}</p>`;
  })}`;
}
