import { LinkGoneError, ValidationError } from '#domain/errors.ts';
import type { Ports } from '#ports/index.ts';
import { consumeLink, inspectLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import {
  finishJob,
  type JobPorts,
  processorOf,
  resumeWaiting,
} from './processor-job-support.ts';

/** What a person answers about a manual job. */
export const CONFIRMATION_OUTCOMES = [
  'done',
  'not-found',
  'could-not',
] as const;
export type ConfirmationOutcome = (typeof CONFIRMATION_OUTCOMES)[number];

/** GET of a processor's confirmation link: what the click will confirm. Changes nothing. */
export async function previewProcessorJob(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const link = await inspectLink(secret, 'processor', ports);
  const { request, merchant } = await loadRequestAndMerchant(
    link.requestId,
    ports,
  );
  const processor = processorOf(merchant, link.processorId ?? '');
  const job = await ports.requests.getJob(
    request.requestId,
    link.processorId ?? '',
  );
  // Already answered (through another link, or the job ended): nothing left to confirm.
  if (
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
  };
}

/** Validates the posted answer: an outcome, and a reason when it could not be done. */
export function parseConfirmation(body: Record<string, unknown>): {
  outcome: ConfirmationOutcome;
  note?: string;
} {
  const outcome = body.outcome;
  const note = typeof body.note === 'string' ? body.note.trim() : '';
  if (!CONFIRMATION_OUTCOMES.includes(outcome as ConfirmationOutcome))
    throw new ValidationError('Choose what happened', {
      outcome: `must be one of ${CONFIRMATION_OUTCOMES.join(', ')}`,
    });
  if (note.length > 1000)
    throw new ValidationError('The note is too long', {
      note: 'must be at most 1000 characters',
    });
  if (outcome === 'could-not' && note === '')
    throw new ValidationError('Say why it could not be done', {
      note: 'is required when it could not be done',
    });
  return { outcome: outcome as ConfirmationOutcome, note: note || undefined };
}

/**
 * POST of a confirmation link: records the answer on the job (once: the link is single-use and
 * the job must still be PENDING) and resumes the waiting workflow. If the workflow is between
 * two waits, the next wait finds the job finished and resumes at once.
 */
export async function confirmProcessorJob(
  secret: string,
  body: Record<string, unknown>,
  ports: Pick<
    JobPorts,
    | 'requests'
    | 'audit'
    | 'links'
    | 'merchants'
    | 'clock'
    | 'metrics'
    | 'workflow'
  >,
): Promise<{ outcome: ConfirmationOutcome }> {
  const answer = parseConfirmation(body);
  const view = await previewProcessorJob(secret, ports);
  const link = await consumeLink(secret, 'processor', ports);
  const at = ports.clock.now().toISOString();
  let finished: Awaited<ReturnType<typeof finishJob>>;
  try {
    finished = await finishJob(
      view.job,
      {
        outcome:
          answer.outcome === 'done'
            ? 'COMPLETED'
            : answer.outcome === 'not-found'
              ? 'NOT_FOUND'
              : 'FAILED',
        records: 0,
        error:
          answer.outcome === 'could-not'
            ? `${view.processor.name} could not carry it out (their note is in the job's confirmation)`
            : undefined,
        confirmation: { by: view.confirmBy, at, note: answer.note },
      },
      ports,
      'PENDING',
    );
  } catch (error) {
    // Nothing recorded: the person can click again.
    await ports.links.release(link.tokenHash);
    throw error;
  }
  const { result, stored } = finished;
  if (!stored) throw new LinkGoneError('used');
  await ports.audit.append({
    requestId: view.request.requestId,
    type: 'ProcessorConfirmed',
    at,
    actor:
      view.confirmBy === 'merchant'
        ? 'merchant'
        : `processor:${view.processor.processorId}`,
    details: {
      processorId: view.processor.processorId,
      outcome: answer.outcome,
    },
  });
  await resumeWaiting(view.job.taskToken, result, ports);

  return { outcome: answer.outcome };
}
