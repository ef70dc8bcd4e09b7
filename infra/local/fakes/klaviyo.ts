/**
 * A fake Klaviyo JSON:API for contract tests and `npm start` (connector-protocols.md §4).
 *
 * Credentials: `Authorization: Klaviyo-API-Key pk_fake_klaviyo` ({@link KLAVIYO_FAKE_PRIVATE_KEY},
 * or `options.privateKey`); anything else answers 401. Every call needs a `revision` header
 * (400 without it) and writes need `Content-Type: application/vnd.api+json` (415 otherwise).
 *
 * Contract quirks kept: the deletion job takes exactly one identifier and answers 202 with an
 * empty body (no job id, no status endpoint, no idempotency key); the deletion is asynchronous:
 * matching profiles stay until {@link KlaviyoFake.completeDeletions} runs, and a repeated request
 * meanwhile is accepted again (202). The bulk unsubscribe and suppression jobs answer 202 too.
 * Unsubscribing with a list removes a member of that list from it with a list suppression, but
 * unsubscribes a profile NOT in the list globally (consent `UNSUBSCRIBED`), as Klaviyo warns: so a
 * repeat of a list unsubscribe becomes a global one. Both jobs create a profile for an email they
 * do not know, then unsubscribe or suppress it (Klaviyo's documented behaviour). Errors are JSON:API
 * `{errors:[{id,status,code,title,detail,source}]}`; the deletion endpoint is limited to a burst
 * of 3/s and 60/min, answered with 429 and `Retry-After`.
 */
import { randomUUID } from 'node:crypto';
import { type FakeRequest, type FakeResponse, FakeServer } from './server.ts';

export const KLAVIYO_FAKE_PRIVATE_KEY = 'pk_fake_klaviyo';
/** The list seeded customers are subscribed to. */
export const KLAVIYO_FAKE_LIST_ID = 'XyZ123';

/** The seed shape `npm start` passes to every fake. */
export interface FakeSeedCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  /** Not kept by this processor. */
  orders?: unknown[];
}

export interface KlaviyoProfile {
  id: string;
  email: string;
  first_name?: string;
  last_name?: string;
  phone_number?: string;
  /** Lists the profile is subscribed to (email marketing). */
  lists: Set<string>;
  /** Email marketing consent, profile-wide. */
  consent: 'SUBSCRIBED' | 'UNSUBSCRIBED' | 'NEVER_SUBSCRIBED';
  /** Lists the profile was unsubscribed from (list-level suppressions). */
  listSuppressions: { list_id: string; reason: string; timestamp: string }[];
  suppressed: boolean;
  created: string;
}

export interface KlaviyoFakeOptions {
  privateKey?: string;
  customers?: FakeSeedCustomer[];
  /** Lists that exist. Default: {@link KLAVIYO_FAKE_LIST_ID}. */
  listIds?: string[];
  /** Rate limit of the deletion endpoint; `false` turns it off. Default burst 3/s, steady 60/min. */
  deletionLimit?: { perSecond: number; perMinute: number } | false;
  /** Clock for the rate limit, ms. Default `Date.now`. */
  now?: () => number;
}

export function createKlaviyoFake(options: KlaviyoFakeOptions = {}) {
  const key = options.privateKey ?? KLAVIYO_FAKE_PRIVATE_KEY;
  const now = options.now ?? Date.now;
  const limit =
    options.deletionLimit === undefined
      ? { perSecond: 3, perMinute: 60 }
      : options.deletionLimit;
  const lists = new Set(options.listIds ?? [KLAVIYO_FAKE_LIST_ID]);
  const profiles = new Map<string, KlaviyoProfile>();
  const deletionJobs: { identifier: string; at: number }[] = [];
  /** Accepted deletion requests Klaviyo has not run yet. */
  const queuedDeletions: { identifier: string; value: string }[] = [];
  /** Bulk unsubscribe and suppression jobs accepted, with the emails they named. */
  const unsubscribeJobs: { listId?: string; emails: string[] }[] = [];
  const suppressionJobs: { emails: string[] }[] = [];
  const deletionTimes: number[] = [];
  const server = new FakeServer('klaviyo');

  function addProfile(
    p: Omit<
      KlaviyoProfile,
      'id' | 'lists' | 'consent' | 'listSuppressions' | 'suppressed' | 'created'
    > & {
      lists?: string[];
      consent?: KlaviyoProfile['consent'];
    },
  ) {
    const lists = new Set(p.lists ?? []);
    const profile: KlaviyoProfile = {
      ...p,
      id: `01${randomUUID().replace(/-/g, '').slice(0, 24).toUpperCase()}`,
      lists,
      consent:
        p.consent ?? (lists.size > 0 ? 'SUBSCRIBED' : 'NEVER_SUBSCRIBED'),
      listSuppressions: [],
      suppressed: false,
      created: new Date(now()).toISOString(),
    };
    profiles.set(profile.id, profile);
    return profile;
  }
  for (const c of options.customers ?? [])
    addProfile({
      email: c.email.toLowerCase(),
      first_name: c.firstName,
      last_name: c.lastName,
      phone_number: c.phone,
      lists: [...lists].slice(0, 1),
    });

  const byEmail = (email: string) =>
    [...profiles.values()].filter(
      (p) => p.email.toLowerCase() === email.toLowerCase(),
    );
  /** The bulk consent jobs create a profile for an email they do not know. */
  const profilesFor = (email: string) => {
    const found = byEmail(email);
    return found.length > 0
      ? found
      : [addProfile({ email: email.toLowerCase() })];
  };

  /** Auth, revision and content-type checks every Klaviyo endpoint makes. */
  const api =
    (handler: (req: FakeRequest) => FakeResponse) =>
    (req: FakeRequest): FakeResponse => {
      if (req.headers.authorization !== `Klaviyo-API-Key ${key}`)
        return error(
          401,
          'not_authenticated',
          'Authentication credentials were not provided.',
        );
      if (!req.headers.revision)
        return error(400, 'invalid', 'Missing revision header.', {
          parameter: 'revision',
        });
      if (
        req.method !== 'GET' &&
        !String(req.headers['content-type']).startsWith(
          'application/vnd.api+json',
        )
      )
        return error(415, 'unsupported_media_type', 'Unsupported media type.');
      return handler(req);
    };

  server.route(
    'GET',
    '/api/profiles',
    api((req) => {
      const filter = req.query.get('filter');
      const m = filter
        ? /^equals\(email,"((?:[^"\\]|\\.)*)"\)$/.exec(filter)
        : null;
      if (!m)
        return error(400, 'invalid', 'Invalid filter.', {
          parameter: 'filter',
        });
      const email = (m[1] ?? '').replace(/\\(.)/g, '$1');
      const withSubscriptions = (
        req.query.get('additional-fields[profile]') ?? ''
      )
        .split(',')
        .includes('subscriptions');
      return {
        status: 200,
        headers: { 'content-type': 'application/vnd.api+json' },
        body: {
          data: byEmail(email).map((p) => resource(p, withSubscriptions)),
          links: { self: req.path, next: null, prev: null },
        },
      };
    }),
  );

  server.route(
    'POST',
    '/api/data-privacy-deletion-jobs',
    api((req) => {
      if (limit) {
        const at = now();
        while (deletionTimes.length && (deletionTimes[0] ?? 0) <= at - 60_000)
          deletionTimes.shift();
        const lastSecond = deletionTimes.filter((t) => t > at - 1000);
        const wait =
          lastSecond.length >= limit.perSecond
            ? (lastSecond[0] ?? at) + 1000 - at
            : deletionTimes.length >= limit.perMinute
              ? (deletionTimes[0] ?? at) + 60_000 - at
              : 0;
        if (wait > 0) {
          const seconds = Math.max(1, Math.ceil(wait / 1000));
          return {
            ...error(
              429,
              'throttled',
              'Request was throttled.',
              undefined,
              `Request was throttled. Expected available in ${seconds} second.`,
            ),
            headers: {
              'content-type': 'application/vnd.api+json',
              'retry-after': String(seconds),
            },
          };
        }
        deletionTimes.push(at);
      }
      const data = (req.body as { data?: Record<string, unknown> } | undefined)
        ?.data;
      const profile = (
        data?.attributes as
          | {
              profile?: {
                data?: { type?: string; attributes?: Record<string, unknown> };
              };
            }
          | undefined
      )?.profile?.data;
      if (
        data?.type !== 'data-privacy-deletion-job' ||
        profile?.type !== 'profile'
      )
        return error(400, 'invalid', 'Invalid input.', { pointer: '/data' });
      const identifiers = Object.keys(profile.attributes ?? {}).filter((k) =>
        ['email', 'phone_number', 'id'].includes(k),
      );
      if (identifiers.length !== 1)
        return error(400, 'invalid', 'Exactly one identifier is required.', {
          pointer: '/data/attributes/profile/data/attributes',
        });
      const [identifier = 'email'] = identifiers;
      const value = String(profile.attributes?.[identifier]);
      deletionJobs.push({ identifier, at: now() });
      // Asynchronous at Klaviyo: the profiles stay until `completeDeletions`.
      queuedDeletions.push({ identifier, value });
      return { status: 202 };
    }),
  );

  server.route(
    'POST',
    '/api/profile-subscription-bulk-delete-jobs',
    api((req) => {
      const data = (req.body as { data?: BulkJob } | undefined)?.data;
      const emails = bulkEmails(data, 'profile-subscription-bulk-delete-job');
      if (!emails)
        return error(400, 'invalid', 'Invalid input.', { pointer: '/data' });
      const listId = data?.relationships?.list?.data?.id;
      if (listId !== undefined && !lists.has(listId))
        return error(404, 'not_found', 'A list with that id does not exist.', {
          pointer: '/data/relationships/list/data/id',
        });
      unsubscribeJobs.push({ ...(listId ? { listId } : {}), emails });
      for (const email of emails)
        for (const p of profilesFor(email)) {
          if (listId && p.lists.has(listId)) {
            p.lists.delete(listId);
            p.listSuppressions.push({
              list_id: listId,
              reason: 'USER_SUPPRESSED',
              timestamp: new Date(now()).toISOString(),
            });
          } else {
            // Not in the list (or no list): unsubscribed from email marketing globally.
            p.consent = 'UNSUBSCRIBED';
            p.lists.clear();
          }
        }
      return { status: 202 };
    }),
  );

  server.route(
    'POST',
    '/api/profile-suppression-bulk-create-jobs',
    api((req) => {
      const data = (req.body as { data?: BulkJob } | undefined)?.data;
      const emails = bulkEmails(data, 'profile-suppression-bulk-create-job');
      if (!emails)
        return error(400, 'invalid', 'Invalid input.', { pointer: '/data' });
      suppressionJobs.push({ emails });
      for (const email of emails)
        for (const p of profilesFor(email)) p.suppressed = true;
      return { status: 202 };
    }),
  );

  return {
    server,
    start: (port?: number) => server.start(port),
    stop: () => server.stop(),
    get baseUrl() {
      return server.baseUrl;
    },
    addProfile,
    profilesOf: byEmail,
    /** Deletion requests received (identifier kind only). */
    deletionJobs,
    /** Bulk unsubscribe jobs accepted. */
    unsubscribeJobs,
    /** Bulk suppression jobs accepted. */
    suppressionJobs,
    /** Klaviyo runs the queued deletions: every profile matching one is deleted. */
    completeDeletions(): void {
      for (const { identifier, value } of queuedDeletions.splice(0))
        for (const p of [...profiles.values()]) {
          const hit =
            identifier === 'id'
              ? p.id === value
              : identifier === 'email'
                ? p.email.toLowerCase() === value.toLowerCase()
                : p.phone_number === value;
          if (hit) profiles.delete(p.id);
        }
    },
  };
}

export type KlaviyoFake = ReturnType<typeof createKlaviyoFake>;

interface BulkJob {
  type?: string;
  attributes?: {
    profiles?: { data?: { type?: string; attributes?: { email?: unknown } }[] };
  };
  relationships?: { list?: { data?: { type?: string; id?: string } } };
}

function bulkEmails(data: BulkJob | undefined, type: string) {
  const items = data?.attributes?.profiles?.data;
  if (data?.type !== type || !Array.isArray(items) || items.length === 0)
    return undefined;
  const emails = items.map((i) => i?.attributes?.email);
  if (emails.some((e) => typeof e !== 'string')) return undefined;
  return emails as string[];
}

function resource(p: KlaviyoProfile, withSubscriptions: boolean) {
  const attributes: Record<string, unknown> = {
    email: p.email,
    phone_number: p.phone_number ?? null,
    first_name: p.first_name ?? null,
    last_name: p.last_name ?? null,
    created: p.created,
    updated: p.created,
  };
  if (withSubscriptions)
    attributes.subscriptions = {
      email: {
        marketing: {
          can_receive_email_marketing:
            p.consent === 'SUBSCRIBED' && !p.suppressed,
          consent: p.consent,
          suppression: p.suppressed
            ? [{ reason: 'USER_SUPPRESSED', timestamp: p.created }]
            : [],
          list_suppressions: p.listSuppressions,
        },
      },
    };
  return {
    type: 'profile',
    id: p.id,
    attributes,
    links: { self: `/api/profiles/${p.id}/` },
  };
}

function error(
  status: number,
  code: string,
  title: string,
  source?: { pointer?: string; parameter?: string },
  detail = title,
): FakeResponse {
  return {
    status,
    headers: { 'content-type': 'application/vnd.api+json' },
    body: {
      errors: [
        { id: randomUUID(), status, code, title, detail, source: source ?? {} },
      ],
    },
  };
}
