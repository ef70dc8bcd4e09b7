/**
 * The console's own email: the sign-in link (to a member, from the deployment).
 */
import type { Locale } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { html, page } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
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
