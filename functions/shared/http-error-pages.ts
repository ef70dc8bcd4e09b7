/**
 * The error pages a browser gets (shared/http.ts `httpErrors`, loaded with the first one): in the
 * browser's language, English keeping the domain's message.
 */
import { DomainError } from '#domain/errors.ts';
import { fromAcceptLanguage } from '#presentation/i18n/index.ts';
import { pageMessages } from '#presentation/i18n/pages/index.ts';
import { errorPage } from '#presentation/pages.ts';
import {
  type GoneLinkView,
  linkErrorPage,
} from '#presentation/status-pages.ts';
import {
  type HttpErrorOptions,
  type HttpEvent,
  type HttpResult,
  htmlResponse,
  refusalHeaders,
} from './http.ts';
import { logger } from './powertools.ts';

/** The page of a refusal (its 4xx or 503) or of a failure (500). */
export async function htmlErrorResponse(
  error: unknown,
  event: HttpEvent,
  options: HttpErrorOptions,
): Promise<HttpResult> {
  const locale = fromAcceptLanguage(event.headers?.['accept-language']) ?? 'en';
  const t = pageMessages(locale).errors;
  if (!(error instanceof DomainError))
    return htmlResponse(500, errorPage(t.wentWrong, t.wentWrongBody, locale));
  return htmlResponse(
    error.statusCode,
    error.statusCode === 429
      ? errorPage(t.tooMany, t.tooManyBody, locale)
      : error.statusCode === 503
        ? errorPage(t.tryAgain, t.tryAgainBody, locale)
        : error.statusCode === 410 || error.name === 'LinkInvalidError'
          ? linkErrorPage(
              error.statusCode,
              error.message,
              locale,
              error.statusCode === 410
                ? await goneView(options, event)
                : undefined,
            )
          : error.code === 'ORIGIN_NOT_ALLOWED'
            ? errorPage(t.notRight, t.originRefusedBody, locale)
            : errorPage(
                t.notRight,
                locale === 'en' ? error.message : t.notRightBody,
                locale,
              ),
    refusalHeaders(error),
  );
}

/** The used link's page additions, or nothing when they cannot be read (logged by name). */
async function goneView(
  options: HttpErrorOptions,
  event: HttpEvent,
): Promise<GoneLinkView | undefined> {
  try {
    return await options.gone?.(event);
  } catch (error) {
    logger.warn('used link page without its facts', {
      error: error instanceof Error ? error.name : 'Unknown',
    });
    return undefined;
  }
}
