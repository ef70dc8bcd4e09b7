import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { sfnWorkflow } from '#composition/aws/sfn.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { ValidationError } from '#domain/errors.ts';
import {
  processorJobPage,
  processorRecordedPage,
} from '#presentation/pages.ts';
import { REMOVE_FIELD } from '#presentation/processor-upload.ts';
import { readConfig } from '#shared/config.ts';
import {
  byMethod,
  htmlResponse,
  parseBody,
  postingTo,
  selfUrl,
} from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import {
  confirmProcessorJob,
  previewProcessorJob,
} from '#use-cases/confirm-processor-job.ts';
import {
  previewProcessorPage,
  removeProcessorUpload,
} from '#use-cases/processor-upload-page.ts';
import type { UploadProblem } from '#use-cases/processor-uploads.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflow(config, false),
  ...runtimePorts(config),
  ...powertoolsMetrics(),
  ...s3Exports(config),
};

/** The answer as posted, shown again after a removal or a refusal. */
const postedValues = (body: Record<string, unknown>) => ({
  outcome: typeof body.outcome === 'string' ? body.outcome : undefined,
  note: typeof body.note === 'string' ? body.note : undefined,
});

export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewProcessorPage(
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
          false,
          { upload: view.upload },
        ),
        {},
        postingTo(view.upload?.form?.url),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      // Read first (the link still unused): the language of the answer page.
      const view = await previewProcessorJob(secret, ports);
      const locale =
        view.confirmBy === 'merchant'
          ? view.merchant.locale
          : view.processor.locale;
      const body = parseBody(event);
      const page = async (
        status: number,
        error: boolean,
        uploadProblem?: UploadProblem,
      ) => {
        // The files as they are now (after a removal), with the answer as it was posted.
        const fresh = await previewProcessorPage(secret, ports);
        return htmlResponse(
          status,
          processorJobPage(
            fresh.merchant,
            fresh.processor,
            fresh.request,
            fresh.confirmBy,
            selfUrl(event),
            error,
            {
              upload: fresh.upload,
              uploadProblem,
              values: postedValues(body),
            },
          ),
          {},
          postingTo(fresh.upload?.form?.url),
        );
      };
      if (REMOVE_FIELD in body) {
        await removeProcessorUpload(secret, body[REMOVE_FIELD], ports);
        return page(200, false);
      }
      try {
        await confirmProcessorJob(secret, body, ports);
        return htmlResponse(200, processorRecordedPage(locale));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const problem = error.fields.files as UploadProblem | undefined;
        return page(400, !problem, problem);
      }
    },
  }),
  { html: () => true },
);
