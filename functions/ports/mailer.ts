/** An email with both parts. */
export interface OutboundEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** The sender's display name (the shop's name); the address is the deployment's. */
  fromName?: string;
  /**
   * What the email is about: sent as SES message tags, so its delivery, bounce or complaint
   * event finds its request (domain/inbound/mail-events.ts). References only.
   */
  tags?: { requestId: string; purpose: string };
}

/** Sends email. Implementations must not log recipients or content. */
export interface Mailer {
  send(email: OutboundEmail): Promise<{ messageId: string }>;
}

/** Why the mail service refused a message: each names what an operator has to fix. */
export type MailRefusal =
  | 'not-authorized'
  | 'not-verified'
  | 'sender-not-verified'
  | 'sending-paused'
  | 'rejected';

const REMEDY: Record<MailRefusal, string> = {
  'not-authorized':
    "the function's role may not send as MAIL_FROM (ses:SendEmail, ses:FromAddress), or an SCP or permissions boundary denies it",
  'not-verified':
    'an address is not a verified SES identity: the sender always, and in the SES sandbox every recipient too (verify it, or request production access)',
  'sender-not-verified':
    "MAIL_FROM's domain or address is not a verified SES identity in this region",
  'sending-paused':
    'sending is paused for this account or configuration set (SES reputation or suspension)',
  rejected: 'SES rejected the message (content or a suppressed recipient)',
};

/**
 * The mail service refused the message for a reason retrying will not fix until an operator acts.
 * Carries no address or content (SES's own messages quote recipients), only the reason and what
 * to fix: safe to log, safe as a task error.
 */
export class MailRefusedError extends Error {
  readonly remedy: string;
  constructor(
    readonly reason: MailRefusal,
    /** The service's error name (AccessDeniedException, MessageRejected, …). */
    readonly serviceError: string,
  ) {
    super(`Mail refused (${reason}, ${serviceError}): ${REMEDY[reason]}`);
    this.name = 'MailRefusedError';
    this.remedy = REMEDY[reason];
  }
}
