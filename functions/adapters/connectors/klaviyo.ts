/**
 * Klaviyo through its JSON:API REST API, revision 2026-07-15 (connector-protocols.md §4).
 *
 * - find/access: `GET /api/profiles?filter=equals(email,"…")`.
 * - erase: the profile lookup, then `POST /api/data-privacy-deletion-jobs` (202, empty body: no
 *   job id and no status endpoint, so the job is done as far as anyone can tell).
 * - object: with `settings.listId`, unsubscribe the profile from that list's email marketing
 *   (`POST /api/profile-subscription-bulk-delete-jobs`); without it, suppress the profile
 *   account-wide (`POST /api/profile-suppression-bulk-create-jobs`). The lookup reads the
 *   profile's email subscription first, and a profile already unsubscribed (from the list or
 *   globally) or suppressed gets no second job. This matters beyond a duplicate job: Klaviyo
 *   unsubscribes a profile that is not in the list globally, and the first job took it out of
 *   the list, so a repeat would turn a list unsubscribe into a global one.
 *
 * No Klaviyo endpoint takes an idempotency key. A repeated erasure finds the profile until
 * Klaviyo has run the first deletion and then requests another (harmless: the profile goes once);
 * once it has run, the lookup finds nothing and no deletion is requested.
 */

import { TransientError } from '#domain/errors.ts';
import {
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Disclosure,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import { CONNECTOR_DESCRIPTORS } from './descriptors.ts';
import {
  apiBaseUrl,
  type ConnectorHttpOptions,
  type HttpResponse,
  http,
  requireCapability,
  requireCredential,
} from './http.ts';

const PROCESSOR = 'Klaviyo';
const REVISION = '2026-07-15';
const JSON_API = 'application/vnd.api+json';
const DELETION_NOTE =
  'Klaviyo queues the deletion and gives no job id or status';

interface Profile {
  type: string;
  id: string;
  attributes?: Record<string, unknown>;
}

export class KlaviyoConnector implements Connector {
  readonly kind = 'klaviyo' as const;
  readonly capabilities = CONNECTOR_DESCRIPTORS.klaviyo.capabilities;

  constructor(private readonly options: ConnectorHttpOptions = {}) {}

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    requireCapability(PROCESSOR, this.capabilities, ctx.capability);
    const disclosures: Disclosure[] = [];
    const profiles = await this.profiles(
      ctx,
      disclosures,
      ctx.capability === 'access' || ctx.capability === 'object',
    );
    if (profiles.length === 0)
      return {
        outcome: 'NOT_FOUND',
        records: 0,
        disclosures,
        data: ctx.capability === 'access' ? [] : undefined,
      };
    switch (ctx.capability) {
      case 'access':
        return {
          outcome: 'COMPLETED',
          records: profiles.length,
          data: profiles.map((p) => ({
            category: 'profile',
            id: p.id,
            data: p.attributes ?? {},
          })),
          disclosures,
        };
      case 'erase':
        await this.post(ctx, disclosures, '/api/data-privacy-deletion-jobs', {
          data: {
            type: 'data-privacy-deletion-job',
            attributes: {
              // Exactly one identifier: several are refused.
              profile: {
                data: {
                  type: 'profile',
                  attributes: { email: ctx.subject.email },
                },
              },
            },
          },
        });
        return {
          outcome: 'COMPLETED',
          records: profiles.length,
          disclosures,
          evidence: { note: DELETION_NOTE },
        };
      case 'object':
        return this.object(ctx, disclosures, profiles);
      default:
        return { outcome: 'COMPLETED', records: profiles.length, disclosures };
    }
  }

  private async object(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    profiles: Profile[],
  ): Promise<ConnectorResult> {
    const records = profiles.length;
    const { listId } = ctx.processor.settings;
    if (typeof listId === 'string' && listId !== '') {
      if (
        profiles.every((p) => {
          const m = emailMarketing(p);
          return (
            m?.consent === 'UNSUBSCRIBED' ||
            m?.listSuppressions?.some((l) => l.list_id === listId)
          );
        })
      )
        return {
          outcome: 'COMPLETED',
          records,
          disclosures,
          evidence: {
            method: 'list-unsubscribe',
            listId,
            marketing: 'already-unsubscribed',
          },
        };
      await this.post(
        ctx,
        disclosures,
        '/api/profile-subscription-bulk-delete-jobs',
        {
          data: {
            type: 'profile-subscription-bulk-delete-job',
            attributes: {
              profiles: {
                data: [
                  {
                    type: 'profile',
                    attributes: {
                      email: ctx.subject.email,
                      subscriptions: {
                        email: { marketing: { consent: 'UNSUBSCRIBED' } },
                      },
                    },
                  },
                ],
              },
            },
            relationships: { list: { data: { type: 'list', id: listId } } },
          },
        },
        "check setting 'listId'",
      );
      return {
        outcome: 'COMPLETED',
        records,
        disclosures,
        evidence: { method: 'list-unsubscribe', listId },
      };
    }
    if (
      profiles.every((p) => (emailMarketing(p)?.suppression?.length ?? 0) > 0)
    )
      return {
        outcome: 'COMPLETED',
        records,
        disclosures,
        evidence: { method: 'suppression', marketing: 'already-suppressed' },
      };
    await this.post(
      ctx,
      disclosures,
      '/api/profile-suppression-bulk-create-jobs',
      {
        data: {
          type: 'profile-suppression-bulk-create-job',
          attributes: {
            profiles: {
              data: [
                { type: 'profile', attributes: { email: ctx.subject.email } },
              ],
            },
          },
        },
      },
    );
    return {
      outcome: 'COMPLETED',
      records,
      disclosures,
      evidence: { method: 'suppression' },
    };
  }

  /** Profiles holding the subject's email (normally one). */
  private async profiles(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    withSubscriptions: boolean,
  ): Promise<Profile[]> {
    const call = 'GET /api/profiles';
    disclosures.push({ call, identifiers: ['email'] });
    // Klaviyo's filter syntax quotes strings; a quote or backslash inside is escaped.
    const email = ctx.subject.email.replace(/["\\]/g, (c) => `\\${c}`);
    const query = new URLSearchParams({ filter: `equals(email,"${email}")` });
    if (withSubscriptions)
      query.set('additional-fields[profile]', 'subscriptions');
    const res = await this.request(ctx, 'GET', `/api/profiles?${query}`);
    if (res.status !== 200) throw refusal(res, call);
    const body = res.json<{ data?: unknown } | undefined>();
    if (!Array.isArray(body?.data))
      throw new TransientError(`${PROCESSOR} ${call}: malformed response`);
    const profiles = body.data as Profile[];
    if (profiles.some((p) => typeof p?.id !== 'string'))
      throw new TransientError(
        `${PROCESSOR} ${call}: malformed response (profile without id)`,
      );
    return profiles;
  }

  /** A bulk/privacy job: 202 and (for these revisions) nothing else worth reading. */
  private async post(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    path: string,
    body: unknown,
    hint?: string,
  ): Promise<void> {
    const call = `POST ${path}`;
    disclosures.push({ call, identifiers: ['email'] });
    const res = await this.request(ctx, 'POST', path, body);
    if (res.status !== 202) throw refusal(res, call, hint);
  }

  private request(
    ctx: ConnectorContext,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpResponse> {
    const key = requireCredential(ctx.credentials, 'privateKey', PROCESSOR);
    const headers: Record<string, string> = {
      authorization: `Klaviyo-API-Key ${key}`,
      revision: REVISION,
      accept: JSON_API,
    };
    if (body !== undefined) headers['content-type'] = JSON_API;
    const base = apiBaseUrl(
      ctx.processor.settings,
      'https://a.klaviyo.com',
      PROCESSOR,
    );
    return http(`${base}${path}`, {
      method,
      headers,
      body,
      timeoutMs: this.options.timeoutMs,
      sleep: this.options.sleep,
      signal: ctx.signal,
      processor: PROCESSOR,
    });
  }
}

/** The profile's email marketing subscription, as `additional-fields[profile]=subscriptions` gives it. */
function emailMarketing(profile: Profile):
  | {
      consent?: unknown;
      suppression?: unknown[];
      listSuppressions?: { list_id?: unknown }[];
    }
  | undefined {
  const subscriptions = profile.attributes?.subscriptions as
    | { email?: { marketing?: Record<string, unknown> } }
    | undefined;
  const marketing = subscriptions?.email?.marketing;
  if (!marketing || typeof marketing !== 'object') return undefined;
  return {
    consent: marketing.consent,
    suppression: Array.isArray(marketing.suppression)
      ? marketing.suppression
      : undefined,
    listSuppressions: Array.isArray(marketing.list_suppressions)
      ? (marketing.list_suppressions as { list_id?: unknown }[])
      : undefined,
  };
}

/**
 * A JSON:API error answer as an operator-actionable refusal. Only the error `code` is quoted
 * (a fixed vocabulary); `detail` can echo the email and is never used.
 */
function refusal(
  res: HttpResponse,
  call: string,
  hint = "check the private key's scopes and the connector settings",
): ProcessorRejectedError {
  let code: string | undefined;
  try {
    const parsed = JSON.parse(res.text) as {
      errors?: { code?: unknown }[];
    };
    const first = parsed?.errors?.[0]?.code;
    if (typeof first === 'string' && /^[a-z0-9_]{1,64}$/i.test(first))
      code = first;
  } catch {
    // No JSON body: the status alone has to do.
  }
  return new ProcessorRejectedError(
    `${PROCESSOR} ${call}: refused (HTTP ${res.status}${code ? `, code '${code}'` : ''}); ${hint}`,
  );
}
