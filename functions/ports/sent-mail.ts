/**
 * Which outbound emails went out, per request and purpose, so a retried step does not send the
 * same message twice (see use-cases/send-once.ts for the protocol and its residual window).
 */

/** The send record of one (request, purpose). Holds references only, never the message. */
export interface SentMailRecord {
  requestId: string;
  /** What the email is for, unique within the request: `decision:1`, `denial`, `confirm:posti:1:request`. */
  purpose: string;
  /** SENDING: claimed, the send may or may not have happened; SENT: the mailer accepted it. */
  state: 'SENDING' | 'SENT';
  /** Claims so far: above 1, an earlier attempt died between claiming and recording. */
  claims: number;
  claimedAt: string;
  sentAt?: string;
  messageId?: string;
  /** What the sender needs on a repeat, e.g. the hash of the link the email carried. */
  ref?: string;
}

export type SentMailClaim =
  | { claimed: true; claims: number }
  | { claimed: false; record: SentMailRecord };

export interface SentMailLog {
  /**
   * Claims the right to send (request, purpose): creates the record SENDING, or takes over a
   * SENDING one that an attempt left behind (it died before recording). A SENT one is not claimed.
   * @example const claim = await sentMail.claim(id, 'denial', now);
   */
  claim(requestId: string, purpose: string, at: string): Promise<SentMailClaim>;
  /** Records the send, if this claim (`claims`) still holds it. */
  markSent(
    requestId: string,
    purpose: string,
    claims: number,
    sent: { messageId: string; sentAt: string; ref?: string },
  ): Promise<void>;
  /** Gives the claim back after a failed send, if this claim still holds it. */
  release(requestId: string, purpose: string, claims: number): Promise<void>;
  /** Every send record of a request. */
  list(requestId: string): Promise<SentMailRecord[]>;
}
