/** An email with both parts. */
export interface OutboundEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** The sender's display name (the shop's name); the address is the deployment's. */
  fromName?: string;
}

/** Sends email. Implementations must not log recipients or content. */
export interface Mailer {
  send(email: OutboundEmail): Promise<{ messageId: string }>;
}
