import type { AuditEvent } from '#domain/audit.ts';
import { RequestNotFoundError } from '#domain/errors.ts';
import { type LocalizedText, textIn } from '#domain/localized.ts';
import { daysLeft, isOverdue, maskEmail, resumePlanFor } from '#domain/ops.ts';
import {
  type ProcessorStatement,
  statementOf,
} from '#domain/processor-answer.ts';
import type { DeadlineRecord, DsrRequest } from '#domain/request.ts';
import type { ExecutionSummary } from '#ports/executions.ts';
import type { JobRecord } from '#ports/request-store.ts';
import type { OpsPorts } from './ports.ts';

/** One line of the merged timeline. */
export interface TimelineEntry {
  at: string;
  source: 'audit' | 'execution';
  /** Audit event type, or the execution step kind. */
  what: string;
  /** Actor of an audit event, state name of an execution step. */
  who?: string;
  /** Reference-only details (status change, error name, ids). */
  detail?: string;
  execution?: string;
}

export interface RequestView {
  request: {
    requestId: string;
    merchantId: string;
    type: DsrRequest['type'];
    status: DsrRequest['status'];
    emailMasked: string;
    locale: string;
    receivedAt: string;
    verifiedAt?: string;
    decidedAt?: string;
    completedAt?: string;
    /** When its personal data is (or was, see `pseudonymisedAt`) pseudonymised. */
    retainUntil?: string;
    pseudonymisedAt?: string;
    updatedAt: string;
    decision?: { outcome: string; by: string; at: string };
    extension?: { by: string; at: string };
    /** An objection: what it is to (Art. 21(1) or 21(2)-(3)). */
    objectionScope?: DsrRequest['objectionScope'];
    /**
     * The merchant's request for more information (Art. 12(6)): when it was asked, emailed and
     * answered (the question and the answer stay on the request, not in ops output).
     */
    information?: { askedAt: string; notifiedAt?: string; answeredAt?: string };
    /** A reviewed package released without some parts: how many (Art. 15(4)). */
    partsLeftOut?: number;
    failure?: DsrRequest['failure'];
  };
  deadline: {
    dueDate: string;
    dueAt: string;
    latestDueDate?: string;
    extensionNoticeDue?: string;
    daysLeft: number;
    overdue: boolean;
    computations: DeadlineRecord[];
  };
  /** Each job as recorded, its processor's name, and what it answered (notes included). */
  jobs: (JobRecord & {
    processorName?: string;
    statement: ProcessorStatement;
  })[];
  executions: ExecutionSummary[];
  timeline: TimelineEntry[];
  /** Where `retry` would resume, if anywhere. */
  retry?: { resumeAt: string; status: string };
}

/**
 * Everything an operator needs to see where a request stands and why: the request (email masked),
 * its deadline computations, each processor job, and one timeline merging the audit trail with
 * every execution's history (states entered and exited, task failures and retries, waits).
 */
export async function showRequest(
  input: { requestId: string },
  ports: Pick<
    OpsPorts,
    'requests' | 'audit' | 'merchants' | 'executions' | 'clock'
  >,
): Promise<RequestView> {
  const request = await ports.requests.get(input.requestId);
  if (!request) throw new RequestNotFoundError(input.requestId);
  const now = ports.clock.now();
  const [events, jobs, merchant, executions] = await Promise.all([
    ports.audit.list(request.requestId),
    ports.requests.listJobs(request.requestId),
    ports.merchants.get(request.merchantId),
    ports.executions.forRequest(request.requestId, request.executionNumber),
  ]);
  const histories = await Promise.all(
    executions.map(async (e) => ({
      execution: e,
      steps: await ports.executions.history(e.executionArn),
    })),
  );
  const timeline: TimelineEntry[] = [
    ...events.map(auditEntry),
    ...histories.flatMap(({ execution, steps }) =>
      steps.map(
        (s): TimelineEntry => ({
          at: s.at,
          source: 'execution',
          what: s.kind,
          who: s.state,
          detail: s.error,
          execution: execution.name,
        }),
      ),
    ),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const plan = resumePlanFor(request);
  const running = executions.some((e) => e.status === 'RUNNING');
  return {
    request: {
      requestId: request.requestId,
      merchantId: request.merchantId,
      type: request.type,
      status: request.status,
      emailMasked: maskEmail(request.email),
      locale: request.locale,
      receivedAt: request.receivedAt,
      verifiedAt: request.verifiedAt,
      decidedAt: request.decidedAt,
      completedAt: request.completedAt,
      retainUntil: request.retainUntil,
      pseudonymisedAt: request.pseudonymisedAt,
      updatedAt: request.updatedAt,
      decision: request.decision && {
        outcome: request.decision.outcome,
        by: request.decision.by,
        at: request.decision.at,
      },
      extension: request.extension && {
        by: request.extension.by,
        at: request.extension.at,
      },
      objectionScope: request.objectionScope,
      information: request.informationRequest && {
        askedAt: request.informationRequest.requestedAt,
        notifiedAt: request.informationRequest.notifiedAt,
        answeredAt: request.informationRequest.answeredAt,
      },
      partsLeftOut: request.release?.leftOut?.parts.length,
      failure: request.failure,
    },
    deadline: {
      dueDate: request.dueDate,
      dueAt: request.dueAt,
      latestDueDate: request.latestDueDate,
      extensionNoticeDue: request.extensionNoticeDue,
      daysLeft: daysLeft(request.dueAt, now),
      overdue: isOverdue(request, now),
      computations: request.deadlines ?? [],
    },
    jobs: jobs.map((j) => ({
      ...j,
      processorName: nameOf(
        merchant?.processors.find((p) => p.processorId === j.processorId),
      ),
      statement: statementOf(j, request.type, request.objectionScope),
    })),
    executions,
    timeline,
    retry: plan && !running ? plan : undefined,
  };
}

function auditEntry(e: AuditEvent): TimelineEntry {
  const status =
    e.fromStatus || e.toStatus
      ? `${e.fromStatus ?? '·'} → ${e.toStatus ?? '·'}`
      : undefined;
  const details = Object.entries(e.details ?? {})
    .filter(([k]) => k !== 'reason')
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return {
    at: e.at,
    source: 'audit',
    what: e.type,
    who: e.actor,
    detail: [status, details].filter(Boolean).join(' ') || undefined,
  };
}

/** A processor's name as the operator reads it (the registry's English). */
const nameOf = (p?: { name: LocalizedText }) =>
  p ? textIn(p.name, 'en') : undefined;
