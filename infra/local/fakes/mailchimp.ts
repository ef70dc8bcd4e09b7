/**
 * A fake Mailchimp Marketing API 3.0 for contract tests and `npm start` (connector-protocols.md §4).
 * Routes live under `/3.0`; point the connector's `settings.baseUrl` at the fake's base URL.
 *
 * Credentials: HTTP Basic with any user name and the API key
 * `0123456789abcdef0123456789abcdef-us19` ({@link MAILCHIMP_FAKE_API_KEY}, or `options.apiKey`)
 * as password; anything else answers 401.
 *
 * Contract quirks kept: members are addressed by the MD5 of the lower-cased email;
 * `DELETE …/members/{hash}` only archives (the member and its data stay, status `archived`), while
 * `POST …/actions/delete-permanent` removes it for good (204; {@link MailchimpFake.isForgotten}); errors
 * are problem+json `{type,title,status,detail,instance}`; throttling (10 concurrent connections)
 * is a 429 without rate-limit headers: use {@link MailchimpFake.throttle}.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type FakeRequest, type FakeResponse, FakeServer } from './server.ts';

export const MAILCHIMP_FAKE_API_KEY = '0123456789abcdef0123456789abcdef-us19';
/** The audience seeded customers are subscribed to. */
export const MAILCHIMP_FAKE_LIST_ID = 'a1b2c3d4e5';

/** The seed shape `npm start` passes to every fake. */
export interface FakeSeedCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  /** Not kept by this processor. */
  orders?: unknown[];
}

export type MemberStatus =
  | 'subscribed'
  | 'unsubscribed'
  | 'cleaned'
  | 'pending'
  | 'transactional'
  | 'archived';

export interface MailchimpMember {
  id: string;
  email_address: string;
  unique_email_id: string;
  status: MemberStatus;
  merge_fields: Record<string, string>;
  list_id: string;
  timestamp_opt: string;
  last_changed: string;
}

export interface MailchimpFakeOptions {
  apiKey?: string;
  customers?: FakeSeedCustomer[];
  /** Audiences; default one ({@link MAILCHIMP_FAKE_LIST_ID}) holding every customer. */
  lists?: {
    id: string;
    name?: string;
    members?: {
      email: string;
      status?: MemberStatus;
      merge_fields?: Record<string, string>;
    }[];
  }[];
}

export function md5(email: string): string {
  return createHash('md5').update(email.toLowerCase()).digest('hex');
}

export function createMailchimpFake(options: MailchimpFakeOptions = {}) {
  const apiKey = options.apiKey ?? MAILCHIMP_FAKE_API_KEY;
  const lists = new Map<
    string,
    { name: string; members: Map<string, MailchimpMember> }
  >();
  /** Hashes permanently deleted per list: Mailchimp refuses to re-import them. */
  const forgotten = new Map<string, Set<string>>();
  const server = new FakeServer('mailchimp');

  function addMember(
    listId: string,
    m: {
      email: string;
      status?: MemberStatus;
      merge_fields?: Record<string, string>;
    },
  ) {
    const list = lists.get(listId);
    if (!list) throw new Error(`no list ${listId}`);
    const at = new Date().toISOString();
    const member: MailchimpMember = {
      id: md5(m.email),
      email_address: m.email,
      unique_email_id: randomUUID().replace(/-/g, '').slice(0, 10),
      status: m.status ?? 'subscribed',
      merge_fields: m.merge_fields ?? {},
      list_id: listId,
      timestamp_opt: at,
      last_changed: at,
    };
    list.members.set(member.id, member);
    return member;
  }

  const listSeed = options.lists ?? [
    { id: MAILCHIMP_FAKE_LIST_ID, name: 'Newsletter' },
  ];
  for (const l of listSeed) {
    lists.set(l.id, { name: l.name ?? l.id, members: new Map() });
    forgotten.set(l.id, new Set());
    for (const m of l.members ?? []) addMember(l.id, m);
  }
  if (!options.lists)
    for (const c of options.customers ?? [])
      addMember(MAILCHIMP_FAKE_LIST_ID, {
        email: c.email,
        merge_fields: {
          FNAME: c.firstName,
          LNAME: c.lastName,
          ...(c.phone ? { PHONE: c.phone } : {}),
        },
      });

  /** Basic auth: any user name, the API key as password. */
  const api =
    (handler: (req: FakeRequest) => FakeResponse) =>
    (req: FakeRequest): FakeResponse => {
      const auth = req.headers.authorization ?? '';
      const decoded = auth.startsWith('Basic ')
        ? Buffer.from(auth.slice(6), 'base64').toString('utf8')
        : '';
      if (
        decoded.slice(decoded.indexOf(':') + 1) !== apiKey ||
        !decoded.includes(':')
      )
        return problem(
          401,
          'API Key Invalid',
          'Your API key may be invalid, or you have attempted to access the wrong datacenter.',
        );
      return handler(req);
    };

  const memberOf = (req: FakeRequest) => {
    const list = lists.get(req.params.listId ?? '');
    return { list, member: list?.members.get(req.params.hash ?? '') };
  };
  const notFound = () =>
    problem(
      404,
      'Resource Not Found',
      'The requested resource could not be found.',
    );

  server.route(
    'GET',
    '/3.0/lists',
    api((req) => {
      const count = Math.min(Number(req.query.get('count') ?? 10), 1000);
      const fields = req.query.get('fields');
      const all = [...lists.entries()].slice(0, count);
      const body =
        fields === 'lists.id'
          ? { lists: all.map(([id]) => ({ id })) }
          : {
              lists: all.map(([id, l]) => ({
                id,
                name: l.name,
                stats: { member_count: l.members.size },
              })),
              total_items: lists.size,
            };
      return { status: 200, body };
    }),
  );

  server.route(
    'GET',
    '/3.0/lists/:listId/members/:hash',
    api((req) => {
      const { member } = memberOf(req);
      if (!member) return notFound();
      return { status: 200, body: withLinks(member) };
    }),
  );

  server.route(
    'PATCH',
    '/3.0/lists/:listId/members/:hash',
    api((req) => {
      const { member } = memberOf(req);
      if (!member) return notFound();
      const body = req.body as { status?: unknown } | undefined;
      if (
        body?.status !== undefined &&
        ![
          'subscribed',
          'unsubscribed',
          'cleaned',
          'pending',
          'transactional',
        ].includes(String(body.status))
      )
        return problem(
          400,
          'Invalid Resource',
          'The resource submitted could not be validated.',
        );
      if (typeof body?.status === 'string')
        member.status = body.status as MemberStatus;
      member.last_changed = new Date().toISOString();
      return { status: 200, body: withLinks(member) };
    }),
  );

  // Archives only: the member and its data stay.
  server.route(
    'DELETE',
    '/3.0/lists/:listId/members/:hash',
    api((req) => {
      const { member } = memberOf(req);
      if (!member) return notFound();
      member.status = 'archived';
      return { status: 204 };
    }),
  );

  server.route(
    'POST',
    '/3.0/lists/:listId/members/:hash/actions/delete-permanent',
    api((req) => {
      const { list, member } = memberOf(req);
      if (!list || !member) return notFound();
      list.members.delete(member.id);
      forgotten.get(req.params.listId ?? '')?.add(member.id);
      return { status: 204 };
    }),
  );

  return {
    server,
    start: (port?: number) => server.start(port),
    stop: () => server.stop(),
    get baseUrl() {
      return server.baseUrl;
    },
    addMember,
    /** The member with this email in `listId`, archived ones included. */
    member: (listId: string, email: string) =>
      lists.get(listId)?.members.get(md5(email)),
    /** Whether the email was permanently deleted from `listId`. */
    isForgotten: (listId: string, email: string) =>
      forgotten.get(listId)?.has(md5(email)) ?? false,
    /** The next `times` calls answer 429 like Mailchimp's concurrency limit: no rate-limit headers. */
    throttle(times = 1) {
      server.inject(
        /.*/,
        {
          kind: 'status',
          status: 429,
          headers: { 'content-type': 'application/problem+json' },
          body: {
            type: 'https://mailchimp.com/developer/marketing/docs/errors/',
            title: 'Too Many Requests',
            status: 429,
            detail:
              'You have exceeded the limit of 10 simultaneous connections.',
            instance: randomUUID(),
          },
        },
        times,
      );
    },
  };
}

export type MailchimpFake = ReturnType<typeof createMailchimpFake>;

function withLinks(member: MailchimpMember) {
  return {
    ...member,
    _links: [
      {
        rel: 'self',
        href: `/3.0/lists/${member.list_id}/members/${member.id}`,
        method: 'GET',
      },
    ],
  };
}

function problem(status: number, title: string, detail: string): FakeResponse {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://mailchimp.com/developer/marketing/docs/errors/',
      title,
      status,
      detail,
      instance: randomUUID(),
    },
  };
}
