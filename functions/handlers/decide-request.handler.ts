import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { sfnWorkflowOnFirstUse } from '#composition/aws/sfn-on-first-use.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import {
  decisionPage,
  decisionRecordedPage,
} from '#presentation/decision-pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { previewDecision } from '#use-cases/preview-decision.ts';
import { goneLink } from './gone-link.ts';

const config = readConfig();
// Resuming a task needs only the token, not the state machine ARN.
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflowOnFirstUse(config, false),
  ...sesMailerOnFirstSend(config),
  ...runtimePorts(config),
};

export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewDecision(
        event.pathParameters?.token ?? '',
        ports,
      );
      return htmlResponse(
        200,
        decisionPage(
          view.merchant,
          view.request,
          view.processors,
          selfUrl(event),
          { earlier: view.earlier, now: view.now },
        ),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      // Read before deciding (the link still unused): the merchant's language for the answer.
      const before = await previewDecision(secret, ports);
      let body: Record<string, unknown> = {};
      try {
        body = parseBody(event);
        // The decision (its emails, the workflow's resume) loads when one is first posted: a
        // cold start is mostly the GET, the merchant reading the brief before deciding.
        const { decideRequest } = await import('#use-cases/decide-request.ts');
        const result = await decideRequest(secret, body, ports);
        if (result.decision === 'approve' || result.decision === 'deny') {
          return htmlResponse(
            200,
            decisionRecordedPage(result.decision, before.merchant.locale),
          );
        }
        // Extending or asking is not the decision: show the brief again, with what changed.
        const view = await previewDecision(secret, ports);
        return htmlResponse(
          200,
          decisionPage(
            view.merchant,
            view.request,
            view.processors,
            selfUrl(event),
            {
              notice:
                result.decision === 'extend'
                  ? { extendedTo: result.dueDate }
                  : { asked: true },
              earlier: view.earlier,
              now: view.now,
            },
          ),
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // The brief again, as it was posted, with the problem; the link is still unused.
        const view = await previewDecision(secret, ports);
        return htmlResponse(
          400,
          decisionPage(
            view.merchant,
            view.request,
            view.processors,
            selfUrl(event),
            {
              problem:
                error instanceof DecisionRefusedError
                  ? error.problem
                  : 'decision',
              posted: body,
              earlier: view.earlier,
              now: view.now,
            },
          ),
        );
      }
    },
  }),
  {
    html: () => true,
    gone: goneLink('decide', ports),
  },
);
