import { merchantActor } from '#domain/audit.ts';
import {
  type ConfirmationOutcome,
  OUTCOME_OF,
  parseConfirmation,
} from '#domain/confirmation.ts';
import { LinkGoneError } from '#domain/errors.ts';
import { type DsrRequest, isTerminal } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { wakeRound } from './await-processor-jobs.ts';
import { consumeLink, inspectLinkedRequest } from './links.ts';
import {
  finishJob,
  type JobPorts,
  processorOf,
} from './processor-job-support.ts';
import { filesToRecord, listUploads, takesFiles } from './processor-uploads.ts';

/** GET of a processor's confirmation link: what the click will confirm. Changes nothing. */
export async function previewProcessorJob(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const { link, request, merchant } = await inspectLinkedRequest(
    secret,
    'processor',
    ports,
  );
  const processor = processorOf(merchant, link.processorId ?? '');
  const job = await ports.requests.getJob(
    request.requestId,
    link.processorId ?? '',
  );
  // Already answered (through another link, or the job ended), or the request closed (cancelled,
  // pseudonymised): nothing left to confirm, and no note is written onto a closed request.
  if (
    (request.status !== 'FAILED' && isTerminal(request.status)) ||
    request.pseudonymisedAt ||
    !processor ||
    !job ||
    job.state !== 'PENDING' ||
    (job.round ?? 1) !== link.round
  )
    throw new LinkGoneError('used');
  return {
    request,
    merchant,
    processor,
    job,
    confirmBy: link.confirmBy ?? 'processor',
    /** Upload forms on the page never outlive the link. */
    linkExpiresAt: link.expiresAt,
  };
}

/**
 * POST of a confirmation link: records the answer on the job (once: the job must still be PENDING
 * in the link's round, a conditional write), audits it, resumes the workflow's wait when this was
 * the round's last unanswered job, and only then uses up the link. Recording first means a crash
 * at any later point loses nothing: the answer is on the job, the link shows as answered (its job
 * is no longer pending), the next check of the round finds it and fills in the keyed audit event.
 */
export async function confirmProcessorJob(
  secret: string,
  body: Record<string, unknown>,
  ports: AnswerPorts,
): Promise<{ outcome: ConfirmationOutcome }> {
  const view = await previewProcessorJob(secret, ports);
  const answered = await recordAnswer(view, body, ports);
  try {
    await consumeLink(secret, 'processor', ports);
  } catch (error) {
    // The answer is recorded and the job no longer pending, which already closes the link; it
    // expired or was used in the last instant: nothing more to do.
    if (!(error instanceof LinkGoneError)) throw error;
  }
  return answered;
}

type AnswerPorts = Pick<
  JobPorts,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'clock'
  | 'metrics'
  | 'workflow'
  | 'exports'
>;

/**
 * Records a person's answer about a job that waits for one: the processor's contact or the
 * merchant on the signed page, or a console member for a processor that answered by letter or
 * phone (`member`: their `member:<key>`, kept on the confirmation and naming them in the trail).
 * For access and portability the job's uploaded files go on record with the answer. Resumes the
 * workflow's wait when this was the round's last unanswered job. Any link of the job then shows
 * as answered (its job is no longer pending).
 */
export async function recordAnswer(
  view: {
    request: DsrRequest;
    job: JobRecord;
    confirmBy: 'processor' | 'merchant';
  },
  body: Record<string, unknown>,
  ports: Omit<AnswerPorts, 'links' | 'merchants'>,
  member?: string,
): Promise<{ outcome: ConfirmationOutcome }> {
  const now = ports.clock.now();
  const answer = parseConfirmation(body, {
    type: view.request.type,
    confirmBy: view.confirmBy,
    today: now.toISOString().slice(0, 10),
  });
  const at = now.toISOString();
  // Access/portability: the files on the page go on record with the answer (processor-uploads.ts).
  const files = takesFiles(view.request.type)
    ? filesToRecord(
        await listUploads(view.job, ports),
        answer.outcome === 'done',
      )
    : undefined;
  const { stored, job } = await finishJob(
    view.job,
    {
      outcome: OUTCOME_OF[answer.outcome],
      records: 0,
      ...(answer.hold ? { holds: [answer.hold] } : {}),
      confirmation: {
        by: view.confirmBy,
        at,
        note: answer.note,
        ...(member ? { member } : {}),
      },
      files,
    },
    ports,
    'PENDING',
  );
  // Another click (this link or a reminder's) answered first.
  if (!stored) throw new LinkGoneError('used');
  await auditConfirmation(job, ports);
  await wakeRound(job.requestId, job.round ?? 1, ports);
  return { outcome: answer.outcome };
}

/**
 * The confirmation's audit event, keyed per job and round: appended by the click and again,
 * harmlessly, by the check that finds the round answered (it fills the gap if the click's
 * function stopped between recording and auditing).
 */
export async function auditConfirmation(
  job: JobRecord,
  ports: Pick<JobPorts, 'audit'>,
): Promise<void> {
  const confirmation = job.confirmation;
  if (!confirmation || job.state === 'PENDING' || job.state === 'RUNNING')
    return;
  const outcome = (Object.keys(OUTCOME_OF) as ConfirmationOutcome[]).find(
    (o) => OUTCOME_OF[o] === job.state,
  );
  if (!outcome) return;
  await ports.audit.append({
    requestId: job.requestId,
    type: 'ProcessorConfirmed',
    at: confirmation.at,
    actor:
      confirmation.by === 'merchant'
        ? merchantActor(confirmation.member)
        : `processor:${job.processorId}`,
    key: `confirmed:${job.processorId}:${job.round ?? 1}`,
    details: { processorId: job.processorId, outcome },
  });
}
