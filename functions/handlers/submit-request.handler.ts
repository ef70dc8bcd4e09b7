import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DomainError, ValidationError } from '#domain/errors.ts';
import { FormTokenError, RESEND_AFTER_SECONDS } from '#domain/intake.ts';
import { requestReference } from '#domain/request.ts';
import {
  type Locale,
  type MerchantConfig,
  MerchantId,
} from '#domain/schemas.ts';
import { MailRefusedError } from '#ports/mailer.ts';
import {
  FORM_TRY_AGAIN,
  requestFormPage,
  submittedPage,
} from '#presentation/form-pages.ts';
import {
  fromAcceptLanguage,
  isLocale,
  resolveLocale,
} from '#presentation/i18n/index.ts';
import { pageMessages } from '#presentation/i18n/pages/index.ts';
import { readConfig } from '#shared/config.ts';
import {
  corsHeaders,
  domainErrorJson,
  embeddableBy,
  FORM_PAGE_HEADERS,
  type HttpEvent,
  type HttpResult,
  htmlResponse,
  jsonResponse,
  parseBody,
  postedValues,
  preflightResponse,
  refusalHeaders,
  ServiceUnavailableError,
  wantsHtml,
} from '#shared/http.ts';
import {
  checkSubmissionOrigin,
  clientKey,
  INTAKE_RETRY_AFTER_SECONDS,
  intakeLimits,
  intakeSecret,
  issueFormToken,
  issueResendToken,
  RESEND_FIELD,
  resendRequestId,
} from '#shared/intake-guard.ts';
import { httpHandler } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { isTransient } from '#shared/task-errors.ts';
import { resendVerification } from '#use-cases/resend-verification.ts';
import { submitRequest } from '#use-cases/submit-request.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
};
const secret = intakeSecret();
const limits = intakeLimits();
const ownOrigin = new URL(config.publicBaseUrl).origin;

/** The form's posted `locale`, else the browser's languages, else the merchant's (when known). */
function localeOf(
  body: Record<string, unknown>,
  event: HttpEvent,
  merchant: MerchantConfig | undefined,
): Locale {
  return resolveLocale(
    isLocale(body.locale) ? body.locale : undefined,
    fromAcceptLanguage(event.headers?.['accept-language']),
    merchant?.locale,
  );
}

const base = config.publicBaseUrl;

export const handler = httpHandler(
  async (event) => {
    // CORS preflight of a `fetch` from the merchant's own site: `?merchant=` says whose.
    if (event.requestContext.http.method === 'OPTIONS') {
      const id = MerchantId.safeParse(event.queryStringParameters?.merchant);
      const m = id.success ? await ports.merchants.get(id.data) : undefined;
      return preflightResponse(event, m?.embedOrigins);
    }
    const body = parseBody(event);
    // Read once: for the answer (CORS, pages) and, passed on, for the use case.
    let merchant: Promise<MerchantConfig | undefined> | undefined;
    const merchantOf = () => {
      // A shape check first: junk never reaches the store.
      const id = MerchantId.safeParse(body.merchant);
      merchant ??= id.success
        ? ports.merchants.get(id.data).catch(() => undefined)
        : Promise.resolve(undefined);
      return merchant;
    };
    const cors = event.headers?.origin
      ? corsHeaders(event, (await merchantOf())?.embedOrigins)
      : {};
    const now = new Date();
    const context = {
      client: clientKey(event, secret),
      limits,
      merchant: await merchantOf(),
      checkOrigin: (known: MerchantConfig) =>
        checkSubmissionOrigin(event, body, known, ownOrigin, now, secret),
    };
    const resend = event.routeKey === RESEND_ROUTE;
    try {
      // "Send the email again" from the page after the form: the same answer whatever happened.
      if (resend) {
        let requestId: string | undefined;
        await resendVerification(
          body,
          (merchantId) =>
            (requestId = resendRequestId(
              body[RESEND_FIELD],
              merchantId,
              now,
              secret,
            )),
          ports,
          context,
        );
        return answered(await merchantOf(), requestId ?? '', body, event, {
          cors,
          resent: true,
        });
      }
      // Fields first (a browser gets them all back at once), then CSRF, then the rest.
      const result = await submitRequest(body, ports, context);
      if (!wantsHtml(event))
        return withHeaders(jsonResponse(202, result), cors);
      return answered(await merchantOf(), result.requestId, body, event, {
        cors,
        authorityUrl: result.authorityUrl,
      });
    } catch (failure) {
      const error =
        failure instanceof DomainError ||
        (!isTransient(failure) && !(failure instanceof MailRefusedError))
          ? failure
          : tryAgainLater(failure as Error, body, event, await merchantOf());
      if (!(error instanceof DomainError)) throw error;
      // A script on the merchant's own site reads the refusal (CORS) like any JSON caller.
      if (!wantsHtml(event) && Object.keys(cors).length > 0)
        return withHeaders(domainErrorJson(error), cors);
      // A browser gets the form back: messages next to the fields, a fresh form token, or
      // "send it again in a minute" (its answers kept, so one press does it). A resend from a
      // page too old gets the form, ready to send again; its other refusals are plain pages.
      const formBack =
        (error instanceof FormTokenError ||
          (!resend &&
            (error instanceof ValidationError ||
              error instanceof ServiceUnavailableError))) &&
        wantsHtml(event);
      const m = formBack ? await merchantOf() : undefined;
      if (!m) throw error;
      return htmlResponse(
        error.statusCode,
        requestFormPage(
          m,
          `${base}/requests`,
          postedValues(body),
          error instanceof ValidationError
            ? error.fields
            : error instanceof ServiceUnavailableError
              ? { [FORM_TRY_AGAIN]: 'yes' }
              : { formToken: 'expired' },
          localeOf(body, event, m),
          `${base}/m/${m.merchantId}`,
          issueFormToken(m.merchantId, new Date(), secret),
        ),
        { ...FORM_PAGE_HEADERS, ...cors, ...refusalHeaders(error) },
        embeddableBy(m.embedOrigins),
      );
    }
  },
  { html: wantsHtml },
);

/** The route of "send the email again" (infra/wiring.ts ROUTES), served by this function. */
const RESEND_ROUTE = 'POST /requests/resend';

/**
 * 202 and the page after the form: the request's reference, what happens next, and a "send the
 * email again" form signed for this request (a JSON caller of the resend route gets `{}`).
 */
function answered(
  m: MerchantConfig | undefined,
  requestId: string,
  body: Record<string, unknown>,
  event: HttpEvent,
  {
    cors,
    resent = false,
    authorityUrl,
  }: { cors: Record<string, string>; resent?: boolean; authorityUrl?: string },
): HttpResult {
  if (!wantsHtml(event) || !m) return withHeaders(jsonResponse(202, {}), cors);
  const now = new Date();
  return htmlResponse(
    202,
    submittedPage(m, localeOf(body, event, m), {
      reference: requestReference(requestId),
      resendMinutes: RESEND_AFTER_SECONDS / 60,
      resent,
      ...(authorityUrl ? { authorityUrl } : {}),
      resend: {
        actionUrl: `${base}/requests/resend`,
        resendToken: issueResendToken(m.merchantId, requestId, now, secret),
        formToken: issueFormToken(m.merchantId, now, secret),
      },
    }),
    // It holds the "send again" form: the browser must name our origin when it posts it.
    { ...FORM_PAGE_HEADERS, ...cors },
    embeddableBy(m.embedOrigins),
  );
}

/**
 * A transient failure (SES or DynamoDB throttling, a timeout), or SES refusing the mail, once the
 * submission may be stored:
 * 503 with Retry-After, in the shopper's language, instead of a bare 500. Chosen over a 202 that
 * leaves the resend to a background job: the shopper is on the page now and learns at once
 * that no email is coming yet; sending the same form again is safe (the 24 h submission claim
 * returns the same request, whose mail slot submitRequest gave back, so its link goes out then).
 * A 202 would promise an email that may not come, and need a sweeper to keep that promise.
 * On-call sees the dependency's error name (never its message: SES's can quote the recipient).
 */
function tryAgainLater(
  failure: Error,
  body: Record<string, unknown>,
  event: HttpEvent,
  merchant: MerchantConfig | undefined,
): ServiceUnavailableError {
  // SES refused (not authorized, sandbox recipient not verified, sending paused): nothing the
  // shopper can fix, and retrying will not help until an operator does. Still a 503 (the form is
  // kept, the API's 5xx alarm fires), logged as an error with what to fix.
  if (failure instanceof MailRefusedError)
    logger.error(
      'intake could not send the verification email: answering 503',
      {
        error: failure.name,
        reason: failure.reason,
        serviceError: failure.serviceError,
        remedy: failure.remedy,
      },
    );
  else
    logger.warn('intake failed transiently: answering 503', {
      error: failure.name,
    });
  return new ServiceUnavailableError(
    INTAKE_RETRY_AFTER_SECONDS,
    pageMessages(localeOf(body, event, merchant)).errors.tryAgainBody,
  );
}

function withHeaders(
  result: HttpResult,
  headers: Record<string, string>,
): HttpResult {
  return { ...result, headers: { ...result.headers, ...headers } };
}
