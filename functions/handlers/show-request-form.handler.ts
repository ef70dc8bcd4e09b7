import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { requestFormPage } from '#presentation/pages.ts';
import { readConfig } from '#shared/config.ts';
import { htmlResponse } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { showRequestForm } from '#use-cases/show-request-form.ts';

const config = readConfig();
const ports = dynamoPorts(config);
// Absolute, so the form also works behind a base path (publicBaseUrl may carry one).
const submitUrl = `${config.publicBaseUrl.replace(/\/+$/, '')}/requests`;

export const handler = httpHandler(
  async (event) => {
    const merchant = await showRequestForm(
      event.pathParameters?.merchantId ?? '',
      ports,
    );
    return htmlResponse(200, requestFormPage(merchant, submitUrl));
  },
  { html: () => true },
);
