import { connectors } from '#composition/aws/connectors.ts';
import type { DeferralProblem } from '#domain/decision.ts';
import {
  deferralCancelledPage,
  deferralPage,
} from '#presentation/decision-pages.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';
import { linkFormHandler, linkFormPorts } from './link-form.ts';

/** The merchant's link to cancel a deferred erasure: GET shows the form, POST cancels it. */
export const handler = linkFormHandler<
  Awaited<ReturnType<typeof previewDeferral>>,
  DeferralProblem,
  DeferralLinkPorts
>(
  {
    purpose: 'deferral',
    preview: previewDeferral,
    act: cancelDeferral,
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
  withConnectors(linkFormPorts()),
);

type DeferralLinkPorts = ReturnType<typeof withConnectors>;

/** A cancelled deferral withdraws a pending erasure at Shopify (use-cases/withdraw-erasure.ts). */
function withConnectors(ports: ReturnType<typeof linkFormPorts>) {
  return { ...ports, ...connectors(ports) };
}
