/**
 * `GET /console/requests/{requestId}`: one request, everything recorded about it, and the actions
 * allowed now. Each action is its own small POST form; the forms that are an emailed link's form
 * (deciding, releasing) are that form (decision-pages.ts, release-pages.ts), so they offer and
 * refuse exactly the same. A refused post comes back with what was posted and why.
 */

import type { ActionRefusal } from '#domain/console-errors.ts';
import { FLAG_LEGEND } from '#domain/deadlines/flags.ts';
import type {
  DecisionProblem,
  DeferralProblem,
  ReleaseProblem,
} from '#domain/decision.ts';
import { channelOf, requestReference } from '#domain/request.ts';
import type { ActionName } from '#use-cases/console/actions.ts';
import type { RequestView } from '#use-cases/console/request-view.ts';
import { answerWords } from '../answers.ts';
import { decisionForm, languageName } from '../decision-pages.ts';
import { deferralFields } from '../deferral-form.ts';
import { errorSummary, postedText } from '../form-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import { AGENT_CONSOLE_MESSAGES } from '../i18n/agent-console.ts';
import { CONSOLE_MESSAGES, type Notice } from '../i18n/console/index.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { pageMessages } from '../i18n/pages/index.ts';
import { UPLOAD_MESSAGES } from '../i18n/uploads.ts';
import { processorName } from '../register.ts';
import { releaseForm } from '../release-pages.ts';
import { type AgentProblem, agentSection } from './agent-section.ts';
import { formatDateTime } from './format.ts';
import { inboundSection } from './inbound-section.ts';
import { type Chrome, consolePage, csrfField } from './layout.ts';
import { actorWords, dueWords, mailKind, waitingWords } from './words.ts';

/** What an action's POST left to say: the notice after it, or what was wrong with it. */
export interface ActionFeedback {
  notice?: { notice: Notice; detail?: string };
  problem?: {
    action: ActionName;
    posted: Record<string, unknown>;
    fields?: Record<string, string>;
    decision?: DecisionProblem;
    release?: ReleaseProblem;
    deferral?: DeferralProblem;
    refused?: ActionRefusal;
  };
}

export function requestPage(
  view: RequestView,
  chrome: Chrome,
  feedback: ActionFeedback = {},
): string {
  const locale = chrome.locale;
  const c = CONSOLE_MESSAGES[locale];
  const r = c.request;
  const t = messages(locale);
  const pg = pageMessages(locale);
  const { request, merchant } = view;
  const ref = requestReference(request.requestId);
  const date = (iso: string) => formatDate(iso, locale);
  const time = (iso: string) => formatDateTime(iso, locale, merchant.timezone);
  const nameOf = (id: string) => {
    const p = merchant.processors.find((x) => x.processorId === id);
    return p ? processorName(p, locale) : id;
  };
  const who = (actor: string) =>
    actorWords(actor as never, view.members, nameOf, locale);
  const notice = feedback.notice
    ? feedback.notice.notice === 'duplicate' && feedback.notice.detail
      ? c.notices.duplicateOf(feedback.notice.detail)
      : feedback.notice.notice === 'extended' && feedback.notice.detail
        ? c.notices.extendedTo(date(feedback.notice.detail))
        : c.notices[feedback.notice.notice]
    : undefined;
  const refused = feedback.problem?.refused;
  const entry = request.entry;
  return consolePage(
    r.title(ref),
    html`<p><a href="/console/requests">${r.back}</a></p>
<h1>${r.title(ref)}</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
${refused ? html`<p class="refused" role="alert">${c.actions.refused[refused]}</p>` : ''}
${request.pseudonymisedAt ? html`<p>${r.pseudonymised(date(request.pseudonymisedAt))}</p>` : ''}
<h2>${r.facts}</h2>
<dl>
<dt>${r.reference}</dt><dd>${ref}</dd>
<dt>${r.shop}</dt><dd>${merchant.name}</dd>
<dt>${r.type}</dt><dd>${c.type[request.type]}</dd>
<dt>${r.status}</dt><dd>${c.status[request.status]}</dd>
${request.closure ? html`<dt>${r.closedAs}</dt><dd>${c.closure[request.closure.kind]}${request.closure.duplicateOf ? html` (${r.duplicateOf} <a href="/console/requests/${request.closure.duplicateOf}">${requestReference(request.closure.duplicateOf)}</a>)` : ''}${request.closure.note ? html`<br>${request.closure.note}` : ''}</dd>` : ''}
<dt>${r.channel}</dt><dd>${c.channel[channelOf(request)]}</dd>
<dt>${r.received}</dt><dd>${date(request.receivedAt)}${entry ? html`<br><span class="hint">${r.enteredBy(who(entry.by), date(entry.at))}</span>` : ''}</dd>
${request.email ? html`<dt>${r.from}</dt><dd>${request.email}${request.name ? ` (${request.name})` : ''}</dd>` : ''}
<dt>${r.language}</dt><dd>${languageName(request.locale, locale)}</dd>
<dt>${r.identity}</dt><dd>${identity(view, locale, who, date)}</dd>
${entry?.identityNote ? html`<dt>${r.identityNote}</dt><dd>${entry.identityNote}</dd>` : ''}
${request.orderNumber ? html`<dt>${r.order}</dt><dd>${request.orderNumber}</dd>` : ''}
${request.details ? html`<dt>${r.details}</dt><dd>${request.details}</dd>` : ''}
${request.corrections?.length ? html`<dt>${r.corrections}</dt><dd><ul>${request.corrections.map((x) => html`<li>${t.correction.correctTo(t.correction.fields[x.field])}: ${x.value}</li>`)}</ul></dd>` : ''}
</dl>
${agentSection(view, chrome, who, agentProblem(feedback))}
${inboundSection(request, locale, { canAct: ['admin', 'approver'].includes(view.role), csrf: chrome.member?.csrf ?? '', who })}
<h2>${r.deadline}</h2>
<dl>
<dt>${r.due}</dt><dd><strong>${date(request.dueDate)}</strong> (${dueWords(view.due, locale)})</dd>
${request.extension ? html`<dt>${pg.decision.extended}</dt><dd>${r.extension(date(request.extension.at))}</dd>` : ''}
${request.latestDueDate && request.latestDueDate !== request.dueDate ? html`<dt>${r.latest}</dt><dd>${date(request.latestDueDate)}</dd>` : ''}
${request.extensionNoticeDue && !request.extension ? html`<dt>${r.extendBy}</dt><dd>${date(request.extensionNoticeDue)}</dd>` : ''}
<dt>${r.waitingOn}</dt><dd>${waitingWords(view.waitingOn, nameOf, locale)}</dd>
</dl>
<details><summary>${r.computation}</summary>
<p>${r.computationRule(merchant.regime, merchant.country, merchant.timezone)}</p>
<ul>${(request.deadlines ?? []).map(
      (d) =>
        html`<li>${r.computedOn(d.reason === 'extended' ? r.reasonExtended : r.reasonReceived, time(d.computedAt))}: <strong>${date(d.dueDate)}</strong>${d.latestDueDate ? html`; ${r.latest}: ${date(d.latestDueDate)}` : ''}${d.flags.length ? html`<br>${r.flags}: ${d.flags.map((f) => html`<code>${f}</code>${f in FLAG_LEGEND ? html` <span lang="en">(${FLAG_LEGEND[f as keyof typeof FLAG_LEGEND]})</span>` : ''} `)}` : ''}<br><span class="hint">${d.calcVersion}${d.holidayDataVersion ? `, ${d.holidayDataVersion}` : ''}</span></li>`,
    )}</ul>
</details>
${actionsSection(view, chrome, feedback)}
<h2>${r.processors}</h2>
${
  view.rows.length === 0
    ? html`<p>${r.noJobs}</p>`
    : html`<ul>${view.rows.map((row) => {
        const w = answerWords(row.statement, locale, 'merchant');
        const u = UPLOAD_MESSAGES[locale];
        return html`<li><strong>${processorName(row.processor, locale)}</strong>: ${w.text}${w.holds.length ? html`<ul>${w.holds.map((h) => html`<li>${h}</li>`)}</ul>` : ''}${w.note ? html`<br><em>${w.note}</em>` : ''}${row.job.files?.length ? html`<br>${r.files}: <ul>${row.job.files.map((f) => html`<li>${f.name} (${u.size(f.bytes)})</li>`)}</ul>` : ''}</li>`;
      })}</ul>`
}
<h2>${r.earlier}</h2>
${
  view.siblings.length === 0
    ? html`<p>${r.noEarlier}</p>`
    : html`<ul>${view.siblings.map((s) => html`<li><a href="/console/requests/${s.requestId}">${s.reference}</a>: ${c.type[s.type]}, ${c.status[s.status]}, ${date(s.receivedAt)}</li>`)}</ul>${
        view.siblings.some((s) => s.closable) && request.email
          ? html`<p>${c.actions.bulkFromSender(view.siblings.filter((s) => s.closable).length)} <a href="/console/requests?merchant=${merchant.merchantId}&amp;q=${encodeURIComponent(request.email)}">${c.actions.bulkFromSenderLink}</a></p>`
          : ''
      }`
}
<h2>${r.timeline}</h2>
<table><caption>${r.timelineCaption}</caption><thead><tr><th scope="col">${r.when}</th><th scope="col">${r.what}</th><th scope="col">${r.who}</th></tr></thead>
<tbody>${view.events.map((e) => html`<tr><td data-label="${r.when}">${time(e.at)}</td><td data-label="${r.what}">${c.events[e.type] ?? e.type}${typeof e.details?.processorId === 'string' ? html`: ${nameOf(e.details.processorId)}` : ''}</td><td data-label="${r.who}">${who(e.actor)}</td></tr>`)}</tbody></table>
<h2>${r.emails}</h2>
${
  view.mails.length === 0
    ? html`<p>${r.noEmails}</p>`
    : html`<table><caption>${r.emailsCaption}</caption><thead><tr><th scope="col">${r.emailWhat}</th><th scope="col">${r.emailState}</th></tr></thead>
<tbody>${view.mails.map((m) => html`<tr><td data-label="${r.emailWhat}">${c.mails[mailKind(m.purpose)]}${m.processorId ? html` (${nameOf(m.processorId)})` : ''}</td><td data-label="${r.emailState}">${m.state === 'SENT' ? r.accepted(time(m.at)) : r.notConfirmed(time(m.at))}</td></tr>`)}</tbody></table>
<p class="hint">${r.deliveryNote}</p>`
}`,
    chrome,
  );
}

/** A refused accept or decline of an agent's authority, for the agent section. */
function agentProblem(feedback: ActionFeedback): AgentProblem | undefined {
  const p = feedback.problem;
  return p &&
    (p.action === 'accept-authority' || p.action === 'decline-authority') &&
    p.fields
    ? { action: p.action, posted: p.posted, fields: p.fields }
    : undefined;
}

/** How the person's identity was confirmed: by the email link, by the shop's own check, or not yet. */
function identity(
  view: RequestView,
  locale: Chrome['locale'],
  who: (actor: string) => string,
  date: (iso: string) => string,
): string {
  const r = CONSOLE_MESSAGES[locale].request;
  const { request } = view;
  if (!request.verifiedAt) return r.identityPending;
  if (request.agent?.accepted)
    return AGENT_CONSOLE_MESSAGES[locale].identityAccepted(
      who(request.agent.accepted.by),
      date(request.verifiedAt),
    );
  return request.entry?.identityConfirmed
    ? r.identityAttested(who(request.entry.by), date(request.verifiedAt))
    : r.identityEmail(date(request.verifiedAt));
}

/** The actions allowed now, each a form; a viewer is told who acts. */
function actionsSection(
  view: RequestView,
  chrome: Chrome,
  feedback: ActionFeedback,
): SafeHtml {
  const locale = chrome.locale;
  const c = CONSOLE_MESSAGES[locale];
  const a = c.actions;
  const pg = pageMessages(locale);
  const { request, merchant, actions } = view;
  const csrf = csrfField(chrome.member?.csrf ?? '');
  const base = `/console/requests/${request.requestId}`;
  const problem = feedback.problem;
  const posted = problem?.posted ?? {};
  const fieldsOf = (action: ActionName) =>
    problem?.action === action ? (problem.fields ?? {}) : {};
  const nameOf = (id: string) => {
    const p = merchant.processors.find((x) => x.processorId === id);
    return p ? processorName(p, locale) : id;
  };
  if (!['admin', 'approver'].includes(view.role))
    return html`<h2>${a.heading}</h2><p>${a.viewerOnly}</p>`;
  const parts: SafeHtml[] = [];
  if (actions.decide) {
    const form = decisionForm(merchant, request, locale, {
      problem:
        problem?.action === 'decide'
          ? (problem.decision ?? 'decision')
          : undefined,
      posted: problem?.action === 'decide' ? posted : {},
    });
    parts.push(
      html`<section class="action" aria-labelledby="act-decide"><h3 id="act-decide">${a.decide}</h3>${form.summary}<p class="hint">${a.decideHint}</p><form method="post" action="${base}/decide" novalidate>${csrf}${form.fields}</form></section>`,
    );
  }
  if (actions.release) {
    const form = releaseForm(locale, view.rows, {
      parts: view.releaseParts,
      problem:
        problem?.action === 'release'
          ? (problem.release ?? 'decision')
          : undefined,
      posted: problem?.action === 'release' ? posted : {},
    });
    parts.push(
      html`<section class="action" aria-labelledby="act-release"><h3 id="act-release">${a.release}</h3>${form.summary}<form method="post" action="${base}/release" novalidate>${csrf}${form.fields}</form></section>`,
    );
  }
  if (actions.cancelDeferral) {
    const bad =
      problem?.action === 'cancel-deferral' ? problem.deferral : undefined;
    const form = deferralFields(locale, {
      problem: bad,
      posted: bad ? posted : {},
    });
    parts.push(
      html`<section class="action" aria-labelledby="act-deferral"><h3 id="act-deferral">${a.cancelDeferral}</h3>
${form.summary}
<p class="hint">${a.cancelDeferralHint(actions.cancelDeferral.processorIds.map(nameOf).join(', '), formatDate(actions.cancelDeferral.until, locale))}</p>
<form method="post" action="${base}/cancel-deferral" novalidate>${csrf}
${form.fields}</form></section>`,
    );
  }
  if (actions.resendVerification)
    parts.push(
      html`<section class="action" aria-labelledby="act-verify"><h3 id="act-verify">${a.resendVerification}</h3><p class="hint">${a.resendVerificationHint}</p><form method="post" action="${base}/resend-verification">${csrf}<button type="submit">${a.resendVerificationSubmit}</button></form></section>`,
    );
  for (const p of actions.processors)
    parts.push(
      html`<section class="action" aria-labelledby="act-p-${p.processorId}"><h3 id="act-p-${p.processorId}">${a.processor(nameOf(p.processorId))}</h3>
<p><a href="${base}/answer/${p.processorId}">${a.answerProcessor}</a>: ${a.answerHint}</p>
${p.resend ? html`<form method="post" action="${base}/resend-processor">${csrf}<input type="hidden" name="processor" value="${p.processorId}"><p class="hint">${a.resendProcessorHint}</p><button type="submit">${a.resendProcessor}</button></form>` : ''}</section>`,
    );
  if (actions.reissueDownload)
    parts.push(
      html`<section class="action" aria-labelledby="act-reissue"><h3 id="act-reissue">${a.reissue}</h3><p class="hint">${a.reissueHint}</p><form method="post" action="${base}/reissue-download">${csrf}<button type="submit">${a.reissueSubmit}</button></form></section>`,
    );
  if (actions.closeUnasked) {
    const dup = fieldsOf('duplicate');
    const dupMessage = dup.duplicateOf
      ? dup.duplicateOf === 'duplicateUnknown' ||
        dup.duplicateOf === 'duplicateOfItself'
        ? a.refused[dup.duplicateOf]
        : a.errors.duplicateOf
      : undefined;
    parts.push(
      html`<section class="action" aria-labelledby="act-spam"><h3 id="act-spam">${a.spam}</h3><p class="hint">${a.spamHint}</p><form method="post" action="${base}/spam">${csrf}<button type="submit" class="secondary">${a.spamSubmit}</button></form></section>
<section class="action" aria-labelledby="act-duplicate"><h3 id="act-duplicate">${a.duplicate}</h3>
${dupMessage ? errorSummary(pg.form.errorSummary, [{ href: 'duplicateOf', text: dupMessage }]) : ''}
<form method="post" action="${base}/duplicate" novalidate>${csrf}
<label for="duplicateOf">${a.duplicateOf}</label><p class="hint" id="duplicateOf-hint">${a.duplicateHint}</p>
${dupMessage ? html`<p class="error" id="duplicateOf-error">${dupMessage}</p>` : ''}
<input id="duplicateOf" name="duplicateOf" maxlength="36" spellcheck="false" autocomplete="off" value="${problem?.action === 'duplicate' ? postedText(posted.duplicateOf) : ''}" aria-describedby="duplicateOf-hint${dupMessage ? ' duplicateOf-error' : ''}"${dupMessage ? html` aria-invalid="true"` : ''}>
<button type="submit" class="secondary">${a.duplicateSubmit}</button></form></section>`,
    );
  }
  if (actions.cancel) {
    const bad = fieldsOf('cancel');
    const kindMessage = bad.closure ? a.errors.closureKind : undefined;
    const noteMessage = bad.note
      ? bad.note.startsWith('is required')
        ? a.errors.noteRequired
        : a.errors.noteTooLong
      : undefined;
    const items = [
      ...(kindMessage
        ? [{ href: 'closure-withdrawn', text: kindMessage }]
        : []),
      ...(noteMessage ? [{ href: 'cancel-note', text: noteMessage }] : []),
    ];
    const chosen = problem?.action === 'cancel' ? posted.closure : undefined;
    parts.push(
      html`<section class="action" aria-labelledby="act-cancel"><h3 id="act-cancel">${a.cancel}</h3>
${items.length ? errorSummary(pg.form.errorSummary, items) : ''}
<p class="hint">${a.cancelHint}</p>
<form method="post" action="${base}/cancel" novalidate>${csrf}
<fieldset${kindMessage ? html` aria-describedby="closure-error"` : ''}><legend>${a.cancelKind}</legend>
${kindMessage ? html`<p class="error" id="closure-error">${kindMessage}</p>` : ''}
${(['withdrawn', 'other'] as const).map((k) => html`<div class="choice"><input type="radio" id="closure-${k}" name="closure" value="${k}"${chosen === k ? html` checked` : ''}${kindMessage ? html` aria-invalid="true"` : ''}><label for="closure-${k}">${c.closure[k]}</label></div>`)}
</fieldset>
<label for="cancel-note">${a.cancelNote}</label><p class="hint" id="cancel-note-hint">${a.cancelNoteHint}</p>
${noteMessage ? html`<p class="error" id="cancel-note-error">${noteMessage}</p>` : ''}
<textarea id="cancel-note" name="note" rows="3" aria-describedby="cancel-note-hint${noteMessage ? ' cancel-note-error' : ''}"${noteMessage ? html` aria-invalid="true"` : ''}>${problem?.action === 'cancel' ? postedText(posted.note) : ''}</textarea>
<button type="submit" class="secondary">${a.cancelSubmit}</button></form></section>`,
    );
  }
  return html`<h2>${a.heading}</h2>${parts.length ? parts : html`<p>${a.none}</p>`}`;
}
