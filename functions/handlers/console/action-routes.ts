/**
 * The console's forms that change requests: a request entered by staff (its form and its POST),
 * a bulk close, an agent batch and one request's actions (use-cases/console/actions.ts). Loaded
 * on the first of them (./routes.ts, `lazyRoutes`): a cold start mostly shows a page. A refused
 * action answers the request's page as it was posted (./request-routes.ts).
 */

import { isAgentGroupKey } from '#domain/agents.ts';
import {
  ActionNotPossibleError,
  NotAllowedError,
} from '#domain/console-errors.ts';
import { localDate } from '#domain/deadlines/calendar.ts';
import type {
  DecisionProblem,
  DeferralProblem,
  ReleaseProblem,
} from '#domain/decision.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import { roleAllows } from '#domain/member-roles.ts';
import { enterPage } from '#presentation/console/enter-page.ts';
import { postedValues } from '#shared/http.ts';
import { closeBatch, isAction, runAction } from '#use-cases/console/actions.ts';
import { runAgentBatch } from '#use-cases/console/agents.ts';
import { enterRequest } from '#use-cases/console/enter-request.ts';
import {
  chromeOf,
  consoleHtml,
  consoleJson,
  type RouteContext,
  type RouteHandler,
  seeOther,
  wantsJson,
} from './context.ts';
import { param, requestPageOf } from './request-routes.ts';

export const ACTION_HANDLERS = {
  enterForm: async (ctx) =>
    consoleHtml(200, enterFormPage(ctx, { values: {}, errors: {} })),

  enter: async (ctx) => {
    try {
      const { requestId } = await enterRequest(ctx.member, ctx.body, ctx.ports);
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

  bulk: async (ctx) => {
    try {
      const { closed, skipped } = await closeBatch(
        ctx.member,
        ctx.body,
        ctx.ports,
      );
      if (wantsJson(ctx.event)) return consoleJson(200, { closed, skipped });
      const refs = skipped.map((id) => id.slice(0, 8).toUpperCase()).join(',');
      return seeOther(
        `/console/requests?closed=${closed.length}${refs ? `&skipped=${refs}` : ''}`,
      );
    } catch (error) {
      if (wantsJson(ctx.event) || !(error instanceof ValidationError))
        throw error;
      return seeOther('/console/requests?bulk=none');
    }
  },

  agents: async (ctx) => {
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

  action: async (ctx) => {
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
} satisfies Record<string, RouteHandler>;

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
