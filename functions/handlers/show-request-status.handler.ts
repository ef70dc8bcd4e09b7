import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { resolveLocale } from '#presentation/i18n/index.ts';
import { requestStatusPage } from '#presentation/status-pages.ts';
import { readConfig } from '#shared/config.ts';
import { htmlResponse } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { showRequestStatus } from '#use-cases/request-status.ts';
import { goneLink } from './gone-link.ts';

const config = readConfig();
const ports = { ...dynamoPorts(config), ...runtimePorts(config) };

export const handler = httpHandler(
  async (event) => {
    const view = await showRequestStatus(
      event.pathParameters?.token ?? '',
      ports,
    );
    return htmlResponse(
      200,
      requestStatusPage(view, resolveLocale(view.locale, view.merchant.locale)),
    );
  },
  {
    html: () => true,
    gone: goneLink('status', ports),
  },
);
