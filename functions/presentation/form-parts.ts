/**
 * Pieces the form pages share: the error summary of a refused post and a radio choice that is
 * checked only when the person chose it (a page never chooses for anyone).
 */
import { html, type SafeHtml } from './html.ts';

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
