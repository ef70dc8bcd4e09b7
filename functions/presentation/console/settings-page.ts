/**
 * `GET /console/settings` (admins): the general settings, the members and their roles, the
 * processor registry (each processor's own page edits it, ./processor-form-page.ts) and the trail
 * of changes. A refused form comes back as typed, with its problems; the other forms show what
 * is stored.
 */
import type { AuditEvent } from '#domain/audit.ts';
import { MEMBER_ROLES, memberActor, memberKey } from '#domain/member-roles.ts';
import { REQUEST_TYPES } from '#domain/request-kinds.ts';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import type { SettingsView } from '#use-cases/console/settings.ts';
import { html, type SafeHtml } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import type { SettingsNotice } from '../i18n/console-admin/index.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import { messages } from '../i18n/index.ts';
import { processorName } from '../register.ts';
import {
  checkbox,
  formErrors,
  NOTHING_POSTED,
  type Posted,
  settingsHidden,
} from './admin-form.ts';
import { formatDateTime } from './format.ts';
import { type Chrome, consolePage } from './layout.ts';
import { actorWords } from './words.ts';

export interface SettingsFeedback {
  notice?: { notice: SettingsNotice; detail?: string };
  /** A refused form: which one, as posted. */
  refused?: { section: 'general' | 'members'; posted: Posted };
  /** A 409: the words of the refusal. */
  conflict?: string;
}

/** One line of the trail: what changed, in the reader's words. */
function trailWhat(e: AuditEvent, view: SettingsView, chrome: Chrome): string {
  const a = ADMIN_MESSAGES[chrome.locale].settings;
  const c = CONSOLE_MESSAGES[chrome.locale];
  const d = e.details ?? {};
  if (e.type === 'RegisterExported')
    return a.trailWhat.register(d.emails === true, Number(d.rows ?? 0));
  if (d.section === 'general')
    return a.trailWhat.general(
      String(d.changed ?? '')
        .split(',')
        .filter(Boolean)
        .map((f) => a.field[f as keyof typeof a.field] ?? f)
        .join(', '),
    );
  if (d.section === 'members') {
    const who = String(d.member ?? '');
    const known = view.merchant.members.find(
      (x) => memberActor(memberKey(x.email)) === who,
    );
    const role = c.roles[d.role as keyof typeof c.roles] ?? '';
    const op = d.op as 'add' | 'role' | 'remove';
    return (
      a.trailWhat.members[op]?.(known?.email ?? c.actors.formerMember, role) ??
      ''
    );
  }
  const op = d.op as 'add' | 'edit' | 'remove';
  return a.trailWhat.processors[op]?.(String(d.processorId ?? '')) ?? '';
}

export function settingsPage(
  view: SettingsView,
  chrome: Chrome,
  feedback: SettingsFeedback = {},
): string {
  const locale = chrome.locale;
  const a = ADMIN_MESSAGES[locale];
  const s = a.settings;
  const c = CONSOLE_MESSAGES[locale];
  const m = view.merchant;
  const memberEmails = Object.fromEntries(
    m.members.map((x) => [memberActor(memberKey(x.email)), x.email]),
  );
  const hidden = settingsHidden(chrome, m.merchantId, view.revision);
  const general =
    feedback.refused?.section === 'general'
      ? feedback.refused.posted
      : NOTHING_POSTED;
  const g = formErrors(general, chrome, {
    locale: s.language,
    supervisoryAuthorityCountry: s.authority,
    requestRetentionDays: s.retention,
    autoApprove: s.autoApprove,
    'branding.logoUrl': s.logoUrl,
    'branding.primaryColor': s.primaryColor,
    'branding.backgroundColor': s.backgroundColor,
    logoUrl: s.logoUrl,
    primaryColor: s.primaryColor,
    backgroundColor: s.backgroundColor,
  });
  const gv = (name: string, stored: string | number | undefined) =>
    general.values[name] ?? (stored === undefined ? '' : String(stored));
  const ticked = (name: string, stored: boolean) =>
    name in general.values ? general.values[name] === 'on' : stored;
  const members =
    feedback.refused?.section === 'members'
      ? feedback.refused.posted
      : NOTHING_POSTED;
  const mm = formErrors(members, chrome, {
    email: s.email,
    role: s.role,
    members: s.members,
  });
  const text = (
    name: string,
    label: string,
    value: string,
    extra: SafeHtml | '' = '',
    hint?: string,
  ) =>
    html`<label for="${name.replace('.', '-')}">${label}</label>${hint ? html`<p class="hint" id="${name.replace('.', '-')}-hint">${hint}</p>` : ''}${g.error(name)}<input id="${name.replace('.', '-')}" name="${name.replace('branding.', '')}" value="${value}"${extra}${g.described(name, hint ? `${name.replace('.', '-')}-hint` : undefined)}>`;
  return consolePage(
    s.title,
    html`<h1>${s.heading(m.name)}</h1>
${feedback.notice ? html`<p class="notice" role="status">${s.notice[feedback.notice.notice](feedback.notice.detail ?? '')}</p>` : ''}
${feedback.conflict ? html`<p class="refused" role="alert">${feedback.conflict}</p>` : ''}
${g.summary()}${mm.summary()}
<nav aria-label="${s.title}"><ul><li><a href="#general">${s.general}</a></li><li><a href="#members">${s.members}</a></li><li><a href="#processors">${s.processors}</a></li><li><a href="#trail">${s.trail}</a></li></ul></nav>
<section aria-labelledby="general"><h2 id="general">${s.general}</h2>
<form method="post" action="/console/settings/general" novalidate>${hidden}
<label for="locale">${s.language}</label><p class="hint" id="locale-hint">${s.languageHint}</p>${g.error('locale')}
<select id="locale" name="locale"${g.described('locale', 'locale-hint')}>${SUPPORTED_LOCALES.map((l) => html`<option value="${l}" lang="${l}"${gv('locale', m.locale) === l ? html` selected` : ''}>${messages(l).languageName}</option>`)}</select>
${text('supervisoryAuthorityCountry', s.authority, gv('supervisoryAuthorityCountry', m.supervisoryAuthorityCountry), html` autocomplete="off" spellcheck="false" maxlength="6"`, s.authorityHint(m.country))}
${text('requestRetentionDays', s.retention, gv('requestRetentionDays', m.requestRetentionDays), html` type="number" min="30" max="3650" inputmode="numeric"`, s.retentionHint)}
${checkbox('releaseReview', s.releaseReview, ticked('releaseReview', m.releaseReview), 'releaseReview-hint')}<p class="hint" id="releaseReview-hint">${s.releaseReviewHint}</p>
<fieldset${g.has('autoApprove') ? html` aria-describedby="autoApprove-error"` : ''}><legend>${s.autoApprove}</legend><p class="hint">${s.autoApproveHint}</p>${g.error('autoApprove')}
${REQUEST_TYPES.map((t) => checkbox(`autoApprove.${t}`, c.type[t], ticked(`autoApprove.${t}`, m.autoApprove.includes(t))))}</fieldset>
<fieldset><legend>${s.branding}</legend>
${text('branding.logoUrl', s.logoUrl, gv('logoUrl', m.branding?.logoUrl), html` type="url" autocomplete="off" spellcheck="false"`)}
${text('branding.primaryColor', s.primaryColor, gv('primaryColor', m.branding?.primaryColor), html` autocomplete="off" spellcheck="false" maxlength="7"`, s.colorHint)}
${text('branding.backgroundColor', s.backgroundColor, gv('backgroundColor', m.branding?.backgroundColor), html` autocomplete="off" spellcheck="false" maxlength="7"`, s.colorHint)}
</fieldset>
<button type="submit">${s.save}</button></form></section>
<section aria-labelledby="members"><h2 id="members">${s.members}</h2><p class="hint">${s.membersHint}</p>
<table class="wrap"><caption class="vh">${s.members}</caption><thead><tr><th scope="col">${s.memberColumns.email}</th><th scope="col">${s.memberColumns.role}</th><th scope="col">${s.memberColumns.change}</th></tr></thead>
<tbody>${m.members.map(
      (
        x,
        i,
      ) => html`<tr><td data-label="${s.memberColumns.email}">${x.email}</td><td data-label="${s.memberColumns.role}">${c.roles[x.role]}</td><td data-label="${s.memberColumns.change}"><form method="post" action="/console/settings/members" class="inline">${hidden}<input type="hidden" name="op" value="role"><input type="hidden" name="email" value="${x.email}"><label for="role-${i}">${s.roleOf(x.email)}</label><select id="role-${i}" name="role">${MEMBER_ROLES.map((r) => html`<option value="${r}"${r === x.role ? html` selected` : ''}>${c.roles[r]}</option>`)}</select> <button type="submit">${s.changeRole}</button></form>
<form method="post" action="/console/settings/members" class="inline">${hidden}<input type="hidden" name="op" value="remove"><input type="hidden" name="email" value="${x.email}"><button type="submit" class="secondary" aria-label="${s.removeMember(x.email)}">${s.remove}</button></form></td></tr>`,
    )}</tbody></table>
<form method="post" action="/console/settings/members" novalidate>${hidden}<input type="hidden" name="op" value="add">
<fieldset><legend>${s.addMember}</legend>
<label for="email">${s.email}</label>${mm.error('email')}<input id="email" name="email" type="email" autocomplete="off" spellcheck="false" value="${members.values.email ?? ''}"${mm.described('email')}>
<label for="role">${s.role}</label><p class="hint" id="role-hint">${MEMBER_ROLES.map((r) => s.roleHelp[r]).join(' ')}</p>${mm.error('role')}
<select id="role" name="role"${mm.described('role', 'role-hint')}><option value=""></option>${MEMBER_ROLES.map((r) => html`<option value="${r}"${members.values.role === r ? html` selected` : ''}>${c.roles[r]}</option>`)}</select>
<button type="submit">${s.add}</button></fieldset></form></section>
<section aria-labelledby="processors"><h2 id="processors">${s.processors}</h2><p class="hint">${s.processorsHint}</p>
<table class="wrap"><caption class="vh">${s.processors}</caption><thead><tr><th scope="col">${s.processorColumns.name}</th><th scope="col">${s.processorColumns.kind}</th><th scope="col">${s.processorColumns.contact}</th><th scope="col">${s.processorColumns.credentials}</th><th scope="col">${s.processorColumns.edit}</th></tr></thead>
<tbody>${m.processors.map((p) => html`<tr><td data-label="${s.processorColumns.name}">${processorName(p, locale)}</td><td data-label="${s.processorColumns.kind}">${a.processor.kinds[p.kind]}</td><td data-label="${s.processorColumns.contact}">${p.contactEmail ?? ''}</td><td data-label="${s.processorColumns.credentials}">${p.credentialsRef ? html`<code>${p.credentialsRef}</code>` : s.noCredentials}</td><td data-label="${s.processorColumns.edit}"><a href="/console/settings/processors/${p.processorId}?merchant=${m.merchantId}">${s.edit(processorName(p, locale))}</a></td></tr>`)}</tbody></table>
<p><a href="/console/settings/processors/new?merchant=${m.merchantId}">${s.addProcessor}</a></p></section>
<section aria-labelledby="trail"><h2 id="trail">${s.trail}</h2>
${
  view.trail.length === 0
    ? html`<p>${s.trailNone}</p>`
    : html`<table class="wrap"><caption class="vh">${s.trail}</caption><thead><tr><th scope="col">${s.trailColumns.when}</th><th scope="col">${s.trailColumns.who}</th><th scope="col">${s.trailColumns.what}</th></tr></thead><tbody>${view.trail.map((e) => html`<tr><td data-label="${s.trailColumns.when}">${formatDateTime(e.at, locale, m.timezone)}</td><td data-label="${s.trailColumns.who}">${actorWords(e.actor, memberEmails, (id) => id, locale)}</td><td data-label="${s.trailColumns.what}">${trailWhat(e, view, chrome)}</td></tr>`)}</tbody></table>`
}</section>`,
    chrome,
  );
}
