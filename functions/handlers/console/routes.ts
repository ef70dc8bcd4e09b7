/**
 * The console's route table (the same paths as `CONSOLE_PATHS` in infra/wiring.ts): thin routes,
 * each a use case and a page. POSTs that succeed redirect (303) to the page that shows the
 * result, so a reload posts nothing again; a refused POST answers the page as it was posted.
 *
 * By area, each a module: the way in and the header's forms (./session-routes.ts) load at cold
 * start; the requests' pages (./request-routes.ts), the forms that change requests
 * (./action-routes.ts), the files (./file-routes.ts) and the reports and settings
 * (./admin-routes.ts) load on the first request to one of their routes (`lazyRoutes`, issue 18),
 * with the use cases, pages, words and clients only they need. A cold start is mostly a member
 * signed out since their last visit: the console sends them to sign in before any page.
 */

import type { ConsoleRoute } from './context.ts';
import { lazyRoutes } from './context.ts';
import { SESSION_ROUTES } from './session-routes.ts';

export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  ...SESSION_ROUTES,
  ...lazyRoutes(
    () => import('./request-routes.ts').then((m) => m.REQUEST_HANDLERS),
    {
      inbox: { method: 'GET', path: '/console/requests', access: 'member' },
      request: {
        method: 'GET',
        path: '/console/requests/{requestId}',
        access: 'member',
      },
    },
  ),
  ...lazyRoutes(
    () => import('./action-routes.ts').then((m) => m.ACTION_HANDLERS),
    {
      enterForm: {
        method: 'GET',
        path: '/console/requests/new',
        access: 'member',
      },
      enter: { method: 'POST', path: '/console/requests', access: 'member' },
      bulk: {
        method: 'POST',
        path: '/console/requests/bulk',
        access: 'member',
      },
      agents: {
        method: 'POST',
        path: '/console/requests/agents',
        access: 'member',
      },
      action: {
        method: 'POST',
        path: '/console/requests/{requestId}/{action}',
        access: 'member',
      },
    },
  ),
  ...lazyRoutes(() => import('./file-routes.ts').then((m) => m.FILE_HANDLERS), {
    attachment: {
      method: 'GET',
      path: '/console/requests/{requestId}/attachments/{n}',
      access: 'member',
    },
    authority: {
      method: 'GET',
      path: '/console/requests/{requestId}/authority',
      access: 'member',
    },
    answerForm: {
      method: 'GET',
      path: '/console/requests/{requestId}/answer/{processorId}',
      access: 'member',
    },
    answer: {
      method: 'POST',
      path: '/console/requests/{requestId}/answer/{processorId}',
      access: 'member',
    },
  }),
  ...lazyRoutes(
    () => import('./admin-routes.ts').then((m) => m.ADMIN_HANDLERS),
    {
      reports: { method: 'GET', path: '/console/reports', access: 'member' },
      registerCsv: {
        method: 'GET',
        path: '/console/reports/register.csv',
        access: 'member',
      },
      processing: {
        method: 'GET',
        path: '/console/reports/processing',
        access: 'member',
      },
      processingCsv: {
        method: 'GET',
        path: '/console/reports/processing.csv',
        access: 'member',
      },
      settings: { method: 'GET', path: '/console/settings', access: 'member' },
      newProcessor: {
        method: 'GET',
        path: '/console/settings/new-processor',
        access: 'member',
      },
      processor: {
        method: 'GET',
        path: '/console/settings/processors/{processorId}',
        access: 'member',
      },
      saveSettings: {
        method: 'POST',
        path: '/console/settings/{section}',
        access: 'member',
      },
      offboarding: {
        method: 'POST',
        path: '/console/offboarding',
        access: 'member',
      },
    },
  ),
];
