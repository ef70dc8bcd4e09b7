/**
 * What the merchant's decision email and decision page say of a request an agent made
 * (domain/agents.ts): who asked for the person, and, when the shop accepted the agent's authority
 * instead of the person's own link, that the person did not confirm it. One function per fact, so
 * the email and the page cannot disagree.
 */
import type { DsrRequest } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';
import { AGENT_MESSAGES } from './i18n/agents.ts';
import { formatDate } from './i18n/index.ts';
import { oneLine } from './user-text.ts';

/** The row naming who asked on the person's behalf, if anyone did. */
export function agentRows(
  request: Pick<DsrRequest, 'agent'>,
  locale: Locale,
): [string, string][] {
  const agent = request.agent;
  if (!agent?.email) return [];
  const a = AGENT_MESSAGES[locale];
  return [
    [
      a.decision.agent,
      a.decision.agentIs(
        oneLine(agent.name),
        agent.email,
        a.relations[agent.relation],
      ),
    ],
  ];
}

/** The identity row when the shop accepted the agent's authority; undefined otherwise. */
export function identityByAuthority(
  request: Pick<DsrRequest, 'agent' | 'verifiedAt'>,
  locale: Locale,
): string | undefined {
  return request.agent?.accepted && request.verifiedAt
    ? AGENT_MESSAGES[locale].decision.identityByAuthority(
        formatDate(request.verifiedAt, locale),
      )
    : undefined;
}
