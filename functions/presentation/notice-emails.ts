/**
 * Notices beside the result: the acknowledgement after the shopper confirms, the shopper's
 * failure notice, a cancelled deferral, and the lifting of a restriction (Art. 18(3): the
 * shopper first, then the processors that were asked to restrict). Every shopper notice carries
 * the reference, the deadline where it still runs, the right to complain with the authority in
 * the shopper's language, and the controller.
 */
import { type DeferralKeep, KEEP_ARTICLE } from '#domain/deferral-keep.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig, ProcessorConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { type AnsweredRow, answerBlock, answerItems } from './answers.ts';
import {
  compose,
  ref,
  rightWithArticle,
  shopperFooter,
  shopperLocale,
} from './emails.ts';
import { html } from './html.ts';
import { AGENT_MESSAGES } from './i18n/agents.ts';
import { cite } from './i18n/citations.ts';
import { DEFERRAL_KEEP_MESSAGES } from './i18n/deferral-keep.ts';
import { colon, formatDate, messages } from './i18n/index.ts';
import { NOTICE_MESSAGES } from './i18n/notices.ts';
import { PROCESSOR_MAIL_MESSAGES } from './i18n/processor-mail.ts';
import { deadlineWords, processorName } from './register.ts';
import { oneLine } from './user-text.ts';

/**
 * To the shopper once they have confirmed (Art. 12(3)): the reference, when the request was
 * received, the deadline and how it is counted (from receipt), what happens next. The status
 * link is added by the caller (`withStatusLink`).
 */
export function acknowledgementEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const a = NOTICE_MESSAGES[locale].acknowledgement;
  const received = a.received(
    merchant.name,
    rightWithArticle(t, request.type, locale),
    formatDate(request.receivedAt, locale),
  );
  const due = a.due(formatDate(request.dueDate, locale));
  const how = deadlineWords(merchant, request, locale);
  const reference = t.common.reference(ref(request));
  const footer = shopperFooter(merchant, locale);
  // A request a member entered: how it reached the shop, and whether the shop checked who asked.
  const entered = [
    ...(request.channel &&
    request.channel !== 'web' &&
    request.channel !== 'shopify'
      ? [a.channel[request.channel]]
      : []),
    ...(request.entry?.identityConfirmed ? [a.identity] : []),
    // Made by an agent whose authority the shop accepted: the person learns who asked for them.
    ...(request.agent?.accepted && request.agent.email
      ? [
          AGENT_MESSAGES[locale].acknowledgement(
            oneLine(request.agent.name),
            AGENT_MESSAGES[locale].relations[request.agent.relation],
          ),
        ]
      : []),
  ];
  return compose(
    merchant,
    locale,
    [request.email],
    a.subject(merchant.name, ref(request)),
    [
      received,
      ...entered,
      [due, ...how].join(' '),
      a.next,
      a.nothingToDo,
      reference,
      ...footer.text,
    ],
    html`<p>${received}</p>${entered.map((l) => html`<p>${l}</p>`)}<p><strong>${due}</strong> ${how.join(' ')}</p><p>${a.next}</p><p>${a.nothingToDo}</p><p>${reference}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/**
 * To the shopper when their request has failed (the merchant is alerted separately): the
 * shop knows and must still answer, by the same deadline; nothing for them to do.
 */
export function failureNoticeEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const f = NOTICE_MESSAGES[locale].failure;
  const body = f.body(rightWithArticle(t, request.type, locale));
  const due = f.due(formatDate(request.dueDate, locale));
  const reference = t.common.reference(ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    f.subject(merchant.name, ref(request)),
    [body, due, f.nothingToDo, reference, ...footer.text],
    html`<p>${body}</p><p><strong>${due}</strong></p><p>${f.nothingToDo}</p><p>${reference}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/**
 * To the shopper when the merchant cancels a deferred erasure: what they were promised (erased
 * after `until`), that the shop keeps the data instead, where, on which Art. 17(3) ground and
 * until which date or event, after which the shop erases it, and the merchant's reasons.
 */
export function deferralCancelledEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: readonly ProcessorConfig[],
  until: string,
  reason: string,
  keep: DeferralKeep,
  /** Erasures we had asked a processor for, and what withdrawing them came to (statementOf). */
  withdrawals: readonly AnsweredRow[] = [],
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const d = NOTICE_MESSAGES[locale].deferralCancelled;
  const withdrawn = answerBlock(withdrawals, locale, 'shopper');
  const k = DEFERRAL_KEEP_MESSAGES[locale];
  const body = d.body(
    merchant.name,
    formatDate(until, locale),
    processors.map((p) => processorName(p, locale)).join(', '),
  );
  const basis = k.keptOn(
    `${k.groundBasis[keep.ground]} (${cite(KEEP_ARTICLE[keep.ground], locale)})`,
  );
  // The event is the merchant's words: one line, quoted.
  const end = keep.until
    ? k.keptUntil(formatDate(keep.until, locale))
    : k.keptUntilEvent(oneLine(keep.untilEvent ?? ''));
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    d.subject(merchant.name, ref(request)),
    [
      body,
      `${basis} ${end}`,
      ...(withdrawn ? [withdrawn] : []),
      `${t.common.theirReasons}\n${reason}`,
      questions,
      ...footer.text,
    ],
    html`<p>${body}</p><p>${basis} ${end}</p>${withdrawals.length ? html`<ul>${answerItems(withdrawals, locale, 'shopper')}</ul>` : ''}<p><strong>${t.common.theirReasons}</strong></p><blockquote style="white-space:pre-wrap">${reason}</blockquote><p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/**
 * Art. 18(3): to the shopper before the restriction is lifted: when it was restricted, the day
 * it is lifted (`liftedAt`: the lift follows this notice in the same action, so that day is
 * stated, never a time to answer first) and where, the merchant's reasons, the right to object
 * where the shop relies on its legitimate interests, and to complain.
 */
export function liftNoticeEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: readonly ProcessorConfig[],
  reason: string,
  liftedAt: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const l = NOTICE_MESSAGES[locale].lift;
  const body = l.body(
    merchant.name,
    formatDate(request.completedAt ?? request.updatedAt, locale),
    formatDate(liftedAt, locale),
    cite('Art. 18(3)', locale),
  );
  const where = l.where(
    processors.map((p) => processorName(p, locale)).join(', '),
  );
  const object = l.object(cite('Art. 21(1)', locale));
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    l.subject(merchant.name, ref(request)),
    [
      body,
      where,
      `${t.common.theirReasons}\n${reason}`,
      object,
      questions,
      ...footer.text,
    ],
    html`<p>${body}</p><p>${where}</p><p><strong>${t.common.theirReasons}</strong></p><blockquote style="white-space:pre-wrap">${reason}</blockquote><p>${object}</p><p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/**
 * To a processor that was asked to restrict (in its language): the restriction is lifted. It
 * names the person by email only, the identifier it was asked with, and needs no answer.
 */
export function liftProcessorEmail(
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  request: DsrRequest,
): OutboundEmail {
  const locale = processor.locale;
  const t = messages(locale);
  const p = PROCESSOR_MAIL_MESSAGES[locale];
  const l = NOTICE_MESSAGES[locale].liftProcessor;
  const controller = merchant.legalName ?? merchant.name;
  const body = l.body(
    controller,
    processorName(processor, locale),
    formatDate(request.completedAt ?? request.updatedAt, locale),
  );
  const reference = t.common.reference(ref(request));
  return compose(
    merchant,
    locale,
    [processor.contactEmail ?? merchant.privacyContact],
    l.subject(controller, ref(request)),
    [
      body,
      `${p.identifiers}\n${p.email}${colon(locale)}${request.email}`,
      reference,
    ],
    html`<p>${body}</p><p>${p.identifiers}</p><table><tr><th align="left" scope="row">${p.email}</th><td>${request.email}</td></tr></table><p>${reference}</p>`,
    merchant.privacyContact,
  );
}
