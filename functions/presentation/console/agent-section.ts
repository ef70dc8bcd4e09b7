/**
 * The request page's part for a request an agent made (domain/agents.ts): who asked, as what,
 * the authorisation's files (each downloaded through a URL signed for a minute), whether and by
 * whom the authority was accepted, and while the request waits for the person: accepting the
 * authority (after ticking that the authorisation was checked; nothing ticked for the member) or
 * closing it as "authority not shown" with the reason the agent is told. Each is its own POST.
 */
import { AUTHORITY_LIMITS } from '#domain/agents.ts';
import { requestReference } from '#domain/request.ts';
import type { AuthorityConsoleView } from '#use-cases/console/agents.ts';
import type { RequestView } from '#use-cases/console/request-view.ts';
import { authorityUploadForm } from '../authority-page.ts';
import { errorSummary, postedText } from '../form-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import { AGENT_CONSOLE_MESSAGES } from '../i18n/agent-console.ts';
import { AGENT_MESSAGES } from '../i18n/agents.ts';
import { formatDate } from '../i18n/index.ts';
import { pageMessages } from '../i18n/pages/index.ts';
import { UPLOAD_MESSAGES } from '../i18n/uploads.ts';
import { type Chrome, consolePage, csrfField } from './layout.ts';

/** What a refused accept or decline posted, and what was wrong with it. */
export interface AgentProblem {
  action: 'accept-authority' | 'decline-authority';
  posted: Record<string, unknown>;
  fields: Record<string, string>;
}

/** The link that downloads one authorisation file (a session-guarded GET that redirects). */
export const authorityFileUrl = (requestId: string, fileId: string) =>
  `/console/requests/${requestId}/authority?file=${encodeURIComponent(fileId)}`;

export function agentSection(
  view: RequestView,
  chrome: Chrome,
  who: (actor: string) => string,
  problem?: AgentProblem,
): SafeHtml | '' {
  const agent = view.request.agent;
  if (!agent?.email || !view.agent) return '';
  const locale = chrome.locale;
  const g = AGENT_CONSOLE_MESSAGES[locale];
  const size = UPLOAD_MESSAGES[locale].size;
  const pg = pageMessages(locale);
  const id = view.request.requestId;
  const base = `/console/requests/${id}`;
  const csrf = csrfField(chrome.member?.csrf ?? '');
  const files = view.agent.files;
  const accepted = agent.accepted;
  const list = files.length
    ? html`<ul>${files.map(
        (f) =>
          html`<li><a href="${authorityFileUrl(id, f.id)}" aria-label="${g.section.download(f.name)}">${f.name}</a> <span class="${f.accepted ? 'hint' : 'error'}">(${size(f.bytes)}, ${f.accepted ? (f.label ?? '') : g.section.notAccepted})</span></li>`,
      )}</ul>`
    : html`<p class="hint">${g.section.noFiles}</p>`;
  const forms: SafeHtml[] = [];
  if (view.agent.open) {
    const bad = problem?.action === 'accept-authority' ? problem.fields : {};
    const acceptMessage = bad.checked
      ? g.accept.errors.checked
      : bad.authority === 'none'
        ? g.accept.errors.none
        : bad.authority === 'not-accepted'
          ? g.accept.errors.notAccepted
          : undefined;
    forms.push(
      html`<section class="action" aria-labelledby="act-accept-authority"><h3 id="act-accept-authority">${g.accept.heading}</h3>
${acceptMessage ? errorSummary(pg.form.errorSummary, [{ href: 'authority-checked', text: acceptMessage }]) : ''}
<p class="hint">${g.accept.hint}</p>
<form method="post" action="${base}/accept-authority" novalidate>${csrf}
<div class="choice"><input type="checkbox" id="authority-checked" name="checked" value="yes"${acceptMessage ? html` aria-invalid="true" aria-describedby="authority-checked-error"` : ''}><label for="authority-checked">${g.accept.check}</label></div>
${acceptMessage ? html`<p class="error" id="authority-checked-error">${acceptMessage}</p>` : ''}
<button type="submit">${g.accept.submit}</button></form></section>`,
    );
    const declined =
      problem?.action === 'decline-authority' ? problem : undefined;
    const reasonMessage = declined?.fields.reason
      ? declined.fields.reason === 'is required'
        ? g.decline.errors.required
        : g.decline.errors.tooLong
      : undefined;
    forms.push(
      html`<section class="action" aria-labelledby="act-decline-authority"><h3 id="act-decline-authority">${g.decline.heading}</h3>
${reasonMessage ? errorSummary(pg.form.errorSummary, [{ href: 'authority-reason', text: reasonMessage }]) : ''}
<p class="hint">${g.decline.hint}</p>
<form method="post" action="${base}/decline-authority" novalidate>${csrf}
<label for="authority-reason">${g.decline.reason}</label><p class="hint" id="authority-reason-hint">${g.decline.reasonHint}</p>
${reasonMessage ? html`<p class="error" id="authority-reason-error">${reasonMessage}</p>` : ''}
<textarea id="authority-reason" name="reason" rows="3" maxlength="1000" aria-describedby="authority-reason-hint${reasonMessage ? ' authority-reason-error' : ''}"${reasonMessage ? html` aria-invalid="true"` : ''}>${declined ? postedText(declined.posted.reason) : ''}</textarea>
<button type="submit" class="secondary">${g.decline.submit}</button></form></section>`,
    );
  }
  return html`<h2 id="agent">${g.section.heading}</h2>
<p class="hint">${g.section.intro}</p>
<dl>
<dt>${g.section.agent}</dt><dd>${agent.name} (${agent.email})</dd>
<dt>${g.section.relation}</dt><dd>${AGENT_MESSAGES[locale].relations[agent.relation]}</dd>
<dt>${g.section.files}</dt><dd>${list}${accepted ? html`<p>${g.section.accepted(who(accepted.by), formatDate(accepted.at, locale), accepted.files.length)}</p>` : ''}${view.agent.open && files.length < AUTHORITY_LIMITS.maxFiles ? html`<p><a href="${base}/authority">${g.section.addFile}</a></p>` : ''}</dd>
</dl>
${forms}`;
}

/**
 * `GET /console/requests/{id}/authority`: the files, and the form that adds an authorisation the
 * shop received by post or email (posting straight to the bucket, which brings the browser back).
 */
export function authorityConsolePage(
  view: AuthorityConsoleView,
  chrome: Chrome,
): string {
  const locale = chrome.locale;
  const g = AGENT_CONSOLE_MESSAGES[locale];
  const p = AGENT_MESSAGES[locale].page;
  const size = UPLOAD_MESSAGES[locale].size;
  const id = view.request.requestId;
  const ref = requestReference(id);
  return consolePage(
    g.upload.title(ref),
    html`<p><a href="/console/requests/${id}#agent">${g.upload.back}</a></p>
<h1>${g.upload.heading}</h1>
<p><strong>${g.upload.title(ref)}</strong></p>
${
  !view.open
    ? html`<p role="status">${g.upload.closed}</p>`
    : html`<p>${g.upload.intro}</p>
<p class="hint" id="upload-types">${p.types}</p>
${authorityUploadForm(view.form, locale)}`
}
<h2>${p.listHeading}</h2>
${
  view.files.length
    ? html`<ul>${view.files.map((f) => html`<li><a href="${authorityFileUrl(id, f.id)}" aria-label="${g.section.download(f.name)}">${f.name}</a> <span class="${f.accepted ? 'hint' : 'error'}">(${size(f.bytes)}, ${f.accepted ? (f.label ?? '') : g.section.notAccepted})</span></li>`)}</ul>`
    : html`<p class="hint">${p.none}</p>`
}`,
    chrome,
  );
}
