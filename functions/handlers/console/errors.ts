/**
 * The console's refusals as pages in the reader's language (or JSON for JSON callers). Only the
 * error's name is logged, never its message, the member or the request.
 */
import type { MiddlewareObj } from '@middy/core';
import {
  ActionNotPossibleError,
  CrossSiteError,
  NotAllowedError,
  SignedOutError,
} from '#domain/console-errors.ts';
import {
  DomainError,
  LinkGoneError,
  LinkInvalidError,
  MerchantNotFoundError,
  RequestNotFoundError,
} from '#domain/errors.ts';
import { consoleMessagePage } from '#presentation/console/layout.ts';
import {
  signedOutPage,
  signInLinkGonePage,
} from '#presentation/console/sign-in-pages.ts';
import { CONSOLE_MESSAGES } from '#presentation/i18n/console/index.ts';
import { clearedCookie } from '#shared/console-guard.ts';
import {
  domainErrorJson,
  type HttpEvent,
  type HttpResult,
  jsonResponse,
  refusalHeaders,
} from '#shared/http.ts';
import { logger } from '#shared/powertools.ts';
import { consoleHtml, localeOf, seeOther, wantsJson } from './context.ts';

export function consoleErrors(
  baseUrl: string,
): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    onError: async (request) => {
      const error = request.error;
      const event = request.event;
      const locale = localeOf(event);
      const e = CONSOLE_MESSAGES[locale].errors;
      const json =
        wantsJson(event) ||
        event.headers?.['content-type']?.startsWith('application/json');
      if (!(error instanceof DomainError)) {
        logger.error('console request failed', {
          error: error?.name ?? 'Unknown',
        });
        request.response = json
          ? jsonResponse(500, {
              error: { code: 'INTERNAL', message: 'Internal error' },
            })
          : consoleHtml(
              500,
              consoleMessagePage(e.wentWrongTitle, e.wentWrongBody, locale),
            );
        return request.response;
      }
      logger.info('console request refused', {
        error: error.name,
        statusCode: error.statusCode,
      });
      if (json) {
        const answer = domainErrorJson(error);
        request.response =
          error instanceof SignedOutError
            ? {
                ...answer,
                headers: {
                  ...answer.headers,
                  'set-cookie': clearedCookie(baseUrl),
                },
              }
            : answer;
        return request.response;
      }
      request.response = page(error, event, locale, baseUrl);
      return request.response;
    },
  };
}

function page(
  error: DomainError,
  event: HttpEvent,
  locale: ReturnType<typeof localeOf>,
  baseUrl: string,
): HttpResult {
  const e = CONSOLE_MESSAGES[locale].errors;
  if (error instanceof SignedOutError) {
    const cleared = { 'set-cookie': clearedCookie(baseUrl) };
    return event.requestContext.http.method === 'GET'
      ? seeOther(`/console/sign-in?lang=${locale}`, cleared)
      : consoleHtml(401, signedOutPage(locale), cleared);
  }
  if (error instanceof LinkGoneError)
    return consoleHtml(410, signInLinkGonePage(locale, error.reason));
  if (error instanceof LinkInvalidError)
    return consoleHtml(403, signInLinkGonePage(locale, 'invalid'));
  if (
    error instanceof RequestNotFoundError ||
    error instanceof MerchantNotFoundError
  )
    return consoleHtml(
      404,
      consoleMessagePage(e.notFoundTitle, e.notFoundBody, locale),
    );
  if (error instanceof NotAllowedError)
    return consoleHtml(
      403,
      consoleMessagePage(
        e.notAllowedTitle,
        error.needs === 'act' ? e.notAllowedAct : e.notAllowedAdminister,
        locale,
      ),
    );
  if (error instanceof CrossSiteError)
    return consoleHtml(
      403,
      consoleMessagePage(e.crossSiteTitle, e.crossSiteBody, locale),
    );
  if (error instanceof ActionNotPossibleError)
    return consoleHtml(
      409,
      consoleMessagePage(
        e.notPossibleTitle,
        CONSOLE_MESSAGES[locale].actions.refused[error.why],
        locale,
      ),
    );
  return consoleHtml(
    error.statusCode,
    consoleMessagePage(
      error.statusCode === 429
        ? CONSOLE_MESSAGES[locale].signIn.tooMany
        : e.invalidTitle,
      error.statusCode === 429
        ? ''
        : error.statusCode >= 500
          ? e.wentWrongBody
          : e.crossSiteBody,
      locale,
    ),
    refusalHeaders(error),
  );
}
