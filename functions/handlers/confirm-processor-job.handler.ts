import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { sfnWorkflowOnFirstUse } from '#composition/aws/sfn-on-first-use.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { ValidationError } from '#domain/errors.ts';
import { processorRecordedPage } from '#presentation/pages.ts';
import {
  confirmPageLocale,
  processorJobPage,
} from '#presentation/processor-page.ts';
import {
  REMOVE_FIELD,
  uploadedFiles,
  uploadSection,
} from '#presentation/processor-upload.ts';
import { readConfig } from '#shared/config.ts';
import {
  byMethod,
  htmlResponse,
  parseBody,
  postedValues,
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
import { goneLink } from './gone-link.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflowOnFirstUse(config, false),
  ...runtimePorts(config),
  ...powertoolsMetrics(),
  ...s3Exports(config),
};

/**
 * The page as it is now (its files listed afresh), with what was posted and what was wrong; for
 * access/portability with the upload form before the answers and the files inside them.
 */
async function page(
  secret: string,
  actionUrl: string,
  status: number,
  posted: { values: Record<string, string>; errors: Record<string, string> },
) {
  const view = await previewProcessorPage(secret, ports);
  const locale = confirmPageLocale(
    view.merchant,
    view.processor,
    view.confirmBy,
  );
  const upload = view.upload;
  return htmlResponse(
    status,
    processorJobPage(
      view.merchant,
      view.processor,
      view.request,
      view.confirmBy,
      actionUrl,
      posted,
      upload ? uploadSection(upload, locale) : '',
      upload
        ? uploadedFiles(
            upload,
            locale,
            posted.errors.files as UploadProblem | undefined,
          )
        : '',
    ),
    {},
    // The upload form posts straight to the bucket.
    postingTo(upload?.form?.url),
  );
}

export const handler = httpHandler(
  byMethod({
    GET: (event) =>
      page(event.pathParameters?.token ?? '', selfUrl(event), 200, {
        values: {},
        errors: {},
      }),
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
      const values = postedValues(body);
      // A file's remove button: the answer form comes back as it was posted, without that file.
      if (REMOVE_FIELD in body) {
        await removeProcessorUpload(secret, body[REMOVE_FIELD], ports);
        const { [REMOVE_FIELD]: _removed, ...kept } = values;
        return page(secret, selfUrl(event), 200, { values: kept, errors: {} });
      }
      try {
        await confirmProcessorJob(secret, body, ports);
        return htmlResponse(200, processorRecordedPage(locale));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // The page again, with exactly what was posted and what was wrong with it.
        return page(secret, selfUrl(event), 400, {
          values,
          errors: error.fields,
        });
      }
    },
  }),
  {
    html: () => true,
    gone: goneLink('processor', ports),
  },
);
