/**
 * The agent's page behind their emailed link (`/authority/<secret>`): what to upload, the upload
 * form (posting one file straight to the bucket and coming back here), the files uploaded with a
 * remove button each, and who sees them. Once the request no longer waits for an authorisation,
 * it says so and offers nothing. Works without JavaScript.
 */
import { AUTHORITY_LIMITS } from '#domain/agents.ts';
import { requestReference } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';
import type { UploadForm } from '#ports/export-store.ts';
import type { AuthorityPage } from '#use-cases/authority.ts';
import { brandOf, html, page, type SafeHtml } from './html.ts';
import { AGENT_MESSAGES } from './i18n/agents.ts';
import { resolveLocale } from './i18n/index.ts';
import { UPLOAD_MESSAGES } from './i18n/uploads.ts';

/** The remove button's field; its value is the file's id below the request's authority prefix. */
export const REMOVE_AUTHORITY_FIELD = 'remove';

/**
 * The form that posts one authorisation file straight to the bucket (the agent's page and the
 * console's), or, at the limit, that no more can be added. Follows the types hint `upload-types`.
 */
export function authorityUploadForm(
  form: UploadForm | undefined,
  locale: Locale,
): SafeHtml {
  const p = AGENT_MESSAGES[locale].page;
  return form
    ? html`<form method="post" action="${form.url}" enctype="multipart/form-data">
${Object.entries(form.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<label for="upload-file">${p.fileLabel}</label>
<input type="file" id="upload-file" name="file" required accept="application/pdf,image/*" aria-describedby="upload-types upload-note">
<button type="submit">${p.upload}</button>
</form>
<p class="hint" id="upload-note">${p.formNote}</p>`
    : html`<p>${p.limitReached(AUTHORITY_LIMITS.maxFiles)}</p>`;
}

export function authorityPageLocale(view: AuthorityPage): Locale {
  return resolveLocale(view.request.locale, view.merchant.locale);
}

export function authorityUploadPage(
  view: AuthorityPage,
  actionUrl: string,
): string {
  const locale = authorityPageLocale(view);
  const p = AGENT_MESSAGES[locale].page;
  const size = UPLOAD_MESSAGES[locale].size;
  const ref = requestReference(view.request.requestId);
  const form = view.form;
  const upload = !view.open
    ? html`<p role="status">${p.done}</p>`
    : html`<p>${p.intro(size(AUTHORITY_LIMITS.maxBytes), AUTHORITY_LIMITS.maxFiles)}</p>
<p class="hint" id="upload-types">${p.types}</p>
${authorityUploadForm(form, locale)}`;
  const items = view.files.map(
    (file) =>
      html`<li style="display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;justify-content:space-between;padding:.5rem 0;border-bottom:1px solid #e5e7eb"><span style="min-width:0;overflow-wrap:anywhere"><strong>${file.name}</strong><br><span class="${file.accepted ? 'hint' : 'error'}">${size(file.bytes)} · ${file.accepted ? (file.label ?? '') : p.notAccepted(file.label ?? file.mediaType)}</span></span>${view.open ? html`<button type="submit" name="${REMOVE_AUTHORITY_FIELD}" value="${file.id}" aria-label="${p.removeLabel(file.name)}" style="margin:0;padding:.35rem .9rem;background:#fff;color:#b91c1c;border:1px solid #b91c1c">${p.remove}</button>` : ''}</li>`,
  );
  const list = view.files.length
    ? html`<ul style="list-style:none;padding:0;margin:0">${items}</ul>`
    : html`<p class="hint">${p.none}</p>`;
  return page(
    p.title(ref),
    html`<h1>${p.heading(view.merchant.name)}</h1>
<p><strong>${p.title(ref)}</strong></p>
${upload}
<h2 style="font-size:1.2rem;margin-top:1.5rem">${p.listHeading}</h2>
${view.open && view.files.length ? html`<form method="post" action="${actionUrl}">${list}</form>` : list}
<p>${p.seenBy(view.merchant.name)}</p>`,
    locale,
    brandOf(view.merchant),
  );
}
