import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { runtimePorts } from '#composition/runtime.ts';
import {
  DecisionRefusedError,
  type DeferralProblem,
} from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import {
  deferralCancelledPage,
  deferralPage,
} from '#presentation/decision-pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';
import { goneLinkView } from '#use-cases/link-aftermath.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailerOnFirstSend(config),
  ...runtimePorts(config),
};

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
      let body: Record<string, unknown> = {};
      try {
        body = parseBody(event);
        await cancelDeferral(secret, body, ports);
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
            {
              problem:
                error instanceof DecisionRefusedError
                  ? (error.problem as DeferralProblem)
                  : 'reasonRequired',
              posted: body,
            },
          ),
        );
      }
    },
  }),
  {
    html: () => true,
    gone: (event) =>
      goneLinkView(event.pathParameters?.token ?? '', 'deferral', ports),
  },
);
