/**
 * A request for more information (Art. 12(6)): the email that asks the shopper, the page where
 * they answer, the page after it, and the email that brings the answer to the merchant. What
 * the shopper and the merchant wrote goes into the emails as user text (presentation/user-text.ts:
 * a "> " block in plain text, an inert block in HTML), so it cannot add lines or links that read
 * as the email's own.
 */

import { daysLeft } from '#domain/deadline.ts';
import { pauseEffect } from '#domain/information-request.ts';
import { approversOf } from '#domain/members.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { compose, rightTitle, shopperLocale } from './emails.ts';
import { errorSummary, postedText } from './form-parts.ts';
import { brandOf, html, page, rich } from './html.ts';
import { cite, citeShort } from './i18n/citations.ts';
import { emailMessages } from './i18n/emails/index.ts';
import { formatDate, messages } from './i18n/index.ts';
import { INFORMATION_MESSAGES } from './i18n/information.ts';
import { pageMessages } from './i18n/pages/index.ts';
import { inertBlock, quoted } from './user-text.ts';

/** The right beside its article: in full to the shopper, short on the merchant's email. */
const right = (request: DsrRequest, locale: Locale, write = citeShort) =>
  `${rightTitle(messages(locale), request.type, locale)} (${write(ARTICLE_OF[request.type], locale)})`;

/** To the shopper: what the merchant needs, a link to answer, and what waiting does to the deadline. */
export function informationRequestEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  link: string,
  expiresAt: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const m = INFORMATION_MESSAGES[locale];
  const ref = requestReference(request.requestId);
  const question = request.informationRequest?.question ?? '';
  const intro = m.askIntro(merchant.name, right(request, locale, cite));
  const until = formatDate(expiresAt, locale);
  const pause = m.pause[pauseEffect(merchant.regime)](
    formatDate(request.dueDate, locale),
  );
  const questions = t.common.questions(merchant.privacyContact, ref);
  return compose(
    merchant,
    locale,
    [request.email],
    m.askSubject(merchant.name, ref),
    [
      intro,
      `${m.question}\n${quoted(question)}`,
      `${m.answerHere(until)}\n${link}`,
      pause,
      questions,
    ],
    html`<p>${intro}</p><p><strong>${m.question}</strong></p>${inertBlock(question)}<p><a href="${link}">${m.answerLink}</a> ${emailMessages(locale).email.verifyLinkWorks(until)}</p><p>${pause}</p><p>${questions}</p>`,
    merchant.privacyContact,
  );
}

/**
 * To the approvers: the shopper's answer, the deadline as now computed (and how it moved), and a
 * decision link when one can be issued (`link`), else where to find one.
 */
export function informationAnsweredEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  previousDueDate: string,
  link: string | undefined,
  now: Date = new Date(request.updatedAt),
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const e = emailMessages(locale).email;
  const m = INFORMATION_MESSAGES[locale];
  const ref = requestReference(request.requestId);
  const asked = request.informationRequest;
  const answer = asked?.answer ?? '';
  const date = (iso: string) => formatDate(iso, locale);
  const due = date(request.dueDate);
  const intro = m.answeredIntro(
    date(asked?.requestedAt ?? request.updatedAt),
    right(request, locale),
  );
  const dueLine = `${m.due(due)} (${e.daysLeft(daysLeft(now, request.dueAt))})`;
  const moved =
    previousDueDate !== request.dueDate
      ? m.moved(date(previousDueDate), due)
      : undefined;
  return compose(
    merchant,
    locale,
    approversOf(merchant),
    m.answeredSubject(ref, due),
    [
      intro,
      `${m.answerLabel}\n${quoted(answer)}`,
      dueLine,
      ...(moved ? [moved] : []),
      link ? `${e.decideHere}\n${link}` : m.noLink,
      t.common.reference(ref),
    ],
    html`<p>${intro}</p><p><strong>${m.answerLabel}</strong></p>${inertBlock(answer)}<p>${dueLine}</p>${moved ? html`<p>${moved}</p>` : ''}<p>${link ? html`<a href="${link}">${e.decideLink}</a>` : m.noLink}</p><p>${t.common.reference(ref)}</p>`,
  );
}

/** The shopper's page: the merchant's question and a text area for the answer. */
export function informationPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  actionUrl: string,
  options: {
    problem?: 'required' | 'invalid';
    posted?: { answer?: unknown };
  } = {},
): string {
  const { problem, posted = {} } = options;
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const pg = pageMessages(locale);
  const m = INFORMATION_MESSAGES[locale];
  const asked = request.informationRequest;
  const message = problem ? m.errors[problem] : undefined;
  return page(
    m.pageTitle,
    html`<h1>${m.heading(merchant.name)}</h1>
${message ? errorSummary(pg.form.errorSummary, [{ href: 'answer', text: message }]) : ''}
<p class="hint">${t.common.reference(requestReference(request.requestId))}</p>
<p><strong>${m.asked(formatDate(asked?.requestedAt ?? request.updatedAt, locale))}</strong></p>
<blockquote style="white-space:pre-wrap">${asked?.question ?? ''}</blockquote>
<form method="post" action="${actionUrl}" novalidate>
<label for="answer">${m.answer}</label>
<p class="hint" id="answer-hint">${m.answerHint}</p>
${message ? html`<p class="error" id="answer-error">${message}</p>` : ''}
<textarea id="answer" name="answer" rows="6" aria-describedby="answer-hint${message ? ' answer-error' : ''}"${message ? html` aria-invalid="true"` : ''}>${postedText(posted.answer)}</textarea>
<button type="submit">${m.submit}</button>
</form>
<p>${m.pause[pauseEffect(merchant.regime)](formatDate(request.dueDate, locale))}</p>`,
    locale,
    brandOf(merchant),
  );
}

/** After the shopper's answer was recorded: by when they will hear back (the deadline as now computed). */
export function informationSentPage(
  merchant: MerchantConfig,
  request: DsrRequest,
): string {
  const locale = shopperLocale(merchant, request);
  const m = INFORMATION_MESSAGES[locale];
  return page(
    m.sentTitle,
    html`<h1>${m.sentTitle}</h1><p>${rich(m.sentBody, merchant.name, html`<strong>${formatDate(request.dueDate, locale)}</strong>`)}</p>`,
    locale,
    brandOf(merchant),
  );
}
