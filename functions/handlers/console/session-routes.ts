/**
 * The console's way in and its header's forms: the sign-in form and its emailed link (a GET shows
 * a button, only its POST signs in), sign-out, the merchant switcher and the language, kept on
 * the session. Spread into `CONSOLE_ROUTES` (./routes.ts).
 */

import { ValidationError } from '#domain/errors.ts';
import { TooManyRequestsError } from '#domain/intake.ts';
import {
  signInLinkPage,
  signInPage,
  signInSentPage,
} from '#presentation/console/sign-in-pages.ts';
import { isLocale } from '#presentation/i18n/index.ts';
import { clearedCookie, sessionCookie } from '#shared/console-guard.ts';
import { clientKey } from '#shared/intake-guard.ts';
import { chooseLanguage, chooseMerchant } from '#use-cases/console/session.ts';
import {
  completeSignIn,
  previewSignIn,
  requestSignIn,
  signOut,
} from '#use-cases/console/sign-in.ts';
import {
  type ConsoleRoute,
  consoleHtml,
  consoleJson,
  presentedSession,
  type RouteContext,
  seeOther,
  wantsJson,
} from './context.ts';
/**
 * The sign-in form's answer takes at least this long, whoever asked: a member's costs a link and
 * an email more than a stranger's, and the time must not tell them apart.
 */
export const SIGN_IN_ANSWER_MS = 800;

/** Runs `work` and answers no sooner than `ms` after the start. */
async function noSoonerThan<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    const left = ms - (Date.now() - started);
    if (left > 0) await new Promise((wake) => setTimeout(wake, left));
  }
}

/** A console path to return to after a form (never another site, never a protocol-relative URL). */
function consolePath(value: unknown): string {
  return typeof value === 'string' &&
    /^\/console(\/[A-Za-z0-9/_-]*)?$/.test(value) &&
    !value.includes('//')
    ? value
    : '/console/requests';
}

const param = (ctx: RouteContext, name: string) =>
  ctx.event.pathParameters?.[name] ?? '';

export const SESSION_ROUTES: readonly ConsoleRoute[] = [
  {
    method: 'GET',
    path: '/console',
    access: 'public',
    handle: async () => seeOther('/console/requests'),
  },
  {
    method: 'GET',
    path: '/console/sign-in',
    access: 'public',
    handle: async (ctx) => consoleHtml(200, signInPage(ctx.locale)),
  },
  {
    method: 'POST',
    path: '/console/sign-in',
    access: 'public',
    handle: async (ctx) => {
      const locale = isLocale(ctx.body.locale) ? ctx.body.locale : ctx.locale;
      try {
        await noSoonerThan(SIGN_IN_ANSWER_MS, () =>
          requestSignIn(
            ctx.body,
            {
              client: clientKey(ctx.event, ctx.secret),
              locale,
              limits: ctx.limits,
            },
            ctx.ports,
          ),
        );
      } catch (error) {
        if (wantsJson(ctx.event)) throw error;
        if (error instanceof TooManyRequestsError)
          return consoleHtml(
            429,
            signInPage(locale, { email: ctx.body.email, tooMany: true }),
            { 'retry-after': String(error.retryAfterSeconds) },
          );
        if (error instanceof ValidationError)
          return consoleHtml(
            400,
            signInPage(locale, { email: ctx.body.email, invalid: true }),
          );
        throw error;
      }
      return wantsJson(ctx.event)
        ? consoleJson(202, {})
        : consoleHtml(200, signInSentPage(locale));
    },
  },
  {
    method: 'GET',
    path: '/console/sign-in/{token}',
    access: 'public',
    handle: async (ctx) => {
      const record = await previewSignIn(param(ctx, 'token'), ctx.ports);
      const locale =
        ctx.event.queryStringParameters?.lang !== undefined ||
        !isLocale(record.locale)
          ? ctx.locale
          : record.locale;
      return consoleHtml(
        200,
        signInLinkPage(locale, record.email, ctx.event.rawPath),
      );
    },
  },
  {
    method: 'POST',
    path: '/console/sign-in/{token}',
    access: 'public',
    handle: async (ctx) => {
      const session = await completeSignIn(
        param(ctx, 'token'),
        presentedSession(ctx.event, ctx.baseUrl),
        ctx.ports,
      );
      return seeOther('/console/requests', {
        'set-cookie': sessionCookie(
          ctx.baseUrl,
          session.secret,
          session.expiresAt,
          ctx.ports.clock.now(),
        ),
      });
    },
  },
  {
    method: 'POST',
    path: '/console/sign-out',
    access: 'member',
    handle: async (ctx) => {
      await signOut(ctx.member.session, ctx.ports);
      const headers = { 'set-cookie': clearedCookie(ctx.baseUrl) };
      return wantsJson(ctx.event)
        ? {
            ...consoleJson(200, {}),
            headers: { ...consoleJson(200, {}).headers, ...headers },
          }
        : seeOther(`/console/sign-in?lang=${ctx.locale}`, headers);
    },
  },
  {
    method: 'POST',
    path: '/console/merchant',
    access: 'member',
    handle: async (ctx) => {
      if (ctx.body.merchant === '*')
        return seeOther('/console/requests?merchant=*');
      await chooseMerchant(ctx.member, ctx.body.merchant, ctx.ports);
      return seeOther('/console/requests');
    },
  },
  {
    method: 'POST',
    path: '/console/language',
    access: 'member',
    handle: async (ctx) => {
      if (!isLocale(ctx.body.locale))
        throw new ValidationError('Choose a language', {
          locale: 'must be one of the languages offered',
        });
      await chooseLanguage(ctx.member, ctx.body.locale, ctx.ports);
      return seeOther(consolePath(ctx.body.back));
    },
  },
];
