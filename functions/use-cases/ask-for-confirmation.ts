/**
 * Asking a person to confirm a manual job by a signed link: the request email, reminders and
 * the escalation. A module of its own, so the steps that only record a processor's answer (a
 * callback, a confirmation page, the reconciler) do not load the emails' texts.
 */
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig, ProcessorConfig } from '#domain/schemas.ts';
import type { JobRecord } from '#ports/request-store.ts';
import {
  processorEscalationEmail,
  processorRequestEmail,
} from '#presentation/emails.ts';
import { issueLink } from './links.ts';
import type { JobPorts } from './processor-job-support.ts';
import { sendOnce } from './send-once.ts';

/**
 * Emails the person who confirms a manual job a signed link: the processor's privacy contact
 * (in the processor's language) or, when the merchant receives the processor's completion
 * notice (Nosto), the merchant's approvers. `kind`: the first request, a reminder, the
 * escalation to the merchant after the job's due date, or a console member's resend (`resent`:
 * which one, and the member's `member:<key>`), worded as a reminder.
 */
export async function askForConfirmation(
  kind: 'request' | 'reminder' | 'escalation' | 'resend',
  request: DsrRequest,
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  job: JobRecord,
  ports: Pick<
    JobPorts,
    'links' | 'clock' | 'settings' | 'mailer' | 'sentMail' | 'audit'
  >,
  resent?: { sequence: number; by: `member:${string}` },
): Promise<void> {
  const confirmBy =
    kind === 'escalation'
      ? 'merchant'
      : (job.pending?.confirmBy ?? 'processor');
  const purpose = `confirm:${processor.processorId}:${job.round ?? 1}:${kind}${resent ? `:${resent.sequence}` : ''}`;
  // Once per job, round and kind: a retried step neither mails nor issues a link again.
  const sent = await sendOnce(
    ports,
    { requestId: request.requestId, purpose },
    async () => {
      const link = await issueLink('processor', request.requestId, ports, {
        processorId: processor.processorId,
        round: job.round ?? 1,
        confirmBy,
      });
      return {
        email:
          kind === 'escalation'
            ? processorEscalationEmail(
                merchant,
                processor,
                request,
                job,
                link.url,
              )
            : processorRequestEmail(
                merchant,
                processor,
                request,
                job,
                link.url,
                confirmBy,
                kind === 'reminder' || kind === 'resend',
              ),
      };
    },
  );
  await ports.audit.append({
    requestId: request.requestId,
    type:
      kind === 'request'
        ? 'ProcessorJobPending'
        : kind === 'escalation'
          ? 'ProcessorEscalated'
          : 'ProcessorReminderSent',
    at: ports.clock.now().toISOString(),
    actor: resent?.by ?? 'system',
    key: purpose,
    details: {
      processorId: processor.processorId,
      recipient: confirmBy,
      messageId: sent.messageId,
      ...(resent ? { resent: true } : {}),
    },
  });
}
