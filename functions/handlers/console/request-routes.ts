/**
 * The console's requests as pages: the inbox (with a filter, a bulk close's or an agent batch's
 * result) and one request's page, loaded on the first request to one of them: a cold start is
 * mostly a member without a session (signed out hours ago), whom the console sends to sign in
 * before any page; the forms that change a request are ./action-routes.ts, its files
 * ./file-routes.ts.
 */

import { AGENT_ACTIONS, type BatchLine } from '#domain/agents.ts';
import { parseInboxFilters } from '#domain/console-inbox.ts';
import { ValidationError } from '#domain/errors.ts';
import { textIn } from '#domain/localized.ts';
import { roleAllows } from '#domain/member-roles.ts';
import { inboxPage } from '#presentation/console/inbox-page.ts';
import {
  type ActionFeedback,
  requestPage,
} from '#presentation/console/request-page.ts';
import type { Notice } from '#presentation/i18n/console/index.ts';
import { inboxJson, listInbox } from '#use-cases/console/inbox.ts';
import { requestView } from '#use-cases/console/request-view.ts';
import {
  chromeOf,
  consoleHtml,
  consoleJson,
  type RouteContext,
  type RouteHandler,
  wantsJson,
} from './context.ts';

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

/** A path parameter of the route (`requestId`, `processorId`, `action`, `n`). */
export const param = (ctx: RouteContext, name: string) =>
  ctx.event.pathParameters?.[name] ?? '';

/** The request's page, with what an action did or why it was refused. */
export const requestPageOf = async (
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

export const REQUEST_HANDLERS = {
  inbox: async (ctx) => {
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
  request: async (ctx) => {
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
} satisfies Record<string, RouteHandler>;

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
