import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import {
  type Mailer,
  type MailRefusal,
  MailRefusedError,
  type OutboundEmail,
} from '#ports/mailer.ts';
import { isTransient } from '#shared/task-errors.ts';

/**
 * SES refusals that only an operator can fix, by error name (SES API v2 Reference, SendEmail,
 * "Errors"; AccessDeniedException comes from IAM). Their messages can quote recipients, so only
 * the name travels on.
 */
function refusal(error: Error): MailRefusal | undefined {
  switch (error.name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
      return 'not-authorized';
    case 'MailFromDomainNotVerifiedException':
    case 'NotFoundException':
      return 'sender-not-verified';
    case 'AccountSuspendedException':
    case 'SendingPausedException':
      return 'sending-paused';
    case 'MessageRejected':
      // "Email address is not verified. The following identities failed the check…" (sandbox).
      return /not verified/i.test(error.message) ? 'not-verified' : 'rejected';
    default:
      return undefined;
  }
}

/** {@link Mailer} on SES v2. Messages carry no tracking, so emailed links are never rewritten. */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
  ) {}

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    try {
      const out = await this.ses.send(
        new SendEmailCommand({
          FromEmailAddress: this.from,
          Destination: { ToAddresses: email.to },
          ReplyToAddresses: email.replyTo ? [email.replyTo] : undefined,
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: email.text, Charset: 'UTF-8' },
                Html: { Data: email.html, Charset: 'UTF-8' },
              },
            },
          },
        }),
      );
      return { messageId: out.MessageId ?? '' };
    } catch (error) {
      const reason =
        error instanceof Error && !isTransient(error)
          ? refusal(error)
          : undefined;
      if (reason) throw new MailRefusedError(reason, (error as Error).name);
      throw error;
    }
  }
}
