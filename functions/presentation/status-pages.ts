/**
 * Pages that tell where a request stands, from its record (domain/progress.ts): the shopper's
 * status page, and the page of a used or expired link. Neither shows personal data: a status
 * link may be forwarded, and an old link may be in anyone's hands.
 */
import type { PauseEffect } from '#domain/information-request.ts';
import type { LinkAftermath, Progress, StepView } from '#domain/progress.ts';
import { ARTICLE_OF, type DsrRequest } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';
import { type AnsweredRow, answerItems } from './answers.ts';
import { html, page, rich } from './html.ts';
import { ANSWER_MESSAGES } from './i18n/answers.ts';
import { cite } from './i18n/citations.ts';
import { formatDate, messages } from './i18n/index.ts';
import { INFORMATION_MESSAGES } from './i18n/information.ts';
import { type PageMessages, pageMessages } from './i18n/pages/index.ts';

/** What the status page shows: no personal data, since a status link may be forwarded. */
export interface RequestStatusView {
  reference: string;
  merchant: { name: string; locale: string; branding?: Record<string, string> };
  type: DsrRequest['type'];
  locale: string;
  dueDate: string;
  extended: boolean;
  /** The steps, told from the request's record by `requestProgress`. */
  progress: Progress;
  /** What each processor has answered so far (no notes, no reasons: the link may be forwarded). */
  answers?: readonly AnsweredRow[];
  /** What waiting for the shopper's answer to a question does to the deadline (the regime's). */
  informationPause?: PauseEffect;
}

/** A step's words: what it is, as the record says it stands. */
function stepLabel(
  pg: PageMessages,
  s: StepView,
  locale: Locale,
  progress: Progress,
): string {
  const t = pg.status;
  const p = pg.progress;
  const done = s.state === 'done';
  const ahead = s.state === 'upcoming' || s.state === 'stopped';
  switch (s.step) {
    case 'received':
      return t.steps.received;
    case 'information': {
      const i = INFORMATION_MESSAGES[locale].progress;
      if (s.outcome === 'unanswered') return i.unanswered;
      return done
        ? i.done
        : i.current(formatDate(progress.information?.askedAt ?? '', locale));
    }
    case 'verify':
      return done
        ? t.steps.verified
        : s.state === 'stopped'
          ? p.verifyStopped
          : ahead
            ? p.verifyUpcoming
            : p.verifyCurrent;
    case 'decision':
      return done
        ? s.outcome === 'refused'
          ? p.refused
          : p.approved
        : ahead
          ? p.decisionUpcoming
          : t.steps.waiting;
    case 'carryOut':
      return done ? p.carriedOut : t.steps.working;
    case 'answer':
      return done
        ? s.outcome === 'refused'
          ? t.denied
          : s.outcome === 'withheld'
            ? p.withheld
            : s.outcome === 'partly'
              ? p.partly
              : t.steps.answered
        : ahead
          ? t.steps.answered
          : p.answerCurrent;
  }
}

function stepItem(
  pg: PageMessages,
  s: StepView,
  locale: Locale,
  progress: Progress,
) {
  const t = pg.status;
  const p = pg.progress;
  const label = stepLabel(pg, s, locale, progress);
  // A question left unanswered is not something done: said as it is, without a date.
  if (s.outcome === 'unanswered') return html`<li>${label}</li>`;
  switch (s.state) {
    case 'done':
      return html`<li>${label} <span class="hint">(${s.at ? p.doneOn(formatDate(s.at, locale)) : t.done})</span></li>`;
    case 'current':
    case 'delayed':
      return html`<li aria-current="step"><strong>${label}</strong> <span class="hint">(${s.state === 'current' ? t.current : p.delayed})</span></li>`;
    case 'stopped':
      return s.step === 'verify'
        ? html`<li>${label}</li>`
        : html`<li>${label} <span class="hint">(${p.stopped})</span></li>`;
    case 'upcoming':
      return html`<li class="hint">${label}</li>`;
  }
}

/** The shopper's read-only status page: where the request stands and when they will hear back. */
export function requestStatusPage(
  view: RequestStatusView,
  locale: Locale,
): string {
  const all = messages(locale);
  const pg = pageMessages(locale);
  const t = pg.status;
  const p = pg.progress;
  const date = (iso: string) => formatDate(iso, locale);
  const { progress } = view;
  const end = progress.end;
  const delayed = progress.steps.some((s) => s.state === 'delayed');
  // Waiting for the shopper's answer where the regime stops the clock (UK): the date below moves.
  const paused =
    view.informationPause === 'stops-clock' &&
    progress.steps.some(
      (s) => s.step === 'information' && s.state === 'current',
    );
  const closing = !end
    ? ''
    : end.how === 'expired'
      ? t.expired
      : end.how === 'cancelled'
        ? end.at
          ? p.cancelledOn(date(end.at))
          : t.cancelled
        : end.at
          ? t.answeredOn(date(end.at))
          : p.answeredNoDate;
  return page(
    t.title,
    html`<h1>${t.heading(view.merchant.name)}</h1>
<dl><dt>${t.asked}</dt><dd>${all.rights[view.type].title} (${cite(ARTICLE_OF[view.type], locale)})</dd></dl>
<p class="hint">${all.common.reference(view.reference)}</p>
<ol class="steps">${progress.steps.map((s) => stepItem(pg, s, locale, progress))}</ol>
${paused ? html`<p>${INFORMATION_MESSAGES[locale].progress.paused}</p>` : ''}
${delayed ? html`<p>${p.delayedNote}</p>` : ''}
${closing ? html`<p>${closing}</p>` : ''}
${progress.heldUntil ? html`<p>${p.heldUntil(date(progress.heldUntil))}</p>` : ''}
${progress.heldDataKept ? html`<p>${p.heldDataKept}</p>` : ''}
${
  progress.owed
    ? html`<p>${rich(t.hearBy, html`<strong>${date(view.dueDate)}</strong>`)}</p>${view.extended ? html`<p>${t.extended}</p>` : ''}`
    : ''
}
${view.answers?.length ? answersSection(view.answers, locale) : ''}
<p class="hint">${t.readOnly}</p>`,
    locale,
    { name: view.merchant.name, ...view.merchant.branding },
  );
}

/** The status page's list of answers, in the words every other output uses. */
function answersSection(rows: readonly AnsweredRow[], locale: Locale) {
  return html`<h2>${ANSWER_MESSAGES[locale].heading}</h2><ul>${answerItems(rows, locale, 'public')}</ul>`;
}

/** What a used or expired link's page can tell, read from the request (no personal data). */
export interface GoneLinkView {
  aftermath: LinkAftermath;
  reference: string;
  /** The reader's language as recorded (the shopper's for their links, the merchant's for its). */
  locale: Locale;
  /** The shopper's status page, when their link has one. */
  statusUrl?: string;
  /** The request form, when the useful next step is a new request. */
  formUrl?: string;
}

/** The sentence that says what became of what the link was for. */
export function aftermathSentence(
  pg: PageMessages,
  a: LinkAftermath,
  locale: Locale,
): string {
  const t = pg.aftermath;
  switch (a.fact) {
    case 'notConfirmed':
      return t.notConfirmed;
    case 'newerLink':
      return t.newerLink;
    case 'inProgress':
      return t.inProgress;
    case 'informationAnswered':
      return INFORMATION_MESSAGES[locale].aftermath(formatDate(a.at, locale));
    default:
      return a.at ? t[a.fact](formatDate(a.at, locale)) : t.undated[a.fact];
  }
}

/**
 * 403/410 on an emailed link. English keeps the domain's own message; others use the catalogue.
 * With `gone`, the page also says what became of the request and where to follow it.
 */
export function linkErrorPage(
  statusCode: number,
  message: string,
  fallbackLocale: Locale = 'en',
  gone?: GoneLinkView,
): string {
  const locale = gone?.locale ?? fallbackLocale;
  const all = messages(locale);
  const pg = pageMessages(locale);
  const t = pg.errors;
  const isGone = statusCode === 410;
  const title = isGone ? t.linkGone : t.linkInvalid;
  const body =
    locale === 'en' ? message : isGone ? t.linkGoneBody : t.linkInvalidBody;
  return page(
    title,
    html`<h1>${title}</h1><p>${body}</p>${
      gone
        ? html`<p><strong>${aftermathSentence(pg, gone.aftermath, locale)}</strong></p><p class="hint">${all.common.reference(gone.reference)}</p>${
            gone.statusUrl
              ? html`<p><a href="${gone.statusUrl}">${pg.aftermath.statusLink}</a></p>`
              : ''
          }${
            gone.formUrl
              ? html`<p><a href="${gone.formUrl}">${pg.aftermath.newRequest}</a></p>`
              : ''
          }`
        : ''
    }<p class="hint">${all.common.nothingChanged}</p>`,
    locale,
  );
}
