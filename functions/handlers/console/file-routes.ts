/**
 * The console's files: a kept attachment of an emailed request (a presigned download), an agent's
 * authorisation (its files, a download, the form for one received by post or email) and the
 * answer entered for a processor that replied by letter or phone, with its files. Loaded on the
 * first of them (./routes.ts, `lazyRoutes`), with the S3 presigning they use.
 */

import { RequestNotFoundError, ValidationError } from '#domain/errors.ts';
import { authorityConsolePage } from '#presentation/console/agent-section.ts';
import { answerPage } from '#presentation/console/answer-page.ts';
import { REMOVE_FIELD } from '#presentation/processor-upload.ts';
import { postedValues, postingTo } from '#shared/http.ts';
import {
  authorityConsoleView,
  authorityDownload,
} from '#use-cases/console/agents.ts';
import { attachmentDownload } from '#use-cases/console/attachment.ts';
import {
  answerForProcessor,
  answerView,
  removeAnswerFile,
} from '#use-cases/console/processor-answer.ts';
import type { UploadProblem } from '#use-cases/processor-uploads.ts';
import {
  chromeOf,
  consoleHtml,
  consoleJson,
  type RouteContext,
  type RouteHandler,
  seeOther,
  wantsJson,
} from './context.ts';
import { param } from './request-routes.ts';

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

export const FILE_HANDLERS = {
  // A kept attachment of a request that came by email, as a file (use-cases/console/attachment.ts).
  attachment: async (ctx) => {
    if (!ctx.ports.attachments) throw new RequestNotFoundError('attachment');
    const { location } = await attachmentDownload(
      ctx.member,
      param(ctx, 'requestId'),
      param(ctx, 'n'),
      { ...ctx.ports, attachments: ctx.ports.attachments },
    );
    return {
      statusCode: 303,
      headers: {
        location,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      },
      body: '',
    };
  },

  authority: async (ctx) => {
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

  answerForm: (ctx) => answerPageOf(ctx, 200, { values: {}, errors: {} }),

  answer: async (ctx) => {
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
} satisfies Record<string, RouteHandler>;
