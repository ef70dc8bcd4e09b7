/**
 * The console's own emails: the sign-in link (to a member, from the deployment) and the
 * acknowledgement a shopper gets for a request a member entered with the identity checked.
 */
import { type DsrRequest, requestReference } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { compose, shopperLocale } from '../emails.ts';
import { html, page } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { formatDateTime } from './format.ts';

/** The sign-in link, valid once until `expiresAt` (UTC time shown with its zone). */
export function signInEmail(
  to: string,
  url: string,
  expiresAt: string,
  locale: Locale,
): OutboundEmail {
  const s = CONSOLE_MESSAGES[locale].signIn;
  const until = formatDateTime(expiresAt, locale, 'UTC', true);
  return {
    to: [to],
    subject: s.mailSubject,
    text: `${[s.mailBody(until), url, s.mailIgnore].join('\n\n')}\n`,
    html: page(
      s.mailSubject,
      html`<p>${s.mailBody(until)}</p><p><a href="${url}">${s.mailLink}</a></p><p>${s.mailIgnore}</p>`,
      locale,
    ),
  };
}

/**
 * To the shopper, for a request a member entered with the identity checked (Art. 12(6): the shop
 * may rely on its own check): the request is received, how, and by when it is answered. No link
 * to confirm anything.
 */
export function acknowledgementEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const a = CONSOLE_MESSAGES[locale].acknowledgement;
  const ref = requestReference(request.requestId);
  const right = t.rights[request.type].title;
  const lines = [
    a.received(merchant.name, right, formatDate(request.receivedAt, locale)),
    ...(request.channel && request.channel !== 'web'
      ? [a.channel[request.channel]]
      : []),
    a.identity,
    a.answerBy(formatDate(request.dueDate, locale)),
    a.questions(merchant.privacyContact),
    t.common.reference(ref),
  ];
  return compose(
    merchant,
    locale,
    [request.email],
    a.subject(merchant.name, ref),
    lines,
    html`${lines.map((l) => html`<p>${l}</p>`)}`,
    merchant.privacyContact,
  );
}
