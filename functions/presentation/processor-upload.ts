/**
 * The file part of the processor confirmation page (access and portability): the upload form,
 * which posts one file straight to S3 and comes back to the page, and the list of uploaded files,
 * which sits inside the answer form so that removing a file posts (and keeps) the answer and note
 * the person already chose or typed. Works without JavaScript.
 */

import type { SourceSummary } from '#domain/export-package.ts';
import { acceptedType } from '#domain/processor-uploads.ts';
import type { Locale } from '#domain/schemas.ts';
import type {
  ListedFile,
  UploadProblem,
  UploadView,
} from '#use-cases/processor-uploads.ts';
import { html, type SafeHtml } from './html.ts';
import { CONFIRM_PAGE_MESSAGES } from './i18n/confirm-page.ts';
import { UPLOAD_MESSAGES } from './i18n/uploads.ts';

/** The name of the remove button's field; its value is the file's id. */
export const REMOVE_FIELD = 'remove';

const fileTypeText = (file: ListedFile, locale: Locale) => {
  const u = UPLOAD_MESSAGES[locale];
  const label = file.label ?? u.unknownType;
  return file.accepted ? u.type(label) : u.notAccepted(label);
};

/** Above the answer form: what to upload, and the form (or why no more files can be added). */
export function uploadSection(view: UploadView, locale: Locale): SafeHtml {
  const u = UPLOAD_MESSAGES[locale];
  const form = view.form;
  return html`<section aria-labelledby="upload-heading">
<h2 id="upload-heading" style="font-size:1.2rem;margin-top:1.5rem">${u.heading}</h2>
<p>${u.intro(u.size(view.maxBytes), view.maxFiles)}</p>
<p class="hint" id="upload-types">${u.types}</p>
${
  form
    ? html`<form method="post" action="${form.url}" enctype="multipart/form-data">
${Object.entries(form.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<label for="upload-file">${u.fileLabel}</label>
<input type="file" id="upload-file" name="file" required aria-describedby="upload-types upload-note">
<button type="submit">${u.upload}</button>
</form>
<p class="hint" id="upload-note">${u.formNote}</p>`
    : html`<p>${u.limitReached(view.maxFiles)}</p>`
}
</section>`;
}

/**
 * Inside the answer form: the uploaded files, each with a remove button (a submit of the answer
 * form, so the answer and note come back). A visually hidden copy of the confirm button comes
 * first: pressing Enter in the form uses the first submit button, which must never be a remove.
 */
export function uploadedFiles(
  view: UploadView,
  locale: Locale,
  problem?: UploadProblem,
): SafeHtml {
  const u = UPLOAD_MESSAGES[locale];
  const confirmLabel = CONFIRM_PAGE_MESSAGES[locale].submit;
  const error = problem
    ? html`<div class="error-summary" role="alert"><p class="error" id="files-error">${u.problems[problem]}</p></div>`
    : '';
  const items = view.files.map(
    (file) =>
      html`<li style="display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;justify-content:space-between;padding:.5rem 0;border-bottom:1px solid #e5e7eb"><span style="min-width:0;overflow-wrap:anywhere"><strong>${file.name}</strong><br><span class="${file.accepted ? 'hint' : 'error'}">${u.size(file.bytes)} · ${fileTypeText(file, locale)}</span></span><button type="submit" name="${REMOVE_FIELD}" value="${file.id}" aria-label="${u.removeLabel(file.name)}" formnovalidate style="margin:0;padding:.35rem .9rem;background:#fff;color:#b91c1c;border:1px solid #b91c1c">${u.remove}</button></li>`,
  );
  return html`<fieldset${problem ? html` aria-describedby="files-error"` : ''}><legend>${u.listHeading}</legend>
${view.files.length ? html`<button type="submit" tabindex="-1" aria-hidden="true" style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden">${confirmLabel}</button>` : ''}
${error}
${view.files.length ? html`<ul style="list-style:none;padding:0;margin:0">${items}</ul>` : html`<p class="hint">${u.none}</p>`}
</fieldset>`;
}

/**
 * report.html: the files each organisation handed over, a line per file under its name, with
 * where it is in the package (or that it was no longer stored when the package was made).
 */
export function processorFilesSection(
  sources: readonly SourceSummary[],
  locale: Locale,
): SafeHtml | '' {
  const withFiles = sources.filter((s) => s.files?.length);
  if (withFiles.length === 0) return '';
  const r = UPLOAD_MESSAGES[locale].report;
  const u = UPLOAD_MESSAGES[locale];
  return html`<h3>${r.heading}</h3>
<p>${r.intro}</p>
<ul>${withFiles.map(
    (source) =>
      html`<li>${source.name}<ul>${(source.files ?? []).map((file) =>
        file.path
          ? html`<li><code>${file.path}</code> (${acceptedType(file.mediaType)?.label ?? file.mediaType}, ${u.size(file.bytes)})</li>`
          : html`<li>${r.missing(file.name)}</li>`,
      )}</ul></li>`,
  )}</ul>`;
}
