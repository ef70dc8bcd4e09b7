/**
 * What the settings forms share: a refused field's message beside it and in the summary (its
 * label in the reader's language, then the schema's own words, marked as English), the ARIA that
 * ties them together, and the hidden fields every settings form carries.
 */
import { errorSummary } from '../form-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import type { Chrome } from './layout.ts';
import { csrfField } from './layout.ts';

/** A form as posted and refused (values as typed, problems by field name). */
export interface Posted {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export const NOTHING_POSTED: Posted = { values: {}, errors: {} };

/** A field's id from its name (`name.en` → `name-en`). */
export const idOf = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '-');

export function formErrors(
  posted: Posted,
  chrome: Chrome,
  labels: Record<string, string>,
) {
  const a = ADMIN_MESSAGES[chrome.locale].settings;
  /** The field a problem belongs to: the longest label name its path starts with. */
  const fieldOf = (key: string) =>
    Object.keys(labels)
      .filter((f) => key === f || key.startsWith(`${f}.`))
      .sort((x, y) => y.length - x.length)[0];
  const problems = new Map<string, string>();
  const unplaced: string[] = [];
  for (const [key, why] of Object.entries(posted.errors)) {
    const field = fieldOf(key);
    if (field) {
      if (!problems.has(field)) problems.set(field, why);
    } else unplaced.push(why);
  }
  const text = (f: string) => a.invalid(labels[f] ?? f);
  return {
    has: (f: string) => problems.has(f),
    summary: (): SafeHtml | '' =>
      problems.size || unplaced.length
        ? errorSummary(a.errorSummary, [
            ...[...problems.keys()].map((f) => ({
              href: idOf(f),
              text: text(f),
            })),
            ...unplaced.map((why) => ({ text: why })),
          ])
        : '',
    /** The message beside a field (before its input). */
    error: (f: string): SafeHtml | '' =>
      problems.has(f)
        ? html`<p class="error" id="${idOf(f)}-error">${text(f)} (<span lang="en">${problems.get(f)}</span>)</p>`
        : '',
    /** `aria-describedby` (hint, error) and `aria-invalid` of a field's input. */
    described: (f: string, hint?: string): SafeHtml => {
      const ids = [hint, problems.has(f) ? `${idOf(f)}-error` : undefined]
        .filter(Boolean)
        .join(' ');
      return html`${ids ? html` aria-describedby="${ids}"` : ''}${problems.has(f) ? html` aria-invalid="true"` : ''}`;
    },
  };
}

/** The hidden fields of every settings form: the token, the merchant and the revision. */
export function settingsHidden(
  chrome: Chrome,
  merchantId: string,
  revision: string,
): SafeHtml {
  return html`${csrfField(chrome.member?.csrf ?? '')}<input type="hidden" name="merchant" value="${merchantId}"><input type="hidden" name="revision" value="${revision}">`;
}

/** A checkbox whose unticked state is posted too (a hidden `off` after it: the first value wins). */
export function checkbox(
  name: string,
  label: SafeHtml | string,
  checked: boolean,
  hint?: string,
): SafeHtml {
  const id = idOf(name);
  return html`<div class="choice"><input type="checkbox" id="${id}" name="${name}" value="on"${checked ? html` checked` : ''}${hint ? html` aria-describedby="${hint}"` : ''}><label for="${id}">${label}</label><input type="hidden" name="${name}" value="off"></div>`;
}
