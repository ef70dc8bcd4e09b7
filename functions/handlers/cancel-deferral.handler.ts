import type { DeferralProblem } from '#domain/decision.ts';
import {
  deferralCancelledPage,
  deferralPage,
} from '#presentation/deferral-pages.ts';
import { onFirstUse } from '#shared/on-first-use.ts';
import { previewDeferral } from '#use-cases/preview-deferral.ts';
import { linkFormHandler, linkFormPorts } from './link-form.ts';

const ports = linkFormPorts();

/**
 * What the POST runs on, loaded when a form is first sent: the GET only shows the form, and the
 * cancellation (the withdrawal at a processor through its connector, the shopper's notice) runs
 * when the merchant sends it. A cancelled deferral withdraws a pending erasure at Shopify
 * (use-cases/withdraw-erasure.ts), so the POST adds the connectors to the link's ports.
 */
const cancellation = onFirstUse(async () => {
  const [{ cancelDeferral }, { connectors }] = await Promise.all([
    import('#use-cases/cancel-deferral.ts'),
    import('#composition/aws/connectors.ts'),
  ]);
  const withConnectors = { ...ports, ...connectors(ports) };
  return (secret: string, body: Record<string, unknown>) =>
    cancelDeferral(secret, body, withConnectors);
});

/** The merchant's link to cancel a deferred erasure: GET shows the form, POST cancels it. */
export const handler = linkFormHandler<
  Awaited<ReturnType<typeof previewDeferral>>,
  DeferralProblem
>(
  {
    purpose: 'deferral',
    preview: previewDeferral,
    act: async (secret, body) => (await cancellation())(secret, body),
    form: (view, actionUrl, refused) =>
      deferralPage(
        view.merchant,
        view.request,
        view.processors,
        view.until,
        actionUrl,
        refused,
      ),
    done: (view) => deferralCancelledPage(view.merchant.locale),
    fallback: 'reasonRequired',
  },
  ports,
);
