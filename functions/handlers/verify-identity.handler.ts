import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sfnWorkflowOnFirstUse } from '#composition/aws/sfn-on-first-use.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { resolveLocale } from '#presentation/i18n/index.ts';
import {
  confirmIdentityPage,
  identityConfirmedPage,
} from '#presentation/pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { isTransient } from '#shared/task-errors.ts';
import {
  confirmIdentity,
  previewVerification,
} from '#use-cases/verify-identity.ts';
import { goneLink } from './gone-link.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflowOnFirstUse(config),
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
      const { request, merchant, statusUrl, failed } = await confirmIdentity(
        event.pathParameters?.token ?? '',
        ports,
      );
      // The confirmation stands (the link is used up); what the page lacks is logged by name.
      for (const { part, error } of failed)
        logger[isTransient(error) ? 'warn' : 'error'](
          'identity confirmed, page part failed',
          { requestId: request.requestId, part, error: error.name },
        );
      return htmlResponse(
        200,
        identityConfirmedPage(
          merchant?.name ?? request.merchantId,
          request.dueDate,
          resolveLocale(request.locale, merchant?.locale),
          statusUrl,
        ),
      );
    },
  }),
  {
    html: () => true,
    gone: goneLink('verify', ports),
  },
);
