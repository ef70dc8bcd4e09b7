/**
 * The data-subject request and its lifecycle (GDPR Arts 12, 15-21).
 * Status is changed only through {@link transition}, which refuses moves out of terminal states.
 */

export const REQUEST_TYPES = [
  'access',
  'portability',
  'erasure',
  'rectification',
  'objection',
  'restriction',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** GDPR article served by each request type (used in emails and reports). */
export const ARTICLE_OF: Record<RequestType, string> = {
  access: 'Art. 15',
  portability: 'Art. 20',
  erasure: 'Art. 17',
  rectification: 'Art. 16',
  objection: 'Art. 21',
  restriction: 'Art. 18',
};

export const REQUEST_STATUSES = [
  'PENDING_VERIFICATION',
  'VERIFIED',
  'AWAITING_DECISION',
  'IN_PROGRESS',
  'COMPLETED',
  'DENIED',
  'FAILED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<RequestStatus> = new Set([
  'COMPLETED',
  'DENIED',
  'FAILED',
]);

const ALLOWED: Record<RequestStatus, readonly RequestStatus[]> = {
  PENDING_VERIFICATION: ['VERIFIED', 'FAILED'],
  VERIFIED: ['AWAITING_DECISION', 'FAILED'],
  AWAITING_DECISION: ['IN_PROGRESS', 'DENIED', 'FAILED'],
  IN_PROGRESS: ['COMPLETED', 'FAILED'],
  COMPLETED: [],
  DENIED: [],
  FAILED: [],
};

/** The statuses from which `to` may be entered. */
export function allowedSources(to: RequestStatus): RequestStatus[] {
  return REQUEST_STATUSES.filter((from) => ALLOWED[from].includes(to));
}

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function isTerminal(status: RequestStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** A request as stored. Personal data (email, name, details) lives only here, never in logs or execution input. */
export interface DsrRequest {
  requestId: string;
  merchantId: string;
  type: RequestType;
  status: RequestStatus;
  email: string;
  /** Irreversible lookup key for the subject within one merchant. */
  subjectRef: string;
  name?: string;
  orderNumber?: string;
  details?: string;
  locale: string;
  receivedAt: string;
  dueDate: string;
  dueAt: string;
  updatedAt: string;
  verifiedAt?: string;
  decidedAt?: string;
  completedAt?: string;
  decision?: {
    outcome: 'approve' | 'deny';
    reason?: string;
    by: string;
    at: string;
  };
  failure?: { phase: string; error: string };
  exportKeys?: { json: string; csv: string };
}

/** Execution input: references only, no personal data. */
export interface ExecutionInput {
  requestId: string;
  merchantId: string;
  type: RequestType;
}
