/**
 * `GET /console/reports`: the figures of a merchant's requests (by month, type, channel and
 * outcome; on time and the median days to answer), the overdue list, and the exports (the
 * request register as CSV, with or without emails; the record of processing activities).
 */
import { dueState } from '#domain/console-inbox.ts';
import { OUTCOMES, REPORT_CHANNELS } from '#domain/console-reports.ts';
import { requestReference } from '#domain/request.ts';
import { REQUEST_TYPES } from '#domain/request-kinds.ts';
import type { ReportView } from '#use-cases/console/reports.ts';
import { html, type SafeHtml } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { type Chrome, consolePage } from './layout.ts';
import { dueWords } from './words.ts';

/** `2026-11` as the reader's month: "November 2026". */
export function monthName(month: string, locale: Chrome['locale']): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString(
    messages(locale).dateLocale,
    { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
}

/** A share as a whole per cent in the reader's style ("93 %" in Finnish). */
export const percent = (share: number, locale: Chrome['locale']) =>
  share.toLocaleString(messages(locale).dateLocale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });

export function reportsPage(
  view: ReportView,
  chrome: Chrome,
  now: Date,
): string {
  const locale = chrome.locale;
  const c = CONSOLE_MESSAGES[locale];
  const a = ADMIN_MESSAGES[locale];
  const r = a.reports;
  const { report } = view;
  const shop = view.merchant.name;
  const q = `merchant=${encodeURIComponent(view.of.merchantId)}`;
  const breakdown = <K extends string>(
    id: string,
    title: string,
    column: string,
    keys: readonly K[],
    label: (k: K) => string,
    count: (k: K) => number,
  ): SafeHtml =>
    html`<table class="wrap keep" id="${id}"><caption>${title}</caption><thead><tr><th scope="col">${column}</th><th scope="col">${r.count}</th></tr></thead><tbody>${keys.map(
      (k) =>
        html`<tr><th scope="row">${label(k)}</th><td data-label="${r.count}">${count(k)}</td></tr>`,
    )}</tbody></table>`;
  const t = report.total;
  return consolePage(
    r.title,
    html`<h1>${r.heading(shop)}</h1>
<p>${r.window(view.months)}</p>
${view.truncated ? html`<p class="hint">${c.inbox.truncated(5000)}</p>` : ''}
<h2>${r.summary}</h2>
<dl class="figures">
<dt>${r.received}</dt><dd>${t.total}</dd>
<dt>${r.answered}</dt><dd>${report.answered}</dd>
<dt>${r.onTime}</dt><dd>${report.onTime}</dd>
<dt>${r.onTimeRate}</dt><dd>${report.onTimeRate === undefined ? r.none : percent(report.onTimeRate, locale)}</dd>
<dt>${r.median}</dt><dd>${report.medianDaysToClose === undefined ? r.none : r.days(report.medianDaysToClose)}</dd>
</dl>
<p class="hint">${r.onTimeExplain}</p>
<h2 id="overdue">${r.overdue}</h2>
${
  report.overdue.length === 0
    ? html`<p>${r.overdueNone}</p>`
    : html`<table class="wrap"><caption class="vh">${r.overdue}</caption><thead><tr><th scope="col">${r.overdueColumns.reference}</th><th scope="col">${r.overdueColumns.type}</th><th scope="col">${r.overdueColumns.received}</th><th scope="col">${r.overdueColumns.due}</th><th scope="col">${r.overdueColumns.late}</th></tr></thead><tbody>${report.overdue.map(
        (x) =>
          html`<tr><td class="nowrap" data-label="${r.overdueColumns.reference}"><a href="/console/requests/${x.requestId}">${requestReference(x.requestId)}</a></td><td data-label="${r.overdueColumns.type}">${c.type[x.type]}</td><td data-label="${r.overdueColumns.received}">${formatDate(x.receivedAt, locale)}</td><td data-label="${r.overdueColumns.due}">${formatDate(x.dueDate, locale)}</td><td class="overdue" data-label="${r.overdueColumns.late}">${dueWords(dueState(x, now), locale)}</td></tr>`,
      )}</tbody></table>`
}
<h2>${r.byMonth}</h2>
<table class="wrap keep" id="by-month"><caption class="vh">${r.byMonth}</caption><thead><tr><th scope="col">${r.month}</th><th scope="col">${r.total}</th><th scope="col">${r.byType}</th></tr></thead>
<tbody>${report.months.map(
      (m) =>
        html`<tr><th scope="row">${monthName(m.month, locale)}</th><td>${m.total}</td><td>${REQUEST_TYPES.filter(
          (k) => m.byType[k] > 0,
        )
          .map((k) => `${c.type[k]}: ${m.byType[k]}`)
          .join(', ')}</td></tr>`,
    )}</tbody></table>
<div class="breakdowns">
${breakdown(
  'by-type',
  r.byType,
  c.inbox.columns.type,
  REQUEST_TYPES,
  (k) => c.type[k],
  (k) => t.byType[k],
)}
${breakdown(
  'by-channel',
  r.byChannel,
  c.inbox.columns.channel,
  REPORT_CHANNELS,
  (k) => c.channel[k],
  (k) => t.byChannel[k],
)}
${breakdown(
  'by-outcome',
  r.byOutcome,
  a.register.columns.outcome,
  OUTCOMES,
  (k) => a.outcome[k],
  (k) => t.byOutcome[k],
)}
</div>
<h2>${r.exports}</h2>
<section class="action" aria-labelledby="register-heading"><h3 id="register-heading">${r.register}</h3>
<p class="hint">${r.registerHint}</p>
<form method="get" action="/console/reports/register.csv"><input type="hidden" name="merchant" value="${view.of.merchantId}">
<fieldset><legend>${r.contents}</legend>
<div class="choice"><input type="radio" id="emails-no" name="emails" value="0" checked><label for="emails-no">${r.withoutEmails}</label></div>
<div class="choice"><input type="radio" id="emails-yes" name="emails" value="1"><label for="emails-yes">${r.withEmails}</label></div>
</fieldset><button type="submit">${r.download}</button></form></section>
<section class="action" aria-labelledby="record-heading"><h3 id="record-heading">${r.record}</h3>
<p class="hint">${r.recordHint}</p>
<ul><li><a href="/console/reports/processing?${q}">${r.recordHtml}</a></li><li><a href="/console/reports/processing.csv?${q}">${r.recordCsv}</a></li></ul></section>`,
    chrome,
  );
}
