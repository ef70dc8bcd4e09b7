import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sfnWorkflowOnFirstUse } from '#composition/aws/sfn-on-first-use.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DecisionRefusedError, type ReleaseProblem } from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import {
  releaseRecordedPage,
  releaseReviewPage,
} from '#presentation/release-pages.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { decideRelease, previewRelease } from '#use-cases/release-review.ts';
import { goneLink } from './gone-link.ts';

const config = readConfig();
// Resuming a task needs only the token, not the state machine ARN.
const ports = {
  ...dynamoPorts(config),
  ...sfnWorkflowOnFirstUse(config, false),
  ...runtimePorts(config),
};

/** The merchant's release review: GET shows the package summary, POST releases or withholds. */
export const handler = httpHandler(
  byMethod({
    GET: async (event) => {
      const view = await previewRelease(
        event.pathParameters?.token ?? '',
        ports,
      );
      return htmlResponse(
        200,
        releaseReviewPage(
          view.merchant,
          view.request,
          view.sources,
          selfUrl(event),
          { parts: view.parts },
        ),
      );
    },
    POST: async (event) => {
      const secret = event.pathParameters?.token ?? '';
      const before = await previewRelease(secret, ports);
      let body: Record<string, unknown> = {};
      try {
        body = parseBody(event);
        const result = await decideRelease(secret, body, ports);
        return htmlResponse(
          200,
          releaseRecordedPage(
            result.outcome,
            before.merchant.locale,
            result.leftOut,
          ),
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // The page again, as it was posted, with the problem; the link is still unused.
        return htmlResponse(
          400,
          releaseReviewPage(
            before.merchant,
            before.request,
            before.sources,
            selfUrl(event),
            {
              problem:
                error instanceof DecisionRefusedError
                  ? (error.problem as ReleaseProblem)
                  : 'decision',
              posted: body,
              parts: before.parts,
            },
          ),
        );
      }
    },
  }),
  {
    html: () => true,
    gone: goneLink('release', ports),
  },
);
