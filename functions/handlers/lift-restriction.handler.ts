import {
  liftRestrictionPage,
  restrictionLiftedPage,
} from '#presentation/lift-pages.ts';
import {
  type LiftProblem,
  liftRestriction,
  previewLift,
} from '#use-cases/lift-restriction.ts';
import { linkFormHandler } from './link-form.ts';

/** The merchant's link to lift a restriction: GET shows the form, POST lifts it. */
export const handler = linkFormHandler<
  Awaited<ReturnType<typeof previewLift>>,
  LiftProblem
>({
  purpose: 'lift',
  preview: previewLift,
  act: liftRestriction,
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
