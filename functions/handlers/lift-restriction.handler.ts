import {
  liftRestrictionPage,
  restrictionLiftedPage,
} from '#presentation/lift-pages.ts';
import type { LiftProblem } from '#use-cases/lift-restriction.ts';
import { previewLift } from '#use-cases/preview-lift.ts';
import { linkFormHandler } from './link-form.ts';

/**
 * The merchant's link to lift a restriction: GET shows the form, POST lifts it. The lifting (the
 * shopper's notice, the processors' emails) loads with the first POST; a cold start is mostly
 * the GET, the merchant reading the page before giving the reason.
 */
export const handler = linkFormHandler<
  Awaited<ReturnType<typeof previewLift>>,
  LiftProblem
>({
  purpose: 'lift',
  preview: previewLift,
  act: async (secret, body, ports) =>
    (await import('#use-cases/lift-restriction.ts')).liftRestriction(
      secret,
      body,
      ports,
    ),
  form: (view, actionUrl, refused) =>
    liftRestrictionPage(
      view.merchant,
      view.request,
      view.processors,
      view.since,
      actionUrl,
      refused,
    ),
  done: (view) => restrictionLiftedPage(view.merchant.locale),
  fallback: 'reasonRequired',
});
