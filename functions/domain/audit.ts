/** Append-only audit events. Names are past tense; details hold references, never personal data. */
import type { RequestStatus } from './request.ts';

export const AUDIT_EVENT_TYPES = [
  'RequestReceived',
  'VerificationEmailSent',
  'IdentityVerified',
  'ExecutionStarted',
  'DecisionRequested',
  'RequestApproved',
  'RequestDenied',
  'JobsPlanned',
  'ProcessorJobCompleted',
  'ProcessorJobFailed',
  'ExportWritten',
  'ErasureReportWritten',
  'ErasureCertified',
  'ReleaseReviewRequested',
  'ExportReleased',
  'ExportWithheld',
  'ResultSent',
  'DenialSent',
  'RequestCompleted',
  'RequestClosed',
  'RequestFailed',
  'ExportDownloaded',
  'ReminderSent',
  'DeadlineEscalated',
  'RequestExpired',
  /** A closed request's retention ended: its personal data was pseudonymised (domain/retention.ts). */
  'RequestPseudonymised',
  'DeadlineExtended',
  'ExtensionNotified',
  'ExecutionRedriven',
  'RequestCancelled',
  'ProcessorJobPending',
  'ProcessorReminderSent',
  'ProcessorEscalated',
  'ProcessorConfirmed',
  'ProcessorCallbackReceived',
  'ShopifyRedactCascade',
  'ErasureDeferred',
  'DeferredJobsResumed',
  'DeferralCancelled',
  'ExecutionResumed',
  /** The workflow went on in a new execution it started itself (a deferral's wait, a long round). */
  'ExecutionContinued',
  'RequestStalled',
  /** The merchant asked the shopper for more information (Art. 12(6)); the shopper was emailed a link. */
  'InformationRequested',
  /** The shopper answered; the deadline was computed again with the pause (docs/DEADLINES.md). */
  'InformationReceived',
  /** The merchant released an access package without some parts, with a reason (Art. 15(4)). */
  'ExportPartsLeftOut',
  /** A member emailed the shopper a new download link for the package; the earlier ones stopped working. */
  'DownloadLinkReissued',
  /** The shopper was told their confirmed request was received, when it is due and what follows. */
  'AcknowledgementSent',
  /** A notice to the shopper besides the result (`details.notice`: failure, deferral-cancelled). */
  'SubjectNotified',
  /** A completed restriction was lifted after the shopper was told (Art. 18(3)). */
  'RestrictionLifted',
  /**
   * A console admin changed the merchant's settings (the merchant's settings trail, not a
   * request's: `details.section`, what changed, ids and member keys, never addresses).
   */
  'SettingsChanged',
  /** The request register was exported from the console (`details.emails`, `details.rows`). */
  'RegisterExported',
  /** SES's report of one of our emails (`details.purpose`): delivered, bounced, complained of, rejected. */
  'EmailDelivered',
  'EmailBounced',
  'EmailComplaintReceived',
  'EmailRejected',
  /** A member confirmed (or changed) the type of a request that came by email. */
  'RequestTypeConfirmed',
  /** An agent who asked on someone's behalf was sent the acknowledgement and their upload link. */
  'AgentAcknowledged',
  /** The agent was told the request was closed because no authority was shown. */
  'AgentNotified',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export type Actor =
  | 'subject'
  | 'merchant'
  | 'system'
  | 'operator'
  /** The merchant's configured policy (e.g. objections approved without a decision, Art. 21(3)). */
  | 'policy'
  | `processor:${string}`
  /** A member of the merchant's console: the start of their member key (domain/member-roles.ts). */
  | `member:${string}`;

export interface AuditEvent {
  requestId: string;
  type: AuditEventType;
  at: string;
  actor: Actor;
  fromStatus?: RequestStatus;
  toStatus?: RequestStatus;
  /** References and counts only (ids, keys, outcomes). */
  details?: Record<string, string | number | boolean>;
  /**
   * Idempotency key, unique within the request: an append that a retry repeats with the same key
   * is stored once (the first one wins). Events are never updated or deleted.
   */
  key?: string;
}

/**
 * Who acted for the merchant, as the trail names them: a console member (`member:<key>`, see
 * domain/member-roles.ts), else the merchant (an emailed link, whoever clicked it).
 */
export function merchantActor(by: string | undefined): Actor {
  return by?.startsWith('member:') ? (by as `member:${string}`) : 'merchant';
}
