/**
 * The merchant's release-review page (Art. 15(4)) and its confirmation. Nothing is pre-selected,
 * and a refused post comes back as it was sent.
 */
import type { ReleaseProblem } from '#domain/decision.ts';
import {
  LEAVE_OUT_FIELD,
  type PackagePart,
  partValue,
} from '#domain/package-parts.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { type AnsweredRow, answerItems } from './answers.ts';
import { errorSummary, postedText, radio } from './form-parts.ts';
import { brandOf, html, page, type SafeHtml } from './html.ts';
import { citeShort } from './i18n/citations.ts';
import { categoryLabel } from './i18n/fields.ts';
import { colon, formatDate, messages } from './i18n/index.ts';
import { LEFT_OUT_MESSAGES } from './i18n/left-out.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { pageMessages } from './i18n/pages/index.ts';
import { processorName } from './register.ts';

type ReleaseSource = AnsweredRow & { job?: Pick<JobRecord, 'files'> };

export function releaseReviewPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  sources: readonly ReleaseSource[],
  actionUrl: string,
  options: ReleaseFormOptions = {},
): string {
  const locale = merchant.locale;
  const t = messages(locale);
  const pg = pageMessages(locale);
  const r = PACKAGE_MESSAGES[locale].review;
  const form = releaseForm(locale, sources, options);
  return page(
    r.title,
    html`<h1>${r.heading}</h1>
${form.summary}
<p>${r.explain}</p>
<dl><dt>${pg.acting.reference}</dt><dd>${requestReference(request.requestId)}</dd>
<dt>${t.decision.right}</dt><dd>${t.rights[request.type].title} (${citeShort(ARTICLE_OF[request.type], locale)})</dd>
<dt>${t.decision.due}</dt><dd><strong>${formatDate(request.dueDate, locale)}</strong></dd></dl>
<h2>${r.sources}</h2>
<ul>${answerItems(sources, locale, 'merchant')}</ul>
<form method="post" action="${actionUrl}" novalidate>
${form.fields}
</form>`,
    locale,
    brandOf(merchant),
  );
}

export interface ReleaseFormOptions {
  problem?: ReleaseProblem;
  posted?: Record<string, unknown>;
  /** The parts the review may leave out (use-cases/release-review.ts `partsOf`). */
  parts?: readonly PackagePart[];
}

/**
 * The release review's choice (release, or withhold with the reason the shopper is told), the
 * parts it may leave out with their reason, and its button, in `locale`: the review link's page
 * and the console wrap them in their own form, so both offer and refuse the same.
 */
export function releaseForm(
  locale: Locale,
  sources: readonly ReleaseSource[],
  options: ReleaseFormOptions = {},
): { summary: SafeHtml | ''; fields: SafeHtml } {
  const { problem, posted = {}, parts = [] } = options;
  const pg = pageMessages(locale);
  const r = PACKAGE_MESSAGES[locale].review;
  const l = LEFT_OUT_MESSAGES[locale].review;
  const message = problem
    ? {
        decision: r.choose,
        reasonToDeny: r.reasonRequired,
        reasonTooLong: r.reasonTooLong,
        reasonWithApprove: l.errors.reasonWithApprove,
        partsWithWithhold: l.errors.partsWithWithhold,
        reasonToLeaveOut: l.errors.reasonToLeaveOut,
        partsInvalid: l.errors.partsInvalid,
      }[problem]
    : undefined;
  const onChoice = problem === 'decision';
  const onParts = problem === 'partsWithWithhold' || problem === 'partsInvalid';
  const onReason = Boolean(problem) && !onChoice && !onParts;
  const choice = (value: string, label: string, explain: string) =>
    radio({
      name: 'release',
      value,
      id: value,
      posted: posted.release,
      invalid: onChoice,
      label: html`<strong>${label}</strong>${colon(locale)}${explain}`,
    });
  const names = new Map(
    sources.map((s) => [
      s.processor.processorId,
      processorName(s.processor, locale),
    ]),
  );
  const filesOf = new Map(
    sources.map((s) => [s.processor.processorId, s.job?.files ?? []]),
  );
  const partLabel = (part: PackagePart) => {
    const processor = names.get(part.processorId) ?? part.processorId;
    return part.kind === 'records'
      ? l.records(processor, categoryLabel(part.category, locale), part.records)
      : l.file(
          processor,
          filesOf.get(part.processorId)?.[part.index]?.name ?? '',
        );
  };
  const anchor = onChoice
    ? 'release'
    : onParts && parts[0]
      ? `part-0`
      : 'reason';
  return {
    summary: message
      ? errorSummary(pg.form.errorSummary, [{ href: anchor, text: message }])
      : '',
    fields: html`<fieldset${onChoice ? html` aria-describedby="release-error"` : ''}><legend>${r.heading}</legend>
${onChoice ? html`<p class="error" id="release-error">${message}</p>` : ''}
${choice('release', r.approve, parts.length ? l.approveExplain : r.approveExplain)}
${choice('withhold', r.withhold, r.withholdExplain)}
</fieldset>
${
  parts.length
    ? html`<fieldset${onParts ? html` aria-describedby="parts-error"` : ''}><legend>${l.partsLegend}</legend>
<p class="hint">${l.partsHint}</p>
${onParts ? html`<p class="error" id="parts-error">${message}</p>` : ''}
${parts.map((part, i) => {
  const name = `${LEAVE_OUT_FIELD}${partValue(part)}`;
  return html`<div class="choice"><input type="checkbox" id="part-${i}" name="${name}" value="on"${posted[name] ? html` checked` : ''}${onParts ? html` aria-invalid="true"` : ''}><label for="part-${i}">${partLabel(part)}</label></div>`;
})}
</fieldset>`
    : ''
}
<label for="reason">${parts.length ? l.reason : r.reason}</label>
<p class="hint" id="reason-hint">${parts.length ? l.reasonHint : r.reasonHint}</p>
${onReason ? html`<p class="error" id="reason-error">${message}</p>` : ''}
<textarea id="reason" name="reason" rows="4" aria-describedby="reason-hint${onReason ? ' reason-error' : ''}"${onReason ? html` aria-invalid="true"` : ''}>${postedText(posted.reason)}</textarea>
<button type="submit">${r.submit}</button>`,
  };
}

export function releaseRecordedPage(
  outcome: 'approve' | 'deny',
  locale: Locale,
  leftOut = false,
): string {
  const r = PACKAGE_MESSAGES[locale].review;
  const l = LEFT_OUT_MESSAGES[locale].review;
  if (outcome === 'approve' && leftOut)
    return page(
      l.releasedPartly,
      html`<h1>${l.releasedPartly}</h1><p>${l.releasedPartlyBody}</p>`,
      locale,
    );
  return outcome === 'approve'
    ? page(
        r.released,
        html`<h1>${r.released}</h1><p>${r.releasedBody}</p>`,
        locale,
      )
    : page(
        r.withheld,
        html`<h1>${r.withheld}</h1><p>${r.withheldBody}</p>`,
        locale,
      );
}
