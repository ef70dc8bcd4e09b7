/**
 * One way to say what a processor answered, for every output: the words come from
 * i18n/answers.ts, the facts from `statementOf` (domain/processor-answer.ts). Templates place
 * the pieces (a line, the hold lines under it, the note for the merchant); none of them
 * chooses its own words for an outcome.
 */
import type { Hold } from '#domain/holds.ts';
import {
  missingParts,
  type ProcessorStatement,
} from '#domain/processor-answer.ts';
import type { Locale, ProcessorConfig } from '#domain/schemas.ts';
import { html, type SafeHtml } from './html.ts';
import { ANSWER_MESSAGES } from './i18n/answers.ts';
import { cite } from './i18n/citations.ts';
import { colon, formatDate, messages } from './i18n/index.ts';
import { heldDataText, processorName } from './register.ts';
import { inert, oneLine } from './user-text.ts';

/**
 * Who reads it: the shopper never sees an operator's error or a processor's private note; a
 * `public` page (the status page, whose link may be forwarded) shows no free text at all.
 */
export type Audience = 'shopper' | 'merchant' | 'public';

/** A statement in words: the sentence after the processor's name, and what hangs under it. */
export interface AnswerWords {
  /** e.g. "erased your data (confirmed by Judge.me on 5 December 2026)". */
  text: string;
  /** `kept`: one line per hold (what, why, basis, until when). */
  holds: string[];
  /** Merchant only: the answering person's note. */
  note?: string;
}

export function answerWords(
  statement: ProcessorStatement,
  locale: Locale,
  audience: Audience,
): AnswerWords {
  const a = ANSWER_MESSAGES[locale];
  const c = messages(locale).correction;
  const counted = [
    statement.files ? a.files(statement.files) : '',
    statement.records ? a.records(statement.records) : '',
  ]
    .filter(Boolean)
    .join(', ');
  let text: string;
  switch (statement.kind) {
    case 'provided':
      text = counted
        ? a.provided(counted)
        : statement.by === 'system'
          ? a.providedUncounted
          : a.providedNoFile;
      break;
    case 'none-held':
      text = a.noneHeld;
      break;
    case 'withdrawn':
      text = a.withdrawn;
      break;
    case 'erased':
      text = statement.records
        ? a.erasedCounted(a.records(statement.records))
        : a.erased;
      break;
    case 'kept':
      text = a.kept;
      break;
    case 'carried-out':
      text =
        statement.action === 'restricted'
          ? a.restricted
          : statement.action === 'marketing-stopped'
            ? a.marketingStopped
            : statement.action === 'processing-stopped'
              ? a.processingStopped
              : statement.action === 'corrected' && statement.changes?.length
                ? correctedText(c, statement.changes)
                : a.confirmedDone;
      break;
    case 'could-not':
      text =
        audience === 'public' || !statement.reason
          ? a.couldNotShort
          : a.couldNot(oneLine(statement.reason));
      break;
    case 'failed':
      text =
        audience === 'merchant'
          ? a.failedMerchant(statement.reason ?? '')
          : a.failedShopper;
      break;
    case 'not-answered':
      text = statement.dueAt
        ? a.notAnsweredBy(formatDate(statement.dueAt, locale))
        : a.notAnswered;
      break;
    case 'closed-without':
      text = a.closedWithout;
      break;
    case 'not-contacted':
      text = a.notContacted;
      break;
    case 'not-concerned':
      text =
        statement.concern === 'marketing'
          ? a.notConcernedMarketing
          : a.notConcernedCorrections;
      break;
  }
  // A withdrawal attempted and not made says what the processor answered instead.
  if (statement.withdrawal === 'already-erased') text = a.withdrawalTooLate;
  else if (statement.withdrawal === 'not-pending')
    text = a.withdrawalNothingPending;
  else if (statement.withdrawal === 'refused') text = a.withdrawalRefused;
  const date = statement.at ? formatDate(statement.at, locale) : '';
  const who =
    statement.by === 'processor' && date
      ? a.confirmedBy(date)
      : statement.by === 'merchant' && date
        ? a.recordedByShop(date)
        : '';
  return {
    text: who ? `${text} (${who})` : text,
    holds: statement.holds.map((h) => holdText(h, locale)),
    ...(audience === 'merchant' && statement.note
      ? { note: a.note(oneLine(statement.note)) }
      : {}),
  };
}

/**
 * One line of what an erasure keeps: what (a connector's code in the reader's words, a
 * processor's own words as typed), why, on which ground (the article as the language cites it),
 * until when.
 */
export function holdText(hold: Hold, locale: Locale): string {
  const e = messages(locale).holds;
  const why = e.holdReasons[hold.reason];
  // What is kept may be a processor's own words (the confirmation page): one line.
  const what = oneLine(heldDataText(hold, locale));
  const basis = cite(hold.basis, locale);
  return hold.until
    ? e.kept(what, why, basis, formatDate(hold.until, locale))
    : e.keptOpen(what, why, basis);
}

/** The statement as plain-text lines: "Name: text", then "  - hold", then the note. */
export function answerLines(
  statement: ProcessorStatement,
  processorName: string,
  locale: Locale,
  audience: Audience,
): string {
  const w = answerWords(statement, locale, audience);
  return [
    `${processorName}${colon(locale)}${w.text}`,
    ...w.holds.map((h) => `  - ${h}`),
    ...(w.note ? [`  ${w.note}`] : []),
  ].join('\n');
}

/**
 * The sentence a result adds when some processors' parts are missing (could not, failed, not
 * answered, not contacted, closed without), or undefined when none is.
 */
export function missingSentence(
  statements: readonly ProcessorStatement[],
  nameOf: (processorId: string) => string,
  locale: Locale,
): string | undefined {
  const missing = missingParts(statements);
  if (missing.length === 0) return undefined;
  const names = missing.map((s) => nameOf(s.processorId));
  return ANSWER_MESSAGES[locale].missing(
    joinNames(names, locale),
    names.length,
  );
}

/** "A", "A and B", "A, B and C" in the locale's words. */
export function joinNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  const and = ANSWER_MESSAGES[locale].and;
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

function correctedText(
  c: ReturnType<typeof messages>['correction'],
  changes: NonNullable<ProcessorStatement['changes']>,
): string {
  const fields = (which: string) =>
    [
      ...new Set(
        changes
          .filter((x) => x.outcome === which)
          .map((x) => c.fields[x.field as keyof typeof c.fields] ?? x.field),
      ),
    ].join(', ');
  return [
    fields('corrected') && c.corrected(fields('corrected')),
    fields('rejected') && c.rejected(fields('rejected')),
    fields('unsupported') && c.byShop(fields('unsupported')),
  ]
    .filter(Boolean)
    .join('; ');
}

/** A processor and what it answered (domain/processor-answer.ts), for every result. */
export interface AnsweredRow {
  processor: Pick<ProcessorConfig, 'processorId' | 'name'>;
  statement: ProcessorStatement;
}

/** Each processor's answer as a list item: the sentence, then what a hold keeps. */
export function answerItems(
  rows: readonly AnsweredRow[],
  locale: Locale,
  audience: Audience,
): SafeHtml[] {
  return rows.map(({ processor, statement }) => {
    const w = answerWords(statement, locale, audience);
    // The words may quote a processor's reason or note: nothing in them becomes a link.
    return html`<li>${processorName(processor, locale)}${colon(locale)}${inert(w.text)}${w.holds.length ? html`<ul>${w.holds.map((h) => html`<li>${inert(h)}</li>`)}</ul>` : ''}${w.note ? html`<br><em>${inert(w.note)}</em>` : ''}</li>`;
  });
}

/** Each processor's answer as plain-text lines. */
export function answerBlock(
  rows: readonly AnsweredRow[],
  locale: Locale,
  audience: Audience,
): string {
  return rows
    .map((r) =>
      answerLines(
        r.statement,
        processorName(r.processor, locale),
        locale,
        audience,
      ),
    )
    .join('\n');
}

/** The sentence naming processors whose part is missing from a result, if any. */
export function missingOf(
  rows: readonly AnsweredRow[],
  locale: Locale,
): string | undefined {
  const names = new Map(
    rows.map((r) => [
      r.processor.processorId,
      processorName(r.processor, locale),
    ]),
  );
  return missingSentence(
    rows.map((r) => r.statement),
    (id) => names.get(id) ?? id,
    locale,
  );
}
