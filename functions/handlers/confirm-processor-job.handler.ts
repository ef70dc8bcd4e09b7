import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { sfnWorkflow } from '#composition/aws/sfn.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { ValidationError } from '#domain/errors.ts';
import { processorRecordedPage } from '#presentation/pages.ts';
import {
  confirmPageLocale,
  processorJobPage,
} from '#presentation/processor-page.ts';
import { readConfig } from '#shared/config.ts';
import {
  byMethod,
  htmlResponse,
  parseBody,
  postedValues,
  selfUrl,
} from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import {
  confirmProcessorJob,
  previewProcessorJob,
} from '#use-cases/confirm-processor-job.ts';
import { goneLinkView } from '#use-cases/link-aftermath.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflow(config, false),
  ...runtimePorts(config),
  ...powertoolsMetrics(),
};

export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewProcessorJob(
        event.pathParameters?.token ?? '',
        ports,
      );
      return htmlResponse(
        200,
        processorJobPage(
          view.merchant,
          view.processor,
          view.request,
          view.confirmBy,
          selfUrl(event),
        ),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      // Read first (the link still unused): the language of the answer page.
      const view = await previewProcessorJob(secret, ports);
      const locale = confirmPageLocale(
        view.merchant,
        view.processor,
        view.confirmBy,
      );
      const body = parseBody(event);
      try {
        await confirmProcessorJob(secret, body, ports);
        return htmlResponse(200, processorRecordedPage(locale));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // The page again, with exactly what was posted and what was wrong with it.
        return htmlResponse(
          400,
          processorJobPage(
            view.merchant,
            view.processor,
            view.request,
            view.confirmBy,
            selfUrl(event),
            { values: postedValues(body), errors: error.fields },
          ),
        );
      }
    },
  }),
  {
    html: () => true,
    gone: (event) =>
      goneLinkView(event.pathParameters?.token ?? '', 'processor', ports),
  },
);
