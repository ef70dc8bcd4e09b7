/**
 * Read-only operator views as HTML: the evidence bundle for an auditor, and the local ops page
 * (request list and one request's timeline). Same data as the CLI; emails masked, no bodies.
 */

import type { EvidenceBundle } from '#use-cases/ops/evidence.ts';
import type { ListedRequest } from '#use-cases/ops/list-requests.ts';
import type { RequestView } from '#use-cases/ops/show-request.ts';
import { answerWords } from './answers.ts';
import { html, SafeHtml } from './html.ts';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1b1f24;line-height:1.45}
table{border-collapse:collapse;margin:.5rem 0 1.25rem;font-size:.92rem}th,td{border-bottom:1px solid #d0d4da;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.bad{color:#b91c1c;font-weight:600}.ok{color:#15803d}.dim{color:#6b7280}h2{margin-top:1.75rem}
h1,p,table.kv td{overflow-wrap:anywhere}.wide{max-width:100%;overflow-x:auto}.wide:focus-visible{outline:3px solid #1b1f24;outline-offset:2px}
@media (max-width:40rem){body{margin:.75rem}}
`;

/**
 * A table that scrolls sideways inside the page on a narrow screen (the page itself never does):
 * a labelled region that takes focus, so a keyboard can scroll it too (WCAG 2.1.1).
 */
const wide = (label: string, table: SafeHtml) =>
  html`<div class="wide" role="region" aria-label="${label}" tabindex="0">${table}</div>`;

function doc(title: string, body: SafeHtml): string {
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body>${body}</body></html>`.value}`;
}

const cls = (status: string) =>
  ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(status)
    ? 'bad'
    : status === 'COMPLETED' || status === 'SUCCEEDED'
      ? 'ok'
      : '';

export function evidenceHtml(b: EvidenceBundle): string {
  const r = b.request;
  return doc(
    `Evidence: request ${r.requestId}`,
    html`<h1>Evidence of a data-subject request</h1>
<p>Generated ${b.generatedAt}. Bundle hash <code>${b.bundleHash}</code>; audit chain head <code>${b.auditChain.head}</code> (${b.auditChain.algorithm}). Verify with <code>npm run ops -- verify &lt;bundle.json&gt;</code>.</p>
<h2>Request</h2>
<table class="kv"><tr><th>Request</th><td class="mono">${r.requestId}</td></tr>
<tr><th>Right</th><td>${r.type} (${r.article})</td></tr>
<tr><th>Status</th><td class="${cls(r.status)}">${r.status}</td></tr>
<tr><th>Received</th><td>${r.receivedAt}</td></tr>
<tr><th>Closed</th><td>${r.completedAt ?? '–'}</td></tr>
<tr><th>Subject</th><td>${r.pseudonymisedAt ? `pseudonymised ${r.pseudonymisedAt}` : r.subject.emailMasked} ${r.subject.subjectRef ? html`<span class="dim mono">ref ${r.subject.subjectRef}</span>` : ''}</td></tr>
${r.retainUntil && !r.pseudonymisedAt ? html`<tr><th>Personal data kept until</th><td>${r.retainUntil}</td></tr>` : ''}</table>
<h2>Controller</h2>
<table class="kv"><tr><th>Merchant</th><td>${b.controller.name ?? b.controller.merchantId} (${b.controller.legalName ?? ''})</td></tr>
<tr><th>Regime</th><td>${b.controller.regime ?? ''} · ${b.controller.country ?? ''}</td></tr>
<tr><th>Supervisory authority</th><td>${b.controller.supervisoryAuthority?.name ?? ''}</td></tr></table>
<h2>Identity verification</h2>
<p>Method: single-use emailed link. Verified: ${b.identityVerification.verifiedAt ?? 'not verified'}. Events: ${b.identityVerification.events.join(', ') || '–'}.</p>
<h2>Decisions</h2>
${
  b.decisions.length === 0
    ? html`<p>No decision recorded.</p>`
    : html`${wide(
        'Decisions',
        html`<table><tr><th>Outcome</th><th>By</th><th>At</th><th>Reason</th><th>Events</th></tr>${b.decisions.map(
          (d) =>
            html`<tr><td>${d.outcome}</td><td>${d.by}</td><td>${d.at}</td><td>${d.reason ?? ''}</td><td>${d.events.join(', ')}</td></tr>`,
        )}</table>`,
      )}`
}
${b.extension ? html`<p>Extended by ${b.extension.by} at ${b.extension.at}: ${b.extension.reason}</p>` : ''}
<h2>Deadline computations</h2>
${wide(
  'Deadline computations',
  html`<table><tr><th>Why</th><th>Computed</th><th>Due</th><th>Latest</th><th>Flags</th><th>Versions</th></tr>${b.deadlines.map(
    (d) =>
      html`<tr><td>${d.reason}</td><td>${d.computedAt}</td><td>${d.dueDate}</td><td>${d.latestDueDate ?? ''}</td><td>${d.flags.join(', ')}</td><td class="mono">${d.calcVersion} ${d.holidayDataVersion ?? ''}</td></tr>`,
  )}</table>`,
)}
<h2>Disclosures to processors (Art. 19) and their answers</h2>
${wide(
  'Disclosures to processors',
  html`<table><tr><th>Processor</th><th>Categories</th><th>Job</th><th>Due</th><th>Finished</th><th>Records</th><th>Error</th><th>Events</th></tr>${b.disclosures.map(
    (d) =>
      html`<tr><td>${d.name ?? d.processorId} <span class="dim mono">${d.processorId}</span></td><td>${d.categories.join(', ')}</td><td class="${cls(d.job?.state ?? '')}">${d.job?.state ?? 'not run'}</td><td>${d.job?.dueAt ?? ''}</td><td>${d.job?.finishedAt ?? ''}</td><td>${d.job?.records ?? ''}</td><td>${d.job?.error ?? ''}</td><td>${d.events.join(', ')}</td></tr>`,
  )}</table>`,
)}
<h2>Messages sent (ids only)</h2>
${wide(
  'Messages sent',
  html`<table><tr><th>#</th><th>To</th><th>Kind</th><th>At</th><th>Message id</th></tr>${b.messages.map(
    (m) =>
      html`<tr><td>${m.seq}</td><td>${m.to}</td><td>${m.type}</td><td>${m.at}</td><td class="mono">${m.messageId}</td></tr>`,
  )}</table>`,
)}
<h2>Workflow executions</h2>
${wide(
  'Workflow executions',
  html`<table><tr><th>Name</th><th>Status</th><th>Started</th><th>Stopped</th><th>Error</th></tr>${b.executions.map(
    (e) =>
      html`<tr><td class="mono">${e.name}</td><td class="${cls(e.status)}">${e.status}</td><td>${e.startedAt}</td><td>${e.stoppedAt ?? ''}</td><td>${e.error ?? ''}</td></tr>`,
  )}</table>`,
)}
<h2>Audit trail (hash chain)</h2>
${wide(
  'Audit trail',
  html`<table><tr><th>#</th><th>At</th><th>Event</th><th>Actor</th><th>Status</th><th>Details</th><th>Hash</th></tr>${b.auditChain.events.map(
    (c) =>
      html`<tr><td>${c.seq}</td><td>${c.event.at}</td><td>${c.event.type}</td><td>${c.event.actor}</td><td>${c.event.fromStatus ?? ''} → ${c.event.toStatus ?? ''}</td><td class="mono">${Object.entries(
        c.event.details ?? {},
      )
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}</td><td class="mono">${c.hash.slice(0, 16)}…</td></tr>`,
  )}</table>`,
)}`,
  );
}

export function opsListHtml(requests: ListedRequest[], note: string): string {
  return doc(
    'Requests (local ops)',
    html`<h1>Requests</h1><p class="dim">Read-only. ${note}. Filters: <a href="?">all</a> · <a href="?overdue=1">overdue</a> · <a href="?due=7">due within 7 days</a> · <a href="?status=FAILED">failed</a> · <a href="?sort=urgent">most urgent first</a></p>
${wide(
  'Requests',
  html`<table><tr><th>Request</th><th>Merchant</th><th>Type</th><th>Status</th><th>Received</th><th>Due</th><th>Days left</th><th>Subject</th></tr>${requests.map(
    (r) =>
      html`<tr><td class="mono"><a href="/requests/${encodeURIComponent(r.requestId)}">${r.requestId}</a></td><td>${r.merchantId}</td><td>${r.type}</td><td class="${cls(r.status)}">${r.status}</td><td>${r.receivedAt}</td><td>${r.dueDate}</td><td class="${r.overdue ? 'bad' : ''}">${r.daysLeft}</td><td>${r.emailMasked ?? ''}</td></tr>`,
  )}</table>`,
)}`,
  );
}

/** What a job's processor answered, in the words every output uses, with its holds and note. */
export function jobAnswer(j: RequestView['jobs'][number]): string {
  const w = answerWords(j.statement, 'en', 'merchant');
  return [
    w.text,
    ...w.holds.map((h) => `[${h}]`),
    ...(w.note ? [w.note] : []),
  ].join(' ');
}

export function opsRequestHtml(v: RequestView): string {
  const r = v.request;
  return doc(
    `Request ${r.requestId}`,
    html`<p><a href="/">← all requests</a></p><h1>Request <span class="mono">${r.requestId}</span></h1>
${wide(
  'Request',
  html`<table><tr><th>Merchant</th><td>${r.merchantId}</td></tr><tr><th>Type</th><td>${r.type}</td></tr>
<tr><th>Status</th><td class="${cls(r.status)}">${r.status}${r.failure ? ` (phase ${r.failure.phase}: ${r.failure.error})` : ''}</td></tr>
<tr><th>Subject</th><td>${r.pseudonymisedAt ? `pseudonymised ${r.pseudonymisedAt}` : r.emailMasked}</td></tr><tr><th>Received</th><td>${r.receivedAt}</td></tr>
<tr><th>Due</th><td class="${v.deadline.overdue ? 'bad' : ''}">${v.deadline.dueDate} (${v.deadline.daysLeft} days left)</td></tr>
${r.objectionScope ? html`<tr><th>Objection to</th><td>${r.objectionScope}</td></tr>` : ''}
${r.information ? html`<tr><th>More information</th><td>asked ${r.information.askedAt}${r.information.notifiedAt ? `, emailed ${r.information.notifiedAt}` : ', not emailed yet'}; ${r.information.answeredAt ? `answered ${r.information.answeredAt}` : 'waiting for the shopper’s answer'}</td></tr>` : ''}
${r.decision ? html`<tr><th>Decision</th><td>${r.decision.outcome} by ${r.decision.by} at ${r.decision.at}</td></tr>` : ''}
${r.partsLeftOut ? html`<tr><th>Released without</th><td>${r.partsLeftOut} part(s) (Art. 15(4))</td></tr>` : ''}</table>`,
)}
<h2>Deadline computations</h2>${wide(
      'Deadline computations',
      html`<table><tr><th>Why</th><th>Computed</th><th>Due</th><th>Flags</th></tr>${v.deadline.computations.map(
        (c) =>
          html`<tr><td>${c.reason}</td><td>${c.computedAt}</td><td>${c.dueDate}</td><td>${c.flags.join(', ')}</td></tr>`,
      )}</table>`,
    )}
<h2>Jobs</h2>${wide(
      'Jobs',
      html`<table><tr><th>Processor</th><th>State</th><th>Due</th><th>Answer</th></tr>${v.jobs.map(
        (j) =>
          html`<tr><td>${j.processorName ?? j.processorId}</td><td class="${cls(j.state)}">${j.state}</td><td>${j.dueAt ?? ''}</td><td>${jobAnswer(j)}</td></tr>`,
      )}</table>`,
    )}
<h2>Timeline</h2>${wide(
      'Timeline',
      html`<table><tr><th>At</th><th>Source</th><th>What</th><th>Who / state</th><th>Detail</th></tr>${v.timeline.map(
        (t) =>
          html`<tr><td>${t.at}</td><td class="dim">${t.source}${t.execution ? ` ${t.execution}` : ''}</td><td class="${/Failed|TimedOut|Aborted/.test(t.what) ? 'bad' : ''}">${t.what}</td><td>${t.who ?? ''}</td><td class="mono">${t.detail ?? ''}</td></tr>`,
      )}</table>`,
    )}
${v.retry ? html`<p>Retry possible from the CLI: <code>npm run ops -- retry ${r.requestId}</code> (resumes at ${v.retry.resumeAt}).</p>` : ''}`,
  );
}
