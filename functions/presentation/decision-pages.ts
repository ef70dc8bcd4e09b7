/**
 * The merchant's pages that decide a request: the decision (approve, deny, extend); the
 * cancellation of a deferred erasure is deferral-pages.ts. Nothing is pre-selected, and a refused post comes back
 * exactly as it was sent, with the problem named next to its field and in a summary.
 */
import { endOfLocalDay } from '#domain/deadline.ts';
import {
  type DecisionProblem,
  PROBLEM_FIELD,
  refusalDue,
} from '#domain/decision.ts';
import { groundsFor } from '#domain/denial-grounds.ts';
import type { earlierRequests } from '#domain/earlier-requests.ts';
import { informationState, pauseEffect } from '#domain/information-request.ts';
import {
  directMarketersObjectedTo,
  isOtherObjection,
} from '#domain/objections.ts';
import { processorsAsked } from '#domain/processor-scope.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import {
  authorityName,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { agentRows, identityByAuthority } from './agent-lines.ts';
import { joinNames } from './answers.ts';
import { errorSummary, postedText, radio } from './form-parts.ts';
import { brandOf, html, page, type SafeHtml } from './html.ts';
import { citeShort } from './i18n/citations.ts';
import {
  colon,
  formatDate,
  type Messages,
  messages,
  resolveLocale,
} from './i18n/index.ts';
import { pageMessages } from './i18n/pages/index.ts';
import {
  REFUSAL_MESSAGES,
  type RefusalMessages,
  type RefusalProblem,
} from './i18n/refusals.ts';
import { processorName } from './processor-name.ts';

/** What the decision form posted, shown again after a refusal. */
export interface DecisionPosted {
  decision?: unknown;
  ground?: unknown;
  reason?: unknown;
  noteForProcessors?: unknown;
}

/** The name of `tag`'s language in `locale`'s words, as in a sentence ("Finnish", "suomi"). */
export function languageName(tag: string, locale: Locale): string {
  return (
    new Intl.DisplayNames([locale], { type: 'language' }).of(
      resolveLocale(tag),
    ) ?? tag
  );
}

/** `text` with its first letter upper-case, as a table cell begins. */
const capitalised = (text: string, locale: Locale) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The same person's other requests, as the decision page lists them (domain/earlier-requests.ts). */
export type EarlierView = ReturnType<typeof earlierRequests>;

/**
 * The brief the merchant decides on, and the form: approve, deny (a ground and the reasons of
 * this case), extend, or ask the shopper for more information, with an optional note for the
 * processors on approval. Above the form, what a refusal needs: the Art. 12(4) time limit (a
 * warning once it has passed) and the person's earlier requests (Art. 12(5)).
 */
export function decisionPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: ProcessorConfig[],
  actionUrl: string,
  options: {
    problem?: DecisionProblem;
    posted?: DecisionPosted;
    notice?: { extendedTo: string } | { asked: true };
    /** The same person's other requests; without it the page says nothing of them. */
    earlier?: EarlierView;
    /** When the page is shown (the refusal time limit is checked against it). */
    now?: string;
  } = {},
): string {
  const { notice, earlier, now } = options;
  const locale = merchant.locale;
  const t = messages(locale);
  const pg = pageMessages(locale);
  // The rows it shares with the email asking for a decision, and the page's own words.
  const d = { ...t.decision, ...pg.decision };
  const r = REFUSAL_MESSAGES[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const canExtend = !request.extension && Boolean(request.extensionNoticeDue);
  const reference = requestReference(request.requestId);
  const language = languageName(request.locale, locale);
  const refuseBy = refusalDue(request);
  const late =
    now !== undefined &&
    Date.parse(now) > endOfLocalDay(refuseBy, merchant.timezone).getTime();
  const form = decisionForm(merchant, request, locale, options);
  const asked = request.informationRequest;
  // An objection to "other" processing that reaches direct marketing: Art. 21(3) for that part.
  const marketers = directMarketersObjectedTo(
    request,
    processorsAsked({ processors }, request),
  ).map((p) => processorName(p, locale));
  return page(
    d.title(reference),
    html`<h1>${d.heading}</h1>
${form.summary}
${notice && 'extendedTo' in notice ? html`<p role="status"><strong>${d.extendedNotice(date(notice.extendedTo))}</strong></p>` : ''}
${notice && 'asked' in notice ? html`<p role="status"><strong>${r.askedNotice}</strong></p>` : ''}
${late ? html`<p class="warning"><strong>${r.refusalLate(date(refuseBy))}</strong></p>` : ''}
<dl><dt>${pg.acting.reference}</dt><dd>${reference}</dd>
<dt>${d.right}</dt><dd>${t.rights[request.type].title} (${citeShort(ARTICLE_OF[request.type], locale)})</dd>
${request.type === 'objection' && request.objectionScope ? html`<dt>${r.objectionScope}</dt><dd>${r.scopes[request.objectionScope]}${marketers.length ? html`<p class="warning"><strong>${r.directMarketingWarning(joinNames(marketers, locale))}</strong></p>` : ''}</dd>` : ''}
<dt>${d.from}</dt><dd>${request.email}${request.name ? ` (${request.name})` : ''}</dd>
<dt>${pg.acting.language}</dt><dd>${capitalised(language, locale)}</dd>
${agentRows(request, locale).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}
<dt>${d.identity}</dt><dd>${identityByAuthority(request, locale) ?? d.identityConfirmed(request.verifiedAt ? date(request.verifiedAt) : '')}</dd>
${request.orderNumber ? html`<dt>${d.order}</dt><dd>${request.orderNumber}</dd>` : ''}
${request.details ? html`<dt>${d.details}</dt><dd style="white-space:pre-wrap">${request.details}</dd>` : ''}
${request.corrections?.length ? html`<dt>${t.correction.label}</dt><dd><ul>${request.corrections.map((x) => html`<li>${t.correction.correctTo(t.correction.fields[x.field])}${colon(locale)}${x.value}</li>`)}</ul></dd>` : ''}
<dt>${d.received}</dt><dd>${date(request.receivedAt)}</dd>
<dt>${d.due}</dt><dd><strong>${date(request.dueDate)}</strong>${request.extension ? ` ${d.extended}` : ''}</dd>
${canExtend && request.extensionNoticeDue ? html`<dt>${r.extendBy}</dt><dd>${date(request.extensionNoticeDue)}</dd>` : ''}
<dt>${r.refuseBy}</dt><dd>${date(refuseBy)}</dd>
<dt>${d.processors}</dt><dd>${processors.map((p) => processorName(p, locale)).join(', ')}</dd></dl>
${asked ? informationSection(asked, r, date) : ''}
${earlier ? earlierSection(earlier, r, t, date, locale) : ''}
<form method="post" action="${actionUrl}" novalidate>
${form.fields}
</form>`,
    locale,
    brandOf(merchant),
  );
}

/**
 * The decision's choices (approve, deny with a ground and the reasons of this case, extend while
 * allowed, ask for more information while nothing was asked), the reason, the note for
 * processors and the button, in `locale`: the decision link's page and the console's request
 * page wrap them in their own form, so both offer and refuse the same. `summary`: the error
 * summary, for the top of the page.
 */
export function decisionForm(
  merchant: MerchantConfig,
  request: DsrRequest,
  locale: Locale,
  options: { problem?: DecisionProblem; posted?: DecisionPosted } = {},
): { summary: SafeHtml | ''; fields: SafeHtml } {
  const { problem, posted = {} } = options;
  const pg = pageMessages(locale);
  const d = pg.decision;
  const r = REFUSAL_MESSAGES[locale];
  const canExtend = !request.extension && Boolean(request.extensionNoticeDue);
  const canAsk = informationState(request) === 'none';
  const field = problem ? PROBLEM_FIELD[problem] : undefined;
  const choose = canAsk
    ? canExtend
      ? r.chooseAll
      : r.chooseAsk
    : canExtend
      ? d.errors.decision
      : pg.acting.chooseApproveOrDeny;
  const message = !problem
    ? undefined
    : problem === 'decision'
      ? choose
      : problem in r.errors
        ? r.errors[problem as RefusalProblem]
        : d.errors[problem as Exclude<DecisionProblem, RefusalProblem>];
  const grounds = groundsFor(request);
  const language = languageName(request.locale, locale);
  // Where the summary's link moves focus: the field the problem is about.
  const anchor =
    field === 'reason'
      ? 'reason'
      : field === 'note'
        ? 'noteForProcessors'
        : field === 'ground'
          ? `ground-${grounds.includes(posted.ground as never) ? posted.ground : grounds[0]}`
          : 'approve';
  const errorFor = (f: typeof field) =>
    field === f && message
      ? html`<p class="error" id="${f}-error">${message}</p>`
      : '';
  const choice = (value: string, label: string, explain: string) =>
    radio({
      name: 'decision',
      value,
      id: value,
      posted: posted.decision,
      invalid: field === 'decision',
      label: html`<strong>${label}</strong>${colon(locale)}${explain}`,
    });
  return {
    summary: message
      ? errorSummary(pg.form.errorSummary, [{ href: anchor, text: message }])
      : '',
    fields: html`<fieldset${field === 'decision' ? html` aria-describedby="decision-error"` : ''}><legend>${d.legend}</legend>
${errorFor('decision')}
${choice('approve', d.approve, d.approveExplain)}
${choice('deny', d.deny, d.denyExplain(authorityName(supervisoryAuthorityOf(merchant), locale)))}
${canExtend ? choice('extend', d.extend, d.extendExplain) : ''}
${canAsk ? choice('ask', r.ask, `${r.askExplain} ${r.pause[pauseEffect(merchant.regime)]}`) : ''}
</fieldset>
<fieldset${field === 'ground' ? html` aria-describedby="ground-error"` : ''}><legend>${r.groundLegend}</legend>
${errorFor('ground')}
${[...grounds, undefined].map((g) =>
  radio({
    name: 'ground',
    // "No refusal ground" posts an empty ground: a radio once chosen cannot be cleared otherwise.
    value: g ?? '',
    id: `ground-${g ?? 'none'}`,
    posted: posted.ground,
    invalid: field === 'ground',
    label: html`${g ? r.groundLabels[g] : r.noGround}`,
  }),
)}
</fieldset>
<label for="reason">${r.reason}</label>
<p class="hint" id="reason-hint">${pg.acting.reasonLanguage(language)}</p>
${errorFor('reason')}
<textarea id="reason" name="reason" rows="4" aria-describedby="reason-hint${field === 'reason' ? ' reason-error' : ''}"${field === 'reason' ? html` aria-invalid="true"` : ''}>${postedText(posted.reason)}</textarea>
<label for="noteForProcessors">${r.note}</label>
<p class="hint" id="note-hint">${r.noteHint}${isOtherObjection(request) ? html` <strong>${r.noteObjection}</strong>` : ''}</p>
${errorFor('note')}
<textarea id="noteForProcessors" name="noteForProcessors" rows="3" aria-describedby="note-hint${field === 'note' ? ' note-error' : ''}"${field === 'note' ? html` aria-invalid="true"` : ''}>${postedText(posted.noteForProcessors)}</textarea>
<button type="submit">${d.submit}</button>`,
  };
}

/** The merchant's question and the shopper's answer (or that none came yet). */
function informationSection(
  asked: NonNullable<DsrRequest['informationRequest']>,
  r: RefusalMessages,
  date: (iso: string) => string,
) {
  return html`<section aria-labelledby="information-heading"><h2 id="information-heading">${r.information.heading}</h2>
<p>${r.information.asked(date(asked.requestedAt))}</p>
<blockquote style="white-space:pre-wrap">${asked.question}</blockquote>
${
  asked.answeredAt
    ? html`<p>${r.information.answered(date(asked.answeredAt))}</p><blockquote style="white-space:pre-wrap">${asked.answer ?? ''}</blockquote>`
    : html`<p><strong>${r.information.waiting}</strong></p>`
}</section>`;
}

/** The person's other requests at this merchant: when, what, how each ended (Art. 12(5)). */
function earlierSection(
  earlier: EarlierView,
  r: RefusalMessages,
  t: Messages,
  date: (iso: string) => string,
  locale: Locale,
) {
  const e = r.earlier;
  return html`<section aria-labelledby="earlier-heading"><h2 id="earlier-heading">${e.heading}</h2>
${
  earlier.total === 0
    ? html`<p>${e.none}</p>`
    : html`<p>${e.count(earlier.total, earlier.withinYear)}${earlier.total > earlier.shown.length ? ` ${e.shown(earlier.shown.length)}` : ''}</p>
<ul>${earlier.shown.map(
        (x) =>
          html`<li>${date(x.receivedAt)}${colon(locale)}${t.rights[x.type].title} (${citeShort(ARTICLE_OF[x.type], locale)}), ${requestReference(x.requestId)}. ${e.outcome}${colon(locale)}${x.closedAt ? e.closedOn(e.outcomes[x.outcome], date(x.closedAt)) : e.outcomes[x.outcome]}</li>`,
      )}</ul>`
}
<p class="hint">${e.hint}</p></section>`;
}

export function decisionRecordedPage(
  decision: 'approve' | 'deny',
  locale: Locale = 'en',
): string {
  const d = pageMessages(locale).decision;
  return decision === 'approve'
    ? page(
        d.approvedTitle,
        html`<h1>${d.approvedHeading}</h1><p>${d.approvedBody}</p>`,
        locale,
      )
    : page(
        d.deniedTitle,
        html`<h1>${d.deniedHeading}</h1><p>${d.deniedBody}</p>`,
        locale,
      );
}
