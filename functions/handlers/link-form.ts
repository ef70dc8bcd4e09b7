import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { runtimePorts } from '#composition/runtime.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { ValidationError } from '#domain/errors.ts';
import type { LinkPurpose } from '#domain/links.ts';
import { readConfig } from '#shared/config.ts';
import { byMethod, htmlResponse, parseBody, selfUrl } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { goneLink } from './gone-link.ts';

/** What a refused form is shown again with: the problem and what was typed. */
export interface FormProblem<P extends string> {
  problem: P;
  posted: Record<string, unknown>;
}

/** What the link's use cases run on: the table, mail (SES loaded when the form is sent), and time and settings. */
export function linkFormPorts() {
  const config = readConfig();
  return {
    ...dynamoPorts(config),
    ...sesMailerOnFirstSend(config),
    ...runtimePorts(config),
  };
}

type LinkFormPorts = ReturnType<typeof linkFormPorts>;

/**
 * A merchant's one-action form behind a signed link (cancel a deferral, lift a restriction):
 * GET shows it from the link's preview; POST acts, then shows the done page, or, refused (a
 * `ValidationError`), the form again with the problem and what was typed (400), the link still
 * unused. A used or expired link's page says what became of the request (link-aftermath.ts).
 */
export function linkFormHandler<
  View extends { merchant: { locale: string } },
  Problem extends string,
  Ps extends LinkFormPorts = LinkFormPorts,
>(
  spec: {
    purpose: LinkPurpose;
    preview: (secret: string, ports: Ps) => Promise<View>;
    act: (
      secret: string,
      body: Record<string, unknown>,
      ports: Ps,
    ) => Promise<unknown>;
    form: (
      view: View,
      actionUrl: string,
      refused?: FormProblem<Problem>,
    ) => string;
    done: (view: View) => string;
    /** The problem of a refusal that names none (the body could not be read). */
    fallback: Problem;
  },
  ports: Ps = linkFormPorts() as Ps,
) {
  return httpHandler(
    byMethod({
      GET: async (event) => {
        const view = await spec.preview(
          event.pathParameters?.token ?? '',
          ports,
        );
        return htmlResponse(200, spec.form(view, selfUrl(event)));
      },
      POST: async (event) => {
        const secret = event.pathParameters?.token ?? '';
        const view = await spec.preview(secret, ports);
        let body: Record<string, unknown> = {};
        try {
          body = parseBody(event);
          await spec.act(secret, body, ports);
          return htmlResponse(200, spec.done(view));
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return htmlResponse(
            400,
            spec.form(view, selfUrl(event), {
              problem:
                error instanceof DecisionRefusedError
                  ? (error.problem as Problem)
                  : spec.fallback,
              posted: body,
            }),
          );
        }
      },
    }),
    {
      html: () => true,
      gone: goneLink(spec.purpose, ports),
    },
  );
}
