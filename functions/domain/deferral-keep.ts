/**
 * Cancelling a deferred erasure keeps the held data beyond the date the shopper was given. That
 * is lawful only on a ground of Art. 17(3) and only as long as the ground lasts, so the merchant
 * states both: the ground (from a list: a legal obligation, Art. 17(3)(b); legal claims,
 * Art. 17(3)(e)) and the end, a date or an event, after which the shop erases the data. The
 * shopper's notice states them (presentation/notice-emails.ts `deferralCancelledEmail`); the
 * burden of erasing then stays with the shop, not with the shopper asking again.
 */
import { DecisionRefusedError, type DeferralProblem } from './decision.ts';
import { reasonText, withoutControlChars } from './schemas.ts';

export const KEEP_GROUNDS = ['legal-obligation', 'legal-claims'] as const;
export type KeepGround = (typeof KEEP_GROUNDS)[number];

/** The article each ground rests on, as the domain names articles. */
export const KEEP_ARTICLE: Record<KeepGround, string> = {
  'legal-obligation': 'Art. 17(3)(b)',
  'legal-claims': 'Art. 17(3)(e)',
};

/** Why and until when the held data is kept instead of erased. */
export interface DeferralKeep {
  ground: KeepGround;
  /** The day (YYYY-MM-DD) after which the shop erases it; or */
  until?: string;
  /** the event (one line, the merchant's words) after which the shop erases it. */
  untilEvent?: string;
}

const REASON_MAX = 1000;
const EVENT_MAX = 200;
/** The furthest end a merchant may state: the longest limitation period (domain/retention.ts). */
const MAX_YEARS = 10;

const refused = (problem: DeferralProblem, field: string, message: string) =>
  new DecisionRefusedError<DeferralProblem>(
    message,
    { [field]: message },
    problem,
  );

/**
 * The posted cancellation (`reason`, `keepGround`, `keepUntil` or `keepUntilEvent`), checked as
 * of `today` (YYYY-MM-DD); refused (400, nothing stored) when the reason is missing or too
 * long, no listed ground is chosen, not exactly one end is given, the date is not a day after
 * today and within ten years, or the event is longer than one line of 200 characters.
 */
export function parseDeferralCancellation(
  body: Record<string, unknown>,
  today: string,
): { reason: string; keep: DeferralKeep } {
  const reason = reasonText(body.reason);
  if (!reason) throw refused('reasonRequired', 'reason', 'is required');
  if (reason.length > REASON_MAX)
    throw refused(
      'reasonTooLong',
      'reason',
      `must be at most ${REASON_MAX} characters`,
    );
  const ground = body.keepGround;
  if (!(KEEP_GROUNDS as readonly unknown[]).includes(ground))
    throw refused(
      'groundRequired',
      'keepGround',
      `must be one of ${KEEP_GROUNDS.join(', ')}`,
    );
  const until = typeof body.keepUntil === 'string' ? body.keepUntil.trim() : '';
  const rawEvent =
    typeof body.keepUntilEvent === 'string' ? body.keepUntilEvent : '';
  const event = withoutControlChars(rawEvent, { multiline: true }).trim();
  if (Boolean(until) === Boolean(event))
    throw refused('endRequired', 'keepUntil', 'give a date or an event');
  if (until) {
    const max = `${Number(today.slice(0, 4)) + MAX_YEARS}${today.slice(4)}`;
    const time = Date.parse(`${until}T00:00:00Z`);
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(until) &&
      !Number.isNaN(time) &&
      new Date(time).toISOString().startsWith(until);
    if (!valid || until <= today || until > max)
      throw refused(
        'dateInvalid',
        'keepUntil',
        `must be a day after ${today} and at most ${MAX_YEARS} years ahead`,
      );
    return { reason, keep: { ground: ground as KeepGround, until } };
  }
  if (event.length > EVENT_MAX || /[\r\n]/.test(event))
    throw refused(
      'eventTooLong',
      'keepUntilEvent',
      `must be one line of at most ${EVENT_MAX} characters`,
    );
  return { reason, keep: { ground: ground as KeepGround, untilEvent: event } };
}
