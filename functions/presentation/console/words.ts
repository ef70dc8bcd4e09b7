/**
 * The console's one way to say a request's deadline state, what it waits on, who acted and what
 * an email was: every page that shows one of these calls these functions.
 */
import type { Actor } from '#domain/audit.ts';
import type { DueState, WaitingOn } from '#domain/console-inbox.ts';
import type { Locale } from '#domain/schemas.ts';
import { joinNames } from '../answers.ts';
import { html, type SafeHtml } from '../html.ts';
import { CONSOLE_MESSAGES, type MailKind } from '../i18n/console/index.ts';

/** "12 days left", "due today", "3 days overdue" (in red), "closed". */
export function dueWords(due: DueState, locale: Locale): SafeHtml {
  const d = CONSOLE_MESSAGES[locale].due;
  switch (due.kind) {
    case 'overdue':
      return html`<span class="overdue">${d.overdue(due.days)}</span>`;
    case 'today':
      return html`<span class="overdue">${d.today}</span>`;
    case 'left':
      return due.days <= 5
        ? html`<span class="soon">${d.left(due.days)}</span>`
        : html`${d.left(due.days)}`;
    case 'notOwed':
      return html`${d.notOwed}`;
    case 'closed':
      return html`${d.closed}`;
  }
}

/** "your decision", "Judge.me and Posti", "nobody". */
export function waitingWords(
  waiting: readonly WaitingOn[],
  nameOf: (processorId: string) => string,
  locale: Locale,
): string {
  const w = CONSOLE_MESSAGES[locale].waiting;
  if (waiting.length === 0) return w.nothing;
  const processors = waiting
    .filter((x) => x.startsWith('processor:'))
    .map((x) => nameOf(x.slice('processor:'.length)));
  const others = waiting
    .filter(
      (x): x is Exclude<WaitingOn, `processor:${string}`> =>
        !x.startsWith('processor:'),
    )
    .map((x) => w[x]);
  return [
    ...others,
    ...(processors.length ? [w.processors(joinNames(processors, locale))] : []),
  ].join('; ');
}

/** Who acted, as the timeline names them: a member by their address while they are a member. */
export function actorWords(
  actor: Actor,
  members: Readonly<Record<string, string>>,
  processorName: (id: string) => string,
  locale: Locale,
): string {
  const a = CONSOLE_MESSAGES[locale].actors;
  if (actor.startsWith('member:')) {
    const email = members[actor];
    return email ? a.member(email) : a.formerMember;
  }
  if (actor.startsWith('processor:'))
    return a.processor(processorName(actor.slice('processor:'.length)));
  switch (actor) {
    case 'subject':
    case 'merchant':
    case 'system':
    case 'operator':
    case 'policy':
      return a[actor];
    default:
      return actor;
  }
}

/** Which kind of email a sent-mail purpose (or `verification`) names. */
export function mailKind(purpose: string): MailKind {
  const [head = '', , , kind] = purpose.split(':');
  if (purpose === 'verification') return 'verification';
  if (purpose === 'acknowledgement') return 'acknowledgement';
  if (head === 'decision') return 'decision';
  if (head === 'release') return 'release';
  if (head === 'denial') return 'denial';
  if (head === 'withheld') return 'withheld';
  if (head === 'result') return 'result';
  if (head === 'result-copy') return 'resultCopy';
  if (head === 'certificate') return 'certificate';
  if (head === 'download') return 'download';
  if (head === 'deferred') return 'deferred';
  if (head === 'deadline') return 'deadline';
  if (head === 'failure') return 'failure';
  if (head === 'confirm')
    return kind === 'request'
      ? 'processorRequest'
      : kind === 'escalation'
        ? 'processorEscalation'
        : 'processorReminder';
  return 'other';
}
