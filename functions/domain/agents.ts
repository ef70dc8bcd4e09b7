/**
 * A request made on the subject's behalf by someone else (GDPR Art. 12(2) with the controller's
 * duty to be sure who asks, Art. 12(6); EDPB Guidelines 01/2022 §§ 79-84 on requests made
 * through a third party): the agent's name, email, relation to the subject and the authorisation
 * they upload. The subject still confirms by their own email link; or the merchant, having seen
 * the authorisation, accepts it (audited). Answers go to the subject, never to the agent.
 *
 * The agent's name and address are personal data of the agent: kept on the request record only,
 * never in logs, execution input, metric dimensions, error messages or processors' messages.
 */
import { sha256Hex } from './hash.ts';
import { acceptedType } from './processor-uploads.ts';

/** Who the agent is to the subject. `privacy-service`: a removal service (Mine, DeleteMe, …). */
export const AGENT_RELATIONS = [
  'family-member',
  'legal-guardian',
  'lawyer',
  'privacy-service',
  'other',
] as const;
export type AgentRelation = (typeof AGENT_RELATIONS)[number];

/** The agent as stored on the request. */
export interface RequestAgent {
  name: string;
  email: string;
  relation: AgentRelation;
  /**
   * The merchant accepted the agent's authority instead of the subject's own confirmation: who
   * (`member:<key>`), when, and the authorisation files it was accepted on (keys below
   * {@link authorityPrefix}; names as uploaded).
   */
  accepted?: { by: string; at: string; files: AuthorityFile[] };
}

/** One authorisation file as recorded with the acceptance. */
export interface AuthorityFile {
  key: string;
  name: string;
  bytes: number;
  mediaType: string;
}

/** The form's flat agent fields. */
export const AGENT_FORM_FIELDS = {
  onBehalf: 'onBehalf',
  name: 'agentName',
  email: 'agentEmail',
  relation: 'agentRelation',
} as const;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/**
 * The HTML forms post the agent as flat fields (`onBehalf`, `agentName`, `agentEmail`,
 * `agentRelation`): folded into `agent` when the box is ticked or any agent field is filled in
 * (a filled field without the box is refused by schemas.ts `AgentInput`, not dropped). A body that
 * already has `agent` (JSON) is left as it is.
 */
export function withFormAgent(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return body;
  const b = body as Record<string, unknown>;
  if (b.agent !== undefined) return body;
  const f = AGENT_FORM_FIELDS;
  const ticked = b[f.onBehalf] === 'yes' || b[f.onBehalf] === true;
  if (!ticked && ![f.name, f.email, f.relation].some((k) => filled(b[k])))
    return body;
  return {
    ...b,
    agent: {
      name: b[f.name] ?? '',
      email: b[f.email] ?? '',
      relation: b[f.relation],
      onBehalf: ticked,
    },
  };
}

/**
 * The check a request's schema adds for its agent: the agent's address is their own, not the
 * subject's (the subject's link must reach the subject, and a request naming the same address
 * twice is the subject's own).
 */
export function agentProblems(
  input: { email: string; agent?: { email: string } },
  addIssue: (path: (string | number)[], message: string) => void,
): void {
  if (input.agent && input.agent.email === input.email)
    addIssue(
      ['agent', 'email'],
      'must be the agent’s own address, not the address of the person the request is for',
    );
}

/** The agent as stored, from validated input (schemas.ts `AgentInput`). */
export function requestAgent(input: {
  name: string;
  email: string;
  relation: AgentRelation;
}): RequestAgent {
  return { name: input.name, email: input.email, relation: input.relation };
}

/**
 * What is kept of the agent once the request is pseudonymised (an expired request loses the agent
 * altogether, use-cases/sweep-deadlines.ts): the relation and
 * when and by whom the authority was accepted, on how many files of which types (how the request
 * was handled); the agent's name and address, and the files' names and keys, go.
 */
export function agentAfterPseudonymisation(agent: RequestAgent): RequestAgent {
  return {
    name: '',
    email: '',
    relation: agent.relation,
    ...(agent.accepted
      ? {
          accepted: {
            by: agent.accepted.by,
            at: agent.accepted.at,
            // A key holds the uploaded file's name: both go, the count and types stay.
            files: agent.accepted.files.map((f) => ({
              ...f,
              key: '',
              name: '',
            })),
          },
        }
      : {}),
  };
}

/** The limits of the authorisation upload (the agent's page and the console's). */
export const AUTHORITY_LIMITS = {
  /** A scanned letter or a photo of one. */
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
  listLimit: 20,
  formSeconds: 3600,
  minFormSeconds: 300,
  sniffBytes: 64 * 1024,
} as const;

/** What an authorisation may be: a PDF or a picture of the signed document. */
export const AUTHORITY_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
] as const;

export function authorityTypeAccepted(mediaType: string): boolean {
  return (
    (AUTHORITY_MEDIA_TYPES as readonly string[]).includes(mediaType) &&
    Boolean(acceptedType(mediaType))
  );
}

/**
 * Removal services known to send templated batches on people's behalf, by the mail domain
 * their agents write from: their requests are grouped by service in the console. A guide for
 * grouping only; a request from one of them is still an agent's, to be confirmed as any other.
 */
export const KNOWN_AGENT_SERVICES: Readonly<Record<string, string>> = {
  'joindeleteme.com': 'DeleteMe',
  'saymine.com': 'Mine',
  'privacybee.com': 'Privacy Bee',
  'incogni.com': 'Incogni',
  'optery.com': 'Optery',
};

/** The mail domain of an address, lower case ('' when it has none). */
export function mailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** A known removal service's name for a sender address (its domain or a subdomain of it). */
export function agentService(email: string): string | undefined {
  const domain = mailDomain(email);
  for (const [known, name] of Object.entries(KNOWN_AGENT_SERVICES))
    if (domain === known || domain.endsWith(`.${known}`)) return name;
  return undefined;
}

/**
 * The console's group of an agent's requests: one per known service (whoever at it wrote),
 * else one per agent address. The key is a hash, so an address never goes into a URL.
 */
export function agentGroupKey(email: string): string {
  const service = agentService(email);
  const what = service
    ? `service\u0000${service}`
    : `agent\u0000${email.trim().toLowerCase()}`;
  return sha256Hex(`agent-group\u0000${what}`).slice(0, 16);
}

export interface AgentGroup<R> {
  key: string;
  /** The service's name, or the agent's name and address as the first request gave them. */
  service?: string;
  agentName: string;
  agentEmail: string;
  requests: R[];
}

/**
 * Groups requests made by agents: by service, else by agent address; largest group first, then
 * by name. Requests without an agent (or pseudonymised) are left out.
 */
export function groupByAgent<
  R extends { agent?: Pick<RequestAgent, 'name' | 'email'> },
>(requests: readonly R[]): AgentGroup<R>[] {
  const groups = new Map<string, AgentGroup<R>>();
  for (const request of requests) {
    const agent = request.agent;
    if (!agent?.email) continue;
    const key = agentGroupKey(agent.email);
    let group = groups.get(key);
    if (!group) {
      const service = agentService(agent.email);
      group = {
        key,
        ...(service ? { service } : {}),
        agentName: agent.name,
        agentEmail: agent.email,
        requests: [],
      };
      groups.set(key, group);
    }
    group.requests.push(request);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.requests.length - a.requests.length ||
      (a.service ?? a.agentName).localeCompare(b.service ?? b.agentName),
  );
}

/** A group key as the inbox's filter takes it (16 hex characters). */
export function isAgentGroupKey(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

/** What a member can do about an agent's request, for a batch from the inbox or on its page. */
export const AGENT_ACTIONS = ['remind', 'accept', 'decline'] as const;
export type AgentAction = (typeof AGENT_ACTIONS)[number];

/** Why one request of a batch was left as it was. */
export type AgentSkip =
  /** It no longer waits for the person's confirmation (confirmed, accepted, closed, expired). */
  | 'notWaiting'
  /** No agent made it. */
  | 'notAgent'
  /** Accept: no authorisation uploaded. */
  | 'noAuthority'
  /** Accept: a file is not a PDF or a picture. */
  | 'notAccepted'
  /** Accept: it came by email and its type waits for the merchant. */
  | 'typePending';

/** One request of a batch and what happened to it. */
export interface BatchLine {
  requestId: string;
  outcome: 'done' | AgentSkip;
}
