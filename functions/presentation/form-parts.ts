/**
 * Pieces the form pages share: the error summary of a refused post and a radio choice that is
 * checked only when the person chose it (a page never chooses for anyone).
 */
import { CORRECTION_FIELDS, FORM_CORRECTION_ROWS } from '#domain/schemas.ts';
import { html, type SafeHtml } from './html.ts';
import type { Messages } from './i18n/messages.ts';

export interface SummaryItem {
  /** The id of the field the entry links to (focus moves there). */
  href?: string;
  text: string | SafeHtml;
}

/** The summary at the top of a refused form: announced (role="alert"), each entry linked to its field. */
export function errorSummary(title: string, items: SummaryItem[]): SafeHtml {
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${title}</h2><ul>${items.map(
    (i) =>
      i.href
        ? html`<li><a href="#${i.href}">${i.text}</a></li>`
        : html`<li>${i.text}</li>`,
  )}</ul></div>`;
}

/** A radio button and its label, checked only if `posted` is its value. */
export function radio(o: {
  name: string;
  value: string;
  id: string;
  posted: unknown;
  /** The field has an error: `aria-invalid` on every radio of the group. */
  invalid?: boolean;
  label: SafeHtml;
}): SafeHtml {
  return html`<div class="choice"><input type="radio" id="${o.id}" name="${o.name}" value="${o.value}"${o.posted === o.value ? html` checked` : ''}${o.invalid ? html` aria-invalid="true"` : ''}><label for="${o.id}">${o.label}</label></div>`;
}

/** A posted field as text, for showing it again (anything else shows as empty). */
export const postedText = (value: unknown): string =>
  typeof value === 'string' ? value : '';

/**
 * The rows of "what is wrong / what it should be" (`correction<n>Field`, `correction<n>Value`),
 * as posted: the public form's and the console's entry form's.
 */
export function correctionRowsHtml(
  values: {
    [row: `correction${number}${'Field' | 'Value'}`]: string | undefined;
  },
  c: Messages['correction'],
  describedBy?: string,
): SafeHtml[] {
  return Array.from({ length: FORM_CORRECTION_ROWS }, (_, i) => i + 1).map(
    (n) => {
      const field = values[`correction${n}Field`];
      return html`<div class="correction"><label for="correction${n}Field">${c.what(n)}</label>
<select id="correction${n}Field" name="correction${n}Field">${CORRECTION_FIELDS.map(
        (f) =>
          html`<option value="${f}"${field === f ? html` selected` : ''}>${c.fields[f]}</option>`,
      )}</select>
<label for="correction${n}Value">${c.value(n)}</label>
<input id="correction${n}Value" name="correction${n}Value" maxlength="500" value="${values[`correction${n}Value`] ?? ''}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}></div>`;
    },
  );
}
