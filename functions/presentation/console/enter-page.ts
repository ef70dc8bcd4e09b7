/**
 * `GET /console/requests/new`: a request the shop received by email, post, phone or in person.
 * Nothing is chosen for the member (no type, no channel, the identity box unticked); a refused
 * post comes back as it was typed, each problem beside its field and in the summary.
 */
import {
  OBJECTION_SCOPES,
  REQUEST_TYPES,
  STAFF_CHANNELS,
} from '#domain/request-kinds.ts';
import { agentFieldset } from '../agent-fields.ts';
import { correctionRowsHtml, errorSummary, radio } from '../form-parts.ts';
import { html } from '../html.ts';
import { AGENT_CONSOLE_MESSAGES } from '../i18n/agent-console.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import { messages } from '../i18n/index.ts';
import { type Chrome, consolePage, csrfField } from './layout.ts';

type Field =
  | 'merchant'
  | 'type'
  | 'email'
  | 'name'
  | 'channel'
  | 'receivedAt'
  | 'details'
  | 'corrections'
  | 'identityNote'
  | 'objectionScope';

/** The field an error of `POST /console/requests` is about (zod paths such as `corrections.0.value`). */
function fieldOf(key: string): Field | undefined {
  const head = key.split('.')[0];
  const known: Field[] = [
    'merchant',
    'type',
    'email',
    'name',
    'channel',
    'receivedAt',
    'details',
    'corrections',
    'identityNote',
    'objectionScope',
  ];
  return known.find((f) => f === head);
}

export function enterPage(
  chrome: Chrome,
  shops: readonly { merchantId: string; name: string }[],
  today: string,
  posted: {
    values: Record<string, string | undefined>;
    errors: Record<string, string>;
  } = { values: {}, errors: {} },
): string {
  const locale = chrome.locale;
  const c = CONSOLE_MESSAGES[locale];
  const e = c.enter;
  const t = messages(locale);
  const o = ADMIN_MESSAGES[locale].objection;
  const { values } = posted;
  const problems = new Map<Field, string>();
  for (const [key, why] of Object.entries(posted.errors)) {
    const field = fieldOf(key);
    if (!field || problems.has(field)) continue;
    problems.set(
      field,
      field === 'receivedAt' && /future|before/.test(why)
        ? e.errors.receivedAtFuture
        : field === 'identityNote' && why.startsWith('goes only')
          ? e.errors.identityNoteWithout
          : field === 'objectionScope'
            ? o.error
            : e.errors[field],
    );
  }
  const anchor: Record<Field, string> = {
    merchant: 'merchant',
    type: `type-${REQUEST_TYPES[0]}`,
    email: 'email',
    name: 'name',
    channel: `channel-${STAFF_CHANNELS[0]}`,
    receivedAt: 'receivedAt',
    details: 'details',
    corrections: 'correction1Value',
    identityNote: 'identityNote',
    objectionScope: `objectionScope-${OBJECTION_SCOPES[0]}`,
  };
  const error = (f: Field) =>
    problems.has(f)
      ? html`<p class="error" id="${f}-error">${problems.get(f)}</p>`
      : '';
  const described = (f: Field, hint?: string) => {
    const ids = [hint, problems.has(f) ? `${f}-error` : undefined].filter(
      Boolean,
    );
    return html`${ids.length ? html` aria-describedby="${ids.join(' ')}"` : ''}${problems.has(f) ? html` aria-invalid="true"` : ''}`;
  };
  const fieldsetDescribed = (f: Field) =>
    problems.has(f) ? html` aria-describedby="${f}-error"` : '';
  const g = AGENT_CONSOLE_MESSAGES[locale].entry;
  const agent = agentFieldset(values, posted.errors, locale, {
    legend: g.legend,
    onBehalf: g.onBehalf,
    hint: g.hint,
    name: g.name,
    email: g.email,
    relation: g.relation,
  });
  const correctionsOpen =
    values.type === 'rectification' ||
    problems.has('corrections') ||
    Boolean(values.correction1Value);
  return consolePage(
    e.title,
    html`<h1>${e.title}</h1>
${
  problems.size || agent.summary.length
    ? errorSummary(e.errorSummary, [
        ...[...problems].map(([f, text]) => ({ href: anchor[f], text })),
        ...agent.summary,
      ])
    : ''
}
<p>${e.intro}</p>
<form method="post" action="/console/requests" novalidate>
${csrfField(chrome.member?.csrf ?? '')}
${
  shops.length > 1
    ? html`<label for="merchant">${e.shop}</label>${error('merchant')}<select id="merchant" name="merchant"${described('merchant')}><option value=""></option>${shops.map((s) => html`<option value="${s.merchantId}"${values.merchant === s.merchantId ? html` selected` : ''}>${s.name}</option>`)}</select>`
    : html`<input type="hidden" name="merchant" value="${shops[0]?.merchantId ?? ''}">`
}
<fieldset${fieldsetDescribed('type')}><legend>${e.typeLegend}</legend>
${error('type')}
${REQUEST_TYPES.map((type) =>
  radio({
    name: 'type',
    value: type,
    id: `type-${type}`,
    posted: values.type,
    invalid: problems.has('type'),
    label: html`${c.type[type]}`,
  }),
)}
</fieldset>
<fieldset id="objection"${fieldsetDescribed('objectionScope')}><legend>${o.legend}</legend>
<p class="hint">${o.hint}</p>
${error('objectionScope')}
${OBJECTION_SCOPES.map((scope) =>
  radio({
    name: 'objectionScope',
    value: scope,
    id: `objectionScope-${scope}`,
    posted: values.objectionScope,
    invalid: problems.has('objectionScope'),
    label: html`${o.scopes[scope]}`,
  }),
)}
</fieldset>
<label for="email">${e.email}</label>
<p class="hint" id="email-hint">${e.emailHint}</p>
${error('email')}
<input id="email" name="email" type="email" autocomplete="off" spellcheck="false" value="${values.email ?? ''}"${described('email', 'email-hint')}>
<label for="name">${e.name}</label>
${error('name')}
<input id="name" name="name" autocomplete="off" value="${values.name ?? ''}"${described('name')}>
<fieldset${fieldsetDescribed('channel')}><legend>${e.channelLegend}</legend>
${error('channel')}
${STAFF_CHANNELS.map((ch) =>
  radio({
    name: 'channel',
    value: ch,
    id: `channel-${ch}`,
    posted: values.channel,
    invalid: problems.has('channel'),
    label: html`${c.channel[ch]}`,
  }),
)}
</fieldset>
<label for="receivedAt">${e.receivedAt}</label>
<p class="hint" id="receivedAt-hint">${e.receivedAtHint}</p>
${error('receivedAt')}
<input id="receivedAt" name="receivedAt" type="date" max="${today}" value="${values.receivedAt ?? ''}"${described('receivedAt', 'receivedAt-hint')}>
<label for="details">${e.details}</label>
<p class="hint" id="details-hint">${e.detailsHint}</p>
${error('details')}
<textarea id="details" name="details" rows="4"${described('details', 'details-hint')}>${values.details ?? ''}</textarea>
<details class="corrections"${correctionsOpen ? html` open` : ''}><summary>${e.corrections}</summary>
<p class="hint">${e.correctionsHint}</p>
${error('corrections')}
${correctionRowsHtml(values, t.correction, problems.has('corrections') ? 'corrections-error' : undefined)}
</details>
<fieldset><legend>${e.identityLegend}</legend>
<div class="choice"><input type="checkbox" id="identityConfirmed" name="identityConfirmed" value="on"${values.identityConfirmed ? html` checked` : ''} aria-describedby="identityConfirmed-hint"><label for="identityConfirmed">${e.identityConfirmed}</label></div>
<p class="hint" id="identityConfirmed-hint">${e.identityConfirmedHint}</p>
<label for="identityNote">${e.identityNote}</label>
<p class="hint" id="identityNote-hint">${e.identityNoteHint}</p>
${error('identityNote')}
<textarea id="identityNote" name="identityNote" rows="2"${described('identityNote', 'identityNote-hint')}>${values.identityNote ?? ''}</textarea>
${agent.fields}
</fieldset>
<button type="submit">${e.submit}</button>
</form>`,
    chrome,
  );
}
