/**
 * The merchant asks the shopper for more information before deciding (Art. 12(6): additional
 * information needed to confirm the identity of the person making the request; also a request
 * to specify it, EDPB Guidelines 01/2022 §159 with Recital 63). It replaces refusing "identity
 * could not be confirmed" once the email link was confirmed: the shopper is asked, by a signed
 * link, and answers on a page; the merchant then decides with the answer in front of them.
 *
 * One request for information per data-subject request: the deadline engine counts one pause
 * per kind (docs/DEADLINES.md), and a second question after an answer is a refusal with reasons
 * or an approval, not another round. Pure: no clock, no I/O.
 */
import { localDate } from './deadlines/calendar.ts';
import type { RegimeId } from './deadlines/regime-ids.ts';

/** What the merchant asked and the shopper answered; personal data (pseudonymised with the request). */
export interface InformationRequest {
  /** The merchant's words: what is needed and why (shown to the shopper). */
  question: string;
  requestedAt: string;
  /** Who asked: `merchant-link`. */
  by: string;
  /** When the email with the answer link went to the shopper. */
  notifiedAt?: string;
  /** The shopper's words. */
  answer?: string;
  answeredAt?: string;
}

/** Longest question or answer, in characters (the same bound as a refusal's reasons). */
export const INFORMATION_TEXT_MAX = 2000;

/**
 * What asking does to the deadline in a regime, as the engine computes it once the answer is in:
 * - `stops-clock` (UK-ICO): the days from asking to the answer do not count (DPA 2018 s.54(3C),
 *   UK GDPR Art. 12A: the clarification pause); the due date moves later by them.
 * - `outer-bound-only` (GDPR-EU): the EDPB allows a suspension when the question went out without
 *   undue delay (§159); the engine adds it to `latestDueDate` only, so the due date the merchant
 *   works to stays where it is (flag `EU-ID-PAUSE`).
 * - `none`: the regime counts from receipt whatever verification takes (CCPA "regardless of time
 *   required to verify"), or has no rule on it; the due date stays.
 */
export type PauseEffect = 'stops-clock' | 'outer-bound-only' | 'none';

export function pauseEffect(regime: RegimeId): PauseEffect {
  if (regime === 'UK-ICO') return 'stops-clock';
  if (regime === 'GDPR-EU') return 'outer-bound-only';
  return 'none';
}

/** The pause fields of a deadline computation (controller-local dates), as the engine takes them. */
export interface DeadlinePauses {
  idRequestedOn?: string;
  idReceivedOn?: string;
  clarificationRequestedOn?: string;
  clarificationReceivedOn?: string;
}

/**
 * The pause an answered information request adds to every later computation of the request's
 * deadline (the answer's own, and an extension after it): GDPR-EU counts it as the identity
 * pause of EDPB §159, UK-ICO as the clarification pause of s.54(3C); other regimes ignore
 * pauses, so none is passed. Unanswered: no pause yet (the engine needs both ends).
 */
export function deadlinePauses(
  request: { informationRequest?: InformationRequest },
  merchant: { regime: RegimeId; timezone: string },
): DeadlinePauses {
  const asked = request.informationRequest;
  if (!asked?.answeredAt) return {};
  const from = localDate(new Date(asked.requestedAt), merchant.timezone);
  const to = localDate(new Date(asked.answeredAt), merchant.timezone);
  if (merchant.regime === 'GDPR-EU')
    return { idRequestedOn: from, idReceivedOn: to };
  if (merchant.regime === 'UK-ICO')
    return { clarificationRequestedOn: from, clarificationReceivedOn: to };
  return {};
}

/** Where the question stands: not asked, waiting for the shopper, or answered. */
export type InformationState = 'none' | 'asked' | 'answered';

export function informationState(request: {
  informationRequest?: InformationRequest;
}): InformationState {
  const asked = request.informationRequest;
  if (!asked) return 'none';
  return asked.answeredAt ? 'answered' : 'asked';
}
