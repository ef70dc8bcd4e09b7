import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { runtimePorts } from '#composition/runtime.ts';
import {
  informationPage,
  informationSentPage,
} from '#presentation/information-pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import {
  AnswerRefusedError,
  answerInformation,
  previewInformation,
} from '#use-cases/information-request.ts';
import { goneLink } from './gone-link.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailerOnFirstSend(config),
  ...runtimePorts(config),
};

/** The shopper's answer link: GET shows the merchant's question, POST records the answer. */
export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewInformation(
        event.pathParameters?.token ?? '',
        ports,
      );
      return htmlResponse(
        200,
        informationPage(view.merchant, view.request, selfUrl(event)),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      const before = await previewInformation(secret, ports);
      let body: Record<string, unknown> = {};
      try {
        body = parseBody(event);
        const result = await answerInformation(secret, body, ports);
        return htmlResponse(
          200,
          informationSentPage(result.merchant, result.request),
        );
      } catch (error) {
        if (!(error instanceof AnswerRefusedError)) throw error;
        // The page again, with what was typed and the problem; the link is still unused.
        return htmlResponse(
          400,
          informationPage(before.merchant, before.request, selfUrl(event), {
            problem: error.problem,
            posted: body,
          }),
        );
      }
    },
  }),
  {
    html: () => true,
    gone: goneLink('information', ports),
  },
);
