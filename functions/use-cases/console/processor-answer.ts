/**
 * A processor that answered by letter or phone: a member records its answer, for the merchant,
 * with the files it sent (access, portability). The same answer, files and checks as the
 * confirmation link's page (use-cases/confirm-processor-job.ts `recordAnswer`,
 * processor-uploads.ts); the upload form sends the browser back to the console's page, and the
 * answer is recorded as the shop's (`merchant`), naming the member in the trail.
 */
import { ActionNotPossibleError } from '#domain/console-errors.ts';
import { UPLOAD_LIMITS } from '#domain/processor-uploads.ts';
import { isTerminal } from '#domain/request.ts';
import { recordAnswer } from '../confirm-processor-job.ts';
import { processorOf } from '../processor-job-support.ts';
import {
  removeUpload,
  takesFiles,
  type UploadView,
  uploadView,
} from '../processor-uploads.ts';
import type { ConsolePorts } from './ports.ts';
import { type ConsoleMember, scopedRequest } from './session.ts';

/** The console page that records a processor's answer (S3 sends the browser back here). */
export function answerPath(requestId: string, processorId: string): string {
  return `/console/requests/${requestId}/answer/${processorId}`;
}

/** The job waiting for the processor's answer, with its files and upload form. Reads only. */
export async function answerView(
  member: ConsoleMember,
  requestId: string,
  processorId: string,
  ports: Pick<
    ConsolePorts,
    'requests' | 'merchants' | 'exports' | 'clock' | 'settings'
  >,
) {
  const { request, merchant } = await scopedRequest(
    member,
    requestId,
    'act',
    ports,
  );
  const processor = processorOf(merchant, processorId);
  const job = processor
    ? await ports.requests.getJob(request.requestId, processorId)
    : undefined;
  if (
    !processor ||
    !job ||
    job.state !== 'PENDING' ||
    job.pending?.via !== 'confirmation' ||
    (isTerminal(request.status) && request.status !== 'FAILED') ||
    request.pseudonymisedAt
  )
    throw new ActionNotPossibleError(
      'That processor is not waited on',
      'nothingWaiting',
    );
  const upload: UploadView | undefined = takesFiles(request.type)
    ? await uploadView(
        {
          requestId: request.requestId,
          processorId,
          merchantId: merchant.merchantId,
        },
        {
          redirectUrl: `${ports.settings.publicBaseUrl}${answerPath(request.requestId, processorId)}`,
          notAfter: new Date(
            ports.clock.now().getTime() + UPLOAD_LIMITS.formSeconds * 1000,
          ).toISOString(),
        },
        ports,
      )
    : undefined;
  return { request, merchant, processor, job, upload };
}

/** Records the processor's answer as given to the shop; resumes the waiting workflow. */
export async function answerForProcessor(
  member: ConsoleMember,
  requestId: string,
  processorId: string,
  body: Record<string, unknown>,
  ports: ConsolePorts,
): Promise<void> {
  const view = await answerView(member, requestId, processorId, ports);
  await recordAnswer(
    { request: view.request, job: view.job, confirmBy: 'merchant' },
    body,
    ports,
    member.actor,
  );
}

/** Removes one uploaded file of the job before the answer is recorded. */
export async function removeAnswerFile(
  member: ConsoleMember,
  requestId: string,
  processorId: string,
  id: unknown,
  ports: ConsolePorts,
): Promise<void> {
  const view = await answerView(member, requestId, processorId, ports);
  if (takesFiles(view.request.type)) await removeUpload(view.job, id, ports);
}
