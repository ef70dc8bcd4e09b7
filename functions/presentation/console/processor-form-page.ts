/**
 * `GET /console/settings/processors/{processorId}` and `…/new` (admins): one processor of the
 * registry as a form (its id and connection fixed once added), and its removal. Names, retention
 * and region in every language (or one text for all); categories and purposes as the catalogue's
 * codes (the merchant's own words for them are kept as they are); transfers with their basis;
 * credentials only by the name of the secret that holds them.
 */
import { TRANSFER_ROWS } from '#domain/console-settings.ts';
import type { LocalizedText } from '#domain/localized.ts';
import { textIn } from '#domain/localized.ts';
import {
  DATA_CATEGORIES,
  PROCESSING_PURPOSES,
  TRANSFER_BASES,
} from '#domain/processing-register.ts';
import {
  PROCESSOR_KINDS,
  type ProcessorConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import { languageName } from '../decision-pages.ts';
import { html, type SafeHtml } from '../html.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import { messages } from '../i18n/index.ts';
import { REGISTER_MESSAGES } from '../i18n/register.ts';
import { processorName } from '../register.ts';
import {
  checkbox,
  formErrors,
  idOf,
  type Posted,
  settingsHidden,
} from './admin-form.ts';
import { type Chrome, consolePage } from './layout.ts';

export interface ProcessorFormView {
  merchantId: string;
  revision: string;
  /** Absent: a new processor. */
  processor?: ProcessorConfig;
}

/** A localized text as the form's five fields: one text shows in the first only. */
function localizedValues(
  value: LocalizedText | undefined,
): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value === 'string') return { en: value };
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((l) => [l, textIn(value, l)]),
  );
}

/** The form's values from a stored processor (what a first GET shows). */
export function processorValues(p: ProcessorConfig): Record<string, string> {
  const values: Record<string, string> = {
    processorId: p.processorId,
    kind: p.kind,
    contactEmail: p.contactEmail ?? '',
    locale: p.locale,
    leadTimeDays: String(p.leadTimeDays),
    credentialsRef: p.credentialsRef ?? '',
    settings: Object.entries(p.settings)
      .map(([k, v]) => `${k} = ${v}`)
      .join('\n'),
  };
  for (const [field, value] of [
    ['name', p.name],
    ['retention', p.retention],
    ['region', p.location?.region],
  ] as const)
    for (const [l, t] of Object.entries(localizedValues(value)))
      values[`${field}.${l}`] = t;
  for (const c of p.categories)
    if (typeof c === 'string') values[`category.${c}`] = 'on';
  for (const x of p.purposes)
    if (typeof x === 'string') values[`purpose.${x}`] = 'on';
  (p.location?.transfers ?? []).forEach((t, i) => {
    values[`transfer${i + 1}Country`] = t.country;
    values[`transfer${i + 1}Basis`] = t.basis;
  });
  return values;
}

export function processorFormPage(
  view: ProcessorFormView,
  chrome: Chrome,
  posted: Posted,
): string {
  const locale = chrome.locale;
  const a = ADMIN_MESSAGES[locale];
  const f = a.processor;
  const reg = REGISTER_MESSAGES[locale];
  const p = view.processor;
  const v = posted.values;
  const title = p ? f.titleEdit(processorName(p, locale)) : f.titleNew;
  const labels: Record<string, string> = {
    processorId: f.id,
    kind: f.kind,
    name: f.name,
    contactEmail: f.contactEmail,
    locale: f.locale,
    leadTimeDays: f.leadTime,
    categories: f.categories,
    purposes: f.purposes,
    retention: f.retention,
    'location.region': f.region,
    region: f.region,
    'location.transfers': f.transfers,
    credentialsRef: f.credentialsRef,
    settings: f.settings,
  };
  const e = formErrors(posted, chrome, labels);
  const input = (
    name: string,
    label: string,
    extra: SafeHtml | '' = '',
    hint?: string,
  ) =>
    html`<label for="${idOf(name)}">${label}</label>${hint ? html`<p class="hint" id="${idOf(name)}-hint">${hint}</p>` : ''}${e.error(name)}<input id="${idOf(name)}" name="${name}" value="${v[name] ?? ''}"${extra}${e.described(name, hint ? `${idOf(name)}-hint` : undefined)}>`;
  const localized = (name: string, label: string, errorName = name) =>
    html`<fieldset${e.has(errorName) ? html` aria-describedby="${idOf(errorName)}-error"` : ''}><legend>${label}</legend><p class="hint">${f.localizedHint}</p>${e.error(errorName)}
${SUPPORTED_LOCALES.map((l) => html`<label for="${idOf(`${name}.${l}`)}">${f.inLanguage(languageName(l, locale))}</label><input id="${idOf(`${name}.${l}`)}" name="${name}.${l}" lang="${l}" value="${v[`${name}.${l}`] ?? ''}">`)}</fieldset>`;
  const own = (list: readonly unknown[] | undefined) =>
    (list ?? [])
      .filter((x): x is Record<string, string> => typeof x === 'object')
      .map((x) => x[locale] ?? '')
      .join('; ');
  const action = '/console/settings/processors';
  return consolePage(
    title,
    html`<p><a href="/console/settings?merchant=${view.merchantId}#processors">${f.back}</a></p>
<h1>${title}</h1>
${e.summary()}
<form method="post" action="${action}" novalidate>${settingsHidden(chrome, view.merchantId, view.revision)}
<input type="hidden" name="op" value="${p ? 'edit' : 'add'}">
${
  p
    ? html`<input type="hidden" name="processorId" value="${p.processorId}"><dl><dt>${f.id}</dt><dd><code>${p.processorId}</code></dd><dt>${f.kind}</dt><dd>${f.kinds[p.kind]}</dd></dl>`
    : html`${input('processorId', f.id, html` autocomplete="off" spellcheck="false" maxlength="63"`, f.idHint)}
<label for="kind">${f.kind}</label><p class="hint" id="kind-hint">${f.kindHint}</p>${e.error('kind')}<select id="kind" name="kind"${e.described('kind', 'kind-hint')}><option value=""></option>${PROCESSOR_KINDS.map((k) => html`<option value="${k}"${v.kind === k ? html` selected` : ''}>${f.kinds[k]}</option>`)}</select>`
}
${localized('name', f.name)}
${input('contactEmail', f.contactEmail, html` type="email" autocomplete="off" spellcheck="false"`, f.contactHint)}
<label for="locale">${f.locale}</label>${e.error('locale')}<select id="locale" name="locale"${e.described('locale')}>${SUPPORTED_LOCALES.map((l) => html`<option value="${l}" lang="${l}"${(v.locale ?? 'en') === l ? html` selected` : ''}>${messages(l).languageName}</option>`)}</select>
${input('leadTimeDays', f.leadTime, html` type="number" min="0" max="20" inputmode="numeric"`, f.leadTimeHint)}
<fieldset${e.has('categories') ? html` aria-describedby="categories-error"` : ''}><legend>${f.categories}</legend>${e.error('categories')}
<div class="checks">${DATA_CATEGORIES.map((c) => checkbox(`category.${c}`, reg.categories[c], v[`category.${c}`] === 'on'))}</div>
${own(p?.categories) ? html`<p class="hint">${f.ownWords(own(p?.categories))}</p>` : ''}</fieldset>
<fieldset${e.has('purposes') ? html` aria-describedby="purposes-error"` : ''}><legend>${f.purposes}</legend>${e.error('purposes')}
<div class="checks">${PROCESSING_PURPOSES.map((x) => checkbox(`purpose.${x}`, reg.purposes[x], v[`purpose.${x}`] === 'on'))}</div>
${own(p?.purposes) ? html`<p class="hint">${f.ownWords(own(p?.purposes))}</p>` : ''}</fieldset>
${localized('retention', f.retention)}
${localized('region', f.region, 'location.region')}
<fieldset${e.has('location.transfers') ? html` aria-describedby="location-transfers-error"` : ''}><legend>${f.transfers}</legend><p class="hint">${f.transfersHint}</p>${e.error('location.transfers')}
${Array.from({ length: TRANSFER_ROWS }, (_, i) => i + 1).map(
  (n) =>
    html`<div class="pair"><div><label for="transfer${n}Country">${f.transferCountry(n)}</label><input id="transfer${n}Country" name="transfer${n}Country" maxlength="2" autocomplete="off" spellcheck="false" value="${v[`transfer${n}Country`] ?? ''}"></div>
<div><label for="transfer${n}Basis">${f.transferBasis(n)}</label><select id="transfer${n}Basis" name="transfer${n}Basis"><option value="">${f.noBasis}</option>${TRANSFER_BASES.map((b) => html`<option value="${b}"${v[`transfer${n}Basis`] === b ? html` selected` : ''}>${f.basis[b]}</option>`)}</select></div></div>`,
)}</fieldset>
${input('credentialsRef', f.credentialsRef, html` autocomplete="off" spellcheck="false" maxlength="200"`, f.credentialsHint)}
<label for="settings">${f.settings}</label><p class="hint" id="settings-hint">${f.settingsHint}</p>${e.error('settings')}
<textarea id="settings" name="settings" rows="4" spellcheck="false"${e.described('settings', 'settings-hint')}>${v.settings ?? ''}</textarea>
<button type="submit">${f.save}</button></form>
${
  p
    ? html`<section class="action" aria-labelledby="remove-heading"><h2 id="remove-heading">${f.removeHeading}</h2><p class="hint">${f.removeHint}</p>
<form method="post" action="${action}">${settingsHidden(chrome, view.merchantId, view.revision)}<input type="hidden" name="op" value="remove"><input type="hidden" name="processorId" value="${p.processorId}"><button type="submit" class="secondary">${f.remove}</button></form></section>`
    : ''
}`,
    chrome,
  );
}
