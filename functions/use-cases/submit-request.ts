import { MerchantNotFoundError, ValidationError } from '#domain/errors.ts';
import { subjectRef } from '#domain/links.ts';
import type { DsrRequest } from '#domain/request.ts';
import { requestDeadline } from '#domain/request-deadline.ts';
import { fieldErrors, SubmitRequestInput } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { verificationEmail } from '#presentation/emails.ts';
import { issueLink } from './links.ts';

/**
 * Arts 12(2), 12(6): receive a request and ask the requester to prove they own the email.
 * 1. validate the form 2. find the merchant 3. store the request with its deadline
 * 4. email a single-use verification link. The answer is the same whether or not the
 * email belongs to a customer.
 */
export async function submitRequest(
  body: unknown,
  ports: Pick<
    Ports,
    | 'requests'
    | 'audit'
    | 'links'
    | 'merchants'
    | 'mailer'
    | 'clock'
    | 'ids'
    | 'settings'
  >,
): Promise<{ requestId: string; status: DsrRequest['status'] }> {
  const parsed = SubmitRequestInput.safeParse(body);
  if (!parsed.success)
    throw new ValidationError(
      'The request has invalid fields',
      fieldErrors(parsed.error),
    );
  const input = parsed.data;
  const merchant = await ports.merchants.get(input.merchant);
  if (!merchant) throw new MerchantNotFoundError();

  const now = ports.clock.now();
  const deadline = requestDeadline(merchant, now.toISOString(), {
    reason: 'received',
    computedAt: now.toISOString(),
  });
  const request: DsrRequest = {
    requestId: ports.ids.requestId(),
    merchantId: merchant.merchantId,
    type: input.type,
    status: 'PENDING_VERIFICATION',
    email: input.email,
    subjectRef: subjectRef(merchant.merchantId, input.email),
    name: input.name || undefined,
    orderNumber: input.orderNumber || undefined,
    details: input.details || undefined,
    locale: input.locale ?? merchant.locale,
    receivedAt: now.toISOString(),
    ...deadline.fields,
    deadlines: [deadline.record],
    updatedAt: now.toISOString(),
    verifyBy: new Date(
      now.getTime() + merchant.unverifiedExpiryDays * 86_400_000,
    ).toISOString(),
  };
  await ports.requests.create(request);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'RequestReceived',
    at: request.receivedAt,
    actor: 'subject',
    toStatus: request.status,
    details: {
      requestType: request.type,
      dueDate: deadline.record.dueDate,
      flags: deadline.record.flags.join(' '),
      calcVersion: deadline.record.calcVersion,
    },
  });

  const link = await issueLink('verify', request.requestId, ports, {
    expiresAt: request.verifyBy,
  });
  const sent = await ports.mailer.send(
    verificationEmail(merchant, request, link.url, link.expiresAt),
  );
  await ports.audit.append({
    requestId: request.requestId,
    type: 'VerificationEmailSent',
    at: ports.clock.now().toISOString(),
    actor: 'system',
    details: { messageId: sent.messageId, linkExpiresAt: link.expiresAt },
  });
  return { requestId: request.requestId, status: request.status };
}
