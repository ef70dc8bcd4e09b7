import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import {
  liftRestrictionPage,
  restrictionLiftedPage,
} from '#presentation/lift-pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import {
  type LiftProblem,
  liftRestriction,
  previewLift,
} from '#use-cases/lift-restriction.ts';
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
      const view = await previewLift(event.pathParameters?.token ?? '', ports);
      return htmlResponse(
        200,
        liftRestrictionPage(
          view.merchant,
          view.request,
          view.processors,
          view.since,
          selfUrl(event),
        ),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      const view = await previewLift(secret, ports);
      let body: Record<string, unknown> = {};
      try {
        body = parseBody(event);
        await liftRestriction(secret, body, ports);
        return htmlResponse(200, restrictionLiftedPage(view.merchant.locale));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return htmlResponse(
          400,
          liftRestrictionPage(
            view.merchant,
            view.request,
            view.processors,
            view.since,
            selfUrl(event),
            {
              problem:
                error instanceof DecisionRefusedError
                  ? (error.problem as LiftProblem)
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
      goneLinkView(event.pathParameters?.token ?? '', 'lift', ports),
  },
);
