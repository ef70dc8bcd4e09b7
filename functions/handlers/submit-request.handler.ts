import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DomainError, ValidationError } from '#domain/errors.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import {
  fromAcceptLanguage,
  isLocale,
  resolveLocale,
} from '#presentation/i18n/index.ts';
import { requestFormPage, submittedPage } from '#presentation/pages.ts';
import { readConfig } from '#shared/config.ts';
import {
  corsHeaders,
  domainErrorJson,
  embeddableBy,
  type HttpEvent,
  type HttpResult,
  htmlResponse,
  jsonResponse,
  parseBody,
  wantsHtml,
} from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { submitRequest } from '#use-cases/submit-request.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
};

/** The form's posted `locale`, else the browser's languages, else the merchant's. */
function localeOf(
  body: Record<string, unknown>,
  event: HttpEvent,
  merchant: MerchantConfig,
): Locale {
  return resolveLocale(
    isLocale(body.locale) ? body.locale : undefined,
    fromAcceptLanguage(event.headers?.['accept-language']),
    merchant.locale,
  );
}

const base = config.publicBaseUrl.replace(/\/+$/, '');

export const handler = httpHandler(
  async (event) => {
    const body = parseBody(event);
    // The merchant is read only when the answer depends on it: a page, or a cross-origin caller.
    let merchant: Promise<MerchantConfig | undefined> | undefined;
    const merchantOf = () => {
      merchant ??= ports.merchants
        .get(String(body.merchant))
        .catch(() => undefined);
      return merchant;
    };
    const cors = event.headers?.origin
      ? corsHeaders(event, (await merchantOf())?.embedOrigins)
      : {};
    try {
      const result = await submitRequest(body, ports);
      if (!wantsHtml(event))
        return withHeaders(jsonResponse(202, result), cors);
      const m = await merchantOf();
      return htmlResponse(
        202,
        m ? submittedPage(m, localeOf(body, event, m)) : '',
        cors,
        embeddableBy(m?.embedOrigins),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // A script on the merchant's own site reads the refusal (CORS) like any JSON caller.
      if (!wantsHtml(event) && Object.keys(cors).length > 0)
        return withHeaders(domainErrorJson(error), cors);
      // A browser gets the form back with messages next to the fields.
      const m =
        error instanceof ValidationError && wantsHtml(event)
          ? await merchantOf()
          : undefined;
      if (!m || !(error instanceof ValidationError)) throw error;
      return htmlResponse(
        400,
        requestFormPage(
          m,
          `${base}/requests`,
          body as Record<string, string>,
          error.fields,
          localeOf(body, event, m),
          `${base}/m/${m.merchantId}`,
        ),
        cors,
        embeddableBy(m.embedOrigins),
      );
    }
  },
  { html: wantsHtml },
);

function withHeaders(
  result: HttpResult,
  headers: Record<string, string>,
): HttpResult {
  return { ...result, headers: { ...result.headers, ...headers } };
}
