/**
 * Art. 12(3): a request counts from the day the shop receives it, whatever the door. A message
 * to a merchant's privacy inbox (`<merchantId>@<inbound domain>`, stored by SES or the local
 * SMTP listener):
 * 1. find the merchant from the recipient; claim the message id (SES may deliver twice)
 * 2. read it; mail no person wrote (auto-reply, bounce, list, virus) is deleted, nothing kept
 * 3. keep its attachments unopened; read the sender and the right asked for (domain/inbound)
 * 4. store a request (`channel: "email"`, received when the message arrived, the words as its
 *    details), with its deadline from that instant
 * 5. a confident type: the sender gets the verification link, as from the form; otherwise the
 *    request waits for the merchant to confirm the type (nothing is sent to the sender)
 * 6. the merchant is told either way.
 */
import { agentGroupKey, agentService } from '#domain/agents.ts';
import { sha256Hex } from '#domain/hash.ts';
import {
  type IgnoredBecause,
  type InboundOrigin,
  type ReceivedMessage,
  readInbound,
} from '#domain/inbound/inbound-mail.ts';
import { subjectRef } from '#domain/links.ts';
import type { Locale } from '#domain/locales.ts';
import { approversOf } from '#domain/members.ts';
import type { DsrRequest } from '#domain/request.ts';
import { requestDeadline } from '#domain/request-deadline.ts';
import type { InboundMailbox } from '#ports/inbound-mail.ts';
import type { Ports } from '#ports/index.ts';
import { inboundNoticeEmail } from '#presentation/inbound-emails.ts';
import { sendVerification } from '../send-verification.ts';

export type ReceiveEmailPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'mailer'
  | 'clock'
  | 'ids'
  | 'settings'
> & { inbox: InboundMailbox };

export type ReceiveOutcome =
  | { requestId: string; typed: boolean; duplicate?: true }
  | { ignored: IgnoredBecause | 'unknown-recipient' | 'gone' };

/** How long a message id stays claimed: longer than SES's and Lambda's retries. */
const CLAIM_DAYS = 30;

export async function receiveEmail(
  message: ReceivedMessage,
  inboundDomain: string,
  ports: ReceiveEmailPorts,
): Promise<ReceiveOutcome> {
  const merchant = await merchantOf(message.recipients, inboundDomain, ports);
  if (!merchant) return { ignored: 'unknown-recipient' };
  const now = ports.clock.now();
  const key = sha256Hex(
    `inbound\u0000${merchant.merchantId}\u0000${message.messageId}`,
  );
  const requestId = ports.ids.requestId();
  const claim = await ports.requests.claimSubmission({
    key,
    requestId,
    claimedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + CLAIM_DAYS * 86_400_000).toISOString(),
    mailedAt: now.toISOString(),
  });
  if (!claim.won)
    return {
      requestId: claim.claim?.requestId ?? requestId,
      typed: false,
      duplicate: true,
    };

  const parsed = await ports.inbox.read(message.messageId);
  if (!parsed) return { ignored: 'gone' };
  const reading = readInbound(
    parsed,
    message.verdicts,
    merchant.locale as Locale,
  );
  if ('ignored' in reading) {
    await ports.inbox.discard(message.messageId);
    return { ignored: reading.ignored };
  }
  const keys = await ports.inbox.keepAttachments(message.messageId, parsed);
  const deadline = requestDeadline(merchant, message.receivedAt, {
    reason: 'received',
    computedAt: now.toISOString(),
  });
  const typed = reading.typed !== undefined;
  const inbound: InboundOrigin = {
    messageId: message.messageId,
    subjectLine: reading.subjectLine,
    ...(reading.forwardedBy ? { forwardedBy: reading.forwardedBy } : {}),
    attachments: parsed.attachments.map((a, i) => ({
      name: a.name,
      contentType: a.contentType,
      bytes: a.bytes,
      key: keys[i] ?? '',
    })),
    verdicts: message.verdicts,
    classification: {
      ...(reading.classification.type
        ? { type: reading.classification.type }
        : {}),
      confidence: reading.classification.confidence,
      scores: reading.classification.scores,
    },
    ...(reading.confirmBecause
      ? { confirmBecause: reading.confirmBecause }
      : {}),
  };
  const request: DsrRequest = {
    requestId,
    merchantId: merchant.merchantId,
    // Until the merchant confirms, the best guess (or access, the commonest right) stands in.
    type: reading.typed ?? reading.classification.type ?? 'access',
    status: 'PENDING_VERIFICATION',
    email: reading.email,
    subjectRef: subjectRef(merchant.merchantId, reading.email),
    ...(reading.text ? { details: reading.text } : {}),
    locale: reading.locale,
    receivedAt: message.receivedAt,
    channel: 'email',
    inbound,
    // Sent by a known removal service: grouped with its other requests in the console (the
    // sender stays the address the link goes to; it is not taken for the person's).
    ...(agentService(reading.email)
      ? { agentGroup: agentGroupKey(reading.email) }
      : {}),
    ...(typed ? {} : { typePending: true }),
    ...deadline.fields,
    deadlines: [deadline.record],
    updatedAt: now.toISOString(),
    // A typed request's link lasts as the form's; one waiting for the merchant stays until its
    // deadline (the sweep expires what nobody confirmed by then).
    verifyBy: typed
      ? new Date(
          now.getTime() + merchant.unverifiedExpiryDays * 86_400_000,
        ).toISOString()
      : deadline.fields.dueAt,
  };
  await ports.requests.create(request);
  await ports.audit.append({
    requestId,
    type: 'RequestReceived',
    at: request.receivedAt,
    actor: 'subject',
    toStatus: 'PENDING_VERIFICATION',
    details: {
      requestType: request.type,
      channel: 'email',
      typeConfidence: reading.classification.confidence,
      typePending: !typed,
      ...(reading.confirmBecause
        ? { confirmBecause: reading.confirmBecause }
        : {}),
      ...(reading.forwardedBy ? { forwarded: true } : {}),
      attachments: parsed.attachments.length,
      dueDate: deadline.record.dueDate,
      flags: deadline.record.flags.join(' '),
      calcVersion: deadline.record.calcVersion,
    },
  });
  if (typed) await sendVerification(request, merchant, ports);
  await ports.mailer.send(
    inboundNoticeEmail(
      merchant,
      request,
      {
        door: 'email',
        pending: !typed,
        confidence: reading.classification.confidence,
        ...(reading.confirmBecause ? { why: reading.confirmBecause } : {}),
        attachments: parsed.attachments.length,
        baseUrl: ports.settings.publicBaseUrl,
      },
      approversOf(merchant),
    ),
  );
  return { requestId, typed };
}

/** The merchant an inbound address names: `<merchantId>@<inbound domain>`, case-insensitive. */
async function merchantOf(
  recipients: string[],
  inboundDomain: string,
  ports: Pick<Ports, 'merchants'>,
) {
  const domain = inboundDomain.toLowerCase();
  for (const recipient of recipients) {
    const at = recipient.lastIndexOf('@');
    if (at < 1 || recipient.slice(at + 1).toLowerCase() !== domain) continue;
    const local = recipient.slice(0, at).toLowerCase();
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(local)) continue;
    const merchant = await ports.merchants.get(local);
    if (merchant) return merchant;
  }
  return undefined;
}
