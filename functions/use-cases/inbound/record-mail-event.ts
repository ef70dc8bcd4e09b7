/**
 * SES's report of one of our emails (configuration set → EventBridge → this function):
 * 1. find the request by the email's tags (emails about no request are not ours to record)
 * 2. record the fate on the request (latest per purpose) and in the audit trail, once per
 *    SES event (its id keys the event)
 * 3. a permanent bounce or a reject of an email the shopper needed flags the request and tells
 *    the merchant; a complaint tells the merchant (SES's suppression list, set on the
 *    configuration set, stops further mail to the address).
 */
import type { AuditEventType } from '#domain/audit.ts';
import {
  FATE_OF,
  type MailDelivery,
  type MailFate,
  merchantMustKnow,
} from '#domain/inbound/mail-events.ts';
import { approversOf } from '#domain/members.ts';
import type { Ports } from '#ports/index.ts';
import { sendOnce } from '../send-once.ts';

export type MailEventPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'merchants'
  | 'mailer'
  | 'sentMail'
  | 'clock'
  | 'settings'
>;

/** One SES event, reduced to what is recorded (no address, no content). */
export interface MailEvent {
  /** EventBridge's event id: one audit event per SES event, however often it is delivered. */
  eventId: string;
  eventType: string;
  at: string;
  tags: { requestId?: string; purpose?: string };
  bounceType?: string;
}

const AUDIT_OF: Record<MailFate, AuditEventType> = {
  delivered: 'EmailDelivered',
  bounced: 'EmailBounced',
  complained: 'EmailComplaintReceived',
  rejected: 'EmailRejected',
};

export async function recordMailEvent(
  event: MailEvent,
  ports: MailEventPorts,
): Promise<{ recorded: boolean; told?: 'bounce' | 'complaint' }> {
  const fate = FATE_OF[event.eventType];
  const { requestId, purpose } = event.tags;
  if (!fate || !requestId || !purpose) return { recorded: false };
  const request = await ports.requests.get(requestId);
  if (!request) return { recorded: false };
  const delivery: MailDelivery = {
    purpose,
    fate,
    at: event.at,
    ...(event.bounceType ? { bounceType: event.bounceType } : {}),
  };
  const tell = merchantMustKnow(delivery);
  const deliveries = [
    ...(request.deliveries ?? []).filter((d) => d.purpose !== purpose),
    delivery,
  ];
  const undelivered = new Set(request.undelivered ?? []);
  if (tell === 'bounce') undelivered.add(purpose);
  if (fate === 'delivered') undelivered.delete(purpose);
  await ports.requests.update(requestId, {
    deliveries,
    undelivered: [...undelivered],
  });
  await ports.audit.append({
    requestId,
    type: AUDIT_OF[fate],
    at: event.at,
    actor: 'system',
    details: {
      purpose,
      ...(event.bounceType ? { bounceType: event.bounceType } : {}),
    },
    key: `mail-event:${event.eventId}`,
  });
  if (!tell) return { recorded: true };
  const merchant = await ports.merchants.get(request.merchantId);
  if (!merchant) return { recorded: true };
  await sendOnce(
    ports,
    { requestId, purpose: `${tell}-notice-${purpose}` },
    // Most events are deliveries: the notice's texts load for a bounce, a reject or a complaint.
    async () => ({
      email: (
        await import('#presentation/inbound-emails.ts')
      ).deliveryProblemEmail(
        merchant,
        request,
        { kind: tell, what: purpose, baseUrl: ports.settings.publicBaseUrl },
        approversOf(merchant),
      ),
    }),
  );
  return { recorded: true, told: tell };
}
