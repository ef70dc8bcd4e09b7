/**
 * `GET /console/requests`: the filters (a GET form), the requests as a table (one card per
 * request on a phone), and the bulk close of a selected batch (a POST form around the table).
 */

import {
  AGENT_ACTIONS,
  type AgentAction,
  type BatchLine,
} from '#domain/agents.ts';
import type { InboxFilters } from '#domain/console-inbox.ts';
import {
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
} from '#domain/request.ts';
import { INBOX_LIMIT, type Inbox } from '#use-cases/console/inbox.ts';
import { html, type SafeHtml } from '../html.ts';
import { AGENT_CONSOLE_MESSAGES } from '../i18n/agent-console.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { formatDate } from '../i18n/index.ts';
import { type Chrome, consolePage, csrfField } from './layout.ts';
import { dueWords, waitingWords } from './words.ts';

export interface InboxPageOptions {
  filters: InboxFilters;
  /** The filter query was not valid: the list shows everything and says so. */
  invalidFilter?: boolean;
  /** Merchants where the member may close requests (their rows get a checkbox). */
  canAct: ReadonlySet<string>;
  /** After a bulk close. */
  bulk?: { closed: number; skipped: string[] } | { problem: true };
  /** Processor names by merchant and id, for "waiting on". */
  processorName: (merchantId: string, processorId: string) => string;
  /** After a batch on an agent's requests: what happened to each (by reference). */
  agentBatch?:
    | {
        action: AgentAction;
        lines: { reference: string; outcome: BatchLine['outcome'] }[];
      }
    | { problem: true };
}

export function inboxPage(
  inbox: Inbox,
  chrome: Chrome,
  o: InboxPageOptions,
): string {
  const locale = chrome.locale;
  const c = CONSOLE_MESSAGES[locale];
  const i = c.inbox;
  const f = o.filters;
  const all = f.merchant === '*';
  const many = all && inbox.merchants.length > 1;
  const heading = all
    ? i.headingAll
    : i.heading(inbox.merchants[0]?.name ?? '');
  const selectable = inbox.rows.some((r) => o.canAct.has(r.merchant));
  const option = (value: string, label: string, chosen: string | undefined) =>
    html`<option value="${value}"${chosen === value ? html` selected` : ''}>${label}</option>`;
  const bulk = o.bulk;
  return consolePage(
    i.title,
    html`<h1>${heading}</h1>
${o.invalidFilter ? html`<p class="refused" role="alert">${i.invalidFilter}</p>` : ''}
${bulk && 'closed' in bulk ? html`<div class="notice" role="status"><p>${i.bulkDone(bulk.closed)}</p>${bulk.skipped.length ? html`<p>${i.bulkSkipped(bulk.skipped.join(', '))}</p>` : ''}</div>` : ''}
${bulk && 'problem' in bulk ? html`<p class="refused" role="alert">${i.bulkNone}</p>` : ''}
${agentBatchResult(o, locale)}
${agentGroupsSection(inbox, f, locale)}
<form method="get" action="/console/requests"><fieldset><legend>${i.filters}</legend>
${f.merchant ? html`<input type="hidden" name="merchant" value="${f.merchant}">` : ''}
<div class="filters">
<div><label for="f-status">${i.statusLabel}</label><select id="f-status" name="status">${option('', i.anyStatus, f.status ?? '')}${REQUEST_STATUSES.map((s) => option(s, c.status[s], f.status))}</select></div>
<div><label for="f-type">${i.typeLabel}</label><select id="f-type" name="type">${option('', i.anyType, f.type ?? '')}${REQUEST_TYPES.map((t) => option(t, c.type[t], f.type))}</select></div>
<div><label for="f-channel">${i.channelLabel}</label><select id="f-channel" name="channel">${option('', i.anyChannel, f.channel ?? '')}${REQUEST_CHANNELS.map((ch) => option(ch, c.channel[ch], f.channel))}</select></div>
<div><label for="f-due">${i.dueWithin}</label><input id="f-due" name="due" type="number" min="0" max="366" inputmode="numeric" value="${f.dueWithinDays ?? ''}" aria-describedby="f-due-hint"><p class="hint" id="f-due-hint">${i.dueWithinHint}</p></div>
<div><label for="f-q">${i.search}</label><input id="f-q" name="q" type="search" spellcheck="false" value="${f.q ?? ''}" aria-describedby="f-q-hint"><p class="hint" id="f-q-hint">${i.searchHint}</p></div>
<div class="choice"><input type="checkbox" id="f-overdue" name="overdue" value="1"${f.overdue ? html` checked` : ''}><label for="f-overdue">${i.overdue}</label></div>
</div>
<button type="submit">${i.apply}</button> <a href="/console/requests${f.merchant ? `?merchant=${encodeURIComponent(f.merchant)}` : ''}">${i.clear}</a>
</fieldset></form>
${inbox.truncated ? html`<p class="hint">${i.truncated(INBOX_LIMIT)}</p>` : ''}
${
  inbox.rows.length === 0
    ? html`<p role="status">${i.none}</p>`
    : html`<form method="post" action="/console/requests/bulk" novalidate>
${csrfField(chrome.member?.csrf ?? '')}
<table><caption>${i.caption(inbox.rows.length)}</caption>
<thead><tr>${selectable ? html`<th scope="col">${i.columns.select}</th>` : ''}<th scope="col">${i.columns.reference}</th>${many ? html`<th scope="col">${i.columns.shop}</th>` : ''}<th scope="col">${i.columns.type}</th><th scope="col">${i.columns.status}</th><th scope="col">${i.columns.channel}</th><th scope="col">${i.columns.received}</th><th scope="col">${i.columns.due}</th><th scope="col">${i.columns.waitingOn}</th></tr></thead>
<tbody>${inbox.rows.map(
        (r): SafeHtml =>
          html`<tr>${selectable ? html`<td data-label="${i.columns.select}">${o.canAct.has(r.merchant) ? html`<input type="checkbox" name="requestId" value="${r.requestId}" id="select-${r.requestId}" aria-label="${i.selectRow(r.reference)}">` : ''}</td>` : ''}<td class="nowrap" data-label="${i.columns.reference}"><a href="/console/requests/${r.requestId}">${r.reference}</a></td>${many ? html`<td data-label="${i.columns.shop}">${r.merchantName}</td>` : ''}<td data-label="${i.columns.type}">${c.type[r.type]}</td><td data-label="${i.columns.status}">${c.status[r.status]}</td><td data-label="${i.columns.channel}">${c.channel[r.channel]}</td><td data-label="${i.columns.received}">${formatDate(r.receivedAt, locale)}</td><td data-label="${i.columns.due}">${formatDate(r.dueDate, locale)}<br>${dueWords(r.due, locale)}</td><td data-label="${i.columns.waitingOn}">${waitingWords(r.waitingOn, (p) => o.processorName(r.merchant, p), locale)}</td></tr>`,
      )}</tbody></table>
${
  selectable
    ? html`<fieldset><legend>${i.bulkLegend}</legend><p class="hint">${i.bulkHint}</p>
<div class="choice"><input type="radio" id="bulk-spam" name="closure" value="spam"><label for="bulk-spam">${i.bulkSpam}</label></div>
<div class="choice"><input type="radio" id="bulk-duplicate" name="closure" value="duplicate"><label for="bulk-duplicate">${i.bulkDuplicate}</label></div>
<label for="bulk-of">${c.actions.duplicateOf}</label><input id="bulk-of" name="duplicateOf" maxlength="36" spellcheck="false" autocomplete="off">
<button type="submit">${i.bulkSubmit}</button></fieldset>${f.agent ? agentBatchFieldset(locale, f) : ''}`
    : ''
}
</form>`
}`,
    chrome,
  );
}

/** What a batch on an agent's requests did, request by request. */
function agentBatchResult(o: InboxPageOptions, locale: Chrome['locale']) {
  const g = AGENT_CONSOLE_MESSAGES[locale].inbox;
  const batch = o.agentBatch;
  if (!batch) return '';
  if ('problem' in batch)
    return html`<p class="refused" role="alert">${g.problem}</p>`;
  return html`<div class="notice" role="status"><p>${g.resultHeading(g.actions[batch.action])}</p><ul>${batch.lines.map((l) => html`<li>${l.reference}: ${g.outcomes[l.outcome]}</li>`)}</ul></div>`;
}

/** The open requests of agents, a line per agent or service, each opening its filtered list. */
function agentGroupsSection(
  inbox: Inbox,
  f: InboxFilters,
  locale: Chrome['locale'],
): SafeHtml | '' {
  const g = AGENT_CONSOLE_MESSAGES[locale].inbox;
  const merchant = f.merchant
    ? `merchant=${encodeURIComponent(f.merchant)}&`
    : '';
  const current = f.agent
    ? inbox.agentGroups.find((x) => x.key === f.agent)
    : undefined;
  if (f.agent)
    return html`<p role="status">${g.filtered(current?.label ?? '')} <a href="/console/requests${f.merchant ? `?merchant=${encodeURIComponent(f.merchant)}` : ''}">${g.all}</a></p>`;
  if (inbox.agentGroups.length === 0) return '';
  return html`<section aria-labelledby="agent-groups"><h2 id="agent-groups">${g.heading}</h2><p class="hint">${g.intro}</p><ul>${inbox.agentGroups.map(
    (x) =>
      html`<li>${g.group(x.label, x.waiting, x.total)}: <a href="/console/requests?${merchant}agent=${x.key}">${g.show}</a></li>`,
  )}</ul></section>`;
}

/**
 * The batch on the ticked requests of one agent: an action (none chosen), the reason the agent is
 * told when closing, and a box confirming it applies to every ticked request. Its button posts the
 * same form (the ticked rows) to the agents' batch route.
 */
function agentBatchFieldset(
  locale: Chrome['locale'],
  f: InboxFilters,
): SafeHtml {
  const g = AGENT_CONSOLE_MESSAGES[locale].inbox;
  return html`<fieldset><legend>${g.batchLegend}</legend><p class="hint">${g.batchHint}</p>
<input type="hidden" name="agent" value="${f.agent ?? ''}">${f.merchant ? html`<input type="hidden" name="merchant" value="${f.merchant}">` : ''}
${AGENT_ACTIONS.map((a) => html`<div class="choice"><input type="radio" id="agent-action-${a}" name="action" value="${a}"><label for="agent-action-${a}">${g.actions[a]}</label></div>`)}
<label for="agent-reason">${g.reason}</label><textarea id="agent-reason" name="reason" rows="2" maxlength="1000"></textarea>
<div class="choice"><input type="checkbox" id="agent-confirm" name="confirm" value="yes"><label for="agent-confirm">${g.confirm}</label></div>
<button type="submit" formaction="/console/requests/agents">${g.submit}</button></fieldset>`;
}
