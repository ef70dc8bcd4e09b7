/**
 * Where a request stands, told from what was recorded on it (its status and dates) and nothing
 * else: the shopper's status page and the page of a used or expired link both read it here, so
 * they cannot disagree. No personal data goes in or comes out: statuses, outcomes and dates only.
 */
import type { LinkPurpose } from './links.ts';
import type { DsrRequest } from './request.ts';

/** The steps every request goes through, in order. */
export const PROGRESS_STEPS = [
  'received',
  'verify',
  /** Only when the merchant asked for more information (domain/information-request.ts). */
  'information',
  'decision',
  'carryOut',
  'answer',
] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

/**
 * How a step stands. `stopped`: the request ended on this step (not confirmed in time, cancelled);
 * `delayed`: the current step, held up by a failure the operator has been alerted to.
 */
export type StepState = 'done' | 'current' | 'delayed' | 'upcoming' | 'stopped';

/** What a finished step came to, where it can come to more than one thing. */
export type StepOutcome =
  | 'approved'
  | 'refused'
  /** The data was gathered, then the merchant withheld it on review (Art. 15(4)). */
  | 'withheld'
  /** Answered, but part of an erasure waits for a legal hold to end. */
  | 'partly'
  /** The merchant's question was never answered; the request went on without it. */
  | 'unanswered';

export interface StepView {
  step: ProgressStep;
  state: StepState;
  outcome?: StepOutcome;
  /** When the step was done (ISO), where that was recorded. */
  at?: string;
}

export interface Progress {
  /** The steps to show; a step that will never happen (carrying out a refused request) is left out. */
  steps: StepView[];
  /** The answer is still owed: the page says by when. */
  owed: boolean;
  /** How the request ended, when it has ended (or was answered and waits only for a hold). */
  end?: {
    how: 'answered' | 'refused' | 'withheld' | 'expired' | 'cancelled';
    at?: string;
  };
  /** DEFERRED: until when a legal hold keeps part of the data (then it is erased). */
  heldUntil?: string;
  /** COMPLETED after the merchant cancelled the deferred part: the held data is kept. */
  heldDataKept?: boolean;
  /** The merchant asked for more information: when, and when the shopper answered. */
  information?: { askedAt: string; answeredAt?: string };
}

/** The recorded fields progress is told from. */
export type ProgressRecord = Pick<
  DsrRequest,
  | 'status'
  | 'receivedAt'
  | 'verifiedAt'
  | 'decidedAt'
  | 'completedAt'
  | 'decision'
  | 'release'
  | 'deferral'
  | 'informationRequest'
  | 'restriction'
>;

type Reached = { step: ProgressStep; outcome?: StepOutcome; at?: string };

/**
 * The steps a request has been through, from its record. A FAILED request is where it stopped,
 * delayed; a CANCELLED or EXPIRED one stopped at the step it had reached.
 */
export function requestProgress(r: ProgressRecord): Progress {
  const progress = progressOf(r);
  const asked = r.informationRequest;
  // The information step exists only where the merchant asked for more information.
  if (!asked) {
    progress.steps = progress.steps.filter((s) => s.step !== 'information');
    return progress;
  }
  progress.information = {
    askedAt: asked.requestedAt,
    ...(asked.answeredAt ? { answeredAt: asked.answeredAt } : {}),
  };
  return progress;
}

function progressOf(r: ProgressRecord): Progress {
  const approved =
    r.decision?.outcome === 'approve' ||
    (r.decision === undefined && r.decidedAt !== undefined) ||
    // Withholding on review records a refusal over the approval it followed.
    r.release !== undefined;
  const refusedAtDecision =
    r.decision?.outcome === 'deny' && r.release === undefined;
  const decided: Reached = {
    step: 'decision',
    outcome: refusedAtDecision ? 'refused' : 'approved',
    at: r.decidedAt ?? r.decision?.at,
  };
  const asked = r.informationRequest;
  const waitingForAnswer =
    asked !== undefined &&
    !asked.answeredAt &&
    (r.status === 'VERIFIED' || r.status === 'AWAITING_DECISION');
  const base: Reached[] = [
    { step: 'received', at: r.receivedAt },
    ...(r.verifiedAt ? [{ step: 'verify' as const, at: r.verifiedAt }] : []),
    // Answered, or left unanswered when the request went on without it.
    ...(asked && !waitingForAnswer
      ? [
          asked.answeredAt
            ? { step: 'information' as const, at: asked.answeredAt }
            : { step: 'information' as const, outcome: 'unanswered' as const },
        ]
      : []),
  ];
  const answeredAt = r.completedAt ?? r.decidedAt;
  switch (r.status) {
    case 'PENDING_VERIFICATION':
      return steps(base, 'verify', 'current', { owed: true });
    case 'VERIFIED':
    case 'AWAITING_DECISION':
      // The merchant asked for more information: the shopper's answer is what is awaited.
      if (waitingForAnswer)
        return steps(base, 'information', 'current', { owed: true });
      return steps(base, 'decision', 'current', { owed: true });
    case 'IN_PROGRESS':
      return steps([...base, decided], 'carryOut', 'current', { owed: true });
    case 'DEFERRED':
      return steps(
        [
          ...base,
          decided,
          { step: 'carryOut' },
          { step: 'answer', outcome: 'partly' },
        ],
        undefined,
        undefined,
        {
          owed: false,
          end: { how: 'answered' },
          heldUntil: r.deferral?.until,
        },
      );
    case 'COMPLETED': {
      // A cancelled deferral closes the request when the merchant cancels, not when it was answered.
      const keptBack = Boolean(r.deferral?.cancelledAt);
      const at = keptBack ? undefined : r.completedAt;
      return steps(
        [
          ...base,
          decided,
          { step: 'carryOut' },
          { step: 'answer', at, outcome: keptBack ? 'partly' : undefined },
        ],
        undefined,
        undefined,
        {
          owed: false,
          end: { how: 'answered', at },
          ...(keptBack ? { heldDataKept: true } : {}),
        },
      );
    }
    case 'DENIED': {
      if (r.release?.state === 'WITHHELD') {
        const at = r.release.at ?? answeredAt;
        return steps(
          [
            ...base,
            decided,
            { step: 'carryOut' },
            { step: 'answer', outcome: 'withheld', at },
          ],
          undefined,
          undefined,
          { owed: false, end: { how: 'withheld', at } },
        );
      }
      return steps(
        [
          ...base,
          decided,
          { step: 'answer', outcome: 'refused', at: answeredAt },
        ],
        undefined,
        undefined,
        { owed: false, end: { how: 'refused', at: answeredAt } },
        ['carryOut'],
      );
    }
    case 'FAILED': {
      // Stopped by an error: the operator retries it, the answer is still owed.
      if (!r.verifiedAt)
        return steps(base, 'verify', 'delayed', { owed: true });
      if (!r.decision && !r.decidedAt)
        return steps(base, 'decision', 'delayed', { owed: true });
      if (refusedAtDecision)
        return steps([...base, decided], 'answer', 'delayed', { owed: true }, [
          'carryOut',
        ]);
      if (approved && r.release?.state === 'WITHHELD')
        return steps(
          [...base, decided, { step: 'carryOut' }],
          'answer',
          'delayed',
          { owed: true },
        );
      return steps([...base, decided], 'carryOut', 'delayed', { owed: true });
    }
    case 'EXPIRED':
      return steps(base, 'verify', 'stopped', {
        owed: false,
        end: { how: 'expired', at: r.completedAt },
      });
    case 'CANCELLED': {
      const reached: Reached[] = [...base];
      if (r.verifiedAt && (r.decision || r.decidedAt)) reached.push(decided);
      const at = r.completedAt;
      const stoppedAt: ProgressStep = !r.verifiedAt
        ? 'verify'
        : reached.includes(decided)
          ? refusedAtDecision
            ? 'answer'
            : 'carryOut'
          : 'decision';
      return steps(reached, stoppedAt, 'stopped', {
        owed: false,
        end: { how: 'cancelled', at },
      });
    }
  }
}

/**
 * The step list: `reached` steps done, `at` in state `state`, the others upcoming (or left out
 * when the request ended; `never` are left out always).
 */
function steps(
  reached: Reached[],
  at: ProgressStep | undefined,
  state: StepState | undefined,
  rest: Omit<Progress, 'steps'>,
  never: ProgressStep[] = [],
): Progress {
  const ended = rest.end !== undefined;
  const out: StepView[] = [];
  for (const step of PROGRESS_STEPS) {
    if (never.includes(step)) continue;
    const done = reached.find((x) => x.step === step);
    if (done) {
      out.push({
        step,
        state: 'done',
        ...(done.outcome ? { outcome: done.outcome } : {}),
        ...(done.at ? { at: done.at } : {}),
      });
    } else if (step === at && state) {
      out.push({ step, state });
    } else if (!ended) {
      out.push({ step, state: 'upcoming' });
    }
  }
  return { steps: out, ...rest };
}

/**
 * What a used or expired link's page tells its holder: what became of the thing the link was
 * for. Only outcomes and dates, never who asked or why (an old link may be in anyone's hands).
 */
export type LinkAftermath =
  | { fact: 'confirmed'; at?: string }
  | { fact: 'notConfirmed' }
  | { fact: 'approved'; at?: string }
  | { fact: 'refused'; at?: string }
  | { fact: 'released'; at?: string }
  | { fact: 'withheld'; at?: string }
  | { fact: 'deferralCancelled'; at?: string }
  | { fact: 'heldErased'; at?: string }
  | { fact: 'restrictionLifted'; at?: string }
  /** The request still waits for this step: a newer link was emailed (decision, release). */
  | { fact: 'newerLink' }
  | { fact: 'cancelled'; at?: string }
  | { fact: 'answered'; at?: string }
  /** The shopper's answer to the merchant's question was recorded (an `information` link). */
  | { fact: 'informationAnswered'; at: string }
  | { fact: 'inProgress' };

/**
 * How long the workflow takes, at most, to take up a decision carried by a link (the step that
 * acts on it runs within seconds of the click). A carried decision older than this that the
 * request never recorded was not taken: the wait had ended and a newer link went out.
 */
export const TAKE_UP_SECONDS = 15 * 60;

/**
 * The one thing a holder of a `purpose` link wants to know now, from the request's record and,
 * for the seconds between a click and the step that records it, the decision the used link
 * carries (`carried`, at `now`).
 */
export function linkAftermath(
  purpose: LinkPurpose,
  r: ProgressRecord,
  carried?: { outcome: 'approve' | 'deny'; at: string },
  now?: string,
): LinkAftermath {
  const progress = requestProgress(r);
  const stepOf = (s: ProgressStep) => progress.steps.find((x) => x.step === s);
  const decision = stepOf('decision');
  // The click was moments ago and the step that records it has not run yet.
  const taking = (waiting: ProgressRecord['status']) =>
    r.status === waiting &&
    carried !== undefined &&
    now !== undefined &&
    Date.parse(now) - Date.parse(carried.at) <= TAKE_UP_SECONDS * 1000;
  const general = (): LinkAftermath =>
    progress.end?.how === 'cancelled'
      ? { fact: 'cancelled', at: progress.end.at }
      : progress.end?.how === 'expired'
        ? { fact: 'notConfirmed' }
        : progress.end?.how === 'refused'
          ? { fact: 'refused', at: progress.end.at }
          : progress.end?.how === 'withheld'
            ? { fact: 'withheld', at: progress.end.at }
            : progress.end
              ? { fact: 'answered', at: progress.end.at }
              : { fact: 'inProgress' };
  switch (purpose) {
    case 'verify': {
      const verify = stepOf('verify');
      if (verify?.state === 'done') return { fact: 'confirmed', at: verify.at };
      return general();
    }
    case 'decide':
      if (taking('AWAITING_DECISION') && carried)
        return carried.outcome === 'deny'
          ? { fact: 'refused', at: carried.at }
          : { fact: 'approved', at: carried.at };
      if (decision?.state === 'done')
        return decision.outcome === 'refused'
          ? { fact: 'refused', at: decision.at }
          : { fact: 'approved', at: decision.at };
      if (
        (r.status === 'VERIFIED' || r.status === 'AWAITING_DECISION') &&
        !progress.end
      )
        return { fact: 'newerLink' };
      return general();
    case 'release':
      if (r.release?.state === 'AWAITING' && taking('IN_PROGRESS') && carried)
        return carried.outcome === 'deny'
          ? { fact: 'withheld', at: carried.at }
          : { fact: 'released', at: carried.at };
      if (r.release?.state === 'RELEASED')
        return { fact: 'released', at: r.release.at };
      if (r.release?.state === 'WITHHELD')
        return { fact: 'withheld', at: r.release.at };
      if (r.release?.state === 'AWAITING' && r.status === 'IN_PROGRESS')
        return { fact: 'newerLink' };
      return general();
    case 'information':
      if (r.informationRequest?.answeredAt)
        return {
          fact: 'informationAnswered',
          at: r.informationRequest.answeredAt,
        };
      return general();
    case 'deferral':
      if (r.deferral?.cancelledAt)
        return { fact: 'deferralCancelled', at: r.deferral.cancelledAt };
      if (r.status === 'COMPLETED')
        return { fact: 'heldErased', at: r.completedAt };
      return general();
    case 'lift':
      if (r.restriction?.liftedAt)
        return { fact: 'restrictionLifted', at: r.restriction.liftedAt };
      return general();
    default:
      return general();
  }
}
