/** What operators see of a request: masked identity, urgency, and where a failed run resumes. */
import type { DsrRequest, RequestStatus } from './request.ts';
import { isTerminal } from './request.ts';

const DAY_MS = 86_400_000;

/** `aino.virtanen@example.com` → `a***@example.com`: enough to tell requests apart, not to read the address. */
export function maskEmail(email: string | undefined): string {
  if (!email) return '';
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** A request as listed for operators: no name, details or full email. */
export interface RequestSummary {
  requestId: string;
  merchantId: string;
  type: DsrRequest['type'];
  status: RequestStatus;
  receivedAt: string;
  dueDate: string;
  dueAt: string;
  updatedAt?: string;
  completedAt?: string;
  emailMasked?: string;
  failure?: DsrRequest['failure'];
}

export function summarize(request: DsrRequest): RequestSummary {
  return {
    requestId: request.requestId,
    merchantId: request.merchantId,
    type: request.type,
    status: request.status,
    receivedAt: request.receivedAt,
    dueDate: request.dueDate,
    dueAt: request.dueAt,
    updatedAt: request.updatedAt,
    completedAt: request.completedAt,
    emailMasked: maskEmail(request.email),
    failure: request.failure,
  };
}

/** Days until the due instant (negative once overdue), one decimal. */
export function daysLeft(dueAt: string, now: Date): number {
  return Math.round(((Date.parse(dueAt) - now.getTime()) / DAY_MS) * 10) / 10;
}

/** Overdue: still open and past its due instant. */
export function isOverdue(
  request: Pick<RequestSummary, 'status' | 'dueAt'>,
  now: Date,
): boolean {
  return (
    !isTerminal(request.status) && Date.parse(request.dueAt) < now.getTime()
  );
}

/** Where a resumed execution starts; `round`: for a deferral, the round whose holds it follows. */
export type ResumePlan = {
  resumeAt: ResumePoint;
  status: RequestStatus;
  round?: number;
};

/** Phases of the workflow an operator can resume (statemachines/README.md). */
export type ResumePoint = 'decision' | 'denial' | 'jobs' | 'deferral';

/**
 * Where the workflow goes on in a new execution it starts itself: the checks of a round whose
 * budget ran out, or a deferred erasure's wait (statemachines/README.md).
 */
export type ContinuePoint = 'checks' | 'deferral';

/**
 * Where a request's workflow starts again, and in which status the request must be for that step:
 * - failed in decision: ask the merchant again (AWAITING_DECISION);
 * - failed in denial: send the denial again (AWAITING_DECISION, the deny decision is kept);
 * - failed in planning, jobs or completion: plan and run the jobs again (IN_PROGRESS); jobs that
 *   already ended return their recorded outcome, so only failed ones act again.
 * - failed after holds deferred part of an erasure (waiting, or in the re-run round): look at the
 *   deferral again with the round it follows (DEFERRED), which waits on, re-runs the held jobs as
 *   the next round, or ends; never round 1's jobs again.
 * An open request with no running execution (a lost local execution, an aborted one) resumes from
 * its own status. `undefined`: nothing to resume (completed, denied, expired, cancelled).
 */
export function resumePlanFor(
  request: Pick<DsrRequest, 'status' | 'failure' | 'decision' | 'deferral'>,
): ResumePlan | undefined {
  // A deferral that the merchant did not cancel (records from before rounds were kept: none).
  const deferral =
    request.deferral && !request.deferral.cancelledAt
      ? request.deferral
      : undefined;
  const deferred = (status: RequestStatus): ResumePlan | undefined =>
    deferral?.round
      ? { resumeAt: 'deferral', status, round: deferral.round }
      : undefined;
  if (request.status === 'FAILED') {
    switch (request.failure?.phase) {
      case 'decision':
        return { resumeAt: 'decision', status: 'AWAITING_DECISION' };
      case 'denial':
        return request.decision?.outcome === 'deny'
          ? { resumeAt: 'denial', status: 'AWAITING_DECISION' }
          : undefined;
      case 'planning':
        return request.decision?.outcome === 'approve'
          ? { resumeAt: 'jobs', status: 'AWAITING_DECISION' }
          : undefined;
      case 'deferral':
        return deferred('DEFERRED');
      case 'jobs':
      case 'completion':
      // The package is kept: Complete Request finds it and asks for the review again.
      case 'release':
        if (deferral) return deferred('IN_PROGRESS');
        return { resumeAt: 'jobs', status: 'IN_PROGRESS' };
      default:
        return undefined;
    }
  }
  switch (request.status) {
    case 'VERIFIED':
      return { resumeAt: 'decision', status: 'VERIFIED' };
    case 'AWAITING_DECISION':
      if (request.decision?.outcome === 'approve')
        return { resumeAt: 'jobs', status: 'AWAITING_DECISION' };
      if (request.decision?.outcome === 'deny')
        return { resumeAt: 'denial', status: 'AWAITING_DECISION' };
      return { resumeAt: 'decision', status: 'AWAITING_DECISION' };
    case 'IN_PROGRESS':
      if (deferral) return deferred('IN_PROGRESS');
      return { resumeAt: 'jobs', status: 'IN_PROGRESS' };
    case 'DEFERRED':
      return deferred('DEFERRED');
    default:
      return undefined;
  }
}

/**
 * Name of execution `n` of a request: 0 is the request id (the start at verification), then
 * `<requestId>-<n>` for each later one, whether an operator retry, a reconciler restart or the
 * workflow continuing in a new execution (statemachines/README.md, "One execution, then the next").
 */
export function executionName(requestId: string, n: number): string {
  return n === 0 ? requestId : `${requestId}-${n}`;
}

/** The number of a request's execution from its name; `undefined` for a name not of this request. */
export function executionNumber(
  requestId: string,
  name: string,
): number | undefined {
  if (name === requestId) return 0;
  const match = name.startsWith(`${requestId}-`)
    ? /^[1-9][0-9]{0,5}$/.exec(name.slice(requestId.length + 1))
    : null;
  return match ? Number(match[0]) : undefined;
}

/**
 * The number the request's next execution gets: one past the newest it has, or past
 * `request.executionNumber` (the newest one started) when Step Functions no longer lists it.
 */
export function nextExecutionNumber(
  request: Pick<DsrRequest, 'requestId' | 'executionNumber'>,
  executions: readonly { name: string }[],
): number {
  const numbers = executions
    .map((e) => executionNumber(request.requestId, e.name))
    .filter((n): n is number => n !== undefined);
  const newest = Math.max(-1, request.executionNumber ?? -1, ...numbers);
  return newest + 1;
}
