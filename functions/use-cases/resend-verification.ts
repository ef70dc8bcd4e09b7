import { MerchantNotFoundError, ValidationError } from '#domain/errors.ts';
import {
  DEFAULT_INTAKE_LIMITS,
  FormTokenError,
  submissionKey,
} from '#domain/intake.ts';
import { MerchantId } from '#domain/schemas.ts';
import {
  type IntakeContext,
  repeatSubmission,
  type SubmitPorts,
  withinLimit,
} from './submit-request.ts';

/**
 * "Send the email again" on the page after the form. The page carries a signed reference of the
 * request it answered (`requestId`, checked by the caller); nothing else identifies anyone, and
 * the answer is the same whatever happens. The verification email goes out again only as a
 * repeat of the same submission would send it: while the request waits for verification, within
 * the 24 h submission claim, at most every few minutes and within the merchant + email budget.
 * Nothing new is stored (no request, no claim): only the claim's last-mailed time, the fresh
 * link and its audit event, as for a repeat.
 */
export async function resendVerification(
  body: Record<string, unknown>,
  requestIdOf: (merchantId: string) => string | undefined,
  ports: SubmitPorts,
  context: IntakeContext = {},
): Promise<void> {
  const id = MerchantId.safeParse(body.merchant);
  if (!id.success)
    throw new ValidationError('The request has invalid fields', {
      merchant: 'must be a merchant id',
    });
  const merchant =
    context.merchant?.merchantId === id.data
      ? context.merchant
      : await ports.merchants.get(id.data);
  if (!merchant) throw new MerchantNotFoundError();
  context.checkOrigin?.(merchant);
  const requestId = requestIdOf(merchant.merchantId);
  // The page is more than a day old (or not ours): like an expired form.
  if (!requestId) throw new FormTokenError();
  const at = ports.clock.now().toISOString();
  const limits = context.limits ?? DEFAULT_INTAKE_LIMITS;
  if (context.client)
    await withinLimit(ports, `client:${context.client}`, limits.perClient, {
      at,
      scope: 'client',
    });
  const request = await ports.requests.get(requestId);
  if (
    request?.merchantId !== merchant.merchantId ||
    request.status !== 'PENDING_VERIFICATION'
  )
    return;
  const held = await ports.requests.getSubmissionClaim(
    submissionKey(merchant.merchantId, request.email, request.type),
  );
  if (held?.requestId !== requestId || held.expiresAt <= at) return;
  await repeatSubmission(request, held, merchant, limits, ports);
}
