/** The erasure certificate as a page a person can read and print (the JSON is the record). */
import type { ErasureCertificate } from '#domain/erasure-certificate.ts';
import type { Locale } from '#domain/schemas.ts';
import { standaloneDocument } from './access-report.ts';
import { html } from './html.ts';
import { formatDate, messages } from './i18n/index.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';

export function certificateHtml(
  certificate: ErasureCertificate,
  locale: Locale,
): string {
  const t = PACKAGE_MESSAGES[locale].certificate;
  const reasons = messages(locale).email.holdReasons;
  const date = (iso: string) => formatDate(iso, locale);
  const outcome = (o: string) => t.outcomes[o as keyof typeof t.outcomes] ?? o;
  const rows = certificate.processors.map(
    (p) =>
      html`<tr><th scope="row">${p.name}</th><td>${outcome(p.outcome)}${p.outcome === 'PARTIAL' || p.outcome === 'FAILED' ? html`<br><span class="hint">${t.next[p.outcome]}</span>` : ''}</td><td>${p.kept.length ? html`<ul>${p.kept.map((k) => html`<li>${k.what}: ${reasons[k.reason as keyof typeof reasons] ?? k.reason} (${k.basis})${k.until ? ` → ${date(k.until)}` : ''}</li>`)}</ul>` : '–'}</td></tr>`,
  );
  const recipients = certificate.recipients.map(
    (r) =>
      html`<tr><th scope="row">${r.name}</th><td><ul>${r.disclosures.map((d) => html`<li>${t.sentOn(d.identifiers.join(', '), date(d.at))} <span class="hint"><code>${d.call}</code></span></li>`)}</ul></td></tr>`,
  );
  const body = html`
<h1>${t.title(certificate.merchant.name)}</h1>
<p>${t.intro(certificate.merchant.name)}</p>
<table><tbody>
<tr><th scope="row">${t.reference}</th><td><code>${certificate.requestId}</code></td></tr>
<tr><th scope="row">${t.received}</th><td>${date(certificate.receivedAt)}</td></tr>
<tr><th scope="row">${t.completed}</th><td>${date(certificate.completedAt)}</td></tr>
<tr><th scope="row">${t.round}</th><td>${certificate.round}</td></tr>
</tbody></table>
<h2>${t.outcome}</h2>
<table><thead><tr><th scope="col">${t.processor}</th><th scope="col">${t.outcome}</th><th scope="col">${t.kept}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${t.recipients}</h2>
<p>${t.recipientsIntro}</p>
<table><thead><tr><th scope="col">${t.processor}</th><th scope="col">${t.notified}</th></tr></thead><tbody>${recipients}</tbody></table>
<h2>${t.fingerprint}</h2>
<p><code>${certificate.sha256}</code></p>
<p class="hint">${t.fingerprintText} ${t.noPersonalData}</p>`;
  return standaloneDocument(t.title(certificate.merchant.name), locale, body);
}
