/** The erasure certificate as a page a person can read and print (the JSON is the record). */
import type {
  CertificateProcessor,
  ErasureCertificate,
} from '#domain/erasure-certificate.ts';
import { textIn } from '#domain/localized.ts';
import type { ProcessorStatement } from '#domain/processor-answer.ts';
import { requestReference } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';
import { cellLabel, standaloneDocument } from './access-report.ts';
import { answerWords } from './answers.ts';
import { html, type SafeHtml } from './html.ts';
import { formatDate } from './i18n/index.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { REGISTER_MESSAGES } from './i18n/register.ts';
import { controllerTable } from './register.ts';

/** The statement a certificate row records, for the words every output uses. */
function statementOfRow(p: CertificateProcessor): ProcessorStatement {
  return {
    processorId: p.processorId,
    ...p.answer,
    holds: p.kept.map((k) => ({ ...k, deferrable: false })),
  };
}

/**
 * The certificate in `locale`, from its JSON record alone, with the controller's particulars;
 * `complaint` (the shopper's copy): the right to complain, with the authority in that language.
 */
export function certificateHtml(
  certificate: ErasureCertificate,
  locale: Locale,
  complaint?: SafeHtml,
): string {
  const t = PACKAGE_MESSAGES[locale].certificate;
  const r = REGISTER_MESSAGES[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const label = (l: string) => cellLabel(l, locale);
  const rows = certificate.processors.map((p) => {
    const w = answerWords(statementOfRow(p), locale, 'shopper');
    return html`<tr><th scope="row">${textIn(p.name, locale)}</th><td data-label="${label(t.outcome)}">${w.text}${w.holds.length ? html`<ul class="holds">${w.holds.map((h) => html`<li>${h}</li>`)}</ul>` : ''}${p.answer.kind === 'kept' && certificate.deferredUntil ? html`<br><span class="hint">${t.later}</span>` : ''}</td></tr>`;
  });
  // Art. 19 recipients in words: which kinds of identifiers each received, and when (the
  // API calls themselves stay in the JSON record).
  const identifiers = (kinds: string[]) =>
    kinds.map((k) => t.identifiers[k] ?? k).join(', ');
  const recipients = certificate.recipients.map(
    (x) =>
      html`<tr><th scope="row">${textIn(x.name, locale)}</th><td data-label="${label(t.notified)}"><ul class="holds">${x.disclosures.map((d) => html`<li>${t.sentOn(identifiers(d.identifiers), date(d.at))}</li>`)}</ul></td></tr>`,
  );
  const body = html`
<h1>${t.title(certificate.merchant.name)}</h1>
<p>${t.intro(certificate.merchant.name)}</p>
<table><tbody>
<tr><th scope="row">${t.reference}</th><td>${requestReference(certificate.requestId)} (<code>${certificate.requestId}</code>)</td></tr>
<tr><th scope="row">${t.received}</th><td>${date(certificate.receivedAt)}</td></tr>
<tr><th scope="row">${t.completed}</th><td>${date(certificate.completedAt)}</td></tr>
<tr><th scope="row">${t.round}</th><td>${certificate.round}</td></tr>
</tbody></table>
<h2>${t.outcome}</h2>
<table class="stack"><thead><tr><th scope="col">${t.processor}</th><th scope="col">${t.outcome}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${t.recipients}</h2>
<p>${t.recipientsIntro}</p>
<table class="stack"><thead><tr><th scope="col">${t.processor}</th><th scope="col">${t.notified}</th></tr></thead><tbody>${recipients}</tbody></table>
<h2>${r.controller.heading}</h2>
${controllerTable(certificate.merchant, locale)}
${complaint ? html`<h2>${r.complaint.heading}</h2>${complaint}` : ''}
<h2>${t.fingerprint}</h2>
<p><code>${certificate.sha256}</code></p>
<p class="hint">${t.fingerprintText} ${t.noPersonalData}</p>`;
  return standaloneDocument(t.title(certificate.merchant.name), locale, body);
}
