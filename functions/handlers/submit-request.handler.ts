import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { ValidationError } from '#domain/errors.ts';
import { requestFormPage, submittedPage } from '#presentation/pages.ts';
import { readConfig } from '#shared/config.ts';
import {
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

export const handler = httpHandler(
  async (event) => {
    const body = parseBody(event);
    try {
      const result = await submitRequest(body, ports);
      if (!wantsHtml(event)) return jsonResponse(202, result);
      const merchant = await ports.merchants.get(String(body.merchant));
      return htmlResponse(202, merchant ? submittedPage(merchant) : '');
    } catch (error) {
      // A browser gets the form back with messages next to the fields.
      const merchant =
        error instanceof ValidationError && wantsHtml(event)
          ? await ports.merchants.get(String(body.merchant))
          : undefined;
      if (!merchant || !(error instanceof ValidationError)) throw error;
      return htmlResponse(
        400,
        requestFormPage(
          merchant,
          `${config.publicBaseUrl.replace(/\/+$/, '')}/requests`,
          body as Record<string, string>,
          error.fields,
        ),
      );
    }
  },
  { html: wantsHtml },
);
