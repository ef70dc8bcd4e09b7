/**
 * Mailchimp Marketing API 3.0 (connector-protocols.md §4). A member lives per audience (list), so
 * every capability loops over the lists: `settings.listIds` (comma-separated) or, without it,
 * every list of the account (`GET /3.0/lists`). Members are addressed by their subscriber hash,
 * the MD5 of the lower-cased email, so the email itself is never sent.
 *
 * - find/access: `GET /3.0/lists/{list_id}/members/{hash}` (404: not a member of that list).
 * - erase: `POST …/members/{hash}/actions/delete-permanent` (204). Never
 *   `DELETE …/members/{hash}`: that only archives and keeps the data.
 * - object: the member lookup, then `PATCH …/members/{hash} {status:'unsubscribed'}` where the
 *   member can still receive marketing email.
 *
 * No Mailchimp endpoint takes an idempotency key. A repeated erasure finds the member gone (404 on
 * every list, as for a member never there) and answers NOT_FOUND; a repeated objection finds it
 * unsubscribed and patches nothing.
 */

import { createHash } from 'node:crypto';
import { TransientError } from '#domain/errors.ts';
import type { ProcessorConfig } from '#domain/schemas.ts';
import {
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Disclosure,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import { CONNECTOR_DESCRIPTORS } from './descriptors.ts';
import {
  apiBaseUrl,
  basicAuth,
  type ConnectorHttpOptions,
  type HttpResponse,
  http,
  requireCapability,
  requireCredential,
} from './http.ts';

const PROCESSOR = 'Mailchimp';
const IDENTIFIER = 'email-md5';
/** Statuses that still get marketing email; the others need no change on an objection. */
const MAILABLE = new Set(['subscribed', 'pending', 'transactional']);

interface Member {
  status?: unknown;
  [field: string]: unknown;
}

/** The subscriber hash Mailchimp addresses a member by. */
export function subscriberHash(email: string): string {
  return createHash('md5').update(email.toLowerCase()).digest('hex');
}

export class MailchimpConnector implements Connector {
  readonly kind = 'mailchimp' as const;
  readonly capabilities = CONNECTOR_DESCRIPTORS.mailchimp.capabilities;

  constructor(private readonly options: ConnectorHttpOptions = {}) {}

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    requireCapability(PROCESSOR, this.capabilities, ctx.capability);
    const disclosures: Disclosure[] = [];
    const lists = await this.lists(ctx);
    const hash = subscriberHash(ctx.subject.email);
    if (ctx.capability === 'erase')
      return this.erase(ctx, disclosures, lists, hash);

    const found: { listId: string; member: Member }[] = [];
    for (const listId of lists) {
      const member = await this.member(ctx, disclosures, listId, hash);
      if (member) found.push({ listId, member });
    }
    if (found.length === 0)
      return {
        outcome: 'NOT_FOUND',
        records: 0,
        disclosures,
        data: ctx.capability === 'access' ? [] : undefined,
      };
    if (ctx.capability === 'object')
      return this.object(ctx, disclosures, found, hash);
    const data: SubjectRecord[] = found.map(({ listId, member }) => {
      const { _links, ...fields } = member;
      return { category: 'list-member', id: `${listId}/${hash}`, data: fields };
    });
    return {
      outcome: 'COMPLETED',
      records: found.length,
      data: ctx.capability === 'access' ? data : undefined,
      disclosures,
    };
  }

  private async erase(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    lists: string[],
    hash: string,
  ): Promise<ConnectorResult> {
    const call =
      'POST /3.0/lists/{list_id}/members/{hash}/actions/delete-permanent';
    const erased: string[] = [];
    for (const listId of lists) {
      disclosures.push({ call, identifiers: [IDENTIFIER] });
      const res = await this.request(
        ctx,
        'POST',
        `/lists/${listId}/members/${hash}/actions/delete-permanent`,
      );
      if (res.status === 404) continue;
      if (res.status !== 204) throw refusal(res, call);
      erased.push(listId);
    }
    return {
      outcome: erased.length > 0 ? 'COMPLETED' : 'NOT_FOUND',
      records: erased.length,
      disclosures,
      evidence:
        erased.length > 0 ? { listsErased: erased.join(',') } : undefined,
    };
  }

  private async object(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    found: { listId: string; member: Member }[],
    hash: string,
  ): Promise<ConnectorResult> {
    const call = 'PATCH /3.0/lists/{list_id}/members/{hash}';
    const changed: string[] = [];
    for (const { listId, member } of found) {
      // Unsubscribed, cleaned and archived members get no marketing email already; patching an
      // archived one would bring it back into the audience.
      if (typeof member.status !== 'string' || !MAILABLE.has(member.status))
        continue;
      disclosures.push({ call, identifiers: [IDENTIFIER] });
      const res = await this.request(
        ctx,
        'PATCH',
        `/lists/${listId}/members/${hash}`,
        { status: 'unsubscribed' },
      );
      if (res.status === 404) continue;
      if (res.status !== 200) throw refusal(res, call);
      res.json();
      changed.push(listId);
    }
    return {
      outcome: 'COMPLETED',
      records: found.length,
      disclosures,
      evidence: {
        listsUnsubscribed: changed.join(','),
        listsAlreadyOptedOut: found
          .map((f) => f.listId)
          .filter((id) => !changed.includes(id))
          .join(','),
      },
    };
  }

  private async member(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    listId: string,
    hash: string,
  ): Promise<Member | undefined> {
    const call = 'GET /3.0/lists/{list_id}/members/{hash}';
    disclosures.push({ call, identifiers: [IDENTIFIER] });
    const res = await this.request(
      ctx,
      'GET',
      `/lists/${listId}/members/${hash}`,
    );
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw refusal(res, call);
    const member = res.json<Member | undefined>();
    if (!member || typeof member !== 'object' || Array.isArray(member))
      throw new TransientError(`${PROCESSOR} ${call}: malformed response`);
    return member;
  }

  /** The audiences to look in. */
  private async lists(ctx: ConnectorContext): Promise<string[]> {
    const configured = ctx.processor.settings.listIds;
    let ids: string[];
    if (typeof configured === 'string' && configured.trim() !== '') {
      ids = configured
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
    } else {
      const call = 'GET /3.0/lists';
      // 1000 is the API's page maximum; an account with more audiences needs `listIds`.
      const res = await this.request(
        ctx,
        'GET',
        '/lists?count=1000&fields=lists.id',
      );
      if (res.status !== 200) throw refusal(res, call);
      const body = res.json<{ lists?: { id?: unknown }[] } | undefined>();
      if (!Array.isArray(body?.lists))
        throw new TransientError(`${PROCESSOR} ${call}: malformed response`);
      ids = body.lists.map((l) => l?.id).filter((id) => typeof id === 'string');
    }
    if (ids.some((id) => !/^[A-Za-z0-9]{1,64}$/.test(id)))
      throw new ProcessorRejectedError(
        `${PROCESSOR}: setting 'listIds' holds an invalid list id; use comma-separated audience ids`,
      );
    return ids;
  }

  private request(
    ctx: ConnectorContext,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpResponse> {
    const apiKey = requireCredential(ctx.credentials, 'apiKey', PROCESSOR);
    return http(`${apiRoot(ctx.processor.settings, apiKey)}${path}`, {
      method,
      headers: { authorization: basicAuth('anystring', apiKey) },
      body,
      timeoutMs: this.options.timeoutMs,
      sleep: this.options.sleep,
      signal: ctx.signal,
      processor: PROCESSOR,
    });
  }
}

/**
 * `https://{dc}.api.mailchimp.com/3.0`, the data center being the API key's suffix (`…-us19`),
 * unless `settings.baseUrl` names another host (with or without `/3.0`).
 */
function apiRoot(
  settings: ProcessorConfig['settings'],
  apiKey: string,
): string {
  if (typeof settings.baseUrl === 'string' && settings.baseUrl !== '')
    return `${apiBaseUrl(settings, undefined, PROCESSOR).replace(/\/3\.0$/, '')}/3.0`;
  const dc = /-([a-z]{2,10}[0-9]{1,4})$/.exec(apiKey)?.[1];
  if (!dc)
    throw new ProcessorRejectedError(
      `${PROCESSOR}: credential 'apiKey' has no data-center suffix (expected '<key>-<dc>', e.g. '…-us19')`,
    );
  return `https://${dc}.api.mailchimp.com/3.0`;
}

/**
 * A problem+json answer as an operator-actionable refusal. Only the `title` is quoted, and only
 * when it is plain words; `detail` can echo the email and is never used.
 */
function refusal(res: HttpResponse, call: string): ProcessorRejectedError {
  let title: string | undefined;
  try {
    const parsed = JSON.parse(res.text) as { title?: unknown };
    if (
      typeof parsed?.title === 'string' &&
      /^[A-Za-z ]{1,60}$/.test(parsed.title)
    )
      title = parsed.title;
  } catch {
    // No JSON body: the status alone has to do.
  }
  return new ProcessorRejectedError(
    `${PROCESSOR} ${call}: refused (HTTP ${res.status}${title ? `, '${title}'` : ''}); check the API key's permissions and setting 'listIds'`,
  );
}
