/**
 * The console's signed-out pages: the sign-in form, the page after it (the same for everyone),
 * the emailed link's page (a button: only its POST signs in), and the pages of a link that
 * cannot sign in or a session that ended.
 */
import type { Locale } from '#domain/schemas.ts';
import { errorSummary, postedText } from '../form-parts.ts';
import { html } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { consolePage } from './layout.ts';

export function signInPage(
  locale: Locale,
  options: { email?: unknown; invalid?: boolean; tooMany?: boolean } = {},
): string {
  const s = CONSOLE_MESSAGES[locale].signIn;
  const problem = options.invalid
    ? s.invalid
    : options.tooMany
      ? s.tooMany
      : undefined;
  return consolePage(
    s.title,
    html`<h1>${s.title}</h1>
${problem ? errorSummary(CONSOLE_MESSAGES[locale].enter.errorSummary, [{ href: 'email', text: problem }]) : ''}
<p>${s.intro}</p>
<form method="post" action="/console/sign-in" novalidate>
<input type="hidden" name="locale" value="${locale}">
<label for="email">${s.email}</label>
<p class="hint" id="email-hint">${s.emailHint}</p>
${options.invalid ? html`<p class="error" id="email-error">${s.invalid}</p>` : ''}
<input id="email" name="email" type="email" autocomplete="email" spellcheck="false" value="${postedText(options.email)}" aria-describedby="email-hint${options.invalid ? ' email-error' : ''}"${options.invalid ? html` aria-invalid="true"` : ''}>
<button type="submit">${s.submit}</button>
</form>`,
    { locale, path: '/console/sign-in' },
  );
}

/** After the sign-in form: the same words whoever asked (nothing says whether a link went out). */
export function signInSentPage(locale: Locale): string {
  const s = CONSOLE_MESSAGES[locale].signIn;
  return consolePage(
    s.sentTitle,
    html`<h1>${s.sentTitle}</h1><p role="status">${s.sentBody}</p><p>${s.sentSpam}</p><p><a href="/console/sign-in?lang=${locale}">${s.again}</a></p>`,
    { locale, path: '/console/sign-in' },
  );
}

/** The emailed link's page: who it signs in, and the button whose POST does it. */
export function signInLinkPage(
  locale: Locale,
  email: string,
  actionUrl: string,
): string {
  const s = CONSOLE_MESSAGES[locale].signIn;
  return consolePage(
    s.linkTitle,
    html`<h1>${s.linkTitle}</h1><p>${s.linkBody(email)}</p><form method="post" action="${actionUrl}"><button type="submit">${s.linkButton}</button></form>`,
    { locale, path: actionUrl },
  );
}

/** A sign-in link that cannot sign in: used, expired or not ours. */
export function signInLinkGonePage(
  locale: Locale,
  why: 'used' | 'expired' | 'invalid',
): string {
  const s = CONSOLE_MESSAGES[locale].signIn;
  const body =
    why === 'used'
      ? s.usedBody
      : why === 'expired'
        ? s.expiredBody
        : s.invalidBody;
  return consolePage(
    s.usedTitle,
    html`<h1>${s.usedTitle}</h1><p>${body}</p><p><a href="/console/sign-in?lang=${locale}">${s.newLink}</a></p>`,
    { locale, path: '/console/sign-in' },
  );
}

/** No session (signed out, expired, no longer a member). */
export function signedOutPage(locale: Locale): string {
  const s = CONSOLE_MESSAGES[locale].signIn;
  return consolePage(
    s.signedOutTitle,
    html`<h1>${s.signedOutTitle}</h1><p>${s.signedOutBody}</p><p><a href="/console/sign-in?lang=${locale}">${s.linkButton}</a></p>`,
    { locale, path: '/console/sign-in' },
  );
}
