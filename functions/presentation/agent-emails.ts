/**
 * The emails an agent receives (domain/agents.ts): the acknowledgement of a request made on
 * someone's behalf, with the link to upload the authorisation, and the notice that the shop closed
 * it because no authority was shown. Neither carries the person's data: the reference, the right
 * asked for and what happens next. In the language of the form the agent used.
 */
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import {
  compose,
  ref,
  rightWithArticle,
  shopperFooter,
  shopperLocale,
} from './emails.ts';
import { html } from './html.ts';
import { AGENT_MESSAGES } from './i18n/agents.ts';
import { formatDate, messages } from './i18n/index.ts';
import { inertBlock, quoted } from './user-text.ts';

/** To the agent, after the form: received, who confirms, where to upload, where the answer goes. */
export function agentAcknowledgementEmail(
  merchant: MerchantConfig,
  request: DsrRequest & { agent: NonNullable<DsrRequest['agent']> },
  uploadUrl: string,
  uploadUntil: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const a = AGENT_MESSAGES[locale];
  const m = a.agentEmail;
  const received = m.received(
    merchant.name,
    rightWithArticle(t, request.type, locale),
    a.relations[request.agent.relation],
  );
  const until = formatDate(uploadUntil, locale);
  const reference = t.common.reference(ref(request));
  return compose(
    merchant,
    locale,
    [request.agent.email],
    m.subject(merchant.name, ref(request)),
    [
      received,
      m.whatNext(merchant.name),
      `${m.upload(until)}\n${uploadUrl}`,
      m.answerGoesToPerson,
      reference,
    ],
    html`<p>${received}</p><p>${m.whatNext(merchant.name)}</p><p>${m.upload(until)} <a href="${uploadUrl}">${m.uploadLink}</a></p><p>${m.answerGoesToPerson}</p><p>${reference}</p>`,
    merchant.privacyContact,
  );
}

/** To the agent, when the shop closed their request because it saw no authority; with its reason. */
export function agentDeclinedEmail(
  merchant: MerchantConfig,
  request: DsrRequest & { agent: NonNullable<DsrRequest['agent']> },
  reason: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const d = AGENT_MESSAGES[locale].declined;
  const body = d.body(merchant.name, rightWithArticle(t, request.type, locale));
  const reference = t.common.reference(ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.agent.email],
    d.subject(merchant.name, ref(request)),
    [
      body,
      `${d.reason(merchant.name)}\n${quoted(reason)}`,
      d.again,
      reference,
      ...footer.text,
    ],
    html`<p>${body}</p><p>${d.reason(merchant.name)}</p><blockquote>${inertBlock(reason)}</blockquote><p>${d.again}</p><p>${reference}</p>${footer.html}`,
    merchant.privacyContact,
  );
}
