/**
 * The console's reports and settings (their routes in ./routes.ts, loaded on the first of them:
 * `lazyRoutes`), and the cancelling of a shop's offboarding. Reports: any member of the merchant.
 * Settings: its admins. `?merchant=` names the merchant (default: the one chosen in the switcher).
 */
import { ActionNotPossibleError } from '#domain/console-errors.ts';
import {
  SETTINGS_SECTIONS,
  type SettingsSection,
} from '#domain/console-settings.ts';
import { localDate } from '#domain/deadlines/calendar.ts';
import { RequestNotFoundError, ValidationError } from '#domain/errors.ts';
import type { Posted } from '#presentation/console/admin-form.ts';
import {
  processorFormPage,
  processorValues,
} from '#presentation/console/processor-form-page.ts';
import {
  recordCsv,
  recordPage,
  registerCsv,
} from '#presentation/console/register-files.ts';
import { reportsPage } from '#presentation/console/reports-page.ts';
import {
  type SettingsFeedback,
  settingsPage,
} from '#presentation/console/settings-page.ts';
import { CONSOLE_MESSAGES } from '#presentation/i18n/console/index.ts';
import type { SettingsNotice } from '#presentation/i18n/console-admin/index.ts';
import type { HttpResult } from '#shared/http.ts';
import { postedValues } from '#shared/http.ts';
import {
  monthsAsked,
  processingRecord,
  reportView,
  requestRegister,
} from '#use-cases/console/reports.ts';
import { changeSettings, settingsView } from '#use-cases/console/settings.ts';
import { cancelOffboarding } from '#use-cases/offboarding/cancel.ts';
import {
  chromeOf,
  consoleHtml,
  consoleJson,
  type RouteContext,
  type RouteHandler,
  seeOther,
  wantsJson,
} from './context.ts';

const query = (ctx: RouteContext, name: string) =>
  ctx.event.queryStringParameters?.[name];

/** The merchant a GET names (`?merchant=`) or a POST posts. */
const merchantAsked = (ctx: RouteContext) =>
  typeof ctx.body.merchant === 'string'
    ? ctx.body.merchant
    : query(ctx, 'merchant');

const SETTINGS_NOTICES: readonly SettingsNotice[] = [
  'generalSaved',
  'membersSaved',
  'processorsSaved',
  'unchanged',
];

/** A CSV download (never cached, never framed, named for the merchant and the day). */
function csvFile(name: string, body: string): HttpResult {
  return {
    ...consoleJson(200, null),
    headers: {
      ...consoleJson(200, null).headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
    body,
  };
}

const today = (ctx: RouteContext, timeZone: string) =>
  localDate(ctx.ports.clock.now(), timeZone);

async function settingsPageOf(
  ctx: RouteContext,
  status: number,
  feedback: SettingsFeedback,
): Promise<HttpResult> {
  const view = await settingsView(ctx.member, merchantAsked(ctx), ctx.ports);
  return consoleHtml(
    status,
    settingsPage(
      view,
      chromeOf(ctx, 'settings', view.merchant.merchantId),
      feedback,
    ),
  );
}

async function processorPageOf(
  ctx: RouteContext,
  processorId: string | undefined,
  status: number,
  posted?: Posted,
): Promise<HttpResult> {
  const view = await settingsView(ctx.member, merchantAsked(ctx), ctx.ports);
  const processor = processorId
    ? view.merchant.processors.find((p) => p.processorId === processorId)
    : undefined;
  if (processorId && !processor) throw new RequestNotFoundError(processorId);
  return consoleHtml(
    status,
    processorFormPage(
      {
        merchantId: view.merchant.merchantId,
        revision: view.revision,
        ...(processor ? { processor } : {}),
      },
      chromeOf(ctx, 'settings', view.merchant.merchantId),
      posted ?? {
        values: processor ? processorValues(processor) : {},
        errors: {},
      },
    ),
  );
}

export const ADMIN_HANDLERS = {
  reports: async (ctx) => {
    const view = await reportView(
      ctx.member,
      query(ctx, 'merchant'),
      monthsAsked(query(ctx, 'months')),
      ctx.ports,
    );
    if (wantsJson(ctx.event))
      return consoleJson(200, {
        merchant: view.of.merchantId,
        months: view.report.months,
        total: view.report.total,
        answered: view.report.answered,
        onTime: view.report.onTime,
        onTimeRate: view.report.onTimeRate ?? null,
        medianDaysToClose: view.report.medianDaysToClose ?? null,
        overdue: view.report.overdue.map((r) => r.requestId),
      });
    return consoleHtml(
      200,
      reportsPage(
        view,
        chromeOf(ctx, 'reports', view.of.merchantId),
        ctx.ports.clock.now(),
      ),
    );
  },
  registerCsv: async (ctx) => {
    const emails = query(ctx, 'emails') === '1';
    const { merchant, requests } = await requestRegister(
      ctx.member,
      query(ctx, 'merchant'),
      emails,
      ctx.ports,
    );
    return csvFile(
      `${merchant.merchantId}-request-register-${today(ctx, merchant.timezone)}.csv`,
      registerCsv(merchant, requests, emails),
    );
  },
  processing: async (ctx) => {
    const merchant = await processingRecord(
      ctx.member,
      query(ctx, 'merchant'),
      ctx.ports,
    );
    return consoleHtml(
      200,
      recordPage(
        merchant,
        chromeOf(ctx, 'reports', merchant.merchantId),
        ctx.ports.clock.now(),
      ),
    );
  },
  processingCsv: async (ctx) => {
    const merchant = await processingRecord(
      ctx.member,
      query(ctx, 'merchant'),
      ctx.ports,
    );
    return csvFile(
      `${merchant.merchantId}-record-of-processing-${today(ctx, merchant.timezone)}.csv`,
      recordCsv(merchant),
    );
  },
  settings: (ctx) => {
    const done = SETTINGS_NOTICES.find((n) => n === query(ctx, 'done'));
    const detail = query(ctx, 'detail');
    return settingsPageOf(ctx, 200, {
      ...(done
        ? {
            notice: {
              notice: done,
              ...(detail && /^[a-z0-9-]{1,63}$/.test(detail) ? { detail } : {}),
            },
          }
        : {}),
    });
  },
  newProcessor: (ctx) => processorPageOf(ctx, undefined, 200),
  processor: (ctx) =>
    processorPageOf(ctx, ctx.event.pathParameters?.processorId ?? '', 200),
  saveSettings: async (ctx) => {
    const section = SETTINGS_SECTIONS.find(
      (s) => s === ctx.event.pathParameters?.section,
    );
    if (!section) throw new RequestNotFoundError('page');
    try {
      const outcome = await changeSettings(
        ctx.member,
        merchantAsked(ctx),
        section,
        ctx.body,
        ctx.ports,
      );
      if (wantsJson(ctx.event)) return consoleJson(200, outcome);
      const merchant = encodeURIComponent(merchantAsked(ctx) ?? '');
      return seeOther(
        `/console/settings?merchant=${merchant}&done=${outcome.notice}${outcome.detail ? `&detail=${encodeURIComponent(outcome.detail)}` : ''}${section === 'general' ? '' : `#${section}`}`,
      );
    } catch (error) {
      if (wantsJson(ctx.event)) throw error;
      return refusedSettings(ctx, section, error);
    }
  },
  offboarding: async (ctx) => {
    const merchantId = merchantAsked(ctx);
    if (!ctx.ports.offboarding || !merchantId)
      throw new RequestNotFoundError('page');
    const record = await cancelOffboarding(ctx.member, merchantId, {
      ...ctx.ports,
      offboarding: ctx.ports.offboarding,
    });
    if (wantsJson(ctx.event))
      return consoleJson(200, {
        merchant: merchantId,
        status: record.status,
        cancelledAt: record.cancelledAt,
      });
    return seeOther('/console/requests');
  },
} satisfies Record<string, RouteHandler>;

/** A refused settings form: its page again, as posted, with the problems (400) or the conflict (409). */
async function refusedSettings(
  ctx: RouteContext,
  section: SettingsSection,
  error: unknown,
): Promise<HttpResult> {
  const conflict =
    error instanceof ActionNotPossibleError
      ? CONSOLE_MESSAGES[ctx.locale].actions.refused[error.why]
      : undefined;
  if (!conflict && !(error instanceof ValidationError)) throw error;
  const status = conflict ? 409 : 400;
  const posted: Posted = {
    values: postedValues(ctx.body),
    errors: error instanceof ValidationError ? error.fields : {},
  };
  if (section === 'processors') {
    const id =
      typeof ctx.body.processorId === 'string' ? ctx.body.processorId : '';
    const editing = ctx.body.op === 'edit' || ctx.body.op === 'remove';
    return processorPageOf(
      ctx,
      editing ? id : undefined,
      status,
      conflict ? { ...posted, errors: { _: conflict } } : posted,
    );
  }
  return settingsPageOf(ctx, status, {
    refused: { section, posted },
    ...(conflict ? { conflict } : {}),
  });
}
