import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { s3Exports } from '#composition/aws/s3.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { linkUrl } from '#domain/links.ts';
import {
  authorityUploadPage,
  REMOVE_AUTHORITY_FIELD,
} from '#presentation/authority-page.ts';
import { readConfig } from '#shared/config.ts';
import {
  byMethod,
  type HttpEvent,
  htmlResponse,
  parseBody,
  postingTo,
  selfUrl,
} from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { authorityPage, removeAuthorityFile } from '#use-cases/authority.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...runtimePorts(config),
  ...s3Exports(config),
};

const secretOf = (event: HttpEvent) => event.pathParameters?.token ?? '';

/** The page as it is now: the files listed afresh, the upload form coming back here. */
async function show(event: HttpEvent) {
  const secret = secretOf(event);
  const view = await authorityPage(
    secret,
    linkUrl(config.publicBaseUrl, 'authority', secret),
    ports,
  );
  return htmlResponse(
    200,
    authorityUploadPage(view, selfUrl(event)),
    {},
    // The upload form posts straight to the bucket.
    postingTo(view.form?.url),
  );
}

/**
 * The agent's authorisation page (`/authority/{token}`): GET shows it (reads only), POST removes
 * one uploaded file while the request waits, then shows the page as it is now.
 */
export const handler = httpHandler(
  byMethod({
    GET: show,
    POST: async (event) => {
      const body = parseBody(event);
      await removeAuthorityFile(
        secretOf(event),
        body[REMOVE_AUTHORITY_FIELD],
        ports,
      );
      return show(event);
    },
  }),
  { html: () => true },
);
