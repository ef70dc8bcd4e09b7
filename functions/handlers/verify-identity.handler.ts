import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sfnWorkflow } from '#composition/aws/sfn.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { resolveLocale } from '#presentation/i18n/index.ts';
import {
  confirmIdentityPage,
  identityConfirmedPage,
} from '#presentation/pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { issueStatusLink } from '#use-cases/request-status.ts';
import {
  previewVerification,
  verifyIdentity,
} from '#use-cases/verify-identity.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflow(config),
  ...runtimePorts(config),
};

export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewVerification(
        event.pathParameters?.token ?? '',
        ports,
      );
      return htmlResponse(
        200,
        confirmIdentityPage(
          view.merchantName,
          view.type,
          selfUrl(event),
          resolveLocale(view.locale),
        ),
      );
    },
    POST: async (event) => {
      const request = await verifyIdentity(
        event.pathParameters?.token ?? '',
        ports,
      );
      const merchant = await ports.merchants.get(request.merchantId);
      // A read-only link to follow the request; the confirmation stands even if issuing it fails.
      const status = await issueStatusLink(request.requestId, ports).catch(
        () => undefined,
      );
      return htmlResponse(
        200,
        identityConfirmedPage(
          merchant?.name ?? request.merchantId,
          request.dueDate,
          resolveLocale(request.locale, merchant?.locale),
          status?.url,
        ),
      );
    },
  }),
  { html: () => true },
);
