/**
 * The agent's acknowledgement (domain/agents.ts, ./authority.ts): their own link to the
 * authorisation's page, emailed when the request is made. Apart from ./authority.ts, whose file
 * listing the console's request page reads, so that page does not load the emails.
 */
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { agentAcknowledgementEmail } from '#presentation/agent-emails.ts';
import { issueLink } from './links.ts';

/**
 * The agent's link, issued with the request: it works as long as the verification link (the
 * request expires unconfirmed then), and is emailed to the agent with the acknowledgement.
 */
export async function acknowledgeAgent(
  request: DsrRequest,
  merchant: MerchantConfig,
  ports: Pick<Ports, 'links' | 'mailer' | 'audit' | 'clock' | 'settings'>,
): Promise<{ url: string; expiresAt: string } | undefined> {
  const agent = request.agent;
  if (!agent?.email) return undefined;
  const link = await issueLink('authority', request.requestId, ports, {
    ...(request.verifyBy ? { expiresAt: request.verifyBy } : {}),
  });
  const sent = await ports.mailer.send({
    ...agentAcknowledgementEmail(
      merchant,
      { ...request, agent },
      link.url,
      link.expiresAt,
    ),
    tags: { requestId: request.requestId, purpose: 'agent-acknowledgement' },
  });
  await ports.audit.append({
    requestId: request.requestId,
    type: 'AgentAcknowledged',
    at: ports.clock.now().toISOString(),
    actor: 'system',
    details: { messageId: sent.messageId, linkExpiresAt: link.expiresAt },
  });
  return { url: link.url, expiresAt: link.expiresAt };
}
