/**
 * The words of the request model that other domain modules need without the model itself: the
 * kinds of request (GDPR Arts 15-21) and the statuses a request passes through. A leaf: it
 * imports nothing, so the request model (request.ts), its retention (retention.ts) and the
 * boundary schemas (schemas.ts) can all use it without importing one another in a circle.
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

/**
 * What an objection (Art. 21) is to, as the shopper said on the form: direct marketing, which
 * must stop whatever the reasons (Art. 21(2)-(3)), or other processing, profiling included,
 * which the controller weighs against the shopper's situation (Art. 21(1)).
 */
export const OBJECTION_SCOPES = ['direct-marketing', 'other'] as const;
export type ObjectionScope = (typeof OBJECTION_SCOPES)[number];

export const REQUEST_STATUSES = [
  'PENDING_VERIFICATION',
  'VERIFIED',
  'AWAITING_DECISION',
  'IN_PROGRESS',
  'DEFERRED',
  'COMPLETED',
  'DENIED',
  'FAILED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<RequestStatus> = new Set([
  'COMPLETED',
  'DENIED',
  'FAILED',
  'EXPIRED',
  'CANCELLED',
]);

export function isTerminal(status: RequestStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/**
 * How a request reached the shop: `web` (the public form), `email` (the privacy inbox, or
 * entered by a member), `shopify` (a compliance webhook), or entered by a member of the
 * merchant's console as the shop received it.
 */
export const REQUEST_CHANNELS = [
  'web',
  'email',
  'shopify',
  'post',
  'phone',
  'in-person',
  'other',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** The channels a member may enter a request for (the form's own requests are `web`; Shopify's come by webhook). */
export const STAFF_CHANNELS = REQUEST_CHANNELS.filter(
  (c): c is Exclude<RequestChannel, 'web' | 'shopify'> =>
    c !== 'web' && c !== 'shopify',
);
