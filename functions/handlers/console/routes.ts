/**
 * The console's routes (the same paths as `CONSOLE_PATHS` in infra/wiring.ts): thin, each a use
 * case and a page. POSTs that succeed redirect (303) to the page that shows the result, so a
 * reload posts nothing again; a refused POST answers the page as it was posted. This module holds
 * the requests' routes; the way in is ./session-routes.ts, reports and settings ./admin-routes.ts.
 */

import { isAgentGroupKey } from '#domain/agents.ts';
import {
  ActionNotPossibleError,
  NotAllowedError,
} from '#domain/console-errors.ts';
import { parseInboxFilters } from '#domain/console-inbox.ts';
import { localDate } from '#domain/deadlines/calendar.ts';
import type {
  DecisionProblem,
  DeferralProblem,
  ReleaseProblem,
} from '#domain/decision.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import { textIn } from '#domain/localized.ts';
import { roleAllows } from '#domain/member-roles.ts';
import { authorityConsolePage } from '#presentation/console/agent-section.ts';
import { answerPage } from '#presentation/console/answer-page.ts';
import { enterPage } from '#presentation/console/enter-page.ts';
import { inboxPage } from '#presentation/console/inbox-page.ts';
import {
  type ActionFeedback,
  requestPage,
} from '#presentation/console/request-page.ts';
import type { Notice } from '#presentation/i18n/console/index.ts';
import { REMOVE_FIELD } from '#presentation/processor-upload.ts';
import { postedValues, postingTo } from '#shared/http.ts';
import { closeBatch, isAction, runAction } from '#use-cases/console/actions.ts';
import {
  AGENT_ACTIONS,
  authorityConsoleView,
  authorityDownload,
  type BatchLine,
  runAgentBatch,
} from '#use-cases/console/agents.ts';
import { enterRequest } from '#use-cases/console/enter-request.ts';
import { inboxJson, listInbox } from '#use-cases/console/inbox.ts';
import {
  answerForProcessor,
  answerView,
  removeAnswerFile,
} from '#use-cases/console/processor-answer.ts';
import { requestView } from '#use-cases/console/request-view.ts';
import type { UploadProblem } from '#use-cases/processor-uploads.ts';
import { ADMIN_ROUTES } from './admin-routes.ts';
import {
  type ConsoleRoute,
  chromeOf,
  consoleHtml,
  consoleJson,
  type RouteContext,
  seeOther,
  wantsJson,
} from './context.ts';
import { SESSION_ROUTES } from './session-routes.ts';

const NOTICES: readonly Notice[] = [
  'approved',
  'denied',
  'extended',
  'released',
  'releasedPartly',
  'informationAsked',
  'withheld',
  'cancelled',
  'deferralCancelled',
  'spam',
  'duplicate',
  'downloadReissued',
  'verificationResent',
  'processorResent',
  'answered',
  'entered',
  'typeConfirmed',
  'authorityAccepted',
  'authorityDeclined',
];

const param = (ctx: RouteContext, name: string) =>
  ctx.event.pathParameters?.[name] ?? '';

const requestPageOf = async (
  ctx: RouteContext,
  status: number,
  feedback: ActionFeedback,
) => {
  const id = param(ctx, 'requestId');
  const view = await requestView(ctx.member, id, ctx.ports);
  return consoleHtml(
    status,
    requestPage(
      view,
      chromeOf(ctx, 'request', view.merchant.merchantId),
      feedback,
    ),
  );
};

const answerPageOf = async (
  ctx: RouteContext,
  status: number,
  posted: { values: Record<string, string>; errors: Record<string, string> },
) => {
  const requestId = param(ctx, 'requestId');
  const processorId = param(ctx, 'processorId');
  const view = await answerView(ctx.member, requestId, processorId, ctx.ports);
  return consoleHtml(
    status,
    answerPage(
      view,
      ctx.event.rawPath,
      chromeOf(ctx, 'request', view.merchant.merchantId),
      posted,
    ),
    {},
    // The upload form posts straight to the bucket.
    postingTo(view.upload?.form?.url),
  );
};

export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  ...SESSION_ROUTES,
  {
    method: 'GET',
    path: '/console/requests',
    access: 'member',
    handle: async (ctx) => {
      const query = ctx.event.queryStringParameters ?? {};
      let filters: ReturnType<typeof parseInboxFilters>;
      let invalidFilter = false;
      try {
        filters = parseInboxFilters(query);
      } catch (error) {
        if (wantsJson(ctx.event) || !(error instanceof ValidationError))
          throw error;
        filters = query.merchant === '*' ? { merchant: '*' } : {};
        invalidFilter = true;
      }
      const inbox = await listInbox(ctx.member, filters, ctx.ports);
      if (wantsJson(ctx.event)) return consoleJson(200, inboxJson(inbox));
      const names = new Map<string, Map<string, string>>();
      for (const m of inbox.merchants) {
        const config = await ctx.ports.merchants.get(m.merchantId);
        names.set(
          m.merchantId,
          new Map(
            config?.processors.map((p) => [
              p.processorId,
              textIn(p.name, ctx.locale),
            ]) ?? [],
          ),
        );
      }
      const closed = Number(query.closed);
      return consoleHtml(
        invalidFilter ? 400 : 200,
        inboxPage(
          inbox,
          chromeOf(
            ctx,
            'inbox',
            filters.merchant === '*' ? '*' : inbox.merchants[0]?.merchantId,
          ),
          {
            filters,
            invalidFilter,
            canAct: new Set(
              ctx.member.merchants
                .filter((m) => roleAllows(m.role, 'act'))
                .map((m) => m.merchantId),
            ),
            bulk:
              query.bulk === 'none'
                ? { problem: true }
                : Number.isInteger(closed) &&
                    closed >= 0 &&
                    query.closed !== undefined
                  ? {
                      closed,
                      skipped: (query.skipped ?? '')
                        .split(',')
                        .filter((s) => /^[0-9A-F]{8}$/.test(s)),
                    }
                  : undefined,
            processorName: (merchantId, processorId) =>
              names.get(merchantId)?.get(processorId) ?? processorId,
            ...agentBatchOf(query),
          },
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/console/requests/new',
    access: 'member',
    handle: async (ctx) =>
      consoleHtml(200, enterFormPage(ctx, { values: {}, errors: {} })),
  },
  {
    method: 'POST',
    path: '/console/requests',
    access: 'member',
    handle: async (ctx) => {
      try {
        const { requestId } = await enterRequest(
          ctx.member,
          ctx.body,
          ctx.ports,
        );
        return wantsJson(ctx.event)
          ? consoleJson(201, { requestId })
          : seeOther(`/console/requests/${requestId}?done=entered`);
      } catch (error) {
        if (wantsJson(ctx.event) || !(error instanceof ValidationError))
          throw error;
        return consoleHtml(
          400,
          enterFormPage(ctx, {
            values: postedValues(ctx.body),
            errors: error.fields,
          }),
        );
      }
    },
  },
  {
    method: 'POST',
    path: '/console/requests/bulk',
    access: 'member',
    handle: async (ctx) => {
      try {
        const { closed, skipped } = await closeBatch(
          ctx.member,
          ctx.body,
          ctx.ports,
        );
        if (wantsJson(ctx.event)) return consoleJson(200, { closed, skipped });
        const refs = skipped
          .map((id) => id.slice(0, 8).toUpperCase())
          .join(',');
        return seeOther(
          `/console/requests?closed=${closed.length}${refs ? `&skipped=${refs}` : ''}`,
        );
      } catch (error) {
        if (wantsJson(ctx.event) || !(error instanceof ValidationError))
          throw error;
        return seeOther('/console/requests?bulk=none');
      }
    },
  },
  {
    method: 'POST',
    path: '/console/requests/agents',
    access: 'member',
    handle: async (ctx) => {
      const back = (query: string) => {
        const agent = ctx.body.agent;
        const merchant = ctx.body.merchant;
        return seeOther(
          `/console/requests?${typeof merchant === 'string' && /^(\*|[a-z0-9][a-z0-9-]{1,62})$/.test(merchant) ? `merchant=${encodeURIComponent(merchant)}&` : ''}${isAgentGroupKey(agent) ? `agent=${agent}&` : ''}${query}`,
        );
      };
      try {
        const done = await runAgentBatch(ctx.member, ctx.body, ctx.ports);
        if (wantsJson(ctx.event)) return consoleJson(200, done);
        return back(
          `batch=${done.action}&results=${done.lines.map((l) => `${l.requestId.slice(0, 8).toUpperCase()}.${l.outcome}`).join(',')}`,
        );
      } catch (error) {
        if (wantsJson(ctx.event) || !(error instanceof ValidationError))
          throw error;
        return back('batch=none');
      }
    },
  },
  {
    method: 'GET',
    path: '/console/requests/{requestId}',
    access: 'member',
    handle: async (ctx) => {
      const done = ctx.event.queryStringParameters?.done;
      const detail = ctx.event.queryStringParameters?.detail;
      const notice = NOTICES.find((n) => n === done);
      return requestPageOf(ctx, 200, {
        ...(notice
          ? {
              notice: {
                notice,
                ...(detail && /^[0-9A-Za-z-]{1,36}$/.test(detail)
                  ? { detail }
                  : {}),
              },
            }
          : {}),
      });
    },
  },
  {
    method: 'POST',
    path: '/console/requests/{requestId}/{action}',
    access: 'member',
    handle: async (ctx) => {
      const action = param(ctx, 'action');
      const requestId = param(ctx, 'requestId');
      if (!isAction(action))
        throw new ValidationError('No such action', { action: 'unknown' });
      try {
        const outcome = await runAction(
          ctx.member,
          requestId,
          action,
          ctx.body,
          ctx.ports,
        );
        if (wantsJson(ctx.event)) return consoleJson(200, outcome);
        return seeOther(
          `/console/requests/${requestId}?done=${outcome.notice}${outcome.detail ? `&detail=${encodeURIComponent(outcome.detail)}` : ''}`,
        );
      } catch (error) {
        if (wantsJson(ctx.event)) throw error;
        if (error instanceof ActionNotPossibleError)
          return requestPageOf(ctx, 409, {
            problem: { action, posted: {}, refused: error.why },
          });
        if (!(error instanceof ValidationError)) throw error;
        const problem =
          error instanceof DecisionRefusedError
            ? String(error.problem)
            : undefined;
        return requestPageOf(ctx, 400, {
          problem: {
            action,
            posted: ctx.body,
            fields: error.fields,
            ...(action === 'decide'
              ? { decision: (problem ?? 'decision') as DecisionProblem }
              : {}),
            ...(action === 'release'
              ? { release: (problem ?? 'decision') as ReleaseProblem }
              : {}),
            ...(action === 'cancel-deferral'
              ? { deferral: (problem ?? 'reasonRequired') as DeferralProblem }
              : {}),
          },
        });
      }
    },
  },
  {
    method: 'GET',
    path: '/console/requests/{requestId}/authority',
    access: 'member',
    handle: async (ctx) => {
      const requestId = param(ctx, 'requestId');
      const file = ctx.event.queryStringParameters?.file;
      if (file !== undefined)
        return seeOther(
          await authorityDownload(ctx.member, requestId, file, ctx.ports),
        );
      const view = await authorityConsoleView(
        ctx.member,
        requestId,
        `${ctx.ports.settings.publicBaseUrl}/console/requests/${requestId}/authority`,
        ctx.ports,
      );
      return consoleHtml(
        200,
        authorityConsolePage(
          view,
          chromeOf(ctx, 'request', view.request.merchantId),
        ),
        {},
        // The upload form posts straight to the bucket.
        postingTo(view.form?.url),
      );
    },
  },
  {
    method: 'GET',
    path: '/console/requests/{requestId}/answer/{processorId}',
    access: 'member',
    handle: (ctx) => answerPageOf(ctx, 200, { values: {}, errors: {} }),
  },
  {
    method: 'POST',
    path: '/console/requests/{requestId}/answer/{processorId}',
    access: 'member',
    handle: async (ctx) => {
      const requestId = param(ctx, 'requestId');
      const processorId = param(ctx, 'processorId');
      const values = postedValues(ctx.body);
      // A file's remove button: the answer comes back as it was posted, without that file.
      if (REMOVE_FIELD in ctx.body) {
        await removeAnswerFile(
          ctx.member,
          requestId,
          processorId,
          ctx.body[REMOVE_FIELD],
          ctx.ports,
        );
        const { [REMOVE_FIELD]: _removed, ...kept } = values;
        return answerPageOf(ctx, 200, { values: kept, errors: {} });
      }
      try {
        await answerForProcessor(
          ctx.member,
          requestId,
          processorId,
          ctx.body,
          ctx.ports,
        );
      } catch (error) {
        if (wantsJson(ctx.event) || !(error instanceof ValidationError))
          throw error;
        return answerPageOf(ctx, 400, {
          values,
          errors: error.fields as Record<string, string> & {
            files?: UploadProblem;
          },
        });
      }
      return wantsJson(ctx.event)
        ? consoleJson(200, { notice: 'answered' })
        : seeOther(`/console/requests/${requestId}?done=answered`);
    },
  },
  ...ADMIN_ROUTES,
];

/** A batch's result as the redirect after it carries it (references and outcome codes only). */
function agentBatchOf(query: Readonly<Record<string, string | undefined>>) {
  if (query.batch === 'none') return { agentBatch: { problem: true as const } };
  const action = AGENT_ACTIONS.find((a) => a === query.batch);
  if (!action) return {};
  const lines = (query.results ?? '')
    .split(',')
    .map((item) => /^([0-9A-F]{8})\.([A-Za-z]{1,20})$/.exec(item))
    .flatMap((m) =>
      m && isOutcome(m[2])
        ? [{ reference: m[1] as string, outcome: m[2] as BatchLine['outcome'] }]
        : [],
    );
  return { agentBatch: { action, lines } };
}

const OUTCOMES: readonly string[] = [
  'done',
  'notWaiting',
  'notAgent',
  'noAuthority',
  'notAccepted',
  'typePending',
] satisfies readonly BatchLine['outcome'][];
const isOutcome = (value: string | undefined) =>
  value !== undefined && OUTCOMES.includes(value);

/** The entry form: the shops where the member may act, today in the first one's zone. */
function enterFormPage(
  ctx: RouteContext,
  posted: {
    values: Record<string, string | undefined>;
    errors: Record<string, string>;
  },
): string {
  const shops = ctx.member.merchants.filter((m) => roleAllows(m.role, 'act'));
  if (shops.length === 0) throw new NotAllowedError('act');
  // The form's date picker allows up to today wherever the shop is (the server checks the
  // shop's own today): the zone furthest ahead of UTC.
  return enterPage(
    chromeOf(ctx, 'new'),
    shops,
    localDate(ctx.ports.clock.now(), 'Pacific/Kiritimati'),
    posted,
  );
}
