import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { ValidationError } from '#domain/errors.ts';
import { deferralCancelledPage, deferralPage } from '#presentation/pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';

const config = readConfig();
const ports = { ...dynamoPorts(config), ...runtimePorts(config) };

export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewDeferral(
        event.pathParameters?.token ?? '',
        ports,
      );
      return htmlResponse(
        200,
        deferralPage(
          view.merchant,
          view.request,
          view.processors,
          view.until,
          selfUrl(event),
        ),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      const view = await previewDeferral(secret, ports);
      try {
        await cancelDeferral(secret, parseBody(event), ports);
        return htmlResponse(200, deferralCancelledPage(view.merchant.locale));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return htmlResponse(
          400,
          deferralPage(
            view.merchant,
            view.request,
            view.processors,
            view.until,
            selfUrl(event),
            true,
          ),
        );
      }
    },
  }),
  { html: () => true },
);
