/**
 * The fields of cancelling a deferred erasure, shared by the emailed link's page and the
 * console: the Art. 17(3) ground the data is kept on (nothing chosen for the merchant), the end
 * (a date or an event), and the reasons of this case. A refused post comes back as typed, the
 * problem next to its field and in the summary.
 */
import type { DeferralProblem } from '#domain/decision.ts';
import { KEEP_ARTICLE, KEEP_GROUNDS } from '#domain/deferral-keep.ts';
import type { Locale } from '#domain/schemas.ts';
import { errorSummary, postedText, radio } from './form-parts.ts';
import { html, type SafeHtml } from './html.ts';
import { citeShort } from './i18n/citations.ts';
import { DEFERRAL_KEEP_MESSAGES } from './i18n/deferral-keep.ts';
import { pageMessages } from './i18n/pages/index.ts';

type Field = 'keepGround' | 'end' | 'keepUntilEvent' | 'reason' | 'retry';

const FIELD_OF: Record<DeferralProblem, Field> = {
  reasonRequired: 'reason',
  reasonTooLong: 'reason',
  groundRequired: 'keepGround',
  endRequired: 'end',
  dateInvalid: 'end',
  eventTooLong: 'keepUntilEvent',
  // Nothing typed was wrong: the message stands by the button that tries again.
  processorUnavailable: 'retry',
};

/** Where the summary's link for a field goes (the first control of it). */
const ANCHOR: Record<Field, string> = {
  keepGround: `keepGround-${KEEP_GROUNDS[0]}`,
  end: 'keepUntil',
  keepUntilEvent: 'keepUntilEvent',
  reason: 'reason',
  retry: 'deferral-submit',
};

/** What the merchant is told about `problem`, in `locale`. */
export function deferralProblemText(
  problem: DeferralProblem,
  locale: Locale,
): string {
  const pg = pageMessages(locale);
  if (problem === 'reasonTooLong') return pg.acting.deferralTooLong;
  if (problem === 'reasonRequired') return pg.deferral.reasonRequired;
  return DEFERRAL_KEEP_MESSAGES[locale].problems[problem];
}

export function deferralFields(
  locale: Locale,
  options: { problem?: DeferralProblem; posted?: Record<string, unknown> } = {},
): { summary: SafeHtml | ''; fields: SafeHtml } {
  const { problem, posted = {} } = options;
  const pg = pageMessages(locale);
  const k = DEFERRAL_KEEP_MESSAGES[locale];
  const field = problem ? FIELD_OF[problem] : undefined;
  const message = problem ? deferralProblemText(problem, locale) : undefined;
  const error = (f: Field) =>
    field === f && message
      ? html`<p class="error" id="${f}-error">${message}</p>`
      : '';
  const invalid = (f: Field) =>
    field === f ? html` aria-describedby="${f}-error" aria-invalid="true"` : '';
  return {
    summary:
      problem && field && message
        ? errorSummary(pg.form.errorSummary, [
            { href: ANCHOR[field], text: message },
          ])
        : '',
    fields: html`<fieldset id="keepGround"><legend>${k.groundLegend}</legend>
${error('keepGround')}
${KEEP_GROUNDS.map((g) =>
  radio({
    name: 'keepGround',
    value: g,
    id: `keepGround-${g}`,
    posted: posted.keepGround,
    invalid: field === 'keepGround',
    label: html`${k.groundLabels[g]} (${citeShort(KEEP_ARTICLE[g], locale)})`,
  }),
)}
</fieldset>
<fieldset id="end"><legend>${k.endLegend}</legend>
${error('end')}
<label for="keepUntil">${k.untilDate}</label>
<input type="date" id="keepUntil" name="keepUntil" value="${postedText(posted.keepUntil)}"${invalid('end')}>
<label for="keepUntilEvent">${k.untilEvent}</label>
${error('keepUntilEvent')}
<input id="keepUntilEvent" name="keepUntilEvent" maxlength="200" value="${postedText(posted.keepUntilEvent)}"${invalid('keepUntilEvent')}>
</fieldset>
<label for="reason">${pg.deferral.reason}</label>
${error('reason')}
<textarea id="reason" name="reason" rows="3" required${invalid('reason')}>${postedText(posted.reason)}</textarea>
${error('retry')}
<button type="submit" id="deferral-submit">${pg.deferral.submit}</button>`,
  };
}
