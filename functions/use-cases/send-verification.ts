/**
 * The verification email of a request that waits for its shopper to prove the address: used by
 * the form's intake, the console (entry, sending again), the privacy inbox and a confirmed type.
 * A module of its own so those paths do not load the intake, whose deadline is computed with the
 * holiday engine (issue 18).
 */
import type { Actor } from '#domain/audit.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { verificationEmail } from '#presentation/emails.ts';
import { issueLink } from './links.ts';

/**
 * Emails a fresh single-use verification link (valid until the request expires), audited: by
 * the intake, or by a console member who sends it again (`actor`).
 */
export async function sendVerification(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: Pick<Ports, 'links' | 'mailer' | 'audit' | 'clock' | 'settings'>,
  resent = false,
  actor: Actor = 'system',
): Promise<void> {
  const link = await issueLink('verify', request.requestId, ports, {
    expiresAt: request.verifyBy,
  });
  const sent = await ports.mailer.send({
    ...verificationEmail(merchant, request, link.url, link.expiresAt),
    tags: { requestId: request.requestId, purpose: 'verification' },
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'VerificationEmailSent',
    at: ports.clock.now().toISOString(),
    actor,
    details: {
      messageId: sent.messageId,
      linkExpiresAt: link.expiresAt,
      ...(resent ? { resent: true } : {}),
    },
  });
}
