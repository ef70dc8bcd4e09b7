/**
 * The console's router and session middleware. Each route says whether it needs a session; the
 * router then resolves the signed-in member afresh (use-cases/console/session.ts: a removed
 * member is refused at once), and for a POST parses the body and refuses it unless it came from
 * the console itself (shared/console-guard.ts: `Origin` for JSON, the session-bound token for
 * forms). Handlers get a {@link RouteContext} and return an answer; errors become the console's
 * pages (or JSON) in ./errors.ts.
 *
 * A new page (settings, reports): add its path to `CONSOLE_PATHS` in infra/wiring.ts and its
 * {@link RouteSpec} to the table of ./routes.ts, its handler to the area's module (a page a cold
 * start rarely shows goes in a module loaded on first use, {@link lazyRoutes}); check the role with `requireRole(membershipAt(ctx.member, merchantId), 'administer')`
 * (use-cases/console/session.ts); render with `consolePage(title, body, chromeOf(ctx, place))`.
 */
import type { Context } from 'aws-lambda';
import { RequestNotFoundError } from '#domain/errors.ts';
import { hashLinkSecret } from '#domain/links.ts';
import type { Locale } from '#domain/schemas.ts';
import type { Chrome, Place } from '#presentation/console/layout.ts';
import type { SafeHtml } from '#presentation/html.ts';
import {
  fromAcceptLanguage,
  isLocale,
  resolveLocale,
} from '#presentation/i18n/index.ts';
import { offboardingBanner } from '#presentation/offboarding.ts';
import {
  checkSameSite,
  csrfToken,
  sessionSecretOf,
} from '#shared/console-guard.ts';
import {
  FORM_PAGE_HEADERS,
  type HttpEvent,
  type HttpResult,
  htmlResponse,
  jsonResponse,
  parseBody,
} from '#shared/http.ts';
import { onFirstUse } from '#shared/on-first-use.ts';
import { logger } from '#shared/powertools.ts';
import type { ConsolePorts } from '#use-cases/console/ports.ts';
import { type ConsoleMember, openSession } from '#use-cases/console/session.ts';
import type { SignInLimits } from '#use-cases/console/sign-in.ts';
import { offboardingNotice } from '#use-cases/offboarding/notice.ts';
import { router } from './router.ts';

/** What every route handler is given. */
export interface RouteContext {
  event: HttpEvent;
  ports: ConsolePorts;
  /** The page's language: `?lang=` on a GET, else the session's choice, else the browser's. */
  locale: Locale;
  /** The console's base URL (emailed links, the cookie's attributes). */
  baseUrl: string;
  /** The console's key (CSRF tokens, keyed client networks). */
  secret: string;
  /** How many sign-in emails may be asked for (shared/console-guard.ts `signInLimits`). */
  limits: SignInLimits;
  /** POST: the body, parsed and checked to come from the console. */
  body: Record<string, unknown>;
  /** Signed-in routes: the person and their merchants. */
  member: ConsoleMember;
  /** Signed-in routes: the CSRF token every form of the page carries. */
  csrf: string;
  /** Signed-in pages (GET): the shop's offboarding banner, when one is scheduled or under way. */
  banner?: SafeHtml;
}

/** Where a route is and who may reach it. */
export interface RouteSpec {
  method: 'GET' | 'POST';
  path: string;
  /** `public`: the signed-out pages (sign-in); `member`: a live session is required. */
  access: 'public' | 'member';
}

/** What answers a route's requests. */
export type RouteHandler = (ctx: RouteContext) => Promise<HttpResult>;

export interface ConsoleRoute extends RouteSpec {
  handle: RouteHandler;
}

/**
 * Routes whose handlers live in a module loaded on the first request to one of them (issue 18):
 * the pages and forms a cold start rarely serves (an action's form, a file, reports, settings)
 * keep their use cases, pages and words out of the console's init. `specs` gives each handler the
 * module exports its route; the type-check holds the two to the same names.
 */
export function lazyRoutes<K extends string>(
  load: () => Promise<Readonly<Record<K, RouteHandler>>>,
  specs: Readonly<Record<NoInfer<K>, RouteSpec>>,
): ConsoleRoute[] {
  const handlers = onFirstUse(load);
  return (Object.entries(specs) as [K, RouteSpec][]).map(([name, spec]) => ({
    ...spec,
    handle: async (ctx) => (await handlers())[name](ctx),
  }));
}

/** True when the caller asked for JSON (`Accept: application/json`, not a browser's page). */
export function wantsJson(event: HttpEvent): boolean {
  const accept = event.headers?.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** The language each request's pages were found to be in, for the error pages of that request. */
const resolved = new WeakMap<HttpEvent, Locale>();

/** The language of a page (see {@link RouteContext.locale}). */
export function localeOf(event: HttpEvent, member?: ConsoleMember): Locale {
  const known = resolved.get(event);
  if (known && !member) return known;
  const asked = event.queryStringParameters?.lang;
  if (event.requestContext.http.method === 'GET' && isLocale(asked))
    return asked;
  return (
    member?.locale ??
    fromAcceptLanguage(event.headers?.['accept-language']) ??
    resolveLocale()
  );
}

/** The header a signed-in page shows: who, their role here, the switcher, the language. */
export function chromeOf(
  ctx: Pick<RouteContext, 'member' | 'csrf' | 'locale' | 'event' | 'banner'>,
  place: Place,
  current?: string,
): Chrome {
  const m = ctx.member;
  const here = m.merchants.find((x) => x.merchantId === current) ?? m.current;
  return {
    locale: ctx.locale,
    place,
    path: ctx.event.rawPath,
    ...(ctx.banner ? { banner: ctx.banner } : {}),
    member: {
      email: m.email,
      role: m.operator && here.role === 'viewer' ? 'operator' : here.role,
      merchants: m.merchants,
      current: current ?? m.current.merchantId,
      canEnter: m.merchants.some((x) => x.role !== 'viewer'),
      csrf: ctx.csrf,
    },
  };
}

/** An HTML page of the console: its forms post back to us with our `Origin` (same-origin referrer). */
export function consoleHtml(
  status: number,
  body: string,
  headers: Record<string, string> = {},
  embed: { formAction?: string } = {},
): HttpResult {
  return htmlResponse(
    status,
    body,
    { ...FORM_PAGE_HEADERS, ...headers },
    embed,
  );
}

/** A JSON answer of the console. */
export function consoleJson(status: number, body: unknown): HttpResult {
  return jsonResponse(status, body);
}

/** A redirect after a POST (303: the browser GETs the page; reloading it posts nothing again). */
export function seeOther(
  location: string,
  headers: Record<string, string> = {},
): HttpResult {
  return {
    statusCode: 303,
    headers: {
      ...jsonResponse(303, null).headers,
      location,
      ...headers,
    },
    body: '',
  };
}

/**
 * The router (./router.ts): one route per {@link ConsoleRoute}, each wrapped in the session
 * middleware. A path the console does not have answers 404 like an unknown request.
 */
export function consoleRouter(
  routes: readonly ConsoleRoute[],
  deps: RouterDeps,
) {
  return router<HttpEvent, HttpResult>(
    routes.map((route) => ({
      method: route.method,
      path: route.path,
      handler: (event: HttpEvent) => run(route, event, deps),
    })),
    async () => {
      throw new RequestNotFoundError('page');
    },
  ) as unknown as (event: HttpEvent, context: Context) => Promise<HttpResult>;
}

/** What the router's routes share: the ports, the base URL, the key and the limits. */
export interface RouterDeps {
  ports: ConsolePorts;
  baseUrl: string;
  secret: string;
  limits: SignInLimits;
}

async function run(
  route: ConsoleRoute,
  event: HttpEvent,
  deps: RouterDeps,
): Promise<HttpResult> {
  const post = route.method === 'POST';
  let member: ConsoleMember | undefined;
  if (route.access === 'member') {
    member = await openSession(
      sessionSecretOf(event, deps.baseUrl),
      deps.ports,
    );
    logger.appendKeys({ member: member.actor });
  }
  const locale = localeOf(event, member);
  resolved.set(event, locale);
  const body = post ? parseBody(event) : {};
  if (post)
    checkSameSite(
      event,
      body,
      member ? { hash: member.session } : undefined,
      deps.baseUrl,
      deps.secret,
    );
  const csrf = member ? csrfToken(member.session, deps.secret) : '';
  const banner =
    member && !post
      ? await bannerOf(member, locale, csrf, deps.ports)
      : undefined;
  return route.handle({
    event,
    ports: deps.ports,
    locale,
    baseUrl: deps.baseUrl,
    secret: deps.secret,
    limits: deps.limits,
    body,
    // Public routes never read these (their handlers take no member).
    member: member as ConsoleMember,
    csrf,
    ...(banner ? { banner } : {}),
  });
}

/** The offboarding banner of the shop the member is looking at (use-cases/offboarding/notice.ts). */
async function bannerOf(
  member: ConsoleMember,
  locale: Locale,
  csrf: string,
  ports: ConsolePorts,
): Promise<SafeHtml | undefined> {
  const notice = await offboardingNotice(member, ports);
  if (!notice) return undefined;
  return offboardingBanner(notice.record, notice.shop, {
    locale,
    open: notice.open,
    ...(notice.mayCancel ? { cancel: { csrf } } : {}),
  });
}

/** The hash of the session cookie's secret the request brought, if any (sign-in replaces it). */
export function presentedSession(
  event: HttpEvent,
  baseUrl: string,
): string | undefined {
  const secret = sessionSecretOf(event, baseUrl);
  return secret && /^[A-Za-z0-9_-]{43}$/.test(secret)
    ? hashLinkSecret(secret)
    : undefined;
}
