/**
 * What the shopper is told of the parts the merchant left out of their copy (Art. 15(4)): one
 * sentence per processor part, from `leftOutSummary` (domain/package-parts.ts), and the
 * merchant's reason. The result email and report.html both render it from here.
 */
import { type LeftOut, leftOutSummary } from '#domain/package-parts.ts';
import type { Locale, ProcessorConfig } from '#domain/schemas.ts';
import { html, type SafeHtml } from './html.ts';
import { categoryLabel } from './i18n/fields.ts';
import { LEFT_OUT_MESSAGES } from './i18n/left-out.ts';
import { processorName } from './register.ts';
import { inertBlock, quoted } from './user-text.ts';

/** One line per part left out, naming the processor (never a file's name). */
export function leftOutLines(
  leftOut: LeftOut,
  processors: readonly Pick<ProcessorConfig, 'processorId' | 'name'>[],
  locale: Locale,
): string[] {
  const m = LEFT_OUT_MESSAGES[locale];
  const name = (id: string) => {
    const p = processors.find((x) => x.processorId === id);
    return p ? processorName(p, locale) : id;
  };
  return leftOutSummary(leftOut).flatMap((s) => [
    ...s.categories.map((c) =>
      m.records(
        name(s.processorId),
        categoryLabel(c.category, locale),
        c.records,
      ),
    ),
    ...(s.files > 0 ? [m.files(name(s.processorId), s.files)] : []),
  ]);
}

/** The plain-text block: heading, the parts, the reason as a quoted block. */
export function leftOutText(
  leftOut: LeftOut,
  processors: readonly Pick<ProcessorConfig, 'processorId' | 'name'>[],
  locale: Locale,
): string {
  const m = LEFT_OUT_MESSAGES[locale];
  return [
    `${m.heading}\n${m.intro}`,
    leftOutLines(leftOut, processors, locale)
      .map((line) => `- ${line}`)
      .join('\n'),
    `${m.reason}\n${quoted(leftOut.reason)}`,
  ].join('\n\n');
}

/** The HTML section (email and report.html), with `level` its heading's level. */
export function leftOutSection(
  leftOut: LeftOut,
  processors: readonly Pick<ProcessorConfig, 'processorId' | 'name'>[],
  locale: Locale,
  level: 2 | 3 = 2,
): SafeHtml {
  const m = LEFT_OUT_MESSAGES[locale];
  const heading =
    level === 2 ? html`<h2>${m.heading}</h2>` : html`<h3>${m.heading}</h3>`;
  return html`${heading}<p>${m.intro}</p><ul>${leftOutLines(leftOut, processors, locale).map((line) => html`<li>${line}</li>`)}</ul><p><strong>${m.reason}</strong></p>${inertBlock(leftOut.reason)}`;
}
