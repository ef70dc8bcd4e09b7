import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { requestFormPage } from '#presentation/form-pages.ts';
import {
  fromAcceptLanguage,
  isLocale,
  resolveLocale,
} from '#presentation/i18n/index.ts';
import { readConfig } from '#shared/config.ts';
import { embeddableBy, FORM_PAGE_HEADERS, htmlResponse } from '#shared/http.ts';
import { intakeSecret, issueFormToken } from '#shared/intake-guard.ts';
import { httpHandler } from '#shared/middleware.ts';
import { showRequestForm } from '#use-cases/show-request-form.ts';

const config = readConfig();
const ports = dynamoPorts(config);
const secret = intakeSecret();
// Absolute, so the form also works behind a base path (publicBaseUrl may carry one).
const submitUrl = `${config.publicBaseUrl}/requests`;

export const handler = httpHandler(
  async (event) => {
    const merchant = await showRequestForm(
      event.pathParameters?.merchantId ?? '',
      ports,
    );
    // `?lang=` (the switcher) wins, then the browser's languages, then the merchant's.
    const locale = resolveLocale(
      isLocale(event.queryStringParameters?.lang)
        ? event.queryStringParameters?.lang
        : undefined,
      fromAcceptLanguage(event.headers?.['accept-language']),
      merchant.locale,
    );
    return htmlResponse(
      200,
      requestFormPage(
        merchant,
        submitUrl,
        {},
        {},
        locale,
        event.rawPath,
        // Signed, expiring: the POST proves it comes from a form page we served (CSRF).
        issueFormToken(merchant.merchantId, new Date(), secret),
      ),
      {
        ...FORM_PAGE_HEADERS,
        'content-language': locale,
        vary: 'accept-language',
      },
      embeddableBy(merchant.embedOrigins),
    );
  },
  { html: () => true },
);
