import type { DeferralProblem } from '#domain/decision.ts';
import {
  deferralCancelledPage,
  deferralPage,
} from '#presentation/decision-pages.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';
import { linkFormHandler } from './link-form.ts';

/** The merchant's link to cancel a deferred erasure: GET shows the form, POST cancels it. */
export const handler = linkFormHandler<
  Awaited<ReturnType<typeof previewDeferral>>,
  DeferralProblem
>({
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
});
