/**
 * The console's page: the shared style, widened for lists, a header with the navigation, the
 * merchant switcher, the language choice and sign-out (all forms: nothing needs JavaScript),
 * and the content in `<main>`. Every form that changes something carries the session's CSRF
 * token ({@link csrfField}). Tables turn into one card per row on a phone (no sideways
 * scrolling), each cell naming its column.
 *
 * A new console page (settings, reports) renders its body and calls {@link consolePage} with
 * the {@link Chrome} the handler built (functions/handlers/console/context.ts `chromeOf`).
 */
import type { MemberRole } from '#domain/member-roles.ts';
import { type Locale, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { html, SafeHtml, STYLE } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import { messages } from '../i18n/index.ts';

/** The name of the CSRF field of every console form. */
export const CSRF_FIELD = 'csrf';

/** Where a page is in the navigation (marked `aria-current`). */
export type Place =
  | 'inbox'
  | 'new'
  | 'request'
  | 'reports'
  | 'settings'
  | 'other';

/** What the header shows about the signed-in person (absent on the sign-in pages). */
export interface Chrome {
  locale: Locale;
  member?: {
    email: string;
    /** Their role at the current merchant, or `operator`. */
    role: MemberRole | 'operator';
    merchants: readonly { merchantId: string; name: string }[];
    /** The merchant the switcher shows chosen; `*` when the page shows them all. */
    current: string;
    /** May enter requests at some merchant (shows "Enter a request"). */
    canEnter: boolean;
    csrf: string;
  };
  place?: Place;
  /** The page's path, where the language form returns to. */
  path?: string;
  /** A notice above every page's content (the shop's offboarding: presentation/offboarding.ts). */
  banner?: SafeHtml;
}

const CONSOLE_STYLE = `
main{max-width:72rem}
.bar{background:#1b1f24;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
.bar a,.bar .who{color:#fff}.bar a:focus-visible,.bar button:focus-visible,.bar select:focus-visible{outline:3px solid #fff;outline-offset:2px}
.bar ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:0}.bar a[aria-current]{font-weight:700;text-decoration-thickness:3px}
.bar form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:0}.bar label{margin:0;color:#fff;font-weight:600}
.bar select{width:auto;max-width:14rem;padding:.3rem}.bar button{margin:0;padding:.35rem .8rem;background:#fff;color:#1b1f24}
.bar button[aria-current]{outline:2px solid #fff;outline-offset:1px;background:#dbeafe}
.bar .who{margin:0;font-size:.9rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#1b1f24;padding:.5rem}.skip:focus{left:.5rem;z-index:1}
table{border-collapse:collapse;width:100%;margin:1rem 0;overflow-wrap:normal}caption{text-align:left;font-weight:600;padding:.25rem 0}
th{white-space:nowrap}td.nowrap{white-space:nowrap}table.wrap th{white-space:normal;hyphens:auto}
th,td{border-bottom:1px solid #d0d4da;padding:.45rem .5rem;text-align:left;vertical-align:top}th{background:#f0f2f5}
td input[type=checkbox]{width:1.25rem;height:1.25rem}
.overdue{color:#b91c1c;font-weight:700}.soon{color:#92400e;font-weight:600}
.notice{border-left:6px solid #15803d;background:#f0fdf4;padding:.5rem 1rem;margin:1rem 0}
.refused{border-left:6px solid #b91c1c;background:#fef2f2;padding:.5rem 1rem;margin:1rem 0}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:0 1rem;align-items:start}
.filters label{margin-top:.5rem}.filters .choice{margin-top:1.5rem}
.inline{display:inline}.inline button{margin-top:.5rem}
section.action{border:1px solid #d0d4da;border-radius:6px;padding:.25rem 1rem 1rem;margin:1rem 0}
section.action h3{margin-bottom:.25rem}
ul.plain{list-style:none;padding:0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
dl.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem 1rem}dl.figures dt{font-weight:600;grid-row:1}dl.figures dd{margin:0;font-size:1.5rem;grid-row:2}
.breakdowns{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 1.5rem}
.checks{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:0 1rem}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 1rem}
form.inline{display:inline-block;margin-right:.5rem}form.inline label{display:block}form.inline select{width:auto}
@media (max-width:40rem){
table:not(.keep),table:not(.keep)>*,table:not(.keep) tr,table:not(.keep) th,table:not(.keep) td{display:block}table:not(.keep)>thead{position:absolute;left:-9999px}
table:not(.keep) tr{border:1px solid #d0d4da;border-radius:6px;margin:.75rem 0;padding:.25rem .5rem}
table:not(.keep) td,table:not(.keep) tbody th{border:0;padding:.2rem 0}table:not(.keep) td[data-label]::before{content:attr(data-label) ": ";font-weight:600}td.nowrap{white-space:normal}
dl.figures dt,dl.figures dd{grid-row:auto}
.bar button{padding:.3rem .6rem;font-size:.9rem}
.bar select{max-width:100%}
}
`;

/** The CSRF token's hidden field. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
}

/** A complete console page in `chrome.locale`. */
export function consolePage(
  title: string,
  body: SafeHtml,
  chrome: Chrome,
): string {
  const c = CONSOLE_MESSAGES[chrome.locale];
  return `<!doctype html>${html`<html lang="${chrome.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} – ${c.product}</title><style>${new SafeHtml(STYLE + CONSOLE_STYLE)}</style></head><body><a class="skip" href="#main">${c.skip}</a>${header(chrome)}<main id="main">${chrome.banner ?? ''}${body}</main></body></html>`.value}`;
}

function header(chrome: Chrome): SafeHtml {
  const c = CONSOLE_MESSAGES[chrome.locale];
  const m = chrome.member;
  const current = (place: Place) =>
    chrome.place === place ? html` aria-current="page"` : '';
  if (!m)
    return html`<header class="bar"><strong>${c.product}</strong>${languageLinks(chrome)}</header>`;
  const roleLabel = c.roles[m.role];
  const admin = ADMIN_MESSAGES[chrome.locale];
  // Reports and settings of the merchant shown (the switcher's; the first when it shows all).
  const shown = m.current === '*' ? m.merchants[0]?.merchantId : m.current;
  const here = shown ? `?merchant=${encodeURIComponent(shown)}` : '';
  return html`<header class="bar">
<nav aria-label="${c.layout.nav}"><ul><li><a href="/console/requests"${current('inbox')}>${c.layout.inbox}</a></li>${m.canEnter ? html`<li><a href="/console/requests/new"${current('new')}>${c.layout.newRequest}</a></li>` : ''}<li><a href="/console/reports${here}"${current('reports')}>${admin.nav.reports}</a></li>${m.role === 'admin' ? html`<li><a href="/console/settings${here}"${current('settings')}>${admin.nav.settings}</a></li>` : ''}</ul></nav>
${m.merchants.length > 1 ? html`<form method="post" action="/console/merchant">${csrfField(m.csrf)}<label for="switch-merchant">${c.layout.shop}</label><select id="switch-merchant" name="merchant">${m.merchants.map((x) => html`<option value="${x.merchantId}"${m.current === x.merchantId ? html` selected` : ''}>${x.name}</option>`)}<option value="*"${m.current === '*' ? html` selected` : ''}>${c.layout.allShops}</option></select><button type="submit">${c.layout.open}</button></form>` : ''}
<form method="post" action="/console/language">${csrfField(m.csrf)}<input type="hidden" name="back" value="${chrome.path ?? '/console/requests'}"><span class="who" id="language-label">${c.layout.language}:</span>${SUPPORTED_LOCALES.map((l) => html`<button type="submit" name="locale" value="${l}" lang="${l}"${l === chrome.locale ? html` aria-current="true"` : ''} aria-describedby="language-label">${messages(l).languageName}</button>`)}</form>
<p class="who">${c.layout.signedInAs(m.email, roleLabel)}</p>
<form method="post" action="/console/sign-out">${csrfField(m.csrf)}<button type="submit">${c.layout.signOut}</button></form>
</header>`;
}

/** Signed out: the language by link (a GET that changes nothing, the page in that language). */
function languageLinks(chrome: Chrome): SafeHtml {
  const c = CONSOLE_MESSAGES[chrome.locale];
  const path = chrome.path ?? '/console/sign-in';
  return html`<nav aria-label="${c.layout.language}"><ul>${SUPPORTED_LOCALES.map((l) => html`<li><a href="${path}?lang=${l}" lang="${l}" hreflang="${l}"${l === chrome.locale ? html` aria-current="true"` : ''}>${messages(l).languageName}</a></li>`)}</ul></nav>`;
}

/** A page that only says something (an error, a refusal), with the way back to the requests. */
export function consoleMessagePage(
  title: string,
  body: string,
  locale: Locale,
): string {
  const c = CONSOLE_MESSAGES[locale];
  return consolePage(
    title,
    html`<h1>${title}</h1>${body ? html`<p>${body}</p>` : ''}<p><a href="/console/requests">${c.request.back}</a></p>`,
    { locale },
  );
}
